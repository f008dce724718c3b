// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 9: pushing a page of ops in one round trip. A push sent each op as six statements
// in its own transaction; on a hub a few tenths of a millisecond away, waiting for those
// answers cost more than the hub's work. servicedeck_push_ops takes a page of ops whose merge
// the client has already worked out against the rows it read, and applies them one by one,
// each in its own transaction (COMMIT per op, so an op is still all-or-nothing and
// idempotent by its id, as in a push of one op), writing each record with the table's
// servicedeck_apply_TABLE function (see installPushAppliers), whose statements stay planned:
//   - an op the hub applied before (a replayed push) is not applied again; its stored result
//     is returned;
//   - an op whose record changed since the client read it (its xmin differs, or it appeared
//     or vanished) stops the page: that op is rolled back, and the client merges it again
//     against the record as it now is;
//   - otherwise the op is claimed with its result, its column values are written with a
//     version bump, its journal rows recorded, and the transaction committed.
// Each op is an object: op (uuid), entity (a record table's name), id,
// xmin (text, null for a record the client found absent), sets (column → value as text or
// null), journal ([{field, old, new}]), action, base (base version), actor, at, result and
// detail. The procedure answers with one element per op it finished, in order:
// {"duplicate": false} or {"duplicate": true, "result": …, "detail": …}.
#include "migrations.h"

namespace ServiceDeck::Storage {

QString pushOpsProcedure()
{
    // The answer is gathered in an array and made JSON once; appending to a JSON array per op
    // copied the whole array each time.
    return QStringLiteral(
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
}

Migration batchedPush()
{
    Migration step;
    step.version = 9;
    step.description = QStringLiteral("sync: push a page of ops in one round trip");
    step.postgresOnly << pushOpsProcedure();
    step.populate = installPushAppliers;
    return step;
}

} // namespace ServiceDeck::Storage
