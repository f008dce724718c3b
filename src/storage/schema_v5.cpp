// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 5: sync. Every PostgreSQL database can be a hub: a trigger logs each row written
// to any record table in change_log (whoever writes: ServiceDeck in direct mode, a sync push,
// an administrator's SQL), stamped with the writing transaction's id so that a pull never skips
// a transaction that commits late; a statement trigger sends a NOTIFY on commit as a hint to
// refresh; applied_ops makes a replayed op a no-op. A replica (SQLite) keeps its sync cursor and
// the conflicts a push left in tables of its own.
#include "database.h"
#include "migrations.h"

#include <QMap>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>

namespace ServiceDeck::Storage {

namespace {

const char *const commonStatements[] = {
    // Replica bookkeeping: hub, cursors, download progress (key → value).
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT)",
    // What a push could not apply: one row per clashing field (or per record for
    // update-versus-delete), with base / mine / theirs, until the user resolves it.
    "CREATE TABLE sync_conflicts (id {ID} PRIMARY KEY, op_id {ID} NOT NULL, "
    "kind TEXT NOT NULL CHECK (kind IN ('field', 'update_deleted', 'delete_updated', "
    "'rejected')), entity TEXT NOT NULL, entity_id {ID} NOT NULL, field TEXT, "
    "base_value TEXT, local_value TEXT, remote_value TEXT, detail TEXT, actor_id {ID}, "
    "created {TS} NOT NULL, resolved {TS}, resolution TEXT)",
    "CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved, created)",
    // Rows a pull could not overwrite (local ops pending) or must fetch again with their
    // dependants (a delete the hub refused): fetched from the hub once they are free.
    "CREATE TABLE sync_refetch (entity TEXT NOT NULL, entity_id {ID} NOT NULL, "
    "with_children {BOOL} NOT NULL DEFAULT {FALSE}, PRIMARY KEY (entity, entity_id))",
};

const char *const postgresStatements[] = {
    "CREATE TABLE change_log (seq bigserial PRIMARY KEY, "
    "txid xid8 NOT NULL DEFAULT pg_current_xact_id(), entity text NOT NULL, "
    "entity_id uuid NOT NULL, version integer, "
    "action text NOT NULL CHECK (action IN ('insert', 'update', 'delete')), fields text[], "
    "origin_op uuid, at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX change_log_cursor ON change_log (txid, seq)",
    "CREATE TABLE applied_ops (op_id uuid PRIMARY KEY, result text NOT NULL, detail text, "
    "applied timestamptz NOT NULL DEFAULT now())",
    // The hub's history is pulled like its records, by (txid, seq).
    "ALTER TABLE journal ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id()",
    "CREATE INDEX journal_cursor ON journal (txid, seq)",
    "CREATE FUNCTION servicedeck_log_change() RETURNS trigger LANGUAGE plpgsql AS $body$ "
    "DECLARE origin uuid := nullif(current_setting('servicedeck.origin_op', true), '')::uuid; "
    "changed text[]; "
    "BEGIN "
    "IF TG_OP = 'DELETE' THEN "
    "INSERT INTO change_log (entity, entity_id, version, action, origin_op) "
    "VALUES (TG_TABLE_NAME, OLD.id, OLD.version, 'delete', origin); "
    "RETURN OLD; "
    "END IF; "
    "IF TG_OP = 'UPDATE' THEN "
    "SELECT array_agg(n.key ORDER BY n.key) INTO changed FROM jsonb_each(to_jsonb(NEW)) n "
    "WHERE n.value IS DISTINCT FROM (to_jsonb(OLD) -> n.key); "
    "IF changed IS NULL THEN RETURN NEW; END IF; "
    "END IF; "
    "INSERT INTO change_log (entity, entity_id, version, action, fields, origin_op) "
    "VALUES (TG_TABLE_NAME, NEW.id, NEW.version, lower(TG_OP), changed, origin); "
    "RETURN NEW; "
    "END $body$",
    "CREATE FUNCTION servicedeck_notify_change() RETURNS trigger LANGUAGE plpgsql AS $body$ "
    "BEGIN PERFORM pg_notify('servicedeck_changes', TG_TABLE_NAME); RETURN NULL; END $body$",
};

QStringList list(const char *const *begin, const char *const *end)
{
    QStringList statements;
    for (auto it = begin; it != end; ++it)
        statements << QString::fromUtf8(*it);
    return statements;
}

} // namespace

