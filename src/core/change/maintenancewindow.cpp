// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenancewindow.h"

#include <algorithm>

namespace ServiceDeck::Change {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;

int offsetMs(const QTimeZone &zone, qint64 utcMs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC)) * 1000;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

qint64 localToUtc(const QTimeZone &zone, qint64 localMs)
{
    // The offsets a day either side bracket every transition near the time; a candidate is
    // right when the zone gives it back its own offset. Computed here rather than through
    // QDateTime's zone constructor, whose handling of gap times changed between Qt releases.
    const int before = offsetMs(zone, localMs - DayMs);
    const int after = offsetMs(zone, localMs + DayMs);
    const qint64 early = localMs - std::max(before, after);
    const qint64 late = localMs - std::min(before, after);
    const bool earlyFits = offsetMs(zone, early) == std::max(before, after);
    const bool lateFits = offsetMs(zone, late) == std::min(before, after);
    if (earlyFits)
        return early; // the first occurrence when the time exists twice
    if (lateFits)
        return late;
    // In the gap: read with the offset before the transition, which moves it forward.
    return localMs - before;
}

QList<TimeSpan> MaintenanceWindow::occurrences(const TimeSpan &range) const
{
    QList<TimeSpan> spans;
    if (durationMinutes <= 0 || weekday < 1 || weekday > 7)
        return spans;
    // Local days from those whose window could still reach into the range to the range's end.
    const qint64 reach = (qint64(startMinute) + durationMinutes) * MinuteMs + DayMs;
    const qint64 firstDay = floorDiv(range.start + offsetMs(zone, range.start) - reach, DayMs);
    const qint64 lastDay =
        floorDiv(range.effectiveEnd() + offsetMs(zone, range.effectiveEnd()), DayMs) + 1;
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        // 1970-01-01 was a Thursday (4).
        const int dayOfWeek = int(((day % 7) + 7 + 3) % 7) + 1;
        if (dayOfWeek != weekday)
            continue;
        const qint64 localStart = day * DayMs + qint64(startMinute) * MinuteMs;
        const TimeSpan span{localToUtc(zone, localStart),
                            localToUtc(zone, localStart + qint64(durationMinutes) * MinuteMs)};
        if (span.end > span.start && span.overlaps(range))
            spans << span;
    }
    return spans;
}

QList<TimeSpan> mergedOccurrences(const QList<MaintenanceWindow> &windows, const TimeSpan &range)
{
    QList<TimeSpan> all;
    for (const MaintenanceWindow &window : windows)
        all << window.occurrences(range);
    std::sort(all.begin(), all.end(),
              [](const TimeSpan &a, const TimeSpan &b) { return a.start < b.start; });
    QList<TimeSpan> merged;
    for (const TimeSpan &span : std::as_const(all)) {
        if (!merged.isEmpty() && span.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, span.end);
        else
            merged << span;
    }
    return merged;
}

} // namespace ServiceDeck::Change
