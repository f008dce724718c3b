// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

struct sqlite3;

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
//
// Where bulk loads write through SQLite's C API (sqlitehandle.h), so does indexNewRows(), which
// may then run on another thread as long as nothing else uses the connection (SeedPhase).
class FtsDeferral
{
public:
    explicit FtsDeferral(Database &db);
    Result<void> begin();        // in the transaction, before the rows
    Result<void> indexNewRows(); // after a batch of rows
    Result<void> end();          // after the last rows, before the commit
    bool indexesNatively() const { return m_native != nullptr; }

private:
    Result<void> indexNatively();

    Database &m_db;
    sqlite3 *const m_native;
    QString m_triggerSql; // empty: nothing deferred
    qint64 m_lastRowId = 0;
};

} // namespace ServiceDeck::Storage::Internal
