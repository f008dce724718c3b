// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowcodec.h"

#include <QSet>

#include <functional>

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
    // Pulls the change feed after the cursor; rows with local ops not yet pushed are left for
    // a later refetch rather than overwritten. Returns the number of changes applied.
    Result<qint64> pull(const Progress &progress);
    // The hub's history after the journal cursor (the replica's own ops excepted).
    Result<qint64> pullJournal();
    // Records queued for fetching again once no local op is pending for them.
    Result<qint64> refetch();

private:
    Result<qint64> pullPage(bool *more, bool advance);
    Result<void> refetchOne(const QString &entity, const QUuid &id, bool withChildren);

    RowCodec &m_local;
    RowCodec &m_hub;
    int m_pageSize = 2000;
    QSet<QString> m_touched;
};

} // namespace ServiceDeck::Sync
