// SPDX-License-Identifier: GPL-3.0-or-later
#include "timespan.h"

#include "core/timestamps.h"

#include <algorithm>
#include <cstdio>

namespace ServiceDeck::Change {

TimeSpan TimeSpan::fromDateTimes(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid())
        return {};
    const qint64 a = start.toMSecsSinceEpoch();
    return {a, std::max(a, end.toMSecsSinceEpoch())};
}

TimeSpan TimeSpan::fromIso(const QString &start, const QString &end)
{
    const auto a = parseIsoInstant(start);
    const auto b = parseIsoInstant(end);
    if (!a || !b)
        return {};
    return fromDateTimes(*a, *b);
}

TimeSpan TimeSpan::intersection(const TimeSpan &other) const
{
    const qint64 a = std::max(start, other.start);
    const qint64 b = std::min(end, other.end);
    return {a, std::max(a, b)};
}

QString spanTimeText(qint64 ms)
{
    // By hand rather than QDateTime::toString: the engine writes this for every collision, and
    // a busy schedule has tens of thousands of them.
    constexpr qint64 dayMs = 24 * 3600 * 1000;
    const qint64 day = ms >= 0 ? ms / dayMs : -((-ms + dayMs - 1) / dayMs);
    const qint64 minuteOfDay = (ms - day * dayMs) / 60000;
    const QDate date = QDate::fromJulianDay(2440588 + day); // 2440588: 1970-01-01
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d UTC", date.year(), date.month(),
                  date.day(), int(minuteOfDay / 60), int(minuteOfDay % 60));
    return QString::fromLatin1(text);
}

} // namespace ServiceDeck::Change
