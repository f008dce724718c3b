// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuevaluesource.h"

#include "core/query/queuefields.h"
#include "storage/database.h"

namespace ServiceDeck::Views {

namespace {

// Enough to pick from; more are reached by typing (the filter takes any value).
constexpr int maxValues = 500;

} // namespace

QStringList QueueValueSource::values(const QString &field)
{
    const Query::QueueField *def = Query::findQueueField(field);
    if (!def)
        return {};
    QString key;
    QString sql;
    switch (def->type) {
    case Query::QueueValueType::User:
        key = QStringLiteral("user");
        sql = QStringLiteral("SELECT login FROM users WHERE active = {TRUE} ORDER BY login");
        break;
    case Query::QueueValueType::Group:
        key = QStringLiteral("group");
        sql = QStringLiteral("SELECT name FROM support_groups ORDER BY name");
        break;
    case Query::QueueValueType::Ci:
        key = QStringLiteral("ci");
        sql = QStringLiteral("SELECT name FROM cis WHERE status <> 'retired' ORDER BY name");
        break;
    default:
        return {};
    }
    if (!m_cache.contains(key))
        m_cache.insert(key, read(sql));
    return m_cache.value(key);
}

QList<QPair<QString, QString>> QueueValueSource::assignableUsers()
{
    QList<QPair<QString, QString>> users;
    auto query = m_db.exec(m_db.expand(QStringLiteral(
        "SELECT u.login, u.display_name FROM users u WHERE u.active = {TRUE} AND EXISTS "
        "(SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role IN ('operator', 'admin')) "
        "ORDER BY u.display_name, u.login")));
    if (!query)
        return users;
    while (query->next())
        users.append({query->value(0).toString(), query->value(1).toString()});
    return users;
}

QStringList QueueValueSource::read(const QString &sql)
{
    QStringList values;
    auto query = m_db.exec(m_db.expand(sql + QStringLiteral(" LIMIT %1").arg(maxValues)));
    if (!query)
        return values;
    while (query->next())
        values << query->value(0).toString();
    return values;
}

} // namespace ServiceDeck::Views
