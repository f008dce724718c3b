// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timespan.h"

#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUuid>

namespace ServiceDeck::Change {

// A weekly maintenance window of a service: on `weekday` (1 = Monday … 7 = Sunday) from
// `startMinute` after local midnight for `durationMinutes`, in an IANA time zone.
//
// The window is a wall-clock span: "Sunday 02:00 for 120 minutes" ends at 04:00 local time
// whatever the clocks do in between, so it lasts one hour on the night clocks go forward and
// three on the night they go back. A local time that does not exist (inside the spring gap)
// is moved forward by the gap, as RFC 5545 does; one that exists twice (in the autumn) is its
// first occurrence.
struct MaintenanceWindow
{
    QUuid id;
    QUuid service;
    QString name;
    int weekday = 7;
    int startMinute = 0;
    int durationMinutes = 60;
    QTimeZone zone = QTimeZone::utc();

    // The concrete occurrences that overlap `range`, in time order.
    QList<TimeSpan> occurrences(const TimeSpan &range) const;
};

// Occurrences of several windows (of one service) merged where they overlap or touch, so a
// change running from one window straight into the next one counts as inside.
QList<TimeSpan> mergedOccurrences(const QList<MaintenanceWindow> &windows, const TimeSpan &range);

// The UTC instant of a local wall-clock time (milliseconds since the epoch as if the local
// time were UTC), with the gap and overlap rules above.
qint64 localToUtc(const QTimeZone &zone, qint64 localMs);

} // namespace ServiceDeck::Change
