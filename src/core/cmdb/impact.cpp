// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact.h"

#include "core/tr.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace ServiceDeck::Cmdb {

QString impactDirectionName(ImpactDirection direction)
{
    return direction == ImpactDirection::Down ? QStringLiteral("down") : QStringLiteral("up");
}

const ImpactStep *ImpactClosure::step(const QUuid &ci) const
{
    const auto it = m_index.constFind(ci);
    return it == m_index.constEnd() ? nullptr : &m_steps.at(*it);
}

QList<ImpactStep> ImpactClosure::pathTo(const QUuid &ci) const
{
    QList<ImpactStep> path;
    // Each step's `via` was reached at a smaller depth, so the walk back ends at the start.
    for (const ImpactStep *current = step(ci); current;
         current = current->via.isNull() ? nullptr : step(current->via))
        path.prepend(*current);
    return path;
}

QList<QUuid> ImpactClosure::childrenOf(const QUuid &ci) const
{
    QList<QUuid> children;
    const ImpactStep *parent = step(ci);
    if (!parent)
        return children;
    // Children sit one level deeper, and levels are contiguous in m_steps: start there.
    auto from = std::partition_point(m_steps.cbegin(), m_steps.cend(),
                                     [&](const ImpactStep &s) { return s.depth <= parent->depth; });
    for (auto it = from; it != m_steps.cend() && it->depth == parent->depth + 1; ++it) {
        if (it->via == ci)
            children << it->ci;
    }
    return children;
}

void ImpactClosure::append(const ImpactStep &step)
{
    if (m_index.contains(step.ci))
        return;
    m_index.insert(step.ci, m_steps.size());
    m_steps << step;
}

Result<ImpactClosure> impactClosure(const QUuid &start, const ImpactOptions &options,
                                    const NeighbourFetch &neighbours)
{
    if (start.isNull())
        return invalidData(Tr::tr("Impact analysis needs a configuration item to start from"));
    const QSet<QString> types(options.relationTypes.cbegin(), options.relationTypes.cend());
    const bool down = options.direction == ImpactDirection::Down;

    ImpactClosure closure;
    closure.append(ImpactStep{start, 0, QUuid(), QString()});
    QList<QUuid> frontier{start};
    for (int depth = 1; !frontier.isEmpty() && (options.maxDepth < 0 || depth <= options.maxDepth);
         ++depth) {
        Result<QList<RelationEdge>> fetched = neighbours(frontier, options.direction);
        if (!fetched)
            return fetched.error();
        // The store answers in its own order; ordering the edges by their frontier CI, then type
        // and the far CI makes the tree (which parent a diamond's CI hangs under) the same on
        // every database and every run. Keys are computed once, not per comparison.
        QHash<QUuid, qsizetype> rank;
        rank.reserve(frontier.size());
        for (qsizetype i = 0; i < frontier.size(); ++i)
            rank.insert(frontier.at(i), i);
        struct Keyed
        {
            qsizetype rank;
            const RelationEdge *edge;
        };
        std::vector<Keyed> keyed;
        keyed.reserve(size_t(fetched->size()));
        for (const RelationEdge &edge : std::as_const(*fetched)) {
            // Ignore what the frontier did not ask for, and the types not followed.
            const auto it = rank.constFind(down ? edge.source : edge.target);
            if (it == rank.constEnd() || (!types.isEmpty() && !types.contains(edge.type)))
                continue;
            keyed.push_back(Keyed{*it, &edge});
        }
        std::sort(keyed.begin(), keyed.end(), [down](const Keyed &a, const Keyed &b) {
            if (a.rank != b.rank)
                return a.rank < b.rank;
            if (a.edge->type != b.edge->type)
                return a.edge->type < b.edge->type;
            return down ? a.edge->target < b.edge->target : a.edge->source < b.edge->source;
        });

        QList<QUuid> next;
        for (const Keyed &k : keyed) {
            const QUuid &from = down ? k.edge->source : k.edge->target;
            const QUuid &to = down ? k.edge->target : k.edge->source;
            if (closure.contains(to))
                continue;
            closure.append(ImpactStep{to, depth, from, k.edge->type});
            next << to;
        }
        frontier = std::move(next);
    }
    return closure;
}

} // namespace ServiceDeck::Cmdb
