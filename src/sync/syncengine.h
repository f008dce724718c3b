// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSet>
#include <QString>

#include <functional>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Sync {

struct SyncReport
{
    qint64 downloaded = 0;    // records copied by a first download
    qint64 pushed = 0;        // outbox ops sent
    qint64 pulled = 0;        // hub changes applied
    qint64 newConflicts = 0;  // conflicts this run left
    qint64 openConflicts = 0; // all unresolved conflicts afterwards
    qint64 pending = 0;       // outbox ops still waiting
    QSet<QString> touchedTables;
};

// One sync of a replica with its hub, in the order that never loses an edit: the first
// download if the replica has none (resumable), then the outbox pushed op by op, then the
// hub's changes pulled, then the records held back because they had local ops.
class SyncEngine
{
public:
    enum class Stage { Connecting, Downloading, Pushing, Pulling, Done };
    // stage, done, total (0: unknown); false cancels between steps.
    using Progress = std::function<bool(Stage stage, qint64 done, qint64 total)>;

    // `replica` is the local SQLite database; it becomes a replica of the hub at the first sync.
    explicit SyncEngine(Storage::Database &replica) : m_replica(replica) {}

    Result<SyncReport> run(const QString &hubUrl, const Progress &progress = {});
    Result<SyncReport> run(Storage::Database &hub, const Progress &progress = {});

    // Counts a status line shows without touching the network.
    static Result<qint64> pendingOps(Storage::Database &replica);
    static Result<qint64> openConflicts(Storage::Database &replica);

private:
    Result<SyncReport> runSteps(Storage::Database &hub, const Progress &progress);

    Storage::Database &m_replica;
};

} // namespace ServiceDeck::Sync
