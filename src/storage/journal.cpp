// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include "database.h"

#include "core/timestamps.h"

#include <QDateTime>

namespace ServiceDeck::Storage {

QString Journal::actionName(JournalOp::Action action)
{
    switch (action) {
    case JournalOp::Action::Create: return QStringLiteral("create");
    case JournalOp::Action::Update: return QStringLiteral("update");
    case JournalOp::Action::Delete: return QStringLiteral("delete");
    }
    return {};
}

Result<void> Journal::append(const JournalOp &op)
{
    auto query = m_db.prepare(QStringLiteral(
        "INSERT INTO journal (op_id, action, entity, entity_id, field, old_value, new_value, "
        "base_version, actor_id, at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    const QString at = toIsoUtc(QDateTime::currentDateTimeUtc());
    const QVariant nullText(QMetaType(QMetaType::QString));
    // A delete, or a create without fields, still leaves one row so the op is never lost.
    QList<FieldChange> changes = op.changes;
    if (changes.isEmpty())
        changes << FieldChange{};
    for (const FieldChange &change : changes) {
        query->addBindValue(Database::idValue(op.opId));
        query->addBindValue(actionName(op.action));
        query->addBindValue(op.entity);
        query->addBindValue(Database::idValue(op.entityId));
        query->addBindValue(change.field.isNull() ? nullText : QVariant(change.field));
        query->addBindValue(change.oldValue.isNull() ? nullText : QVariant(change.oldValue));
        query->addBindValue(change.newValue.isNull() ? nullText : QVariant(change.newValue));
        query->addBindValue(op.baseVersion);
        query->addBindValue(Database::optionalId(op.actorId));
        query->addBindValue(at);
        query->addBindValue(op.origin == u"local" ? m_db.journalOrigin() : op.origin);
        if (!query->exec())
            return m_db.sqlError(query->lastError(), QStringLiteral("writing the journal"));
    }
    return {};
}

Result<QList<JournalEntry>> Journal::history(const QUuid &entityId)
{
    auto query = m_db.exec(QStringLiteral("SELECT seq, op_id, action, entity, entity_id, field, "
                                          "old_value, new_value, base_version, actor_id, at, "
                                          "origin FROM journal WHERE entity_id = ? ORDER BY seq"),
                           {Database::idValue(entityId)});
    if (!query)
        return query.error();
    QList<JournalEntry> entries;
    while (query->next()) {
        JournalEntry entry;
        entry.seq = query->value(0).toLongLong();
        entry.opId = Database::toUuid(query->value(1));
        entry.action = query->value(2).toString();
        entry.entity = query->value(3).toString();
        entry.entityId = Database::toUuid(query->value(4));
        entry.field = query->value(5).toString();
        entry.oldValue = query->value(6).toString();
        entry.newValue = query->value(7).toString();
        entry.baseVersion = query->value(8).toInt();
        entry.actorId = Database::toUuid(query->value(9));
        entry.at = Database::instantText(query->value(10));
        entry.origin = query->value(11).toString();
        entries << entry;
    }
    return entries;
}

} // namespace ServiceDeck::Storage
