// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencelookup.h"

#include "storage/database.h"

#include <QDebug>

namespace ServiceDeck::Views {

using Storage::Database;

QStringList ReferenceLookup::column(const QString &sql)
{
    QStringList values;
    auto query = m_db.exec(sql);
    if (!query) {
        qWarning().noquote() << query.error().message;
        return values;
    }
    while (query->next())
        values << query->value(0).toString();
    return values;
}

QStringList ReferenceLookup::userLogins()
{
    return column(m_db.expand(QStringLiteral("SELECT login FROM users WHERE active = {TRUE} "
                                             "ORDER BY login")));
}

QStringList ReferenceLookup::groupNames()
{
    return column(QStringLiteral("SELECT name FROM support_groups ORDER BY name"));
}

QList<UserEntry> ReferenceLookup::usersWithRole(const QString &role)
{
    QList<UserEntry> users;
    auto query = m_db.exec(m_db.expand(QStringLiteral(
                               "SELECT u.id, u.login, u.display_name FROM users u "
                               "JOIN user_roles r ON r.user_id = u.id "
                               "WHERE r.role = ? AND u.active = {TRUE} "
                               "ORDER BY u.display_name, u.login")),
                           {role});
    if (!query) {
        qWarning().noquote() << query.error().message;
        return users;
    }
    while (query->next())
        users << UserEntry{Database::toUuid(query->value(0)), query->value(1).toString(),
                           query->value(2).toString()};
    return users;
}

QStringList ReferenceLookup::ciNames(const QString &prefix, int limit)
{
    QString pattern = prefix.trimmed().toLower();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    auto query = m_db.exec(QStringLiteral("SELECT name FROM cis WHERE LOWER(name) LIKE ? "
                                          "ESCAPE '\\' ORDER BY name LIMIT ?"),
                           {QString(pattern + QLatin1Char('%')), limit});
    QStringList names;
    if (!query) {
        qWarning().noquote() << query.error().message;
        return names;
    }
    while (query->next())
        names << query->value(0).toString();
    return names;
}

QString ReferenceLookup::nameOf(const QString &table, const QString &nameColumn,
                                const QString &idText)
{
    const QString key = table + QLatin1Char('/') + idText;
    if (const auto it = m_names.constFind(key); it != m_names.cend())
        return it.value();
    const QUuid id = QUuid::fromString(idText);
    if (id.isNull())
        return idText;
    QString name = idText;
    auto query = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(nameColumn, table),
                           {Database::idValue(id)});
    if (!query)
        qWarning().noquote() << query.error().message;
    else if (query->next())
        name = query->value(0).toString();
    m_names.insert(key, name);
    return name;
}

QString ReferenceLookup::userName(const QUuid &id)
{
    if (id.isNull())
        return {};
    return nameOf(QStringLiteral("users"), QStringLiteral("login"),
                  id.toString(QUuid::WithoutBraces));
}

QString ReferenceLookup::displayValue(FieldType type, const QString &stored)
{
    if (stored.isEmpty())
        return stored;
    switch (type) {
    case FieldType::User:
        return nameOf(QStringLiteral("users"), QStringLiteral("login"), stored);
    case FieldType::Group:
        return nameOf(QStringLiteral("support_groups"), QStringLiteral("name"), stored);
    case FieldType::Ci:
        return nameOf(QStringLiteral("cis"), QStringLiteral("name"), stored);
    case FieldType::CiList: {
        QStringList names;
        for (const QString &id : stored.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << nameOf(QStringLiteral("cis"), QStringLiteral("name"), id);
        names.sort(Qt::CaseInsensitive);
        return names.join(QStringLiteral(", "));
    }
    default:
        return stored;
    }
}

} // namespace ServiceDeck::Views
