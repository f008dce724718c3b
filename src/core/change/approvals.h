// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changetype.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace ServiceDeck::Change {

enum class ApprovalDecision { Requested, Approved, Rejected };

QString approvalDecisionName(ApprovalDecision decision); // the schema's values
std::optional<ApprovalDecision> approvalDecisionFromName(QStringView name);

// One row of change_approvals: an approver asked for a decision, and the decision once given.
struct ApprovalRecord
{
    QUuid id;
    QUuid approver;
    QString approverName; // for reasons shown to people
    ApprovalDecision decision = ApprovalDecision::Requested;
    QString comment;
    QDateTime requested;
    QDateTime decided;
    bool voided = false;
};

enum class ApprovalState { NotRequested, Pending, Approved, Rejected };

QString approvalStateName(ApprovalState state); // "not_requested", "pending", …
QString approvalStateLabel(ApprovalState state); // translated

// What the evaluation needs to know about the change beside its approval records.
struct ApprovalPolicy
{
    ChangeType type = ChangeType::Normal;
    // Approvals needed; 0 takes the type's default (every requested approver for a normal
    // change, one for an emergency).
    int quorum = 0;
    // When the plan or the window last changed; approvals decided before it are void. Invalid
    // when unknown: then only the records' own voided flags count.
    QDateTime planChanged;
};

struct ApprovalEvaluation
{
    ApprovalState state = ApprovalState::NotRequested;
    int needed = 0; // approvals that make the change approved
    QList<QUuid> approvedBy;
    QList<QUuid> rejectedBy;
    QList<QUuid> waitingFor; // requested, or approved before a change of plan
    QList<QUuid> voided; // approvers whose approval a change of plan voided
    QStringList reasons; // translated sentences, most important first
};

// Whether an approval no longer counts: voided by storage, or decided before the plan changed.
// Rejections are never voided by a change of plan: a revised change has to be put to the
// rejecting approver again, which makes a new request that supersedes the rejection.
bool isVoid(const ApprovalRecord &record, const QDateTime &planChanged);

// The approval state of a change from its records. Only each approver's latest record counts
// (latest by request time, later in the list on a tie), so asking again supersedes an old
// answer. One rejection rejects; otherwise the change is approved once `needed` approvers have
// approved and none of those approvals is void.
ApprovalEvaluation evaluateApprovals(const QList<ApprovalRecord> &records,
                                     const ApprovalPolicy &policy);

} // namespace ServiceDeck::Change
