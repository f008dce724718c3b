// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/timespan.h"
#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

namespace ServiceDeck::Storage {

class Database;

namespace Internal {

// A freeze as the change schedule and the change report read it, with the CIs of its scope
// (ids and names side by side, in name order; empty for a global freeze).
struct BlackoutInRange
{
    QUuid id;
    QString name;
    QString reason;
    Change::TimeSpan window;
    bool global = true;
    QList<QUuid> scopeIds;
    QStringList scopeNames;
};

// The freezes that overlap `range`, ordered by start and name.
Result<QList<BlackoutInRange>> blackoutsInRange(Database &db, const Change::TimeSpan &range);

// The values that bind "starts < ? AND ends > ?" (or the planned times' alike) to `range`.
QVariantList rangeValues(const Change::TimeSpan &range);
// The span between two stored instants.
Change::TimeSpan spanOf(const QVariant &start, const QVariant &end);

} // namespace Internal
} // namespace ServiceDeck::Storage
