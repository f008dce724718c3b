// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/pragmascope.h"

#include "core/error.h"

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
        : m_pragmas(db)
    {}

    // rows: about how many rows the import writes, which sizes the cache.
    Result<void> apply(qint64 rows);

private:
    PragmaScope m_pragmas;
};

} // namespace ServiceDeck::Storage::Internal
