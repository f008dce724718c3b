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
// 2. servicedeck_push_ops collects its answer in an array and turns it into JSON once: it
//    appended to a JSON array per op, copying the array each time (7 % of a 500-op page).
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
    // The procedure of step 9, answering through `answers`.
    step.postgresOnly << QStringLiteral(
        "CREATE OR REPLACE PROCEDURE servicedeck_push_ops(ops jsonb, INOUT done jsonb "
        "DEFAULT NULL) LANGUAGE plpgsql AS $body$ "
        "DECLARE item jsonb; op uuid; record_id uuid; entity text; fresh boolean; "
        "previous record; answers jsonb[] := '{}'; "
        "BEGIN "
        "FOR i IN 0 .. jsonb_array_length(ops) - 1 LOOP "
        "item := ops -> i; "
        "op := (item ->> 'op')::uuid; "
        "record_id := (item ->> 'id')::uuid; "
        "entity := item ->> 'entity'; "
        "PERFORM set_config('servicedeck.origin_op', op::text, true); "
        "INSERT INTO applied_ops (op_id, result, detail) "
        "VALUES (op, item ->> 'result', item ->> 'detail') ON CONFLICT (op_id) DO NOTHING; "
        "IF NOT FOUND THEN "
        "SELECT a.result, a.detail INTO previous FROM applied_ops a WHERE a.op_id = op; "
        "answers := answers || jsonb_build_object('duplicate', true, "
        "'result', previous.result, 'detail', previous.detail); "
        "COMMIT; "
        "CONTINUE; "
        "END IF; "
        "EXECUTE format('SELECT %I($1, $2, $3)', 'servicedeck_apply_' || entity) INTO fresh "
        "USING item -> 'sets', record_id, (item ->> 'xmin')::xid; "
        "IF NOT fresh THEN "
        "ROLLBACK; "
        "done := to_jsonb(answers); "
        "RETURN; "
        "END IF; "
        "INSERT INTO journal (op_id, action, entity, entity_id, field, old_value, new_value, "
        "base_version, actor_id, at, origin) "
        "SELECT op, item ->> 'action', entity, record_id, j.field, j.old, j.new, "
        "(item ->> 'base')::integer, (item ->> 'actor')::uuid, (item ->> 'at')::timestamptz, "
        "'sync' FROM jsonb_to_recordset(item -> 'journal') AS j(field text, old text, new text); "
        "COMMIT; "
        "answers := answers || '{\"duplicate\": false}'::jsonb; "
        "END LOOP; "
        "done := to_jsonb(answers); "
        "END $body$");
    step.populate = installPushAppliers;
    return step;
}

} // namespace ServiceDeck::Storage
