// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/approvals.h"
#include "core/directory.h"
#include "core/error.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Storage {

class Database;

// A change's approvals: who was asked, what they decided, and the voiding of approvals when
// the plan or the window changes. The rules are Change::checkMayApprove / checkMayDecide /
// evaluateApprovals; every write is journaled (entity "change_approvals", and "tickets" for
// the quorum) with its actor.
class ApprovalRepository
{
public:
    explicit ApprovalRepository(Database &db) : m_db(db) {}

    // The change's records, oldest request first, with the approvers' display names.
    Result<QList<Change::ApprovalRecord>> approvals(const QUuid &changeId);
    // Asks approvers for a decision. Each must hold the `cab` role; one with an open request
    // already is not asked twice.
    Result<void> requestApprovers(const QUuid &changeId, const QList<QUuid> &approvers,
                                  const QUuid &actorId);
    // Records the approver's decision on their open request, with an optional comment.
    Result<void> decide(const QUuid &changeId, const QUuid &approverId,
                        Change::ApprovalDecision decision, const QString &comment);
    // Called when the plan or the window of a change changed: every standing approval is voided
    // and its approver asked again. Returns how many approvals were voided.
    Result<int> voidApprovals(const QUuid &changeId, const QUuid &actorId);
    // Approvals a decision needs; 0 clears it (every requested approver).
    Result<void> setQuorum(const QUuid &changeId, int quorum, const QUuid &actorId);
    // The change's approval state by Change::evaluateApprovals.
    Result<Change::ApprovalEvaluation> evaluate(const QUuid &changeId);

    Result<User> user(const QUuid &userId);

private:
    struct ChangeRow
    {
        QString number;
        QString type;
        int quorum = 0;
    };
    Result<ChangeRow> change(const QUuid &changeId);
    Result<QUuid> insertRequest(const QUuid &changeId, const QUuid &approverId,
                                const QUuid &actorId, const QString &now);

    Database &m_db;
};

} // namespace ServiceDeck::Storage
