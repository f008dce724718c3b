// SPDX-License-Identifier: GPL-3.0-or-later
#include "businesscalendar.h"

#include <algorithm>

namespace ServiceDeck {

namespace {

constexpr qint64 msPerSecond = 1000;
constexpr int maxDays = 3660;

} // namespace

BusinessCalendar BusinessCalendar::aroundTheClock()
{
    BusinessCalendar calendar;
    calendar.m_aroundTheClock = true;
    calendar.m_zone = QTimeZone::utc();
    return calendar;
}

BusinessCalendar::BusinessCalendar(const QTimeZone &zone, QList<WorkingHours> hours,
                                   QSet<QDate> holidays)
    : m_zone(zone)
    , m_hours(std::move(hours))
    , m_holidays(std::move(holidays))
{
    std::sort(m_hours.begin(), m_hours.end(), [](const WorkingHours &a, const WorkingHours &b) {
        return a.weekday != b.weekday ? a.weekday < b.weekday : a.startMinute < b.startMinute;
    });
}

const QList<BusinessCalendar::Span> &BusinessCalendar::spansOn(const QDate &date) const
{
    auto it = m_cache.constFind(date);
    if (it != m_cache.cend())
        return *it;
    QList<Span> spans;
    if (!m_holidays.contains(date)) {
        for (const WorkingHours &hours : m_hours) {
            if (hours.weekday != date.dayOfWeek())
                continue;
            const QDateTime start(date, QTime(0, 0).addSecs(hours.startMinute * 60), m_zone);
            const QDateTime end = hours.endMinute >= 1440
                                      ? QDateTime(date.addDays(1), QTime(0, 0), m_zone)
                                      : QDateTime(date, QTime(0, 0).addSecs(hours.endMinute * 60),
                                                  m_zone);
            if (end > start)
                spans << Span{start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()};
        }
    }
    return *m_cache.insert(date, spans);
}

qint64 BusinessCalendar::businessSeconds(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const qint64 a = from.toMSecsSinceEpoch();
    const qint64 b = to.toMSecsSinceEpoch();
    if (m_aroundTheClock)
        return (b - a) / msPerSecond;
    qint64 total = 0;
    // Local dates can start before `from` in UTC terms: begin a day early to catch them.
    const QDate last = to.toTimeZone(m_zone).date();
    for (QDate date = from.toTimeZone(m_zone).date().addDays(-1); date <= last;
         date = date.addDays(1)) {
        for (const Span &span : spansOn(date)) {
            const qint64 start = std::max(span.start, a);
            const qint64 end = std::min(span.end, b);
            if (end > start)
                total += end - start;
        }
    }
    return total / msPerSecond;
}

QDateTime BusinessCalendar::addBusinessSeconds(const QDateTime &from, qint64 seconds) const
{
    if (!from.isValid())
        return {};
    if (m_aroundTheClock || seconds <= 0)
        return from.addSecs(std::max<qint64>(seconds, 0)).toUTC();
    const qint64 a = from.toMSecsSinceEpoch();
    qint64 left = seconds * msPerSecond;
    QDate date = from.toTimeZone(m_zone).date().addDays(-1);
    for (int day = 0; day < maxDays; ++day, date = date.addDays(1)) {
        for (const Span &span : spansOn(date)) {
            const qint64 start = std::max(span.start, a);
            if (span.end <= start)
                continue;
            if (span.end - start >= left)
                return QDateTime::fromMSecsSinceEpoch(start + left, Qt::UTC);
            left -= span.end - start;
        }
    }
    return {};
}

} // namespace ServiceDeck
