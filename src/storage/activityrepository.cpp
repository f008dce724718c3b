// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityrepository.h"

#include "database.h"
#include "ids.h"
#include "journal.h"

#include "core/timestamps.h"
#include "core/tr.h"

#include <QDateTime>

namespace ServiceDeck::Storage {

namespace {

Result<void> journalCreate(Database &db, const QString &entity, const QUuid &id,
                           const QUuid &actorId, QList<FieldChange> changes)
{
    JournalOp op;
    op.opId = newId();
    op.action = JournalOp::Action::Create;
    op.entity = entity;
    op.entityId = id;
    op.actorId = actorId;
    op.changes = std::move(changes);
    return Journal(db).append(op);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

Result<ActivityEntry> ActivityRepository::add(const QUuid &ticketId, const QString &text,
                                              bool internal, int minutes, const QUuid &actorId)
{
    if (text.trimmed().isEmpty())
        return invalidData(Tr::tr("Field \"text\": a comment needs some text"));
    if (minutes < 0)
        return invalidData(Tr::tr("Field \"minutes\": time spent cannot be negative"));
    ActivityEntry entry;
    entry.id = newId();
    entry.kind = minutes > 0 ? QStringLiteral("worklog") : QStringLiteral("comment");
    entry.text = text;
    entry.internal = internal;
    entry.minutes = minutes;
    entry.at = toIsoUtc(QDateTime::currentDateTimeUtc());
    const QString visibility = internal ? QStringLiteral("internal") : QStringLiteral("public");

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    Result<QSqlQuery> inserted =
        minutes > 0
            ? m_db.exec(QStringLiteral("INSERT INTO worklog (id, ticket_id, author_id, minutes, "
                                       "note, visibility, worked_on, created) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {Database::idValue(entry.id), Database::idValue(ticketId),
                         Database::optionalId(actorId), minutes, text, visibility, entry.at,
                         entry.at})
            : m_db.exec(QStringLiteral("INSERT INTO comments (id, ticket_id, author_id, body, "
                                       "visibility, created) VALUES (?, ?, ?, ?, ?, ?)"),
                        {Database::idValue(entry.id), Database::idValue(ticketId),
                         Database::optionalId(actorId), text, visibility, entry.at});
    if (!inserted)
        return inserted.error();
    QList<FieldChange> changes = {{QStringLiteral("ticket"), {}, idText(ticketId)},
                                  {QStringLiteral("text"), {}, text},
                                  {QStringLiteral("visibility"), {}, visibility}};
    if (minutes > 0)
        changes << FieldChange{QStringLiteral("minutes"), {}, QString::number(minutes)};
    if (auto journaled = journalCreate(m_db, minutes > 0 ? QStringLiteral("worklog")
                                                         : QStringLiteral("comments"),
                                       entry.id, actorId, changes);
        !journaled)
        return journaled.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return entry;
}

Result<QList<ActivityEntry>> ActivityRepository::list(const QUuid &ticketId)
{
    auto query = m_db.exec(
        QStringLiteral("SELECT a.id, 'comment', u.login, a.body, a.visibility, 0, a.created "
                       "FROM comments a LEFT JOIN users u ON u.id = a.author_id "
                       "WHERE a.ticket_id = ? "
                       "UNION ALL SELECT w.id, 'worklog', u.login, w.note, w.visibility, "
                       "w.minutes, w.created FROM worklog w LEFT JOIN users u ON "
                       "u.id = w.author_id WHERE w.ticket_id = ? ORDER BY 7, 1"),
        {Database::idValue(ticketId), Database::idValue(ticketId)});
    if (!query)
        return query.error();
    QList<ActivityEntry> entries;
    while (query->next()) {
        entries << ActivityEntry{Database::toUuid(query->value(0)), query->value(1).toString(),
                                 query->value(2).toString(), query->value(3).toString(),
                                 query->value(4).toString() == u"internal",
                                 query->value(5).toInt(),
                                 Database::instantText(query->value(6))};
    }
    return entries;
}

QStringList ActivityRepository::linkTypes()
{
    return {QStringLiteral("relates_to"), QStringLiteral("duplicates"),
            QStringLiteral("caused_by"), QStringLiteral("solved_by"), QStringLiteral("child_of"),
            QStringLiteral("blocks")};
}

Result<QUuid> ActivityRepository::link(const QUuid &sourceId, const QString &type,
                                       const QUuid &targetId, const QUuid &actorId)
{
    if (!linkTypes().contains(type))
        return invalidData(Tr::tr("Field \"type\": \"%1\" is not one of: %2")
                               .arg(type, linkTypes().join(QStringLiteral(", "))));
    if (sourceId == targetId)
        return invalidData(Tr::tr("A ticket cannot be linked to itself"));
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto existing = m_db.exec(QStringLiteral("SELECT id FROM ticket_links WHERE source_id = ? "
                                             "AND type = ? AND target_id = ?"),
                              {Database::idValue(sourceId), type, Database::idValue(targetId)});
    if (!existing)
        return existing.error();
    if (existing->next())
        return Database::toUuid(existing->value(0)); // linking twice is harmless
    const QUuid id = newId();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO ticket_links (id, source_id, type, "
                                             "target_id, created) VALUES (?, ?, ?, ?, ?)"),
                              {Database::idValue(id), Database::idValue(sourceId), type,
                               Database::idValue(targetId),
                               toIsoUtc(QDateTime::currentDateTimeUtc())});
    if (!inserted)
        return inserted.error();
    if (auto journaled = journalCreate(m_db, QStringLiteral("ticket_links"), id, actorId,
                                       {{QStringLiteral("source"), {}, idText(sourceId)},
                                        {QStringLiteral("type"), {}, type},
                                        {QStringLiteral("target"), {}, idText(targetId)}});
        !journaled)
        return journaled.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<LinkEntry>> ActivityRepository::links(const QUuid &ticketId)
{
    auto query = m_db.exec(
        QStringLiteral("SELECT l.id, l.type, t.number, t.title, 1 FROM ticket_links l JOIN "
                       "tickets t ON t.id = l.target_id WHERE l.source_id = ? "
                       "UNION ALL SELECT l.id, l.type, t.number, t.title, 0 FROM ticket_links l "
                       "JOIN tickets t ON t.id = l.source_id WHERE l.target_id = ? ORDER BY 3"),
        {Database::idValue(ticketId), Database::idValue(ticketId)});
    if (!query)
        return query.error();
    QList<LinkEntry> entries;
    while (query->next()) {
        entries << LinkEntry{Database::toUuid(query->value(0)), query->value(1).toString(),
                             query->value(2).toString(), query->value(3).toString(),
                             query->value(4).toInt() == 1};
    }
    return entries;
}

} // namespace ServiceDeck::Storage
