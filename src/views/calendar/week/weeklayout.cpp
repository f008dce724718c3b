// SPDX-License-Identifier: GPL-3.0-or-later
#include "weeklayout.h"

#include "core/change/maintenancewindow.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace ServiceDeck::Views {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;

} // namespace

void WeekLayout::setWeek(const QDate &anyDay, Qt::DayOfWeek firstDayOfWeek)
{
    const int back = (anyDay.dayOfWeek() - int(firstDayOfWeek) + Days) % Days;
    m_first = anyDay.addDays(-back);
}

int WeekLayout::dayOf(qint64 ms) const
{
    if (ms < m_dayStarts.first())
        return -1;
    const auto it = std::upper_bound(m_dayStarts.cbegin(), m_dayStarts.cend(), ms);
    return std::min(Days, int(it - m_dayStarts.cbegin()) - 1);
}

double WeekLayout::minuteOf(int day, qint64 ms) const
{
    if (ms <= dayStart(day))
        return 0;
    if (ms >= dayEnd(day))
        return MinutesPerDay;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    const QTime time = at.time();
    const double minute = time.hour() * 60 + time.minute() + time.second() / 60.0
                          + time.msec() / 60000.0;
    return std::clamp(minute, 0.0, double(MinutesPerDay));
}

qint64 WeekLayout::instantAt(int day, double minute) const
{
    if (minute >= MinutesPerDay)
        return dayEnd(day);
    const qint64 localMidnight = QDateTime(this->day(day), QTime(0, 0), QTimeZone::utc())
                                     .toMSecsSinceEpoch();
    const qint64 instant = Change::localToUtc(m_zone, localMidnight
                                                          + qint64(std::llround(minute * MinuteMs)));
    return std::clamp(instant, dayStart(day), dayEnd(day));
}

void WeekLayout::run()
{
    m_dayStarts.resize(Days + 1);
    for (int day = 0; day <= Days; ++day)
        m_dayStarts[day] = QDateTime(m_first.addDays(day), QTime(0, 0), m_zone)
                               .toMSecsSinceEpoch();

    QList<QList<Box>> days(Days);
    for (const Entry &entry : std::as_const(m_entries)) {
        const qint64 end = entry.window.effectiveEnd();
        const int first = std::max(0, dayOf(entry.window.start));
        const int last = std::min(Days - 1, dayOf(end - 1));
        for (int day = first; day <= last; ++day) {
            Box box;
            box.item = entry.item;
            box.day = day;
            box.top = minuteOf(day, entry.window.start);
            box.bottom = minuteOf(day, entry.window.end > entry.window.start
                                           ? entry.window.end
                                           : entry.window.start);
            box.startsBefore = entry.window.start < dayStart(day);
            box.endsAfter = end > dayEnd(day);
            days[day] << box;
        }
    }

    m_boxes.clear();
    for (QList<Box> &boxes : days) {
        std::stable_sort(boxes.begin(), boxes.end(), [](const Box &a, const Box &b) {
            return a.top != b.top ? a.top < b.top : a.bottom > b.bottom;
        });
        // Clusters of boxes that overlap one another (transitively) share the width.
        qsizetype clusterStart = 0;
        double clusterEnd = -1;
        QList<double> columnEnds;
        auto closeCluster = [&](qsizetype end) {
            for (qsizetype i = clusterStart; i < end; ++i)
                boxes[i].columns = int(columnEnds.size());
            columnEnds.clear();
        };
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            Box &box = boxes[i];
            // An instant occupies its start minute: it overlaps what runs then.
            const double bottom = std::max(box.bottom, box.top + 1.0 / 60.0);
            if (box.top >= clusterEnd && i > clusterStart) {
                closeCluster(i);
                clusterStart = i;
            }
            int column = 0;
            while (column < columnEnds.size() && columnEnds.at(column) > box.top)
                ++column;
            if (column == columnEnds.size())
                columnEnds << bottom;
            else
                columnEnds[column] = bottom;
            box.column = column;
            clusterEnd = i == clusterStart ? bottom : std::max(clusterEnd, bottom);
        }
        closeCluster(boxes.size());
        m_boxes << boxes;
    }
}

} // namespace ServiceDeck::Views
