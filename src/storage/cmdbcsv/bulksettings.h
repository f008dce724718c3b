// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QStringList>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Storage::Internal {

// SQLite settings for writing a big import, put back when this object goes. A large import
// adds rows to a dozen indexes keyed by random UUIDs (journal, attributes, relations): with
// the connection's page cache those inserts went to disk page by page. Nothing on PostgreSQL.
class BulkSettings
{
public:
    explicit BulkSettings(Database &db)
        : m_db(db)
    {}
    ~BulkSettings();
    BulkSettings(const BulkSettings &) = delete;
    BulkSettings &operator=(const BulkSettings &) = delete;

    // rows: about how many rows the import writes, which sizes the cache.
    Result<void> apply(qint64 rows);

private:
    Database &m_db;
    QStringList m_restore;
};

} // namespace ServiceDeck::Storage::Internal
