// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthlayout.h"

#include <QDateTime>

#include <algorithm>

namespace ServiceDeck::Views {

void MonthLayout::setMonth(const QDate &anyDay, Qt::DayOfWeek firstDayOfWeek)
{
    m_month = QDate(anyDay.year(), anyDay.month(), 1);
    m_firstDayOfWeek = firstDayOfWeek;
}

Change::TimeSpan MonthLayout::range() const
{
    if (m_dayStarts.isEmpty())
        return {};
    return {m_dayStarts.first(), m_dayStarts.last()};
}

int MonthLayout::dayOf(qint64 ms) const
{
    if (m_dayStarts.isEmpty() || ms < m_dayStarts.first())
        return -1;
    const auto it = std::upper_bound(m_dayStarts.cbegin(), m_dayStarts.cend(), ms);
    return int(it - m_dayStarts.cbegin()) - 1;
}

void MonthLayout::run()
{
    const int lead = (m_month.dayOfWeek() - int(m_firstDayOfWeek) + DaysPerWeek) % DaysPerWeek;
    m_first = m_month.addDays(-lead);
    const int cells = lead + m_month.daysInMonth();
    m_weeks = (cells + DaysPerWeek - 1) / DaysPerWeek;
    const int days = dayCount();

    m_dayStarts.resize(days + 1);
    for (int day = 0; day <= days; ++day)
        m_dayStarts[day] = QDateTime(m_first.addDays(day), QTime(0, 0), m_zone)
                               .toMSecsSinceEpoch();

    // Segments per week row, each row packed on its own.
    QList<QList<Bar>> rows(m_weeks);
    for (const Entry &entry : std::as_const(m_entries)) {
        const int first = std::max(0, dayOf(entry.window.start));
        // The end is exclusive: a change ending at midnight does not reach the next day.
        const int last = std::min(days - 1, dayOf(entry.window.effectiveEnd() - 1));
        if (last < 0 || first >= days || last < first)
            continue;
        for (int week = first / DaysPerWeek; week <= last / DaysPerWeek; ++week) {
            Bar bar;
            bar.item = entry.item;
            bar.week = week;
            const int rowFirst = week * DaysPerWeek;
            bar.firstColumn = std::max(first, rowFirst) - rowFirst;
            bar.lastColumn = std::min(last, rowFirst + DaysPerWeek - 1) - rowFirst;
            bar.continuesBefore = entry.window.start < m_dayStarts.at(rowFirst + bar.firstColumn);
            bar.continuesAfter = entry.window.effectiveEnd()
                                 > m_dayStarts.at(rowFirst + bar.lastColumn + 1);
            rows[week] << bar;
        }
    }

    m_bars.clear();
    m_weekBars = {0};
    m_lanes.fill(0, m_weeks);
    m_dayCounts.fill(0, days);
    m_dayLanes.fill(0, days);
    for (int week = 0; week < m_weeks; ++week) {
        QList<Bar> &row = rows[week];
        // Earlier first, longer first among equals, so long bars keep to the top lanes.
        std::stable_sort(row.begin(), row.end(), [](const Bar &a, const Bar &b) {
            if (a.firstColumn != b.firstColumn)
                return a.firstColumn < b.firstColumn;
            return a.lastColumn - a.firstColumn > b.lastColumn - b.firstColumn;
        });
        QList<int> laneEnds; // per lane: the last column taken
        for (Bar &bar : row) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) >= bar.firstColumn)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds << bar.lastColumn;
            else
                laneEnds[lane] = bar.lastColumn;
            bar.lane = lane;
            for (int column = bar.firstColumn; column <= bar.lastColumn; ++column) {
                const int day = week * DaysPerWeek + column;
                ++m_dayCounts[day];
                m_dayLanes[day] = std::max(m_dayLanes.at(day), lane + 1);
            }
        }
        m_lanes[week] = int(laneEnds.size());
        std::stable_sort(row.begin(), row.end(), [](const Bar &a, const Bar &b) {
            return a.lane != b.lane ? a.lane < b.lane : a.firstColumn < b.firstColumn;
        });
        m_bars << row;
        m_weekBars << int(m_bars.size());
    }
}

bool MonthLayout::isShown(const Bar &bar, int visibleLanes) const
{
    if (bar.lane >= visibleLanes)
        return false;
    if (bar.lane < visibleLanes - 1)
        return true;
    for (int column = bar.firstColumn; column <= bar.lastColumn; ++column) {
        if (m_dayLanes.at(bar.week * DaysPerWeek + column) > visibleLanes)
            return false;
    }
    return true;
}

int MonthLayout::hiddenOnDay(int day, int visibleLanes) const
{
    // Only a day reaching the last lane can have bars left out.
    if (m_dayLanes.at(day) < visibleLanes)
        return 0;
    const int week = day / DaysPerWeek;
    const int column = day % DaysPerWeek;
    int hidden = 0;
    const auto [first, last] = barsOfWeek(week);
    for (int i = first; i < last; ++i) {
        const Bar &bar = m_bars.at(i);
        if (bar.firstColumn <= column && column <= bar.lastColumn && !isShown(bar, visibleLanes))
            ++hidden;
    }
    return hidden;
}

} // namespace ServiceDeck::Views
