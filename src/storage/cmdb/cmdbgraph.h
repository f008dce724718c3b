// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cmdb/impact.h"
#include "core/error.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace ServiceDeck::Storage {

class Database;

// The CMDB's relations as a graph for impact analysis: one query per depth level (per 512 CIs
// of it), on the (source_id, type, target_id) and (target_id, type, source_id) indexes.
class CmdbGraph
{
public:
    explicit CmdbGraph(Database &db) : m_db(db) {}

    Result<QList<Cmdb::RelationEdge>> neighbours(const QList<QUuid> &frontier,
                                                 Cmdb::ImpactDirection direction);
    Result<Cmdb::ImpactClosure> closure(const QUuid &start, const Cmdb::ImpactOptions &options);
    // The same closure's CIs and depths by a recursive CTE: the benchmark's baseline and the
    // tests' cross-check.
    Result<QHash<QUuid, int>> closureByCte(const QUuid &start, const Cmdb::ImpactOptions &options);

private:
    // withIds: also read each relation's id. A closure does not need it, and without it both
    // directions are answered from an index alone.
    Result<void> fetchChunk(const QList<QUuid> &frontier, qsizetype from, qsizetype count,
                            Cmdb::ImpactDirection direction, const QStringList &types, bool withIds,
                            QList<Cmdb::RelationEdge> &edges);
    Result<QList<Cmdb::RelationEdge>> fetch(const QList<QUuid> &frontier,
                                            Cmdb::ImpactDirection direction,
                                            const QStringList &types, bool withIds);

    Database &m_db;
    // Prepared neighbour queries by shape (direction, IN-list size, type count, ids): a closure
    // runs the same few shapes level after level. They belong to m_db's connection, so a
    // CmdbGraph must not outlive its Database.
    QHash<QString, QSqlQuery> m_queries;
};

} // namespace ServiceDeck::Storage
