// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

// The values of user, group and CI fields that only the database knows, for the filter box's
// completion: logins, group names, CI names. Read once per kind of field and kept.
class QueueValueSource
{
public:
    explicit QueueValueSource(Storage::Database &db) : m_db(db) {}

    QStringList values(const QString &field);
    // Forgets what was read (after a refresh).
    void clear() { m_cache.clear(); }

    // People who can be assigned tickets: login → "Display Name (login)", by display name.
    QList<QPair<QString, QString>> assignableUsers();

private:
    QStringList read(const QString &sql);

    Storage::Database &m_db;
    QHash<QString, QStringList> m_cache;
};

} // namespace ServiceDeck::Views
