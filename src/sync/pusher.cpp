// SPDX-License-Identifier: GPL-3.0-or-later
#include "pusher.h"

#include "storage/database.h"

#include "core/priority.h"
#include "core/ticketkind.h"
#include "core/tr.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace ServiceDeck::Sync {

using Storage::Database;
using Storage::FieldChange;
using Storage::JournalOp;

namespace {

// Records a create brings along: members and attributes that are not journaled on their own.
const std::pair<const char *, std::pair<const char *, const char *>> ownedRows[] = {
    {"tickets", {"change_cis", "change_id"}},
    {"cis", {"ci_attributes", "ci_id"}},
    {"blackout_windows", {"blackout_scope", "blackout_id"}},
    {"users", {"user_roles", "user_id"}},
};

// Columns a writer derives rather than journals: they follow the op that caused them.
QStringList derivedColumns(const QString &entity)
{
    if (entity == u"tickets")
        return {QStringLiteral("updated"),         QStringLiteral("sla_policy_id"),
                QStringLiteral("first_response"),  QStringLiteral("response_due"),
                QStringLiteral("resolution_due"),  QStringLiteral("sla_warning_at"),
                QStringLiteral("pending_since"),   QStringLiteral("paused_seconds")};
    if (entity == u"cis")
        return {QStringLiteral("updated")};
    return {};
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

} // namespace

QString Pusher::conflictsJson(const QList<ConflictRecord> &conflicts)
{
    QJsonArray array;
    for (const ConflictRecord &c : conflicts)
        array.append(QJsonObject{{QStringLiteral("kind"), c.kind},
                                 {QStringLiteral("field"), c.field},
                                 {QStringLiteral("base"), c.base},
                                 {QStringLiteral("mine"), c.mine},
                                 {QStringLiteral("theirs"), c.theirs},
                                 {QStringLiteral("detail"), c.detail}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ConflictRecord> Pusher::conflictsFromJson(const QString &json)
{
    QList<ConflictRecord> conflicts;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        conflicts << ConflictRecord{value[QStringLiteral("kind")].toString(),
                                    value[QStringLiteral("field")].toString(),
                                    value[QStringLiteral("base")].toString(),
                                    value[QStringLiteral("mine")].toString(),
                                    value[QStringLiteral("theirs")].toString(),
                                    value[QStringLiteral("detail")].toString()};
    return conflicts;
}

QString Pusher::rowJson(const SchemaInfo &schema, const QString &table, const Row &row)
{
    QJsonObject object;
    for (const Column &column : schema.columns(table)) {
        if (!row.contains(column.name))
            continue;
        const QVariant value = row.value(column.name);
        object.insert(column.name, value.isNull() ? QJsonValue()
                                                  : QJsonValue(journalText(column.type, value)));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<PushOutcome> Pusher::push(const OutboxOp &op)
{
    Database &hub = m_hub.database();
    const QString opId = op.op.opId.toString(QUuid::WithoutBraces);
    QString reason;
    {
        Storage::Transaction tx(hub);
        if (auto begun = tx.begin(); !begun)
            return Error{ErrorKind::Connection, begun.error().message};
        // Tags every row this transaction writes with the op that caused it, and claims the op:
        // a second push of it (after a crash, or from a second process) waits here and then
        // finds it done. One statement: the hub's round trips are what a push costs.
        m_journal.clear();
        auto claimed = m_hub.run(QStringLiteral("INSERT INTO applied_ops (op_id, result) "
                                                "SELECT ?::uuid, 'applying' FROM "
                                                "set_config('servicedeck.origin_op', ?, true) "
                                                "ON CONFLICT (op_id) DO NOTHING"),
                                 {opId, opId});
        if (!claimed)
            return claimed.error();
        if (claimed->numRowsAffected() == 0) {
            auto done = m_hub.run(QStringLiteral("SELECT result, detail FROM applied_ops "
                                                   "WHERE op_id = ?"),
                               {opId});
            if (!done)
                return done.error();
            PushOutcome outcome;
            outcome.duplicate = true;
            if (done->next()) {
                outcome.result = done->value(0).toString();
                outcome.conflicts = conflictsFromJson(done->value(1).toString());
            }
            return outcome;
        }
        auto outcome = apply(op);
        if (outcome) {
            auto recorded = record(op, *outcome);
            if (!recorded)
                return recorded.error();
            if (auto committed = tx.commit(); !committed)
                return Error{ErrorKind::Connection, committed.error().message};
            return outcome;
        }
        if (outcome.error().kind != ErrorKind::InvalidData)
            return outcome.error();
        reason = outcome.error().message;
        // The hub's rules refuse the op (a duplicate name, a record gone that it refers to):
        // nothing of it is applied; it becomes a conflict that keeps the local record.
    }
    PushOutcome rejected;
    rejected.result = QStringLiteral("rejected");
    ConflictRecord record;
    record.kind = QStringLiteral("rejected");
    auto local = m_local.read(op.op.entity, op.op.entityId);
    if (local && local->has_value())
        record.detail = rowJson(m_local.schema(), op.op.entity, **local);
    record.theirs = reason; // why, for the person who resolves it
    rejected.conflicts << record;
    Storage::Transaction tx(hub);
    if (auto begun = tx.begin(); !begun)
        return Error{ErrorKind::Connection, begun.error().message};
    auto recorded = m_hub.run(QStringLiteral("INSERT INTO applied_ops (op_id, result, detail) "
                                               "VALUES (?, 'rejected', ?) "
                                               "ON CONFLICT (op_id) DO NOTHING"),
                           {opId, conflictsJson(rejected.conflicts)});
    if (!recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return Error{ErrorKind::Connection, committed.error().message};
    return rejected;
}

bool Pusher::batchable(const OutboxOp &op) const
{
    if (op.op.action != JournalOp::Action::Update || !m_hub.schema().hasTable(op.op.entity))
        return false;
    for (const FieldChange &change : op.op.changes) {
        const FieldTarget::Kind kind = m_hub.target(op.op.entity, change.field).kind;
        if (kind != FieldTarget::Kind::Column && kind != FieldTarget::Kind::Unknown)
            return false;
        // A ticket's priority follows its merged impact and urgency: see applyUpdate().
        if (op.op.entity == u"tickets" && (change.field == u"impact" || change.field == u"urgency"))
            return false;
    }
    return true;
}

Result<QList<PushOutcome>> Pusher::pushSome(const QList<OutboxOp> &ops, qsizetype from)
{
    QList<OutboxOp> batch;
    QSet<QString> records;
    for (qsizetype i = from; i < ops.size() && batchable(ops.at(i)); ++i) {
        // A second op of a record would be merged against what the first one changes.
        const QString key = ops.at(i).op.entity + QLatin1Char('/') + ops.at(i).op.entityId.toString();
        if (records.contains(key))
            break;
        records.insert(key);
        batch << ops.at(i);
    }
    if (batch.size() > 1) {
        auto done = pushBatch(batch);
        if (!done)
            return done.error();
        if (!done->has_value()) {
            // One of them is refused: each alone, so that only that one is.
            QList<PushOutcome> outcomes;
            for (const OutboxOp &op : std::as_const(batch)) {
                auto outcome = push(op);
                if (!outcome)
                    return outcome.error();
                outcomes << *outcome;
            }
            return outcomes;
        }
        if (!(*done)->isEmpty())
            return **done;
    }
    auto outcome = push(ops.at(from));
    if (!outcome)
        return outcome.error();
    return QList<PushOutcome>{*outcome};
}

namespace {

QJsonValue jsonValue(ColumnType type, const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue::Null;
    if (type == ColumnType::Integer)
        return QJsonValue(stored.toLongLong());
    return QJsonValue(stored.toString());
}

QJsonValue optionalJson(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

Result<std::optional<QList<PushOutcome>>> Pusher::pushBatch(const QList<OutboxOp> &ops)
{
    // The records as the hub has them now (with the stamp that tells whether they change
    // before the hub applies the page) and as the replica has them.
    QHash<QString, QList<QUuid>> ids;
    QHash<QString, QStringList> fields;
    for (const OutboxOp &op : ops) {
        ids[op.op.entity] << op.op.entityId;
        for (const FieldChange &change : op.op.changes)
            fields[op.op.entity] << change.field;
    }
    QHash<QString, QHash<QUuid, LockedFields>> hubRows;
    QHash<QString, QHash<QUuid, Row>> localRows;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        fields[it.key()].removeDuplicates();
        auto read = m_hub.readFields(it.key(), it.value(), fields.value(it.key()));
        if (!read)
            return read.error();
        hubRows.insert(it.key(), *read);
        // (the replica's derived columns; a whole record only where it is needed, below)
        auto local = m_local.readMany(it.key(), it.value(),
                                      derivedColumns(it.key()) << QStringLiteral("id"));
        if (!local)
            return local.error();
        for (const Row &row : std::as_const(*local))
            localRows[it.key()].insert(Database::toUuid(row.value(QStringLiteral("id"))), row);
    }

    const Storage::Dialect dialect = Storage::Dialect::Postgres;
    QJsonArray items;
    QList<PushOutcome> planned;
    for (const OutboxOp &op : ops) {
        const QString &entity = op.op.entity;
        const QHash<QUuid, LockedFields> &hubTable = hubRows[entity];
        const QHash<QUuid, Row> &localTable = localRows[entity];
        const bool onHub = hubTable.contains(op.op.entityId);
        const std::optional<LockedFields> locked =
            onHub ? std::optional(hubTable.value(op.op.entityId)) : std::nullopt;
        std::optional<Row> local = localTable.contains(op.op.entityId)
                                       ? std::optional(localTable.value(op.op.entityId))
                                       : std::nullopt;
        if (!onHub && local) {
            // Gone from the hub: the conflict keeps the whole local record.
            auto whole = m_local.read(entity, op.op.entityId);
            if (!whole)
                return whole.error();
            local = *whole;
        }
        auto plan = planUpdate(op, locked, local);
        if (!plan) {
            if (plan.error().kind != ErrorKind::InvalidData)
                return plan.error();
            break; // pushed alone, where the hub's rules reject it
        }
        QJsonObject sets;
        for (const auto &[field, value] : std::as_const(plan->writes)) {
            const FieldTarget where = m_hub.target(entity, field);
            sets.insert(where.column,
                        jsonValue(where.type, value.isEmpty()
                                                  ? QVariant()
                                                  : storedValue(where.type, value, dialect)));
        }
        for (auto it = plan->extra.cbegin(); it != plan->extra.cend(); ++it) {
            if (const Column *column = m_hub.schema().column(entity, it.key()))
                sets.insert(column->name,
                            jsonValue(column->type, storedValue(column->type, it.value(), dialect)));
        }
        QJsonArray journal;
        for (const FieldChange &change : std::as_const(plan->applied))
            journal.append(QJsonObject{{QStringLiteral("field"), optionalJson(change.field)},
                                       {QStringLiteral("old"), optionalJson(change.oldValue)},
                                       {QStringLiteral("new"), optionalJson(change.newValue)}});
        items.append(QJsonObject{
            {QStringLiteral("op"), op.op.opId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), op.op.entityId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("xmin"), onHub ? QJsonValue(locked->stamp) : QJsonValue::Null},
            {QStringLiteral("sets"), sets},
            {QStringLiteral("journal"), journal},
            {QStringLiteral("action"), Storage::Journal::actionName(op.op.action)},
            {QStringLiteral("base"), op.op.baseVersion},
            {QStringLiteral("actor"), op.op.actorId.isNull()
                                          ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(op.op.actorId.toString(QUuid::WithoutBraces))},
            {QStringLiteral("at"), op.at},
            {QStringLiteral("result"), plan->outcome.result},
            {QStringLiteral("detail"), plan->outcome.conflicts.isEmpty()
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(conflictsJson(plan->outcome.conflicts))}});
        planned << plan->outcome;
    }
    if (items.isEmpty())
        return std::optional(QList<PushOutcome>{});
    // CALL cannot be prepared: the page goes to the hub as a bound value of the session first,
    // so that no data becomes SQL text.
    auto staged = m_hub.run(QStringLiteral("SELECT set_config('servicedeck.push_page', ?, false)"),
                            {QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact))});
    if (!staged)
        return staged.error();
    staged->finish();
    QSqlQuery called(m_hub.database().sql());
    if (!called.exec(QStringLiteral("CALL servicedeck_push_ops("
                                    "current_setting('servicedeck.push_page')::jsonb, NULL)"))) {
        const Error failed = sqlFailure(m_hub.database(), called.lastError());
        if (failed.kind == ErrorKind::InvalidData)
            return std::optional<QList<PushOutcome>>();
        return failed;
    }
    if (!called.next())
        return Error{ErrorKind::Connection, Tr::tr("The hub did not answer a page of the push")};
    const QJsonArray done = QJsonDocument::fromJson(called.value(0).toString().toUtf8()).array();
    called.finish();
    QList<PushOutcome> outcomes;
    for (qsizetype i = 0; i < done.size() && i < planned.size(); ++i) {
        const QJsonObject answer = done.at(i).toObject();
        if (!answer.value(QStringLiteral("duplicate")).toBool()) {
            outcomes << planned.at(i);
            continue;
        }
        PushOutcome outcome;
        outcome.duplicate = true;
        outcome.result = answer.value(QStringLiteral("result")).toString();
        outcome.conflicts = conflictsFromJson(answer.value(QStringLiteral("detail")).toString());
        outcomes << outcome;
    }
    return std::optional(outcomes);
}

Result<PushOutcome> Pusher::apply(const OutboxOp &op)
{
    if (!m_hub.schema().hasTable(op.op.entity)) {
        PushOutcome outcome;
        outcome.result = QStringLiteral("superseded");
        return outcome;
    }
    switch (op.op.action) {
    case JournalOp::Action::Create: return applyCreate(op);
    case JournalOp::Action::Delete: return applyDelete(op);
    case JournalOp::Action::Update: break;
    }
    return applyUpdate(op);
}

Result<Row> Pusher::finalNumber(Row row)
{
    const QString number = row.value(QStringLiteral("number")).toString();
    if (!isProvisionalNumber(number))
        return row;
    const QString kind = row.value(QStringLiteral("kind")).toString();
    auto next = m_hub.run(
                       QStringLiteral("UPDATE number_sequences SET next_value = next_value + 1 "
                                      "WHERE kind = ? RETURNING next_value - 1"),
                       {kind});
    if (!next)
        return next.error();
    if (!next->next())
        return Error{ErrorKind::InvalidData, Tr::tr("The hub has no number sequence for %1")
                                                 .arg(kind)};
    row.insert(QStringLiteral("number"),
               formatNumber(kindFromName(kind).value_or(TicketKind::Incident),
                            next->value(0).toLongLong()));
    return row;
}

Result<PushOutcome> Pusher::applyCreate(const OutboxOp &op)
{
    PushOutcome outcome;
    auto local = m_local.read(op.op.entity, op.op.entityId);
    if (!local)
        return local.error();
    if (!local->has_value()) {
        // Created and deleted again before it reached the hub.
        outcome.result = QStringLiteral("superseded");
        return outcome;
    }
    Row row = **local;
    if (op.op.entity == u"tickets") {
        auto numbered = finalNumber(row);
        if (!numbered)
            return numbered.error();
        row = *numbered;
    }
    if (auto inserted = m_hub.upsert(op.op.entity, row); !inserted)
        return inserted.error();
    for (const auto &[owner, owned] : ownedRows) {
        if (op.op.entity != QLatin1String(owner))
            continue;
        const QString table = QString::fromLatin1(owned.first);
        auto members = m_local.readWhere(table, QString::fromLatin1(owned.second), op.op.entityId);
        if (!members)
            return members.error();
        for (const Row &member : *members) {
            if (auto inserted = m_hub.upsert(table, member); !inserted)
                return inserted.error();
        }
    }
    QList<FieldChange> changes = op.op.changes;
    for (FieldChange &change : changes) {
        if (change.field == u"number")
            change.newValue = row.value(QStringLiteral("number")).toString();
    }
    journal(changes);
    outcome.result = QStringLiteral("applied");
    return outcome;
}

Result<Pusher::UpdatePlan> Pusher::planUpdate(const OutboxOp &op,
                                              const std::optional<LockedFields> &locked,
                                              const std::optional<Row> &local)
{
    UpdatePlan plan;
    PushOutcome &outcome = plan.outcome;
    const QString &entity = op.op.entity;
    if (!locked) {
        if (!local) {
            outcome.result = QStringLiteral("superseded"); // deleted on both sides
            return plan;
        }
        outcome.result = QStringLiteral("conflict");
        ConflictRecord record;
        record.kind = QStringLiteral("update_deleted");
        record.detail = rowJson(m_local.schema(), entity, *local);
        QStringList fields;
        for (const FieldChange &change : op.op.changes)
            fields << change.field;
        record.field = fields.join(QLatin1Char(','));
        outcome.conflicts << record;
        return plan;
    }
    const bool moved = locked->version != op.op.baseVersion;
    for (const FieldChange &change : op.op.changes) {
        if (m_hub.target(entity, change.field).kind == FieldTarget::Kind::Unknown)
            continue;
        // A ticket's priority follows its impact and urgency as merged, never on its own.
        if (entity == u"tickets" && change.field == u"priority")
            continue;
        auto base = m_hub.normalise(entity, change.field, change.oldValue);
        auto mine = m_hub.normalise(entity, change.field, change.newValue);
        if (!base)
            return base.error();
        if (!mine)
            return mine.error();
        auto theirs = theirsNow(op, *locked, change.field);
        if (!theirs)
            return theirs.error();
        const QString current = theirs->value_or(QString());
        if (current == *mine)
            continue;
        if (current == *base) {
            plan.writes << std::pair{change.field, *mine};
            plan.applied << FieldChange{change.field, current, *mine};
            continue;
        }
        outcome.conflicts << ConflictRecord{QStringLiteral("field"), change.field, *base, *mine,
                                            current, {}};
    }
    if (!plan.writes.isEmpty() && local) {
        for (const QString &column : derivedColumns(entity)) {
            if (local->contains(column))
                plan.extra.insert(column, local->value(column));
        }
    }
    outcome.result = !outcome.conflicts.isEmpty() ? QStringLiteral("conflict")
                     : moved                      ? QStringLiteral("merged")
                                                  : QStringLiteral("applied");
    return plan;
}

Result<PushOutcome> Pusher::applyUpdate(const OutboxOp &op)
{
    const QString &entity = op.op.entity;
    auto locked = lock(op);
    if (!locked)
        return locked.error();
    auto local = m_local.read(entity, op.op.entityId);
    if (!local)
        return local.error();
    auto plan = planUpdate(op, *locked, *local);
    if (!plan)
        return plan.error();
    if (plan->writes.isEmpty())
        return plan->outcome;
    QHash<QString, QUuid> memberIds;
    if (local->has_value()) {
        for (const auto &[field, value] : std::as_const(plan->writes)) {
            const FieldTarget where = m_local.target(entity, field);
            if (where.kind == FieldTarget::Kind::Set) {
                auto members = m_local.readWhere(where.setTable, where.setOwner, op.op.entityId);
                if (!members)
                    return members.error();
                for (const Row &member : *members)
                    memberIds.insert(journalText(ColumnType::Id, member.value(where.setMember)),
                                     Database::toUuid(member.value(QStringLiteral("id"))));
            } else if (where.kind == FieldTarget::Kind::Attribute) {
                auto attributes = m_local.readWhere(QStringLiteral("ci_attributes"),
                                                    QStringLiteral("ci_id"), op.op.entityId);
                if (!attributes)
                    return attributes.error();
                for (const Row &attribute : *attributes)
                    memberIds.insert(attribute.value(QStringLiteral("name")).toString(),
                                     Database::toUuid(attribute.value(QStringLiteral("id"))));
            }
        }
    }
    if (auto written = m_hub.writeFields(entity, op.op.entityId, plan->writes, plan->extra,
                                         memberIds);
        !written)
        return written.error();
    const bool levels = std::any_of(plan->writes.cbegin(), plan->writes.cend(),
                                    [](const auto &write) {
                                        return write.first == u"impact" ||
                                               write.first == u"urgency";
                                    });
    if (entity == u"tickets" && levels) {
        if (auto derived = updatePriority(op.op.entityId); !derived)
            return derived.error();
    }
    journal(plan->applied);
    return plan->outcome;
}

Result<std::optional<LockedFields>> Pusher::lock(const OutboxOp &op)
{
    QStringList fields;
    for (const FieldChange &change : op.op.changes)
        fields << change.field;
    return m_hub.lockFields(op.op.entity, op.op.entityId, fields);
}

Result<std::optional<QString>> Pusher::theirsNow(const OutboxOp &op, const LockedFields &locked,
                                                 const QString &field)
{
    const auto known = locked.values.constFind(field);
    if (known != locked.values.cend())
        return std::optional<QString>(*known);
    return m_hub.readField(op.op.entity, op.op.entityId, field);
}

Result<void> Pusher::updatePriority(const QUuid &ticketId)
{
    auto levels = m_hub.run(QStringLiteral("SELECT impact, urgency FROM tickets WHERE id = ?"),
                         {Database::idValue(ticketId)});
    if (!levels)
        return levels.error();
    if (!levels->next())
        return {};
    const int priority = priorityFor(levels->value(0).toInt(), levels->value(1).toInt());
    auto updated = m_hub.run(QStringLiteral("UPDATE tickets SET priority = ? WHERE id = ? "
                                              "AND priority <> ?"),
                          {priority, Database::idValue(ticketId), priority});
    if (!updated)
        return updated.error();
    return {};
}

Result<PushOutcome> Pusher::applyDelete(const OutboxOp &op)
{
    PushOutcome outcome;
    const QString &entity = op.op.entity;
    auto locked = lock(op);
    if (!locked)
        return locked.error();
    if (!locked->has_value()) {
        outcome.result = QStringLiteral("superseded"); // already gone
        return outcome;
    }
    // A record someone changed since this side last saw it is not deleted behind their back.
    QStringList changed;
    const QStringList derived = derivedColumns(entity) << QStringLiteral("priority");
    for (const FieldChange &change : op.op.changes) {
        if (m_hub.target(entity, change.field).kind == FieldTarget::Kind::Unknown ||
            derived.contains(change.field))
            continue;
        auto base = m_hub.normalise(entity, change.field, change.oldValue);
        if (!base)
            return base.error();
        auto theirs = theirsNow(op, **locked, change.field);
        if (!theirs)
            return theirs.error();
        if (theirs->value_or(QString()) != *base)
            changed << change.field;
    }
    if (!changed.isEmpty()) {
        outcome.result = QStringLiteral("conflict");
        outcome.conflicts << ConflictRecord{QStringLiteral("delete_updated"),
                                            changed.join(QLatin1Char(',')), {}, {}, {}, {}};
        return outcome;
    }
    if (auto removed = m_hub.remove(entity, op.op.entityId); !removed)
        return removed.error();
    journal(op.op.changes);
    outcome.result = QStringLiteral("applied");
    return outcome;
}

void Pusher::journal(const QList<FieldChange> &applied)
{
    m_journal = applied;
    if (m_journal.isEmpty())
        m_journal << FieldChange{};
}

Result<SqlRun> Pusher::record(const OutboxOp &op, const PushOutcome &outcome)
{
    // The op's journal rows and its result go in one statement (see push()).
    const QVariant detail = outcome.conflicts.isEmpty() ? nullText()
                                                        : QVariant(conflictsJson(outcome.conflicts));
    const QVariantList recordBinds{outcome.result, detail,
                                   op.op.opId.toString(QUuid::WithoutBraces)};
    const QString update =
        QStringLiteral("UPDATE applied_ops SET result = ?, detail = ? WHERE op_id = ?::uuid");
    if (m_journal.isEmpty())
        return m_hub.run(update, recordBinds);
    QVariantList binds;
    QStringList rows;
    for (const FieldChange &change : std::as_const(m_journal)) {
        rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sync')");
        binds << Database::idValue(op.op.opId) << Storage::Journal::actionName(op.op.action)
              << op.op.entity << Database::idValue(op.op.entityId)
              << Database::optionalText(change.field) << Database::optionalText(change.oldValue)
              << Database::optionalText(change.newValue) << op.op.baseVersion
              << Database::optionalId(op.op.actorId) << op.at;
    }
    return m_hub.run(QStringLiteral("WITH logged AS (INSERT INTO journal (op_id, action, entity, "
                                    "entity_id, field, old_value, new_value, base_version, "
                                    "actor_id, at, origin) VALUES %1) ")
                             .arg(rows.join(QStringLiteral(", "))) +
                         update,
                     binds + recordBinds);
}

} // namespace ServiceDeck::Sync
