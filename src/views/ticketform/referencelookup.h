// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fields.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

// A person as a picker lists them.
struct UserEntry
{
    QUuid id;
    QString login;
    QString displayName;
};

// The names people know for what a ticket refers to: logins, group and CI names for completion,
// and the ids the journal keeps turned back into those names for the history.
class ReferenceLookup
{
public:
    explicit ReferenceLookup(Storage::Database &db) : m_db(db) {}

    QStringList userLogins();  // active users, by login
    QStringList groupNames();  // support groups, by name
    // Active users holding a role ("cab", …), by display name.
    QList<UserEntry> usersWithRole(const QString &role);
    // CI names starting with `prefix` (case-insensitive), at most `limit`: completion must stay
    // cheap on a CMDB of 100,000 items.
    QStringList ciNames(const QString &prefix, int limit = 25);

    // The login of a user; the id itself when it names nobody (a deleted user).
    QString userName(const QUuid &id);
    // A journal value of a reference field as names: one id, or a comma list of CI ids.
    QString displayValue(FieldType type, const QString &stored);

private:
    QString nameOf(const QString &table, const QString &column, const QString &idText);
    QStringList column(const QString &sql);

    Storage::Database &m_db;
    QHash<QString, QString> m_names; // "table/id" → name
};

} // namespace ServiceDeck::Views
