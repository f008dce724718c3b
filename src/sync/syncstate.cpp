// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstate.h"

#include "rowcodec.h"

#include "storage/database.h"

namespace ServiceDeck::Sync {

Result<QString> SyncState::value(const char *key)
{
    auto query = runSql(m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"),
                        {QString::fromLatin1(key)});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

Result<void> SyncState::setValue(const char *key, const QString &value)
{
    auto query = runSql(m_db,
                        QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        {QString::fromLatin1(key), value});
    if (!query)
        return query.error();
    return {};
}

Result<qint64> SyncState::number(const char *key)
{
    auto text = value(key);
    if (!text)
        return text.error();
    return text->toLongLong();
}

Result<bool> SyncState::isReplica()
{
    auto hub = value(StateKey::hub);
    if (!hub)
        return hub.error();
    return !hub->isEmpty();
}

} // namespace ServiceDeck::Sync
