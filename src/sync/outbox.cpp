// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "rowcodec.h"

#include "storage/database.h"

namespace ServiceDeck::Sync {

using Storage::Database;
using Storage::FieldChange;
using Storage::JournalOp;

Result<QList<OutboxOp>> Outbox::pending(qint64 afterSeq, int limit)
{
    // Whole ops: every row of the ops among the first `limit` rows after the cursor (at most
    // `limit` ops), looked up by op id, so that a page costs the same however long the outbox.
    auto query = runSql(
        m_db,
        QStringLiteral("SELECT seq, op_id, action, entity, entity_id, field, old_value, "
                       "new_value, base_version, actor_id, at FROM journal "
                       "WHERE seq > ? AND origin <> 'hub' AND op_id IN (SELECT op_id FROM journal "
                       "WHERE seq > ? AND origin <> 'hub' ORDER BY seq LIMIT ?) ORDER BY seq"),
        {afterSeq, afterSeq, limit});
    if (!query)
        return query.error();
    QList<OutboxOp> ops;
    while (query->next()) {
        const QUuid opId = Database::toUuid(query->value(1));
        if (ops.isEmpty() || ops.last().op.opId != opId) {
            OutboxOp next;
            next.op.opId = opId;
            const QString action = query->value(2).toString();
            next.op.action = action == u"create"   ? JournalOp::Action::Create
                             : action == u"delete" ? JournalOp::Action::Delete
                                                   : JournalOp::Action::Update;
            next.op.entity = query->value(3).toString();
            next.op.entityId = Database::toUuid(query->value(4));
            next.op.baseVersion = query->value(8).toInt();
            next.op.actorId = Database::toUuid(query->value(9));
            next.at = Database::instantText(query->value(10));
            ops << next;
        }
        OutboxOp &current = ops.last();
        current.lastSeq = query->value(0).toLongLong();
        if (!query->value(5).isNull())
            current.op.changes << FieldChange{query->value(5).toString(),
                                              query->value(6).toString(),
                                              query->value(7).toString()};
    }
    return ops;
}

Result<qint64> Outbox::pendingCount(qint64 afterSeq)
{
    auto query = runSql(m_db, QStringLiteral("SELECT count(DISTINCT op_id) FROM journal "
                                             "WHERE seq > ? AND origin <> 'hub'"),
                        {afterSeq});
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toLongLong();
}

Result<QSet<QString>> Outbox::pendingRecords(qint64 afterSeq)
{
    auto query = runSql(m_db, QStringLiteral("SELECT DISTINCT entity, entity_id FROM journal "
                                             "WHERE seq > ? AND origin <> 'hub'"),
                        {afterSeq});
    if (!query)
        return query.error();
    QSet<QString> keys;
    while (query->next())
        keys.insert(query->value(0).toString() + QLatin1Char('/') +
                    Database::toUuid(query->value(1)).toString());
    return keys;
}

Result<bool> Outbox::hasPending(qint64 afterSeq, const QString &entity, const QUuid &id)
{
    auto query = runSql(m_db, QStringLiteral("SELECT 1 FROM journal WHERE entity_id = ? "
                                             "AND entity = ? AND seq > ? AND origin <> 'hub' "
                                             "LIMIT 1"),
                        {Database::idValue(id), entity, afterSeq});
    if (!query)
        return query.error();
    return query->next();
}

} // namespace ServiceDeck::Sync
