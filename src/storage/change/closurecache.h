// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

namespace ServiceDeck::Storage {

class CmdbGraph;

// Down impact closures of many CIs at once, for one load of the change schedule. The relations
// are read level by level for all start CIs together (one query per level and 512 CIs, through
// CmdbGraph) and kept, so each CI's closure is then walked in memory and each relation is read
// once however many closures share it.
class ClosureCache
{
public:
    explicit ClosureCache(CmdbGraph &graph) : m_graph(graph) {}

    // Reads the relations below `cis` that are not known yet.
    Result<void> prefetch(const QList<QUuid> &cis);
    // The Down closure of `ci`, itself included; prefetch first, or relations are missing.
    // Computed once per CI; the set is implicitly shared with every caller.
    QSet<QUuid> closure(const QUuid &ci);

    qsizetype relationCount() const { return m_relations; }

private:
    CmdbGraph &m_graph;
    QHash<QUuid, QList<QUuid>> m_down; // CI → targets of its relations
    QHash<QUuid, QSet<QUuid>> m_closures;
    qsizetype m_relations = 0;
};

} // namespace ServiceDeck::Storage
