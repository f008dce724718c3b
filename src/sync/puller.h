// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowcodec.h"

#include <QSet>

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace ServiceDeck::Sync {

// Brings hub changes into the replica: the first download, then the change feed page by page.
// Each page is applied with its cursor in one local transaction, so an interrupted pull
// resumes where the last committed page ended and applies nothing twice.
class Puller
{
public:
    // done, total (0: unknown); false from the callback cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    Puller(RowCodec &local, RowCodec &hub) : m_local(local), m_hub(hub) {}

    void setPageSize(int rows) { m_pageSize = rows; }
    // Tables the applied rows belonged to, for the views to refresh.
    const QSet<QString> &touchedTables() const { return m_touched; }

    // Copies every record table from the hub (resumable), then sets the feed cursors.
    Result<qint64> download(const Progress &progress);
    // Whether the hub pruned change-feed rows after the replica's cursor; if so the next
    // download() copies the records afresh, keeping the replica's history and conflicts (call it
    // with the outbox pushed).
    Result<bool> refreshIfPruned();
    // Pulls the change feed after the cursor; rows with local ops not yet pushed are left for
    // a later refetch rather than overwritten. Returns the number of changes applied.
    Result<qint64> pull(const Progress &progress);
    // The hub's history after the journal cursor (the replica's own ops excepted).
    Result<qint64> pullJournal();
    // Records queued for fetching again once no local op is pending for them.
    Result<qint64> refetch();

private:
    // A hub snapshot (pg_current_snapshot): which transactions' writes it sees.
    struct Snapshot
    {
        quint64 xmin = 0, xmax = 0;
        QSet<quint64> running;
        bool sees(quint64 txid) const
        {
            return txid < xmin || (txid < xmax && !running.contains(txid));
        }
    };

    struct FeedPosition
    {
        QString txid;
        qint64 seq = 0;
    };
    // One page of the feed after the cursor. `advance`: only below the horizon, and the cursor
    // moves; otherwise a look ahead that starts at `ahead` (the cursor when empty) and leaves
    // its end there.
    Result<qint64> pullPage(bool *more, bool advance,
                            std::optional<FeedPosition> *ahead = nullptr);
    // Reads the current hub rows of `wanted` (table → ids) under one snapshot.
    Result<std::shared_ptr<const Snapshot>> fetchRows(const QHash<QString, QList<QUuid>> &wanted,
                                                     QHash<QString, Row> *rowsById);
    Result<void> refetchOne(const QString &entity, const QUuid &id, bool withChildren);

    RowCodec &m_local;
    RowCodec &m_hub;
    int m_pageSize = 2000;
    QSet<QString> m_touched;
    // Records this pull has already taken from the hub (entity/id), with the snapshot they were
    // read under: a later feed entry whose transaction that snapshot saw is already applied.
    // A record edited ten times while the replica was away is fetched and written once.
    QHash<QString, std::shared_ptr<const Snapshot>> m_taken;
};

} // namespace ServiceDeck::Sync
