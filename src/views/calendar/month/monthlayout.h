// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/timespan.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace ServiceDeck::Views {

// The grid of a month view: whole weeks from the week of the 1st to the week of the last day
// (leading and trailing days of the neighbouring months included), and the changes as bars
// packed into lanes per week row, a bar running on from one row to the next as a new segment.
// Days are local days of a time zone, so a day may last 23 or 25 hours. Plain arithmetic, no
// painting: the month view draws what this computes.
class MonthLayout
{
public:
    static constexpr int DaysPerWeek = 7;

    struct Entry
    {
        int item = 0; // the caller's number for it
        Change::TimeSpan window;
    };

    // One segment of a change in one week row.
    struct Bar
    {
        int item = 0;
        int week = 0;
        int firstColumn = 0;
        int lastColumn = 0;
        int lane = 0;
        bool continuesBefore = false; // starts in an earlier row (or before the grid)
        bool continuesAfter = false; // ends in a later row (or after the grid)
    };

    void setMonth(const QDate &anyDay, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setEntries(const QList<Entry> &entries) { m_entries = entries; }

    // Computes the grid and the lanes; call after the setters.
    void run();

    QDate month() const { return m_month; }
    int weekCount() const { return m_weeks; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_first.addDays(qint64(m_weeks) * DaysPerWeek - 1); }
    QDate dateAt(int week, int column) const { return m_first.addDays(week * DaysPerWeek + column); }
    bool isInMonth(const QDate &date) const
    {
        return date.year() == m_month.year() && date.month() == m_month.month();
    }
    // The instants of the grid: from the first day's midnight to the midnight after the last.
    Change::TimeSpan range() const;
    // Local midnight starting the grid's day `day` (0 … weekCount()*7; the last is the end).
    qint64 dayStart(int day) const { return m_dayStarts.at(day); }
    qint64 dayLengthMs(int day) const { return m_dayStarts.at(day + 1) - m_dayStarts.at(day); }
    // The grid's day holding an instant; -1 before the grid, dayCount() after it.
    int dayOf(qint64 ms) const;
    int dayCount() const { return m_weeks * DaysPerWeek; }

    // Bars ordered by week, then lane, then first column.
    const QList<Bar> &bars() const { return m_bars; }
    // The bars of a week row: indexes [first, last) into bars().
    QPair<int, int> barsOfWeek(int week) const
    {
        return {m_weekBars.at(week), m_weekBars.at(week + 1)};
    }
    int laneCount(int week) const { return m_lanes.at(week); }
    // How many bars cover a day (0 … dayCount()-1).
    int countOnDay(int day) const { return m_dayCounts.at(day); }

    // With room for `visibleLanes` lanes in a row: whether a bar is drawn, and how many bars
    // of a day are not (for its "+N more"). A day with more bars than lanes gives up its last
    // lane to the "+N more" text; a bar crossing such a day in that lane is not drawn.
    bool isShown(const Bar &bar, int visibleLanes) const;
    int hiddenOnDay(int day, int visibleLanes) const;

private:
    QDate m_month;
    Qt::DayOfWeek m_firstDayOfWeek = Qt::Monday;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<Entry> m_entries;

    QDate m_first;
    int m_weeks = 0;
    QList<qint64> m_dayStarts;
    QList<Bar> m_bars;
    QList<int> m_weekBars;
    QList<int> m_lanes;
    QList<int> m_dayCounts;
    QList<int> m_dayLanes; // per day: one past the highest lane used on it
};

} // namespace ServiceDeck::Views
