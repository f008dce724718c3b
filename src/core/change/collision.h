// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Change {

enum class CollisionKind {
    SameCi, // two overlapping changes touch the same CI (error)
    ImpactCi, // one touches a CI in the other's impact closure (warning)
    Blackout, // a change overlaps a freeze that covers its scope (error)
    OutsideMaintenance, // a change is not inside a maintenance window of a service (warning)
    DoubleBooked, // one implementer on overlapping changes (warning)
};

enum class Severity { Warning, Error };

QString collisionKindName(CollisionKind kind); // "same_ci", "impact_ci", "blackout", …
QString severityName(Severity severity); // "warning", "error"
Severity severityOf(CollisionKind kind);

struct Collision
{
    CollisionKind kind = CollisionKind::SameCi;
    Severity severity = Severity::Error;
    QList<QUuid> changes; // one or two, earlier start first
    QList<QString> numbers; // their numbers, same order
    QList<QUuid> cis; // the CIs in conflict (services for OutsideMaintenance)
    QList<QUuid> windows; // blackout or maintenance window ids involved
    TimeSpan when; // the time in conflict: the overlap, or the change's window
    QString explanation; // one translated sentence, for tooltips and the CLI
};

// Deterministic order: by time, then kind, then numbers.
bool collisionLess(const Collision &a, const Collision &b);

} // namespace ServiceDeck::Change
