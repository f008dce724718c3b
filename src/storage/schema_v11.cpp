// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 11: cheaper ticket writes on the hub, for every writer and for a sync push.
// 1. The hub drops the ticket indexes that its sort indexes already cover.
// On PostgreSQL the sort indexes of step 2 are plain (column, number), so (resolution_due),
// (planned_start, planned_end) and (priority, opened) repeat their leading column, and
// (kind, state), (assignee_id, state) and (group_id, state) serve the same equality on their
// first column; the standard queues' state and SLA filters find tickets_sla. Every index is
// a write on every ticket update that is not HOT (each sets `updated`), and every transaction
// locks each one: a sync push, one hub transaction per op, spent a third of its time on these
// seven (10,000 single-row updates each committed: 4.4-4.8 s with them, 2.9 s without).
// SQLite keeps them: its sort indexes lead with `column IS NULL`, which an equality or a range
// on the column cannot use, and its queue counts read (state, priority) and (kind, state).
// 2. servicedeck_push_ops is installed again (pushOpsProcedure, which step 9 shares): it
//    collects its answer in an array and turns it into JSON once, where it appended to a JSON
//    array per op, copying the array each time (7 % of a 500-op page).
// 3. The push appliers are made again (installPushAppliers): they convert the op's values
//    into a row variable instead of joining the UPDATE with jsonb_populate_record().
#include "migrations.h"

namespace ServiceDeck::Storage {

Migration cheaperHubTicketWrites()
{
    Migration step;
    step.version = 11;
    step.description = QStringLiteral("hub: cheaper ticket writes and push");
    for (const char *index :
         {"tickets_resolution_due", "tickets_planned", "tickets_priority", "tickets_kind_state",
          "tickets_assignee", "tickets_group", "tickets_state"})
        step.postgresOnly << QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index));
    step.postgresOnly << pushOpsProcedure();
    step.populate = installPushAppliers;
    return step;
}

} // namespace ServiceDeck::Storage
