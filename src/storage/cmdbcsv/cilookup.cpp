// SPDX-License-Identifier: GPL-3.0-or-later
#include "cilookup.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ServiceDeck::Storage::Internal {

namespace {

// Values per statement. The values travel as one JSON array parameter that the database
// unpacks, so a chunk costs one bind instead of one per value (binding, not the index lookups,
// was the cost of IN lists of placeholders).
constexpr qsizetype Chunk = 5000;

QString jsonArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QStringList idTexts(const QList<QUuid> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const QUuid &id : ids)
        texts << Database::idValue(id).toString();
    return texts;
}

} // namespace

QString CiLookup::valueList(bool ids) const
{
    if (m_db.dialect() == Dialect::Sqlite)
        return QStringLiteral("(SELECT value FROM json_each(?))");
    return ids ? QStringLiteral("(SELECT CAST(value AS uuid) FROM "
                                "json_array_elements_text(CAST(? AS json)) AS value)")
               : QStringLiteral("(SELECT value FROM json_array_elements_text(CAST(? AS json)) "
                                "AS value)");
}

QString CiLookup::relationKey(const QUuid &source, const QString &type, const QUuid &target)
{
    return source.toString(QUuid::WithoutBraces) + u'|' + type + u'|' +
           target.toString(QUuid::WithoutBraces);
}

Result<void> CiLookup::load(const QStringList &names, bool withAttributes)
{
    QList<QUuid> loaded;
    for (qsizetype first = 0; first < names.size(); first += Chunk) {
        auto query = m_db.exec(QStringLiteral("SELECT c.id, c.version, c.name, c.class, c.status, "
                                              "g.name, c.location, c.description FROM cis c "
                                              "LEFT JOIN support_groups g "
                                              "ON g.id = c.owner_group_id WHERE c.name IN ") +
                                   valueList(false),
                               {jsonArray(names.mid(first, Chunk))});
        if (!query)
            return query.error();
        while (query->next()) {
            ConfigurationItem ci;
            ci.id = Database::toUuid(query->value(0));
            ci.version = query->value(1).toInt();
            ci.name = query->value(2).toString();
            ci.ciClass = query->value(3).toString();
            ci.status = query->value(4).toString();
            ci.ownerGroup = query->value(5).toString();
            ci.location = query->value(6).toString();
            ci.description = query->value(7).toString();
            loaded << ci.id;
            m_cis.insert(ci.name, ci);
        }
    }
    if (!withAttributes)
        return {};
    QHash<QUuid, QString> nameOf;
    for (auto it = m_cis.cbegin(); it != m_cis.cend(); ++it)
        nameOf.insert(it->id, it.key());
    const QStringList loadedIds = idTexts(loaded);
    for (qsizetype first = 0; first < loadedIds.size(); first += Chunk) {
        auto query = m_db.exec(QStringLiteral("SELECT ci_id, name, value FROM ci_attributes "
                                              "WHERE ci_id IN ") +
                                   valueList(true),
                               {jsonArray(loadedIds.mid(first, Chunk))});
        if (!query)
            return query.error();
        while (query->next()) {
            const QString ciName = nameOf.value(Database::toUuid(query->value(0)));
            auto it = m_cis.find(ciName);
            if (it != m_cis.end())
                it->attributes.insert(query->value(1).toString(), query->value(2).toString());
        }
    }
    return {};
}

const ConfigurationItem *CiLookup::find(const QString &name) const
{
    const auto it = m_cis.constFind(name);
    return it == m_cis.cend() ? nullptr : &*it;
}

Result<QSet<QString>> CiLookup::relationsFrom(const QList<QUuid> &sourceIds)
{
    QSet<QString> keys;
    const QStringList ids = idTexts(sourceIds);
    for (qsizetype first = 0; first < ids.size(); first += Chunk) {
        auto query = m_db.exec(QStringLiteral("SELECT source_id, type, target_id "
                                              "FROM ci_relations WHERE source_id IN ") +
                                   valueList(true),
                               {jsonArray(ids.mid(first, Chunk))});
        if (!query)
            return query.error();
        while (query->next())
            keys.insert(relationKey(Database::toUuid(query->value(0)), query->value(1).toString(),
                                    Database::toUuid(query->value(2))));
    }
    return keys;
}

Result<QList<std::pair<QUuid, QUuid>>> CiLookup::partOfEdges()
{
    auto query = m_db.exec(QStringLiteral("SELECT source_id, target_id FROM ci_relations "
                                          "WHERE type = ?"),
                           {QStringLiteral("part_of")});
    if (!query)
        return query.error();
    QList<std::pair<QUuid, QUuid>> edges;
    while (query->next())
        edges.append({Database::toUuid(query->value(0)), Database::toUuid(query->value(1))});
    return edges;
}

} // namespace ServiceDeck::Storage::Internal
