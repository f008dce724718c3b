// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 1: every table of the first release, so later features add behaviour, not tables.
#include "database.h"
#include "ids.h"
#include "migrations.h"

#include "core/ticketkind.h"

namespace ServiceDeck::Storage {

namespace {

// Columns every record carries: a UUID identity and a version bumped by each change.
#define RECORD "id {ID} PRIMARY KEY, version INTEGER NOT NULL DEFAULT 1, "

const char *const commonStatements[] = {
    "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
    "applied {TS} NOT NULL)",

    // People, groups and what they may do.
    "CREATE TABLE users (" RECORD "login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
    "email TEXT, active {BOOL} NOT NULL DEFAULT {TRUE}, created {TS} NOT NULL)",
    "CREATE TABLE user_roles (" RECORD
    "user_id {ID} NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
    "role TEXT NOT NULL CHECK (role IN ('operator', 'change_manager', 'cab', 'admin')), "
    "UNIQUE (user_id, role))",
    "CREATE TABLE support_groups (" RECORD "name TEXT NOT NULL UNIQUE, description TEXT, "
    "email TEXT)",
    "CREATE TABLE group_members (" RECORD
    "group_id {ID} NOT NULL REFERENCES support_groups(id) ON DELETE CASCADE, "
    "user_id {ID} NOT NULL REFERENCES users(id) ON DELETE CASCADE, UNIQUE (group_id, user_id))",
    "CREATE INDEX group_members_user ON group_members (user_id)",

    // Business time: weekly hours, holidays, and the SLA targets measured on them.
    "CREATE TABLE business_calendars (" RECORD "name TEXT NOT NULL UNIQUE, "
    "time_zone TEXT NOT NULL DEFAULT 'UTC', around_the_clock {BOOL} NOT NULL DEFAULT {FALSE})",
    "CREATE TABLE calendar_hours (" RECORD
    "calendar_id {ID} NOT NULL REFERENCES business_calendars(id) ON DELETE CASCADE, "
    "weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), "
    "start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439), "
    "end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440), "
    "CHECK (end_minute > start_minute))",
    "CREATE INDEX calendar_hours_calendar ON calendar_hours (calendar_id, weekday)",
    "CREATE TABLE calendar_holidays (" RECORD
    "calendar_id {ID} NOT NULL REFERENCES business_calendars(id) ON DELETE CASCADE, "
    "day {DATE} NOT NULL, name TEXT, UNIQUE (calendar_id, day))",
    "CREATE TABLE sla_policies (" RECORD "name TEXT NOT NULL, "
    "kind TEXT NOT NULL CHECK (kind IN ('incident', 'request', 'problem', 'change')), "
    "priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5), "
    "calendar_id {ID} NOT NULL REFERENCES business_calendars(id), "
    "response_minutes INTEGER NOT NULL CHECK (response_minutes > 0), "
    "resolution_minutes INTEGER NOT NULL CHECK (resolution_minutes > 0), "
    "UNIQUE (kind, priority))",

    // The CMDB: classes with typed attributes, CIs, and directed relations.
    "CREATE TABLE ci_classes (" RECORD "name TEXT NOT NULL UNIQUE, label TEXT NOT NULL, "
    "parent TEXT REFERENCES ci_classes(name))",
    "CREATE TABLE ci_attribute_defs (" RECORD
    "class TEXT NOT NULL REFERENCES ci_classes(name) ON DELETE CASCADE, name TEXT NOT NULL, "
    "label TEXT NOT NULL, "
    "type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice', 'reference')), "
    "choices TEXT, required {BOOL} NOT NULL DEFAULT {FALSE}, "
    "position INTEGER NOT NULL DEFAULT 0, UNIQUE (class, name))",
    "CREATE TABLE cis (" RECORD "name TEXT NOT NULL UNIQUE, "
    "class TEXT NOT NULL REFERENCES ci_classes(name), "
    "status TEXT NOT NULL DEFAULT 'live' "
    "CHECK (status IN ('planned', 'live', 'maintenance', 'retired')), "
    "owner_group_id {ID} REFERENCES support_groups(id) ON DELETE SET NULL, location TEXT, "
    "description TEXT, created {TS} NOT NULL, updated {TS} NOT NULL)",
    "CREATE INDEX cis_class ON cis (class, name)",
    "CREATE INDEX cis_owner_group ON cis (owner_group_id)",
    "CREATE TABLE ci_attributes (" RECORD
    "ci_id {ID} NOT NULL REFERENCES cis(id) ON DELETE CASCADE, name TEXT NOT NULL, "
    "value TEXT NOT NULL, UNIQUE (ci_id, name))",
    "CREATE TABLE relation_types (" RECORD "name TEXT NOT NULL UNIQUE, "
    "forward_label TEXT NOT NULL, reverse_label TEXT NOT NULL)",
    "CREATE TABLE ci_relations (" RECORD
    "source_id {ID} NOT NULL REFERENCES cis(id) ON DELETE CASCADE, "
    "type TEXT NOT NULL REFERENCES relation_types(name), "
    "target_id {ID} NOT NULL REFERENCES cis(id) ON DELETE CASCADE, "
    "UNIQUE (source_id, type, target_id), CHECK (source_id <> target_id))",
    "CREATE INDEX ci_relations_target ON ci_relations (target_id, type)",

    // Tickets of all four kinds in one table: queues cross kinds and sort on shared columns.
    "CREATE TABLE number_sequences (kind TEXT PRIMARY KEY, next_value BIGINT NOT NULL)",
    "CREATE TABLE tickets (" RECORD "number TEXT NOT NULL UNIQUE, "
    "kind TEXT NOT NULL CHECK (kind IN ('incident', 'request', 'problem', 'change')), "
    "title TEXT NOT NULL, description TEXT, state TEXT NOT NULL, "
    "impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 3), "
    "urgency INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 3), "
    "priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5), category TEXT, "
    "requester_id {ID} REFERENCES users(id) ON DELETE SET NULL, "
    "assignee_id {ID} REFERENCES users(id) ON DELETE SET NULL, "
    "group_id {ID} REFERENCES support_groups(id) ON DELETE SET NULL, "
    "service_id {ID} REFERENCES cis(id) ON DELETE SET NULL, "
    "ci_id {ID} REFERENCES cis(id) ON DELETE SET NULL, "
    "opened {TS} NOT NULL, updated {TS} NOT NULL, resolved {TS}, closed {TS}, resolution TEXT, "
    // SLA bookkeeping: due instants are computed by the core and stored for fast queue filters.
    "sla_policy_id {ID} REFERENCES sla_policies(id) ON DELETE SET NULL, first_response {TS}, "
    "response_due {TS}, resolution_due {TS}, sla_warning_at {TS}, pending_since {TS}, "
    "paused_seconds BIGINT NOT NULL DEFAULT 0, "
    // Problems.
    "root_cause TEXT, workaround TEXT, known_error {BOOL} NOT NULL DEFAULT {FALSE}, "
    // Changes.
    "change_type TEXT CHECK (change_type IN ('standard', 'normal', 'emergency')), "
    "risk TEXT CHECK (risk IN ('low', 'medium', 'high', 'very_high')), risk_score INTEGER, "
    "planned_start {TS}, planned_end {TS}, actual_start {TS}, actual_end {TS}, "
    "implementation_plan TEXT, backout_plan TEXT, test_plan TEXT, "
    "review_outcome TEXT CHECK (review_outcome IN "
    "('successful', 'partially_successful', 'failed', 'backed_out')), review_notes TEXT, "
    "CHECK (planned_start IS NULL OR planned_end IS NULL OR planned_end > planned_start))",
    // Queue sorts and the standard queues' filters.
    "CREATE INDEX tickets_opened ON tickets (opened)",
    "CREATE INDEX tickets_updated ON tickets (updated)",
    "CREATE INDEX tickets_priority ON tickets (priority, opened)",
    "CREATE INDEX tickets_state ON tickets (state, priority)",
    "CREATE INDEX tickets_kind_state ON tickets (kind, state)",
    "CREATE INDEX tickets_assignee ON tickets (assignee_id, state)",
    "CREATE INDEX tickets_group ON tickets (group_id, state)",
    "CREATE INDEX tickets_resolution_due ON tickets (resolution_due)",
    "CREATE INDEX tickets_planned ON tickets (planned_start, planned_end)",
    "CREATE INDEX tickets_ci ON tickets (ci_id)",
    "CREATE INDEX tickets_service ON tickets (service_id)",

    "CREATE TABLE ticket_links (" RECORD
    "source_id {ID} NOT NULL REFERENCES tickets(id) ON DELETE CASCADE, "
    "type TEXT NOT NULL CHECK (type IN "
    "('relates_to', 'duplicates', 'caused_by', 'solved_by', 'child_of', 'blocks')), "
    "target_id {ID} NOT NULL REFERENCES tickets(id) ON DELETE CASCADE, created {TS} NOT NULL, "
    "UNIQUE (source_id, type, target_id), CHECK (source_id <> target_id))",
    "CREATE INDEX ticket_links_target ON ticket_links (target_id)",
    "CREATE TABLE comments (" RECORD
    "ticket_id {ID} NOT NULL REFERENCES tickets(id) ON DELETE CASCADE, "
    "author_id {ID} REFERENCES users(id) ON DELETE SET NULL, body TEXT NOT NULL, "
    "visibility TEXT NOT NULL DEFAULT 'internal' CHECK (visibility IN ('internal', 'public')), "
    "created {TS} NOT NULL)",
    "CREATE INDEX comments_ticket ON comments (ticket_id, created)",
    "CREATE TABLE worklog (" RECORD
    "ticket_id {ID} NOT NULL REFERENCES tickets(id) ON DELETE CASCADE, "
    "author_id {ID} REFERENCES users(id) ON DELETE SET NULL, "
    "minutes INTEGER NOT NULL CHECK (minutes > 0), note TEXT, "
    "visibility TEXT NOT NULL DEFAULT 'internal' CHECK (visibility IN ('internal', 'public')), "
    "worked_on {TS} NOT NULL, created {TS} NOT NULL)",
    "CREATE INDEX worklog_ticket ON worklog (ticket_id, worked_on)",

    // Changes: affected CIs, approvals, and the windows they are planned against.
    "CREATE TABLE change_cis (" RECORD
    "change_id {ID} NOT NULL REFERENCES tickets(id) ON DELETE CASCADE, "
    "ci_id {ID} NOT NULL REFERENCES cis(id) ON DELETE CASCADE, UNIQUE (change_id, ci_id))",
    "CREATE INDEX change_cis_ci ON change_cis (ci_id)",
    "CREATE TABLE change_approvals (" RECORD
    "change_id {ID} NOT NULL REFERENCES tickets(id) ON DELETE CASCADE, "
    "approver_id {ID} NOT NULL REFERENCES users(id), "
    "decision TEXT NOT NULL DEFAULT 'requested' "
    "CHECK (decision IN ('requested', 'approved', 'rejected')), comment TEXT, "
    "requested {TS} NOT NULL, decided {TS}, voided {BOOL} NOT NULL DEFAULT {FALSE})",
    "CREATE INDEX change_approvals_change ON change_approvals (change_id)",
    "CREATE INDEX change_approvals_approver ON change_approvals (approver_id, decision)",
    "CREATE TABLE blackout_windows (" RECORD "name TEXT NOT NULL, starts {TS} NOT NULL, "
    "ends {TS} NOT NULL, reason TEXT, global {BOOL} NOT NULL DEFAULT {TRUE}, "
    "CHECK (ends > starts))",
    "CREATE INDEX blackout_windows_time ON blackout_windows (starts, ends)",
    "CREATE TABLE blackout_scope (" RECORD
    "blackout_id {ID} NOT NULL REFERENCES blackout_windows(id) ON DELETE CASCADE, "
    "ci_id {ID} NOT NULL REFERENCES cis(id) ON DELETE CASCADE, UNIQUE (blackout_id, ci_id))",
    "CREATE TABLE maintenance_windows (" RECORD
    "service_id {ID} NOT NULL REFERENCES cis(id) ON DELETE CASCADE, name TEXT, "
    "weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), "
    "start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439), "
    "duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0), "
    "time_zone TEXT NOT NULL DEFAULT 'UTC')",
    "CREATE INDEX maintenance_windows_service ON maintenance_windows (service_id)",

    // Queues a user saved (owner NULL: shared with everybody).
    "CREATE TABLE saved_queues (" RECORD
    "owner_id {ID} REFERENCES users(id) ON DELETE CASCADE, name TEXT NOT NULL, "
    "expression TEXT NOT NULL DEFAULT '', columns TEXT, sort TEXT, "
    "position INTEGER NOT NULL DEFAULT 0, UNIQUE (owner_id, name))",

    // The journal: audit history and sync outbox at once. One row per changed field of an op.
    "CREATE TABLE journal (seq {SEQ_PK}, op_id {ID} NOT NULL, "
    "action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')), "
    "entity TEXT NOT NULL, entity_id {ID} NOT NULL, field TEXT, old_value TEXT, "
    "new_value TEXT, base_version INTEGER NOT NULL DEFAULT 0, actor_id {ID}, at {TS} NOT NULL, "
    "origin TEXT NOT NULL DEFAULT 'local')",
    "CREATE INDEX journal_entity ON journal (entity_id, seq)",
    "CREATE INDEX journal_op ON journal (op_id)",
};

#undef RECORD

// Ticket text search: FTS5 kept in step by triggers, so every writer keeps it current.
const char *const sqliteStatements[] = {
    "CREATE VIRTUAL TABLE tickets_fts USING fts5(title, description, content='tickets', "
    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN "
    "INSERT INTO tickets_fts (rowid, title, description) "
    "VALUES (new.rowid, new.title, new.description); END",
    "CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN "
    "INSERT INTO tickets_fts (tickets_fts, rowid, title, description) "
    "VALUES ('delete', old.rowid, old.title, old.description); END",
    "CREATE TRIGGER tickets_fts_update AFTER UPDATE OF title, description ON tickets BEGIN "
    "INSERT INTO tickets_fts (tickets_fts, rowid, title, description) "
    "VALUES ('delete', old.rowid, old.title, old.description); "
    "INSERT INTO tickets_fts (rowid, title, description) "
    "VALUES (new.rowid, new.title, new.description); END",
};

const char *const postgresStatements[] = {
    "ALTER TABLE tickets ADD COLUMN search tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, ''))) STORED",
    "CREATE INDEX tickets_search ON tickets USING gin (search)",
};

template<std::size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *statement : statements)
        list << QString::fromUtf8(statement);
    return list;
}

