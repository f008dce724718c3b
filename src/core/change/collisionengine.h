// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collision.h"
#include "schedule.h"

#include <QList>

namespace ServiceDeck::Change {

// Every collision in a schedule. Changes that are cancelled, closed or have no window are left
// out. Pairs are found by a sweep over the windows sorted by start with a set of the changes
// still running, so the work grows with the changes that really overlap, not with all pairs.
// Per pair there is at most one collision of each kind. The result is ordered by time, then
// kind, then the changes' order in the schedule (start, end, number).
QList<Collision> findCollisions(const ScheduleInput &input);

// The collisions of one change against a schedule (the calendar asks this while a change is
// dragged): `candidate` replaces the change of the same id, if the schedule has one.
QList<Collision> collisionsOf(const PlannedChange &candidate, const ScheduleInput &input);

} // namespace ServiceDeck::Change
