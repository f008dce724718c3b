// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedqueuerepository.h"

#include "database.h"
#include "ids.h"
#include "journal.h"

#include "core/query/queueparser.h"
#include "core/query/sortspec.h"
#include "core/tr.h"

#include <QRegularExpression>

namespace ServiceDeck::Storage {

namespace {

const QString entityName = QStringLiteral("saved_queues");

SavedQueue standard(const char *key, const QString &name, const char *expression, int position)
{
    SavedQueue queue;
    queue.key = QString::fromLatin1(key);
    queue.name = name;
    queue.expression = QString::fromLatin1(expression);
    queue.position = position;
    return queue;
}

QString joinColumns(const QStringList &columns)
{
    return columns.join(QLatin1Char(','));
}

QStringList splitColumns(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// Empty but never NULL: the expression column is NOT NULL and "" means every ticket.
QVariant nonNullText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

Result<void> checkColumns(const QStringList &columns)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (const QString &column : columns) {
        if (!name.match(column).hasMatch())
            return invalidData(Tr::tr("Field \"columns\": \"%1\" is not a column name")
                                   .arg(column));
    }
    return {};
}

Result<void> checkQuery(const SavedQueue &queue)
{
    const Query::ParseResult parsed = Query::parseQueueQuery(queue.expression);
    if (!parsed.ok())
        return invalidData(Tr::tr("Field \"expression\": %1").arg(parsed.error.message));
    if (auto sort = Query::parseSortSpec(queue.sort); !sort)
        return invalidData(Tr::tr("Field \"sort\": %1").arg(sort.error().message));
    return checkColumns(queue.columns);
}

JournalOp op(JournalOp::Action action, const QUuid &id, int baseVersion, const QUuid &actorId,
             QList<FieldChange> changes)
{
    JournalOp result;
    result.opId = newId();
    result.action = action;
    result.entity = entityName;
    result.entityId = id;
    result.baseVersion = baseVersion;
    result.actorId = actorId;
    result.changes = std::move(changes);
    return result;
}

const QString selectColumns = QStringLiteral(
    "SELECT id, version, owner_id, name, expression, columns, sort, position FROM saved_queues ");

SavedQueue readRow(const QSqlQuery &query)
{
    SavedQueue queue;
    queue.id = Database::toUuid(query.value(0));
    queue.version = query.value(1).toInt();
    queue.ownerId = query.value(2).isNull() ? QUuid() : Database::toUuid(query.value(2));
    queue.name = query.value(3).toString();
    queue.expression = query.value(4).toString();
    queue.columns = splitColumns(query.value(5).toString());
    queue.sort = query.value(6).toString();
    queue.position = query.value(7).toInt();
    return queue;
}

bool isStandardKey(const QString &name)
{
    const QList<SavedQueue> queues = SavedQueueRepository::standardQueues();
    return std::any_of(queues.cbegin(), queues.cend(),
                       [&name](const SavedQueue &queue) { return queue.key == name; });
}

} // namespace

QList<SavedQueue> SavedQueueRepository::standardQueues()
{
    return {
        standard("my_open", Tr::tr("My open tickets"), "assignee:me active:true", 0),
        standard("my_groups", Tr::tr("My groups"), "group:me active:true", 1),
        standard("unassigned", Tr::tr("Unassigned"), "assignee:none active:true", 2),
        standard("p1_p2_open", Tr::tr("P1/P2 open"), "priority<=2 active:true", 3),
        standard("sla_at_risk", Tr::tr("SLA at risk"), "sla:warning", 4),
        standard("sla_breached", Tr::tr("SLA breached"), "sla:breached", 5),
        standard("awaiting_approval", Tr::tr("Awaiting approval"), "state:awaiting_approval", 6),
        standard("updated_today", Tr::tr("Updated today"), "updated:today", 7),
    };
}

Result<QList<SavedQueue>> SavedQueueRepository::queuesOf(const QUuid &ownerId)
{
    auto query = m_db.exec(selectColumns
                               + QStringLiteral("WHERE owner_id = ? OR owner_id IS NULL "
                                                "ORDER BY position, name, id"),
                           {Database::idValue(ownerId)});
    if (!query)
        return query.error();
    QList<SavedQueue> standardList = standardQueues();
    QList<SavedQueue> own;
    while (query->next()) {
        const SavedQueue row = readRow(*query);
        if (row.ownerId == ownerId && isStandardKey(row.name)) {
            for (SavedQueue &queue : standardList) {
                if (queue.key == row.name) {
                    queue.columns = row.columns;
                    queue.sort = row.sort;
                    queue.version = row.version;
                }
            }
        } else {
            own << row;
        }
    }
    return standardList + own;
}

Result<std::optional<SavedQueue>> SavedQueueRepository::find(const QUuid &id)
{
    auto query = m_db.exec(selectColumns + QStringLiteral("WHERE id = ?"),
                           {Database::idValue(id)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<SavedQueue>();
    return std::optional<SavedQueue>(readRow(*query));
}

Result<void> SavedQueueRepository::checkName(const QUuid &ownerId, const QString &name,
                                             const QUuid &except)
{
    if (name.isEmpty())
        return invalidData(Tr::tr("Field \"name\": a queue needs a name"));
    if (isStandardKey(name))
        return invalidData(Tr::tr("Field \"name\": \"%1\" is reserved for a standard queue")
                               .arg(name));
    auto query = m_db.exec(QStringLiteral("SELECT id FROM saved_queues WHERE owner_id = ? AND "
                                          "name = ?"),
                           {Database::idValue(ownerId), name});
    if (!query)
        return query.error();
    while (query->next()) {
        if (Database::toUuid(query->value(0)) != except)
            return invalidData(Tr::tr("Field \"name\": you have a queue \"%1\" already")
                                   .arg(name));
    }
    return {};
}

Result<void> SavedQueueRepository::checkMayChange(const SavedQueue &queue, const QUuid &actorId)
{
    if (!queue.ownerId.isNull()) {
        if (queue.ownerId == actorId)
            return {};
        return invalidData(Tr::tr("Queue \"%1\" belongs to another user").arg(queue.name));
    }
    auto admin = m_db.exec(QStringLiteral("SELECT 1 FROM user_roles WHERE user_id = ? AND "
                                          "role = 'admin'"),
                           {Database::idValue(actorId)});
    if (!admin)
        return admin.error();
    if (!admin->next())
        return invalidData(Tr::tr("Queue \"%1\" is shared; only an administrator may change it")
                               .arg(queue.name));
    return {};
}

Result<SavedQueue> SavedQueueRepository::create(const QUuid &ownerId, const QString &name,
                                                const QString &expression, const QUuid &actorId)
{
    SavedQueue queue;
    queue.ownerId = ownerId;
    queue.name = name.trimmed();
    queue.expression = expression.trimmed();
    if (auto valid = checkQuery(queue); !valid)
        return valid.error();

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto free = checkName(ownerId, queue.name, {}); !free)
        return free.error();
    auto last = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM saved_queues "
                                         "WHERE owner_id = ?"),
                          {Database::idValue(ownerId)});
    if (!last)
        return last.error();
    queue.position = last->next() ? last->value(0).toInt() + 1 : 1;
    queue.id = newId();
    queue.version = 1;
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO saved_queues (id, owner_id, name, "
                                             "expression, position) VALUES (?, ?, ?, ?, ?)"),
                              {Database::idValue(queue.id), Database::optionalId(ownerId),
                               queue.name, nonNullText(queue.expression), queue.position});
    if (!inserted)
        return inserted.error();
    auto journaled = Journal(m_db).append(
        op(JournalOp::Action::Create, queue.id, 0, actorId,
           {{QStringLiteral("owner"), {}, ownerId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), {}, queue.name},
            {QStringLiteral("expression"), {}, queue.expression}}));
    if (!journaled)
        return journaled.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return queue;
}

