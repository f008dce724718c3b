// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace ServiceDeck::Cmdb {

// Down follows relations from source to target (a service down to what it depends on);
// Up follows them back (from a server up to everything that breaks when it goes down).
enum class ImpactDirection { Down, Up };

QString impactDirectionName(ImpactDirection direction); // "down", "up"

struct RelationEdge
{
    QUuid relationId;
    QUuid source;
    QString type;
    QUuid target;
};

struct ImpactOptions
{
    ImpactDirection direction = ImpactDirection::Down;
    int maxDepth = -1;         // < 0: unlimited; 0: only the start
    QStringList relationTypes; // empty: every type
};

// How one CI was reached: from `via` (null for the start) over a relation of `relationType`.
struct ImpactStep
{
    QUuid ci;
    int depth = 0;
    QUuid via;
    QString relationType;
};

// Every CI reached once, breadth first, so each has its shortest path from the start.
class ImpactClosure
{
public:
    QUuid start() const { return m_steps.isEmpty() ? QUuid() : m_steps.first().ci; }
    const QList<ImpactStep> &steps() const { return m_steps; }
    bool contains(const QUuid &ci) const { return m_index.contains(ci); }
    const ImpactStep *step(const QUuid &ci) const;
    // The steps from the start to the CI, start first; empty if the CI was not reached.
    QList<ImpactStep> pathTo(const QUuid &ci) const;
    // The CIs reached directly from `ci` in the closure's tree, in the order they were reached.
    QList<QUuid> childrenOf(const QUuid &ci) const;

    // For the algorithm and for tests: steps come in order of depth; a CI already present is
    // ignored.
    void append(const ImpactStep &step);

private:
    QList<ImpactStep> m_steps;
    QHash<QUuid, qsizetype> m_index;
};

// The relations leaving the frontier (Down: source in frontier) or entering it (Up: target in
// frontier). Called once per depth level with the whole level, so storage answers in batches.
using NeighbourFetch = std::function<Result<QList<RelationEdge>>(const QList<QUuid> &frontier,
                                                                 ImpactDirection direction)>;

// Breadth-first closure from `start`; safe on cycles (each CI is visited once), stops at
// options.maxDepth, follows only options.relationTypes when given.
Result<ImpactClosure> impactClosure(const QUuid &start, const ImpactOptions &options,
                                    const NeighbourFetch &neighbours);

} // namespace ServiceDeck::Cmdb
