// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbgraph.h"

#include "storage/database.h"

#include "core/tr.h"

#include <QSqlError>

namespace ServiceDeck::Storage {

namespace {

using Cmdb::ImpactDirection;

// IN-list sizes a frontier is cut into. A chunk is padded to the next size by repeating an id,
// so only these few statements are ever prepared, and at most 4 times the needed values are
// bound; the largest stays below SQLite's limit on bound variables (999 in old builds).
constexpr qsizetype chunkSizes[] = {1, 4, 16, 64, 256, 512};

qsizetype paddedSize(qsizetype count)
{
    for (qsizetype size : chunkSizes) {
        if (count <= size)
            return size;
    }
    return chunkSizes[std::size(chunkSizes) - 1];
}

QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

} // namespace

Result<QList<Cmdb::RelationEdge>> CmdbGraph::neighbours(const QList<QUuid> &frontier,
                                                        ImpactDirection direction)
{
    return fetch(frontier, direction, {}, true);
}

Result<QList<Cmdb::RelationEdge>> CmdbGraph::fetch(const QList<QUuid> &frontier,
                                                   ImpactDirection direction,
                                                   const QStringList &types, bool withIds)
{
    QList<Cmdb::RelationEdge> edges;
    const qsizetype largest = chunkSizes[std::size(chunkSizes) - 1];
    for (qsizetype from = 0; from < frontier.size(); from += largest) {
        const qsizetype count = std::min(largest, frontier.size() - from);
        if (auto fetched = fetchChunk(frontier, from, count, direction, types, withIds, edges);
            !fetched)
            return fetched.error();
    }
    return edges;
}

Result<void> CmdbGraph::fetchChunk(const QList<QUuid> &frontier, qsizetype from, qsizetype count,
                                   ImpactDirection direction, const QStringList &types,
                                   bool withIds, QList<Cmdb::RelationEdge> &edges)
{
    const bool down = direction == ImpactDirection::Down;
    const qsizetype size = paddedSize(count);
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(down ? QLatin1String("down") : QLatin1String("up"))
                            .arg(size)
                            .arg(types.size())
                            .arg(withIds ? 1 : 0);
    auto cached = m_queries.find(key);
    if (cached == m_queries.end()) {
        QString sql = QStringLiteral("SELECT source_id, type, target_id%1 FROM ci_relations "
                                     "WHERE %2 IN (%3)")
                          .arg(withIds ? QLatin1String(", id") : QLatin1String(),
                               down ? QLatin1String("source_id") : QLatin1String("target_id"),
                               placeholders(size));
        if (!types.isEmpty())
            sql += QStringLiteral(" AND type IN (%1)").arg(placeholders(types.size()));
        QSqlQuery query(m_db.sql());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return m_db.sqlError(query.lastError(), Tr::tr("reading CI relations"));
        cached = m_queries.insert(key, query);
    }
    QSqlQuery &query = *cached;
    int position = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const QUuid &id = frontier.at(from + std::min(i, count - 1));
        query.bindValue(position++, Database::idValue(id));
    }
    for (const QString &type : types)
        query.bindValue(position++, type);
    if (!query.exec())
        return m_db.sqlError(query.lastError(), Tr::tr("reading CI relations"));
    while (query.next()) {
        edges << Cmdb::RelationEdge{withIds ? Database::toUuid(query.value(3)) : QUuid(),
                                    Database::toUuid(query.value(0)), query.value(1).toString(),
                                    Database::toUuid(query.value(2))};
    }
    // Padding repeats an id, which the IN list absorbs; finish() lets SQLite drop its read lock.
    query.finish();
    return {};
}

Result<Cmdb::ImpactClosure> CmdbGraph::closure(const QUuid &start,
                                               const Cmdb::ImpactOptions &options)
{
    auto exists =
        m_db.exec(QStringLiteral("SELECT 1 FROM cis WHERE id = ?"), {Database::idValue(start)});
    if (!exists)
        return exists.error();
    if (!exists->next())
        return invalidData(Tr::tr("No configuration item with the id %1")
                               .arg(start.toString(QUuid::WithoutBraces)));
    // The type filter goes into SQL as well, so unfollowed relations are not even read.
    const QStringList types = options.relationTypes;
    return Cmdb::impactClosure(
        start, options, [this, &types](const QList<QUuid> &frontier, ImpactDirection direction) {
            return fetch(frontier, direction, types, false);
        });
}

Result<QHash<QUuid, int>> CmdbGraph::closureByCte(const QUuid &start,
                                                  const Cmdb::ImpactOptions &options)
{
    const bool down = options.direction == ImpactDirection::Down;
    int limit = options.maxDepth;
    if (limit < 0) {
        // SQL cannot drop a CI from the recursion once it was reached at a smaller depth (the
        // recursive term sees only the previous level), so rows are (CI, depth) pairs and a
        // cycle would repeat forever. No shortest path is longer than the number of CIs, which
        // bounds it; on the acyclic estates this baseline is measured on the bound never bites.
        auto count = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM cis"));
        if (!count)
            return count.error();
        limit = count->next() ? count->value(0).toInt() : 0;
    }
    QString typeFilter;
    if (!options.relationTypes.isEmpty())
        typeFilter =
            QStringLiteral(" AND r.type IN (%1)").arg(placeholders(options.relationTypes.size()));
    // UNION (not UNION ALL) drops a (CI, depth) pair reached again on another path of the same
    // length, which keeps diamonds from multiplying rows; MIN(depth) then picks the shortest.
    const QString sql =
        QStringLiteral("WITH RECURSIVE reach (id, depth) AS ("
                       "SELECT id, 0 FROM cis WHERE id = ? "
                       "UNION "
                       "SELECT r.%1, reach.depth + 1 FROM reach "
                       "JOIN ci_relations r ON r.%2 = reach.id "
                       "WHERE reach.depth < ?%3) "
                       "SELECT id, MIN(depth) FROM reach GROUP BY id")
            .arg(down ? QLatin1String("target_id") : QLatin1String("source_id"),
                 down ? QLatin1String("source_id") : QLatin1String("target_id"), typeFilter);
    QVariantList values{Database::idValue(start), limit};
    for (const QString &type : options.relationTypes)
        values << type;
    QSqlQuery query(m_db.sql());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_db.sqlError(query.lastError(), Tr::tr("computing the impact closure"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return m_db.sqlError(query.lastError(), Tr::tr("computing the impact closure"));
    QHash<QUuid, int> depths;
    while (query.next())
        depths.insert(Database::toUuid(query.value(0)), query.value(1).toInt());
    return depths;
}

} // namespace ServiceDeck::Storage
