// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "businesscalendar.h"

#include <QDateTime>
#include <QString>

namespace ServiceDeck {

enum class SlaState { None, Ok, Warning, Breached, Paused };

QString slaStateName(SlaState state); // "ok", "warning", "breached", "paused", "" for None
QString slaStateLabel(SlaState state); // translated

// The share of the resolution target after which a ticket warns.
inline constexpr double slaWarningShare = 0.75;

// The instants a ticket's SLA is measured against, stored with the ticket so queues can filter
// on them in SQL without a calendar.
struct SlaDue
{
    QDateTime responseDue;
    QDateTime resolutionDue;
    QDateTime warningAt; // 75 % of the resolution target used
};

// Targets counted in business time from `opened`. Business time spent pending does not count:
// the resolution clock ran for business(opened, due) - pausedSeconds, so the due instant moves on
// by exactly the paused business time, across weekends and holidays alike. The response target
// is not moved: a ticket is answered before anyone waits on the caller.
SlaDue computeSlaDue(const BusinessCalendar &calendar, const QDateTime &opened,
                     qint64 responseMinutes, qint64 resolutionMinutes, qint64 pausedSeconds = 0);

struct SlaStatus
{
    SlaState state = SlaState::None;
    qint64 leftSeconds = 0; // business seconds to the resolution due; negative once breached
    double usedShare = 0;   // 0 … 1 and beyond
};

// The resolution clock of one ticket at `now`. `pendingSince` is valid while the clock pauses.
SlaStatus evaluateSla(const BusinessCalendar &calendar, const SlaDue &due,
                      qint64 resolutionMinutes, const QDateTime &pendingSince, bool active,
                      const QDateTime &now);

// "2 h 05 min", "-1 d 3 h" (breached), for people.
QString formatDuration(qint64 seconds);

} // namespace ServiceDeck
