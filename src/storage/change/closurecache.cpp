// SPDX-License-Identifier: GPL-3.0-or-later
#include "closurecache.h"

#include "storage/cmdb/cmdbgraph.h"

namespace ServiceDeck::Storage {

Result<void> ClosureCache::prefetch(const QList<QUuid> &cis)
{
    QList<QUuid> frontier;
    QSet<QUuid> queued;
    for (const QUuid &ci : cis) {
        if (!m_down.contains(ci) && !queued.contains(ci)) {
            frontier << ci;
            queued.insert(ci);
        }
    }
    while (!frontier.isEmpty()) {
        auto edges = m_graph.neighbours(frontier, Cmdb::ImpactDirection::Down);
        if (!edges)
            return edges.error();
        for (const QUuid &ci : std::as_const(frontier))
            m_down.insert(ci, {}); // known now, even without relations
        for (const Cmdb::RelationEdge &edge : std::as_const(*edges)) {
            m_down[edge.source] << edge.target;
            ++m_relations;
        }
        QList<QUuid> next;
        for (const Cmdb::RelationEdge &edge : std::as_const(*edges)) {
            if (!m_down.contains(edge.target) && !queued.contains(edge.target)) {
                next << edge.target;
                queued.insert(edge.target);
            }
        }
        frontier = std::move(next);
    }
    return {};
}

QSet<QUuid> ClosureCache::closure(const QUuid &ci)
{
    const auto known = m_closures.constFind(ci);
    if (known != m_closures.cend())
        return *known;
    QSet<QUuid> seen{ci};
    QList<QUuid> stack{ci};
    while (!stack.isEmpty()) {
        const QUuid current = stack.takeLast();
        for (const QUuid &target : m_down.value(current)) {
            if (!seen.contains(target)) {
                seen.insert(target);
                stack << target;
            }
        }
    }
    m_closures.insert(ci, seen);
    return seen;
}

} // namespace ServiceDeck::Storage
