// SPDX-License-Identifier: GPL-3.0-or-later
#include "timespan.h"

#include "core/timestamps.h"

#include <algorithm>

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
    // By hand rather than QDateTime::toString or snprintf: the engine writes this twice for
    // every collision, and a busy schedule has tens of thousands of them.
    constexpr qint64 dayMs = 24 * 3600 * 1000;
    const qint64 day = ms >= 0 ? ms / dayMs : -((-ms + dayMs - 1) / dayMs);
    const int minuteOfDay = int((ms - day * dayMs) / 60000);
    const QDate date = QDate::fromJulianDay(2440588 + day); // 2440588: 1970-01-01
    int year = 0, month = 0, dayOfMonth = 0;
    date.getDate(&year, &month, &dayOfMonth);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate) + QStringLiteral(" UTC");
    // "YYYY-MM-DD hh:mm UTC"
    QString text(20, Qt::Uninitialized);
    QChar *out = text.data();
    const auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = QChar(char16_t(u'0' + value % 10));
            value /= 10;
        }
        out += digits;
    };
    const auto sep = [&out](char16_t c) { *out++ = QChar(c); };
    put(year, 4);
    sep(u'-');
    put(month, 2);
    sep(u'-');
    put(dayOfMonth, 2);
    sep(u' ');
    put(minuteOfDay / 60, 2);
    sep(u':');
    put(minuteOfDay % 60, 2);
    for (char16_t c : {u' ', u'U', u'T', u'C'})
        sep(c);
    return text;
}

} // namespace ServiceDeck::Change
