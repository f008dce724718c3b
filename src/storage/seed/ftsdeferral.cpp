// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftsdeferral.h"

#include "storage/database.h"
#include "storage/sqlitehandle.h"

#ifdef SERVICEDECK_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace ServiceDeck::Storage::Internal {

namespace {

const char IndexSql[] = "INSERT INTO tickets_fts (rowid, title, description) "
                        "SELECT rowid, title, description FROM tickets WHERE rowid > ?";
const char LastRowSql[] = "SELECT COALESCE(MAX(rowid), 0) FROM tickets";

} // namespace

FtsDeferral::FtsDeferral(Database &db)
    : m_db(db)
    , m_native(nativeSqliteHandle(db))
{}

Result<void> FtsDeferral::begin()
{
    if (m_db.dialect() != Dialect::Sqlite)
        return {};
    auto trigger = m_db.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = "
                                            "'trigger' AND name = 'tickets_fts_insert'"));
    if (!trigger)
        return trigger.error();
    if (!trigger->next())
        return {};
    const QString sql = trigger->value(0).toString();
    trigger->finish();
    auto last = m_db.exec(QString::fromLatin1(LastRowSql));
    if (!last)
        return last.error();
    m_lastRowId = last->next() ? last->value(0).toLongLong() : 0;
    last->finish();
    if (auto dropped = m_db.exec(QStringLiteral("DROP TRIGGER tickets_fts_insert")); !dropped)
        return dropped.error();
    m_triggerSql = sql;
    return {};
}

Result<void> FtsDeferral::indexNewRows()
{
    if (m_triggerSql.isEmpty())
        return {};
    if (m_native)
        return indexNatively();
    auto indexed = m_db.exec(QString::fromLatin1(IndexSql), {m_lastRowId});
    if (!indexed)
        return indexed.error();
    indexed->finish();
    auto last = m_db.exec(QString::fromLatin1(LastRowSql));
    if (!last)
        return last.error();
    if (last->next())
        m_lastRowId = last->value(0).toLongLong();
    return {};
}

Result<void> FtsDeferral::indexNatively()
{
#ifdef SERVICEDECK_SQLITE_C_API
    // Two statements, each prepared for the call: a batch is tens of thousands of rows.
    const auto run = [this](const char *sql, qint64 *lastRowId) -> Result<void> {
        sqlite3_stmt *statement = nullptr;
        int code = sqlite3_prepare_v2(m_native, sql, -1, &statement, nullptr);
        if (code == SQLITE_OK) {
            if (!lastRowId)
                sqlite3_bind_int64(statement, 1, m_lastRowId);
            code = sqlite3_step(statement);
            if (code == SQLITE_ROW && lastRowId)
                *lastRowId = sqlite3_column_int64(statement, 0);
        }
        const bool failed = code != SQLITE_DONE && code != SQLITE_ROW;
        Result<void> result;
        if (failed)
            result = nativeSqliteError(m_db, m_native, QString::fromLatin1(sql));
        sqlite3_finalize(statement);
        return result;
    };
    if (auto indexed = run(IndexSql, nullptr); !indexed)
        return indexed;
    return run(LastRowSql, &m_lastRowId);
#else
    return {};
#endif
}

Result<void> FtsDeferral::end()
{
    if (m_triggerSql.isEmpty())
        return {};
    if (auto indexed = indexNewRows(); !indexed)
        return indexed;
    if (auto recreated = m_db.exec(m_triggerSql); !recreated)
        return recreated.error();
    m_triggerSql.clear();
    return {};
}

} // namespace ServiceDeck::Storage::Internal
