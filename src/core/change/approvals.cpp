// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvals.h"

#include "core/tr.h"

#include <QHash>

namespace ServiceDeck::Change {

namespace {

QString who(const ApprovalRecord &record)
{
    return record.approverName.isEmpty() ? record.approver.toString(QUuid::WithoutBraces)
                                         : record.approverName;
}

} // namespace

QString approvalDecisionName(ApprovalDecision decision)
{
    switch (decision) {
    case ApprovalDecision::Requested: return QStringLiteral("requested");
    case ApprovalDecision::Approved: return QStringLiteral("approved");
    case ApprovalDecision::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

std::optional<ApprovalDecision> approvalDecisionFromName(QStringView name)
{
    for (ApprovalDecision decision : {ApprovalDecision::Requested, ApprovalDecision::Approved,
                                      ApprovalDecision::Rejected}) {
        if (approvalDecisionName(decision) == name)
            return decision;
    }
    return std::nullopt;
}

QString approvalStateName(ApprovalState state)
{
    switch (state) {
    case ApprovalState::NotRequested: return QStringLiteral("not_requested");
    case ApprovalState::Pending: return QStringLiteral("pending");
    case ApprovalState::Approved: return QStringLiteral("approved");
    case ApprovalState::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QString approvalStateLabel(ApprovalState state)
{
    switch (state) {
    case ApprovalState::NotRequested: return Tr::tr("Not requested");
    case ApprovalState::Pending: return Tr::tr("Pending");
    case ApprovalState::Approved: return Tr::tr("Approved");
    case ApprovalState::Rejected: return Tr::tr("Rejected");
    }
    return {};
}

bool isVoid(const ApprovalRecord &record, const QDateTime &planChanged)
{
    if (record.decision != ApprovalDecision::Approved)
        return false;
    if (record.voided)
        return true;
    return planChanged.isValid() && record.decided.isValid() && record.decided < planChanged;
}

ApprovalEvaluation evaluateApprovals(const QList<ApprovalRecord> &records,
                                     const ApprovalPolicy &policy)
{
    ApprovalEvaluation result;
    if (!needsApproval(policy.type)) {
        result.state = ApprovalState::Approved;
        result.reasons << Tr::tr("A standard change is pre-approved; it needs no CAB decision.");
        return result;
    }
    // The latest record of each approver, in the order approvers were first asked.
    QList<QUuid> order;
    QHash<QUuid, ApprovalRecord> latest;
    for (const ApprovalRecord &record : records) {
        auto it = latest.find(record.approver);
        if (it == latest.end()) {
            order << record.approver;
            latest.insert(record.approver, record);
        } else if (!(record.requested < it->requested)) {
            *it = record;
        }
    }
    if (order.isEmpty()) {
        result.reasons << Tr::tr("No approver has been asked yet.");
        return result;
    }
    const int asked = int(order.size());
    const int quorum = policy.quorum > 0 ? policy.quorum
                                         : changeTypeRules(policy.type).defaultQuorum;
    result.needed = quorum > 0 ? quorum : asked;

    QStringList rejections, waiting, voided;
    for (const QUuid &approver : std::as_const(order)) {
        const ApprovalRecord &record = latest.value(approver);
        if (record.decision == ApprovalDecision::Rejected) {
            result.rejectedBy << approver;
            rejections << (record.comment.isEmpty()
                               ? Tr::tr("%1 rejected the change.").arg(who(record))
                               : Tr::tr("%1 rejected the change: %2").arg(who(record),
                                                                          record.comment));
        } else if (record.decision == ApprovalDecision::Approved
                   && !isVoid(record, policy.planChanged)) {
            result.approvedBy << approver;
        } else {
            result.waitingFor << approver;
            if (record.decision == ApprovalDecision::Approved) {
                result.voided << approver;
                voided << who(record);
            } else {
                waiting << who(record);
            }
        }
    }
    if (!result.rejectedBy.isEmpty()) {
        result.state = ApprovalState::Rejected;
        result.reasons << rejections;
        return result;
    }
    if (result.approvedBy.size() >= result.needed) {
        result.state = ApprovalState::Approved;
        result.reasons << (quorum > 0 ? Tr::tr("%1 of %2 approvers approved; %3 needed.")
                                            .arg(result.approvedBy.size())
                                            .arg(asked)
                                            .arg(result.needed)
                                      : Tr::tr("Every requested approver approved."));
        return result;
    }
    result.state = ApprovalState::Pending;
    if (result.needed > asked)
        result.reasons << Tr::tr("The quorum of %1 approvals exceeds the %2 approvers asked; "
                                 "ask more approvers.")
                              .arg(result.needed)
                              .arg(asked);
    result.reasons << Tr::tr("%1 of %2 approvals given.")
                          .arg(result.approvedBy.size())
                          .arg(result.needed);
    if (!voided.isEmpty())
        result.reasons << Tr::tr("The plan or the window changed after the approval of %1; "
                                 "they must approve again.")
                              .arg(voided.join(QStringLiteral(", ")));
    if (!waiting.isEmpty())
        result.reasons << Tr::tr("Waiting for %1.").arg(waiting.join(QStringLiteral(", ")));
    return result;
}

} // namespace ServiceDeck::Change
