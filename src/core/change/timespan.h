// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace ServiceDeck::Change {

// A half-open interval [start, end) of UTC milliseconds since the epoch. Comparing instants as
// UTC numbers makes overlap independent of time zones and of DST: only maintenance windows are
// wall-clock times, and they are turned into spans before they are compared.
//
// A zero-length span is an instant, not nothing: it occupies its start millisecond. So a
// change planned as a moment (a DNS switch at 22:00) collides with everything running at
// 22:00 and with another moment at 22:00, but not with a window that ends at 22:00, just as
// touching windows [a, b) and [b, c) do not overlap. A span whose end lies before its start
// (which the schema forbids) is taken as the instant at its start.
struct TimeSpan
{
    qint64 start = 0;
    qint64 end = 0;

    static TimeSpan fromDateTimes(const QDateTime &start, const QDateTime &end);
    static TimeSpan fromIso(const QString &start, const QString &end); // null span if either fails

    bool isNull() const { return start == 0 && end == 0; }
    // The exclusive end that overlap tests use: one millisecond past the start for an instant.
    qint64 effectiveEnd() const { return end > start ? end : start + 1; }
    bool overlaps(const TimeSpan &other) const
    {
        return start < other.effectiveEnd() && other.start < effectiveEnd();
    }
    // Whether this span lies inside `outer` (an instant must fall in [outer.start, outer.end)).
    bool within(const TimeSpan &outer) const
    {
        return outer.start <= start && effectiveEnd() <= outer.effectiveEnd();
    }
    // The shared part of two overlapping spans (an instant when one of them is).
    TimeSpan intersection(const TimeSpan &other) const;

    QDateTime startTime() const { return QDateTime::fromMSecsSinceEpoch(start, Qt::UTC); }
    QDateTime endTime() const { return QDateTime::fromMSecsSinceEpoch(end, Qt::UTC); }

    friend bool operator==(const TimeSpan &a, const TimeSpan &b)
    {
        return a.start == b.start && a.end == b.end;
    }
    friend bool operator!=(const TimeSpan &a, const TimeSpan &b) { return !(a == b); }
};

// "2026-03-29 01:00 UTC", the form explanations use.
QString spanTimeText(qint64 ms);

} // namespace ServiceDeck::Change
