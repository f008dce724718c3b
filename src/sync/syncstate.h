// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Sync {

// The replica's bookkeeping in sync_state: which hub, how far push and pull got, and where an
// interrupted first download stands. Written in the same transaction as the data it describes.
namespace StateKey {
inline constexpr char hub[] = "hub";
inline constexpr char schema[] = "hub_schema";
inline constexpr char download[] = "download";           // running | done
inline constexpr char downloadTable[] = "download_table"; // table being copied
inline constexpr char downloadAfter[] = "download_after"; // last id copied in it
inline constexpr char downloadXmin[] = "download_xmin";   // hub snapshot horizon at the start
inline constexpr char pullTxid[] = "pull_txid";
inline constexpr char pullSeq[] = "pull_seq";
inline constexpr char journalTxid[] = "journal_txid";
inline constexpr char journalSeq[] = "journal_seq";
inline constexpr char pushSeq[] = "push_seq";             // last local journal seq pushed
inline constexpr char lastSync[] = "last_sync";
inline constexpr char lastError[] = "last_error";
} // namespace StateKey

class SyncState
{
public:
    explicit SyncState(Storage::Database &db) : m_db(db) {}

    Result<QString> value(const char *key);
    Result<void> setValue(const char *key, const QString &value);
    Result<qint64> number(const char *key);

    // Whether this database is a replica (it names a hub).
    Result<bool> isReplica();

private:
    Storage::Database &m_db;
};

} // namespace ServiceDeck::Sync
