// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedtime.h"

#include <QTimeZone>

#include <algorithm>

namespace ServiceDeck::Storage::Internal {

namespace {

qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor < 0) ? quotient - 1 : quotient;
}

// Howard Hinnant's civil_from_days: proleptic Gregorian date of a day number.
void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

void putDigits(QChar *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + char16_t(value % 10));
        value /= 10;
    }
}

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

} // namespace

QString isoText(qint64 msecsSinceEpoch)
{
    const qint64 day = floorDiv(msecsSinceEpoch, DayMs);
    qint64 rest = msecsSinceEpoch - day * DayMs;
    int year = 0, month = 0, dayOfMonth = 0;
    civilFromDays(day, year, month, dayOfMonth);
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    putDigits(out, year, 4);
    out[4] = u'-';
    putDigits(out + 5, month, 2);
    out[7] = u'-';
    putDigits(out + 8, dayOfMonth, 2);
    out[10] = u'T';
    putDigits(out + 11, int(rest / HourMs), 2);
    rest %= HourMs;
    out[13] = u':';
    putDigits(out + 14, int(rest / MinuteMs), 2);
    rest %= MinuteMs;
    out[16] = u':';
    putDigits(out + 17, int(rest / 1000), 2);
    out[19] = u'.';
    putDigits(out + 20, int(rest % 1000), 3);
    out[23] = u'Z';
    return text;
}

qint64 msecsOf(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 dayNumber(qint64 msecs)
{
    return floorDiv(msecs, DayMs);
}

int weekdayOfDay(qint64 day)
{
    // 1970-01-01 was a Thursday.
    return int(((day % 7) + 7 + 3) % 7) + 1;
}

ZoneOffsets::ZoneOffsets(const QByteArray &zoneId, qint64 fromMs, qint64 toMs)
{
    const QTimeZone zone(zoneId);
    if (!zone.isValid()) {
        // Without tz data the seed still works; Central European standard time is close enough.
        m_offsets << HourMs;
        return;
    }
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    m_offsets << qint64(zone.offsetFromUtc(from)) * 1000;
    const auto transitions = zone.transitions(from, QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
    for (const QTimeZone::OffsetData &transition : transitions) {
        m_transitions << transition.atUtc.toMSecsSinceEpoch();
        m_offsets << qint64(transition.offsetFromUtc) * 1000;
    }
}

qint64 ZoneOffsets::offsetAt(qint64 utcMs) const
{
    const auto it = std::upper_bound(m_transitions.cbegin(), m_transitions.cend(), utcMs);
    return m_offsets.at(it - m_transitions.cbegin());
}

qint64 ZoneOffsets::toUtc(qint64 localMs) const
{
    // Two steps settle on the right offset everywhere but inside a DST gap or overlap.
    const qint64 guess = localMs - offsetAt(localMs);
    return localMs - offsetAt(guess);
}

QList<Holiday> germanHolidays(int year)
{
    const QDate easter = easterSunday(year);
    return {
        {QDate(year, 1, 1), QStringLiteral("New Year's Day")},
        {easter.addDays(-2), QStringLiteral("Good Friday")},
        {easter.addDays(1), QStringLiteral("Easter Monday")},
        {QDate(year, 5, 1), QStringLiteral("Labour Day")},
        {easter.addDays(39), QStringLiteral("Ascension Day")},
        {easter.addDays(50), QStringLiteral("Whit Monday")},
        {QDate(year, 10, 3), QStringLiteral("Day of German Unity")},
        {QDate(year, 12, 25), QStringLiteral("Christmas Day")},
        {QDate(year, 12, 26), QStringLiteral("Second Day of Christmas")},
    };
}

OfficeHours::OfficeHours(const ZoneOffsets &zone, int startMinute, int endMinute,
                         const QList<Holiday> &holidays, qint64 firstDay, qint64 lastDay)
    : m_zone(zone)
    , m_start(startMinute * MinuteMs)
    , m_end(endMinute * MinuteMs)
    , m_firstDay(firstDay)
{
    for (const Holiday &holiday : holidays)
        m_holidays.insert(dayNumber(msecsOf(holiday.day)));
    // A running total per day turns "add N office minutes" into one binary search, which
    // matters for two due instants on each of a million tickets.
    qint64 total = 0;
    for (qint64 day = firstDay; day <= lastDay + 1; ++day) {
        m_before << total;
        if (isWorkingDay(day))
            total += m_end - m_start;
    }
}

bool OfficeHours::isWorkingDay(qint64 day) const
{
    return weekdayOfDay(day) <= 5 && !m_holidays.contains(day);
}

qint64 OfficeHours::addBusinessTime(qint64 fromUtcMs, qint64 durationMs) const
{
    const qint64 local = m_zone.toLocal(fromUtcMs);
    const qint64 day = dayNumber(local);
    const qint64 index = day - m_firstDay;
    if (durationMs <= 0 || index < 0 || index + 1 >= m_before.size())
        return addByWalking(fromUtcMs, durationMs);
    const qint64 intoDay = local - day * DayMs;
    const qint64 elapsed =
        m_before.at(index) +
        (isWorkingDay(day) ? std::clamp(intoDay - m_start, qint64(0), m_end - m_start) : 0);
    const qint64 target = elapsed + durationMs;
    // The last day whose office time starts before the target holds the due instant.
    const auto it = std::lower_bound(m_before.cbegin(), m_before.cend(), target);
    const qint64 found = (it - m_before.cbegin()) - 1;
    if (it == m_before.cend() || found < 0)
        return addByWalking(fromUtcMs, durationMs);
    return m_zone.toUtc((m_firstDay + found) * DayMs + m_start + (target - m_before.at(found)));
}

qint64 OfficeHours::addByWalking(qint64 fromUtcMs, qint64 durationMs) const
{
    qint64 local = m_zone.toLocal(fromUtcMs);
    qint64 remaining = durationMs;
    for (int guard = 0; guard < 3660; ++guard) {
        const qint64 day = dayNumber(local);
        if (isWorkingDay(day)) {
            const qint64 begin = std::max(local, day * DayMs + m_start);
            const qint64 end = day * DayMs + m_end;
            if (begin < end) {
                if (remaining <= end - begin)
                    return m_zone.toUtc(begin + remaining);
                remaining -= end - begin;
            }
        }
        local = (day + 1) * DayMs;
    }
    return fromUtcMs + durationMs; // a calendar without working days: wall time
}

} // namespace ServiceDeck::Storage::Internal
