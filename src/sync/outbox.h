// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/journal.h"

#include <QList>
#include <QSet>

namespace ServiceDeck::Sync {

// One op of the outbox: the journal rows of one local mutation, in the order written.
struct OutboxOp
{
    qint64 lastSeq = 0; // the op's last journal row: the push cursor moves past it
    Storage::JournalOp op;
    QString at;
};

// The journal read as the outbox: local ops after the push cursor (rows pulled from the hub
// are history, not outbox).
class Outbox
{
public:
    explicit Outbox(Storage::Database &db) : m_db(db) {}

    // The whole ops after `afterSeq` among its first `limit` journal rows (so at most `limit`
    // ops, fewer where ops have several rows; at least one while any is pending), oldest first.
    Result<QList<OutboxOp>> pending(qint64 afterSeq, int limit);
    Result<qint64> pendingCount(qint64 afterSeq);
    // Records with ops not yet pushed: a pull must not overwrite them.
    Result<bool> hasPending(qint64 afterSeq, const QString &entity, const QUuid &id);
    // All such records at once, as "entity/{id}" keys (QUuid::toString()).
    Result<QSet<QString>> pendingRecords(qint64 afterSeq);

private:
    Storage::Database &m_db;
};

} // namespace ServiceDeck::Sync
