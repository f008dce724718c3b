// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/approvals.h"
#include "core/directory.h"

#include <QUuid>
#include <QWidget>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

namespace Ui {
class ApprovalsPage;
}

class ReferenceLookup;

// The Approvals tab of a change: who was asked, what they decided and the evaluation that
// follows (approved, rejected or pending, against the quorum); requests approvers from the CAB
// and records the acting user's decision with a comment. Storage and core enforce the rules;
// this page disables what they would refuse and shows their refusal when asked anyway.
class ApprovalsPage : public QWidget
{
    Q_OBJECT

public:
    ApprovalsPage(Storage::Database &db, ReferenceLookup &lookup, const QUuid &actorId,
                  QWidget *parent = nullptr);
    ~ApprovalsPage() override;

    // The saved change to show; a null id for a change not saved yet.
    void setChange(const QUuid &changeId, const QString &number, const QString &changeType);
    void reload();

    // Opens the list of CAB members and asks those ticked.
    bool requestApprovers();
    bool requestApprovers(const QList<QUuid> &approvers);
    // Asks for a comment, then records the acting user's decision.
    bool decide(Change::ApprovalDecision decision);
    bool decide(Change::ApprovalDecision decision, const QString &comment);

    const Change::ApprovalEvaluation &evaluation() const { return m_evaluation; }
    const QList<Change::ApprovalRecord> &records() const { return m_records; }

signals:
    void errorOccurred(const QString &message);
    void decided();

private:
    void showRecords();
    void showEvaluation();
    void updateActions();

    std::unique_ptr<Ui::ApprovalsPage> m_ui;
    Storage::Database &m_db;
    ReferenceLookup &m_lookup;
    QUuid m_actorId;
    User m_actor;
    QUuid m_changeId;
    QString m_number;
    QString m_changeType;
    QList<Change::ApprovalRecord> m_records;
    Change::ApprovalEvaluation m_evaluation;
};

} // namespace ServiceDeck::Views