struct NamedRow
{
    const char *name;
    const char *first;
    const char *second;
};

// CI classes (identifier, label, parent) and relation types (name, forward, reverse label).
const NamedRow ciClasses[] = {
    {"business_service", "Business service", nullptr},
    {"application", "Application", nullptr},
    {"server", "Server", nullptr},
    {"virtual_machine", "Virtual machine", "server"},
    {"database", "Database", nullptr},
    {"network_device", "Network device", nullptr},
    {"storage", "Storage", nullptr},
};
const NamedRow relationTypes[] = {
    {"depends_on", "depends on", "used by"},
    {"runs_on", "runs on", "hosts"},
    {"connects_to", "connects to", "connects to"},
    {"part_of", "part of", "contains"},
};

Result<void> populate(Database &db)
{
    for (const NamedRow &row : ciClasses) {
        const QString name = QString::fromLatin1(row.name);
        const QVariant parent = row.second ? QVariant(QString::fromLatin1(row.second))
                                           : QVariant(QMetaType(QMetaType::QString));
        auto done = db.exec(QStringLiteral("INSERT INTO ci_classes (id, name, label, parent) "
                                           "VALUES (?, ?, ?, ?)"),
                            {Database::idValue(referenceId(QStringLiteral("ci_class"), name)),
                             name, QString::fromLatin1(row.first), parent});
        if (!done)
            return done.error();
    }
    for (const NamedRow &row : relationTypes) {
        const QString name = QString::fromLatin1(row.name);
        auto done = db.exec(QStringLiteral("INSERT INTO relation_types (id, name, forward_label, "
                                           "reverse_label) VALUES (?, ?, ?, ?)"),
                            {Database::idValue(referenceId(QStringLiteral("relation_type"), name)),
                             name, QString::fromLatin1(row.first),
                             QString::fromLatin1(row.second)});
        if (!done)
            return done.error();
    }
    for (TicketKind kind : allTicketKinds()) {
        auto done = db.exec(QStringLiteral("INSERT INTO number_sequences (kind, next_value) "
                                           "VALUES (?, 1)"),
                            {kindName(kind)});
        if (!done)
            return done.error();
    }
    return {};
}

} // namespace

Migration initialSchema()
{
    return Migration{1, QStringLiteral("initial schema"), toList(commonStatements),
                     toList(sqliteStatements), toList(postgresStatements), populate};
}

} // namespace ServiceDeck::Storage
