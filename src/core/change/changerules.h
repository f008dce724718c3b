// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approvals.h"
#include "timespan.h"

#include "core/directory.h"
#include "core/error.h"

namespace ServiceDeck::Change {

// Who may do what with a change. Each check returns an error naming the rule it enforces, so
// the CLI, the form and the calendar refuse with the same sentence; views only hide what these
// refuse.

// Rule "only cab approves": approvers are asked and decide only while holding the `cab` role.
Result<void> checkMayApprove(const User &approver);
// Rule "only change_manager schedules": setting or moving the planned window needs the
// `change_manager` role. An unchanged window passes for anybody, so saving other fields of a
// scheduled change is not refused.
Result<void> checkMaySchedule(const User &actor, const TimeSpan &before, const TimeSpan &after);
// A decision is recorded only on an open request of that approver (one that has no decision
// yet); `records` are the change's approval records.
Result<void> checkMayDecide(const User &approver, const QList<ApprovalRecord> &records);

// Whether a change of these fields voids the approvals given so far: the plans and the window.
bool voidsApprovals(const QString &field);

} // namespace ServiceDeck::Change
