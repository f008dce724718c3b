// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/timespan.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace ServiceDeck::Views {

// The grid of a week agenda: seven local days side by side, each an hour column from midnight
// to midnight on the wall clock, and each change cut into one box per day it runs on. Boxes
// that overlap on a day stand side by side in columns: a cluster of overlapping boxes shares
// the day's width among as many columns as it needs. Positions are wall-clock minutes after
// the day's local midnight, so the hours line up across days although the day the clocks go
// forward lasts 23 hours (its 02:00 hour is empty) and the day they go back 25.
class WeekLayout
{
public:
    static constexpr int Days = 7;
    static constexpr int MinutesPerDay = 24 * 60;

    struct Entry
    {
        int item = 0;
        Change::TimeSpan window;
    };

    struct Box
    {
        int item = 0;
        int day = 0; // 0 … 6
        double top = 0; // minutes after local midnight
        double bottom = 0;
        int column = 0;
        int columns = 1; // of its cluster
        bool startsBefore = false; // began on an earlier day
        bool endsAfter = false; // runs on into a later day
    };

    // The week holding `anyDay`, starting on `firstDayOfWeek`.
    void setWeek(const QDate &anyDay, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setEntries(const QList<Entry> &entries) { m_entries = entries; }

    void run();

    QDate firstDay() const { return m_first; }
    QDate day(int day) const { return m_first.addDays(day); }
    Change::TimeSpan range() const { return {m_dayStarts.first(), m_dayStarts.last()}; }
    qint64 dayStart(int day) const { return m_dayStarts.at(day); }
    qint64 dayEnd(int day) const { return m_dayStarts.at(day + 1); }
    double hoursInDay(int day) const { return double(dayEnd(day) - dayStart(day)) / 3600000.0; }
    // The day holding an instant; -1 before the week, Days after it.
    int dayOf(qint64 ms) const;

    // Wall-clock minutes of an instant after the local midnight of `day`, clamped to the day.
    double minuteOf(int day, qint64 ms) const;
    // The instant at a wall-clock minute of a day (a minute in the spring gap moves forward).
    qint64 instantAt(int day, double minute) const;

    // Ordered by day, then top.
    const QList<Box> &boxes() const { return m_boxes; }

private:
    QDate m_first;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<Entry> m_entries;
    QList<qint64> m_dayStarts;
    QList<Box> m_boxes;
};

} // namespace ServiceDeck::Views
