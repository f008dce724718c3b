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

namespace {

struct TableColumn
{
    QString name;
    bool generated = false;
};

// Every table whose rows are records (an id and a version): the ones sync carries, with their
// columns sorted by name.
Result<QMap<QString, QList<TableColumn>>> recordTables(Database &db)
{
    auto columns = db.exec(QStringLiteral(
        "SELECT c.table_name, c.column_name, c.is_generated FROM information_schema.columns c "
        "WHERE c.table_schema = current_schema() AND c.table_name IN ("
        "SELECT c.table_name FROM information_schema.columns c "
        "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
        "AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
        "WHERE c.table_schema = current_schema() AND c.column_name IN ('id', 'version') "
        "GROUP BY c.table_name HAVING count(*) = 2)"));
    if (!columns)
        return columns.error();
    QMap<QString, QList<TableColumn>> tables;
    while (columns->next())
        tables[columns->value(0).toString()] << TableColumn{columns->value(1).toString(),
                                                            columns->value(2).toString() != u"NEVER"};
    columns->finish();
    for (QList<TableColumn> &list : tables)
        std::sort(list.begin(), list.end(),
                  [](const TableColumn &a, const TableColumn &b) { return a.name < b.name; });
    return tables;
}

// Runs generated DDL (not preparable; table and column names come from the catalogue).
Result<void> runDdl(Database &db, const QStringList &statements, const QString &what)
{
    for (const QString &statement : statements) {
        QSqlQuery ddl(db.sql());
        if (!ddl.exec(statement))
            return db.sqlError(ddl.lastError(), what);
    }
    return {};
}

} // namespace

Result<void> installChangeLogTriggers(Database &db)
{
    if (db.dialect() != Dialect::Postgres)
        return {};
    auto tables = recordTables(db);
    if (!tables)
        return tables.error();
    for (auto it = tables->cbegin(); it != tables->cend(); ++it) {
        const QString &table = it.key();
        QStringList names;
        for (const TableColumn &column : it.value())
            names << column.name;
        const QString function = QStringLiteral("servicedeck_log_") + table;
        if (auto done = runDdl(
                db,
                {logFunction(function, names, *db.sql().driver()),
                 QStringLiteral("CREATE OR REPLACE TRIGGER %1_log AFTER INSERT OR UPDATE OR "
                                "DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION %2()")
                     .arg(table, function),
                 QStringLiteral("CREATE OR REPLACE TRIGGER %1_notify AFTER INSERT OR UPDATE OR "
                                "DELETE ON %1 FOR EACH STATEMENT "
                                "EXECUTE FUNCTION servicedeck_notify_change()")
                     .arg(table)},
                QStringLiteral("creating the change log triggers of %1").arg(table));
            !done)
            return done.error();
    }
    return {};
}

Result<void> installPushAppliers(Database &db)
{
    if (db.dialect() != Dialect::Postgres)
        return {};
    auto tables = recordTables(db);
    if (!tables)
        return tables.error();
    const QSqlDriver &driver = *db.sql().driver();
    for (auto it = tables->cbegin(); it != tables->cend(); ++it) {
        const QString &table = it.key();
        const QString name = driver.escapeIdentifier(table, QSqlDriver::TableName);
        QStringList known, sets;
        for (const TableColumn &column : it.value()) {
            if (column.generated || column.name == u"id" || column.name == u"version")
                continue;
            const QString quoted = driver.escapeIdentifier(column.name, QSqlDriver::FieldName);
            known << QStringLiteral("'%1'").arg(column.name);
            sets << QStringLiteral("%1 = CASE WHEN sets ? '%2' THEN s.%1 ELSE t.%1 END")
                        .arg(quoted, column.name);
        }
        sets << QStringLiteral("version = t.version + 1");
        // Writes the columns named in `sets` (text values, converted by the column types) with
        // a version bump, if the record is still the row version `stamp` names (its xmin);
        // with nothing to write, locks it on the same condition; a null stamp means the record
        // was absent. False: the record changed since it was read. A column it does not know
        // is an error, never a value silently dropped. The values are converted into a row
        // variable first: an UPDATE … FROM jsonb_populate_record() set up a join and a function
        // scan on every call.
        const QString applier = QStringLiteral(
            "CREATE OR REPLACE FUNCTION servicedeck_apply_%1(sets jsonb, record_id uuid, "
            "stamp xid) RETURNS boolean LANGUAGE plpgsql AS $body$ "
            "DECLARE unknown text; s %2%ROWTYPE; "
            "BEGIN "
            "IF stamp IS NULL THEN "
            "PERFORM 1 FROM %2 t WHERE t.id = record_id FOR UPDATE; "
            "RETURN NOT FOUND; "
            "END IF; "
            "SELECT k INTO unknown FROM jsonb_object_keys(sets) k "
            "WHERE k <> ALL (ARRAY[%3]::text[]) LIMIT 1; "
            "IF unknown IS NOT NULL THEN "
            "RAISE EXCEPTION 'servicedeck_apply_%1: no column %', unknown "
            "USING ERRCODE = 'undefined_column'; "
            "END IF; "
            "IF sets = '{}' THEN "
            "PERFORM 1 FROM %2 t WHERE t.id = record_id AND t.xmin = stamp FOR UPDATE; "
            "RETURN FOUND; "
            "END IF; "
            "s := jsonb_populate_record(NULL::%2, sets); "
            "UPDATE %2 t SET %4 WHERE t.id = record_id AND t.xmin = stamp; "
            "RETURN FOUND; "
            "END $body$")
                                    .arg(table, name, known.join(QStringLiteral(", ")),
                                         sets.join(QStringLiteral(", ")));
        if (auto done = runDdl(db, {applier},
                               QStringLiteral("creating the push applier of %1").arg(table));
            !done)
            return done.error();
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