Result<void> SavedQueueRepository::rename(const QUuid &id, const QString &name,
                                          const QUuid &actorId)
{
    auto existing = find(id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return invalidData(Tr::tr("There is no saved queue %1").arg(id.toString()));
    SavedQueue after = **existing;
    after.name = name.trimmed();
    if (after.name == (*existing)->name)
        return {};
    if (auto free = checkName(after.ownerId, after.name, id); !free)
        return free.error();
    auto updated = update(**existing, after, actorId);
    if (!updated)
        return updated.error();
    return {};
}

Result<SavedQueue> SavedQueueRepository::save(const QUuid &ownerId, const SavedQueue &queue,
                                              const QUuid &actorId)
{
    if (auto valid = checkQuery(queue); !valid)
        return valid.error();
    if (queue.isStandard())
        return saveStandardView(ownerId, queue, actorId);
    auto existing = find(queue.id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return invalidData(Tr::tr("There is no saved queue \"%1\"").arg(queue.name));
    SavedQueue after = **existing;
    after.expression = queue.expression.trimmed();
    after.columns = queue.columns;
    after.sort = queue.sort;
    return update(**existing, after, actorId);
}

Result<SavedQueue> SavedQueueRepository::saveStandardView(const QUuid &ownerId,
                                                          const SavedQueue &queue,
                                                          const QUuid &actorId)
{
    if (!isStandardKey(queue.key))
        return invalidData(Tr::tr("There is no standard queue \"%1\"").arg(queue.key));
    SavedQueue result = queue;
    for (const SavedQueue &defined : standardQueues()) {
        if (defined.key == queue.key) {
            result.name = defined.name;
            result.expression = defined.expression; // fixed by the program
        }
    }
    auto row = m_db.exec(selectColumns + QStringLiteral("WHERE owner_id = ? AND name = ?"),
                         {Database::idValue(ownerId), queue.key});
    if (!row)
        return row.error();
    if (row->next()) {
        SavedQueue before = readRow(*row);
        SavedQueue after = before;
        after.columns = queue.columns;
        after.sort = queue.sort;
        auto updated = update(before, after, actorId);
        if (!updated)
            return updated.error();
        result.version = updated->version;
        return result;
    }

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const QUuid id = newId();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO saved_queues (id, owner_id, name, "
                                             "expression, columns, sort, position) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {Database::idValue(id), Database::idValue(ownerId), queue.key,
                               nonNullText(result.expression),
                               Database::optionalText(joinColumns(queue.columns)),
                               Database::optionalText(queue.sort), result.position});
    if (!inserted)
        return inserted.error();
    auto journaled = Journal(m_db).append(
        op(JournalOp::Action::Create, id, 0, actorId,
           {{QStringLiteral("owner"), {}, ownerId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), {}, queue.key},
            {QStringLiteral("columns"), {}, joinColumns(queue.columns)},
            {QStringLiteral("sort"), {}, queue.sort}}));
    if (!journaled)
        return journaled.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    result.version = 1;
    return result;
}

