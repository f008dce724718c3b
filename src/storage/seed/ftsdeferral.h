// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Storage::Internal {

// Indexes new tickets for SQLite's full-text search in one statement per batch instead of
// through the insert trigger: FTS5 flushes its pending data at every statement boundary, and
// the trigger makes each row one, which costs four times the indexing itself.
//
// The trigger is dropped inside the transaction and recreated from its own stored SQL before
// the commit, so no committed state and no rolled-back transaction ever lacks it. A no-op on
// PostgreSQL, whose search column is generated.
class FtsDeferral
{
public:
    explicit FtsDeferral(Database &db)
        : m_db(db)
    {}
    Result<void> begin();        // in the transaction, before the rows
    Result<void> indexNewRows(); // after a batch of rows
    Result<void> end();          // after the last rows, before the commit

private:
    Database &m_db;
    QString m_triggerSql; // empty: nothing deferred
    qint64 m_lastRowId = 0;
};

} // namespace ServiceDeck::Storage::Internal
