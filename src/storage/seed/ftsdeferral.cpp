// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftsdeferral.h"

#include "storage/database.h"

namespace ServiceDeck::Storage::Internal {

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
    auto last = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM tickets"));
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
    auto indexed = m_db.exec(QStringLiteral("INSERT INTO tickets_fts (rowid, title, description) "
                                            "SELECT rowid, title, description FROM tickets "
                                            "WHERE rowid > ?"),
                             {m_lastRowId});
    if (!indexed)
        return indexed.error();
    indexed->finish();
    auto last = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM tickets"));
    if (!last)
        return last.error();
    if (last->next())
        m_lastRowId = last->value(0).toLongLong();
    return {};
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