Result<SavedQueue> SavedQueueRepository::update(const SavedQueue &before, const SavedQueue &after,
                                                const QUuid &actorId)
{
    if (auto allowed = checkMayChange(before, actorId); !allowed)
        return allowed.error();
    QList<FieldChange> changes;
    const auto compare = [&changes](const char *field, const QString &old, const QString &now) {
        if (old != now)
            changes << FieldChange{QString::fromLatin1(field), old, now};
    };
    compare("name", before.name, after.name);
    compare("expression", before.expression, after.expression);
    compare("columns", joinColumns(before.columns), joinColumns(after.columns));
    compare("sort", before.sort, after.sort);
    if (changes.isEmpty())
        return before;

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated = m_db.exec(QStringLiteral("UPDATE saved_queues SET name = ?, expression = ?, "
                                            "columns = ?, sort = ?, version = version + 1 "
                                            "WHERE id = ? AND version = ?"),
                             {after.name, nonNullText(after.expression),
                              Database::optionalText(joinColumns(after.columns)), Database::optionalText(after.sort),
                              Database::idValue(before.id), before.version});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{ErrorKind::Conflict,
                     Tr::tr("Queue \"%1\" was changed elsewhere; refresh and try again")
                         .arg(before.name)};
    auto journaled = Journal(m_db).append(op(JournalOp::Action::Update, before.id,
                                             before.version, actorId, changes));
    if (!journaled)
        return journaled.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    SavedQueue result = after;
    result.version = before.version + 1;
    return result;
}

Result<void> SavedQueueRepository::remove(const QUuid &id, const QUuid &actorId)
{
    auto existing = find(id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return invalidData(Tr::tr("There is no saved queue %1").arg(id.toString()));
    const SavedQueue &queue = **existing;
    if (auto allowed = checkMayChange(queue, actorId); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto deleted = m_db.exec(QStringLiteral("DELETE FROM saved_queues WHERE id = ?"),
                             {Database::idValue(id)});
    if (!deleted)
        return deleted.error();
    auto journaled = Journal(m_db).append(
        op(JournalOp::Action::Delete, id, queue.version, actorId,
           {{QStringLiteral("name"), queue.name, {}},
            {QStringLiteral("expression"), queue.expression, {}}}));
    if (!journaled)
        return journaled.error();
    return tx.commit();
}

} // namespace ServiceDeck::Storage
