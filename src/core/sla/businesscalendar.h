// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimeZone>

namespace ServiceDeck {

// Working hours on one weekday (1 = Monday … 7 = Sunday), minutes after local midnight.
struct WorkingHours
{
    int weekday = 1;
    int startMinute = 0;
    int endMinute = 0; // exclusive; 1440 is the end of the day
};

// Business time: weekly hours in a time zone, minus holidays, or around the clock. Instants go in
// and out as QDateTime; arithmetic happens on UTC milliseconds so DST days come out right (a
// 24×7 day in March has 23 hours, office hours keep their 10).
class BusinessCalendar
{
public:
    static BusinessCalendar aroundTheClock();
    BusinessCalendar(const QTimeZone &zone, QList<WorkingHours> hours, QSet<QDate> holidays = {});

    bool isAroundTheClock() const { return m_aroundTheClock; }
    const QTimeZone &timeZone() const { return m_zone; }

    // Business seconds in [from, to); 0 when to <= from.
    qint64 businessSeconds(const QDateTime &from, const QDateTime &to) const;
    // The instant at which `seconds` of business time after `from` have passed. Gives up with an
    // invalid QDateTime after ten years without enough working time (an empty calendar).
    QDateTime addBusinessSeconds(const QDateTime &from, qint64 seconds) const;

private:
    struct Span
    {
        qint64 start; // UTC ms
        qint64 end;
    };
    BusinessCalendar() = default;
    // Working spans of one local date, cached: seeding asks for the same few hundred days again
    // and again, and time zone conversion is the expensive part.
    const QList<Span> &spansOn(const QDate &date) const;

    bool m_aroundTheClock = false;
    QTimeZone m_zone;
    QList<WorkingHours> m_hours;
    QSet<QDate> m_holidays;
    mutable QHash<QDate, QList<Span>> m_cache;
};

} // namespace ServiceDeck