namespace {

// The change-log trigger function of one table. It names the table's columns, so that finding
// the fields an update changed is one comparison per column rather than converting both rows
// to JSON (which, with a ticket's search vector, cost as much as the rest of the update).
QString logFunction(const QString &function, const QStringList &columns, const QSqlDriver &driver)
{
    QStringList tests;
    for (const QString &column : columns) {
        const QString name = driver.escapeIdentifier(column, QSqlDriver::FieldName);
        tests << QStringLiteral("CASE WHEN NEW.%1 IS DISTINCT FROM OLD.%1 THEN '%2' END")
                     .arg(name, column);
    }
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $body$ "
               "DECLARE origin uuid := nullif(current_setting('servicedeck.origin_op', true), "
               "'')::uuid; changed text[]; "
               "BEGIN "
               "IF TG_OP = 'DELETE' THEN "
               "INSERT INTO change_log (entity, entity_id, version, action, origin_op) "
               "VALUES (TG_TABLE_NAME, OLD.id, OLD.version, 'delete', origin); "
               "RETURN OLD; "
               "END IF; "
               "IF TG_OP = 'UPDATE' THEN "
               "changed := array_remove(ARRAY[%2]::text[], NULL); "
               "IF cardinality(changed) = 0 THEN RETURN NEW; END IF; "
               "END IF; "
               "INSERT INTO change_log (entity, entity_id, version, action, fields, origin_op) "
               "VALUES (TG_TABLE_NAME, NEW.id, NEW.version, lower(TG_OP), changed, origin); "
               "RETURN NEW; "
               "END $body$")
        .arg(function, tests.join(QStringLiteral(", ")));
}

} // namespace

Result<void> installChangeLogTriggers(Database &db)
{
    if (db.dialect() != Dialect::Postgres)
        return {};
    // Every table whose rows are records (an id and a version): the ones sync carries.
    auto columns = db.exec(QStringLiteral(
        "SELECT c.table_name, c.column_name FROM information_schema.columns c "
        "WHERE c.table_schema = current_schema() AND c.table_name IN ("
        "SELECT c.table_name FROM information_schema.columns c "
        "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
        "AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
        "WHERE c.table_schema = current_schema() AND c.column_name IN ('id', 'version') "
        "GROUP BY c.table_name HAVING count(*) = 2)"));
    if (!columns)
        return columns.error();
    QMap<QString, QStringList> tables; // table → its columns
    while (columns->next())
        tables[columns->value(0).toString()] << columns->value(1).toString();
    columns->finish();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QString &table = it.key();
        QStringList &names = it.value();
        std::sort(names.begin(), names.end());
        const QString function = QStringLiteral("servicedeck_log_") + table;
        // Table and column names come from the catalogue, never from a user.
        for (const QString &statement :
             {logFunction(function, names, *db.sql().driver()),
              QStringLiteral("CREATE OR REPLACE TRIGGER %1_log AFTER INSERT OR UPDATE OR DELETE "
                             "ON %1 FOR EACH ROW EXECUTE FUNCTION %2()")
                  .arg(table, function),
              QStringLiteral("CREATE OR REPLACE TRIGGER %1_notify AFTER INSERT OR UPDATE OR "
                             "DELETE ON %1 FOR EACH STATEMENT "
                             "EXECUTE FUNCTION servicedeck_notify_change()")
                  .arg(table)}) {
            // DDL is not preparable: run as plain text (names from the catalogue, see above).
            QSqlQuery ddl(db.sql());
            if (!ddl.exec(statement))
                return db.sqlError(ddl.lastError(), QStringLiteral("creating the change log "
                                                                   "triggers of %1")
                                                        .arg(table));
        }
    }
    return {};
}

Migration syncSupport()
{
    return Migration{5,
                     QStringLiteral("sync: change log, applied ops, replica state"),
                     list(std::begin(commonStatements), std::end(commonStatements)),
                     {},
                     list(std::begin(postgresStatements), std::end(postgresStatements)),
                     installChangeLogTriggers};
}

} // namespace ServiceDeck::Storage
