// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cmdb/impact.h"
#include "core/error.h"

#include <QHash>
#include <QList>
#include <QUuid>

namespace ServiceDeck::Storage {

class Database;

// The CMDB's relations as a graph for impact analysis: one query per depth level, on the
// (source_id, type, target_id) and (target_id, type) indexes.
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
    Database &m_db;
};

} // namespace ServiceDeck::Storage
