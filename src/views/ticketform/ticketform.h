// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "core/error.h"
#include "core/ticket.h"
#include "storage/live/ticketmerge.h"
#include "storage/ticketrepository.h"

#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>

class QTimer;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

namespace Ui {
class TicketForm;
}

class ActivityPage;
class ApprovalsPage;
class ChangeCisPage;
class ChangeCollisionsPage;
class ChangePlansPage;
class ChangeReviewPage;
class FieldPage;
class HistoryPage;
class LinksPage;
class ReferenceLookup;
class RiskPage;
class TicketDetailsPage;
struct ChangeDraft;

// One ticket to read and work: header with number, kind, state, SLA and title; the fields of
// its kind; the lifecycle steps core allows from its state; activity, links and history. A
// change adds its affected CIs, plans, risk questionnaire, approvals, collisions and review.
// Saving writes the changed fields only, against the version that was loaded.
class TicketForm : public QWidget
{
    Q_OBJECT

public:
    TicketForm(Storage::Database &db, const QUuid &actorId, QWidget *parent = nullptr);
    ~TicketForm() override;

    // Shows a stored ticket; on error the form is left as it was.
    Result<void> load(const QString &number);
    // An unsaved ticket of this kind; save() creates it.
    void startNew(TicketKind kind);
    // Writes the changed fields (creates a new ticket). False when refused or in conflict; the
    // form then shows why and keeps every edit.
    bool save();
    // Reads the stored ticket again, discarding unsaved edits.
    void reload();
    // Someone else may have changed the ticket: without unsaved edits the form shows the stored
    // ticket; with them it keeps them, says they will be merged on save, and save() merges.
    void takeOutsideChanges();
    // Takes a lifecycle step, asking for the fields it still needs; saves pending edits with it.
    bool moveTo(const QString &state);

    bool isNew() const { return m_ticket.id.isNull(); }
    bool isModified() const;
    QString number() const { return m_ticket.number; }
    TicketKind kind() const { return m_ticket.kind; }
    QString state() const;
    int version() const { return m_ticket.version; }
    const Ticket &ticket() const { return m_ticket; }
    // What a tab shows: the number, or "New incident" before the first save.
    QString tabTitle() const;
    // The states offered as next steps (exactly core's allowedTransitions()).
    QStringList offeredTransitions() const;
    // Fields whose editors differ from the loaded ticket, as canonical assignments.
    Storage::FieldAssignments changedFields() const;
    // The message shown above the tabs; empty when none.
    QString message() const;

signals:
    void modifiedChanged(bool modified);
    void saved(const QString &number);
    void headerChanged();
    void openTicketRequested(const QString &number);

protected:
    // Asks for the fields a step still needs; nullopt when the person cancels.
    virtual std::optional<Storage::FieldAssignments>
    askTransitionFields(const QString &fromState, const QString &toState,
                        const QStringList &fields);
    // Asks which value to keep for each field changed both here and by someone else since the
    // form loaded the ticket; nullopt when the person cancels the save.
    virtual std::optional<QHash<QString, Storage::ClashChoice>>
    askClashChoices(const QList<Storage::FieldClash> &clashes, const Ticket &stored);

private:
    void setTicket(const Ticket &ticket);
    bool write(const Storage::FieldAssignments &changes);
    QMap<QString, QString> currentValues() const;
    void updateHeader();
    void updateTransitions();
    void updateSla();
    void updateModified();
    void showError(const Error &error);
    void showMessage(const QString &text, bool conflict);
    void clearMessage();
    void setupTabOrder();
    void updateChangeTabs();
    void updateScheduleRights();
    ChangeDraft changeDraft() const;
    void updateCollisions(bool now);

    std::unique_ptr<Ui::TicketForm> m_ui;
    Storage::Database &m_db;
    QUuid m_actorId;
    std::unique_ptr<ReferenceLookup> m_lookup;
    TicketDetailsPage *m_details = nullptr;
    ActivityPage *m_activity = nullptr;
    LinksPage *m_links = nullptr;
    HistoryPage *m_history = nullptr;
    ChangeCisPage *m_cis = nullptr;
    ChangePlansPage *m_plans = nullptr;
    RiskPage *m_risk = nullptr;
    ApprovalsPage *m_approvals = nullptr;
    ChangeCollisionsPage *m_collisions = nullptr;
    ChangeReviewPage *m_review = nullptr;
    QList<FieldPage *> m_fieldPages; // details first
    QTimer *m_slaTimer = nullptr;
    Ticket m_ticket;
    bool m_modified = false;
};

} // namespace ServiceDeck::Views
