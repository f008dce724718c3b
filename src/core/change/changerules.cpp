// SPDX-License-Identifier: GPL-3.0-or-later
#include "changerules.h"

#include "core/roles.h"
#include "core/tr.h"

namespace ServiceDeck::Change {

namespace {

QString nameOf(const User &user)
{
    return user.displayName.isEmpty() ? user.login : user.displayName;
}

} // namespace

Result<void> checkMayApprove(const User &approver)
{
    if (approver.hasRole(roleName(Role::Cab)) && approver.active)
        return {};
    return invalidData(Tr::tr("Rule \"only cab approves\": %1 does not hold the cab role and "
                              "cannot approve or reject changes")
                           .arg(nameOf(approver)));
}

Result<void> checkMaySchedule(const User &actor, const TimeSpan &before, const TimeSpan &after)
{
    if (before == after || actor.hasRole(roleName(Role::ChangeManager)))
        return {};
    return invalidData(Tr::tr("Rule \"only change_manager schedules\": %1 does not hold the "
                              "change_manager role and cannot set or move a change's planned "
                              "window")
                           .arg(nameOf(actor)));
}

Result<void> checkMayDecide(const User &approver, const QList<ApprovalRecord> &records)
{
    if (auto allowed = checkMayApprove(approver); !allowed)
        return allowed;
    for (const ApprovalRecord &record : records) {
        if (record.approver == approver.id && record.decision == ApprovalDecision::Requested
            && !record.voided)
            return {};
    }
    return invalidData(Tr::tr("Rule \"only requested approvers decide\": %1 has no open "
                              "approval request on this change")
                           .arg(nameOf(approver)));
}

bool voidsApprovals(const QString &field)
{
    static const QStringList fields = {
        QStringLiteral("planned_start"), QStringLiteral("planned_end"),
        QStringLiteral("implementation_plan"), QStringLiteral("backout_plan"),
        QStringLiteral("test_plan")};
    return fields.contains(field);
}

} // namespace ServiceDeck::Change
