// SPDX-License-Identifier: GPL-3.0-or-later
#include "collision.h"

#include <tuple>

namespace ServiceDeck::Change {

bool isScheduled(QStringView state)
{
    return state != u"cancelled" && state != u"closed";
}

QString collisionKindName(CollisionKind kind)
{
    switch (kind) {
    case CollisionKind::SameCi: return QStringLiteral("same_ci");
    case CollisionKind::ImpactCi: return QStringLiteral("impact_ci");
    case CollisionKind::Blackout: return QStringLiteral("blackout");
    case CollisionKind::OutsideMaintenance: return QStringLiteral("outside_maintenance");
    case CollisionKind::DoubleBooked: return QStringLiteral("double_booked");
    }
    return {};
}

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

Severity severityOf(CollisionKind kind)
{
    switch (kind) {
    case CollisionKind::SameCi:
    case CollisionKind::Blackout: return Severity::Error;
    case CollisionKind::ImpactCi:
    case CollisionKind::OutsideMaintenance:
    case CollisionKind::DoubleBooked: return Severity::Warning;
    }
    return Severity::Warning;
}

bool collisionLess(const Collision &a, const Collision &b)
{
    return std::forward_as_tuple(a.when.start, a.kind, a.numbers, a.windows)
           < std::forward_as_tuple(b.when.start, b.kind, b.numbers, b.windows);
}

} // namespace ServiceDeck::Change
