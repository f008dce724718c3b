// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthview.h"

#include "../calendarschedule.h"
#include "../calendarstyle.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPaintEvent>
#include <QScrollBar>

#include <algorithm>
#include <array>
#include <cmath>

namespace ServiceDeck::Views {

namespace {

// The lanes a row is at least tall enough for at each zoom step.
constexpr std::array<int, 6> zoomLanes = {4, 8, 16, 32, 64, 128};
constexpr int laneHeight = 18;
constexpr int gripWidth = 5;

} // namespace

MonthView::MonthView(CalendarSchedule *schedule, QWidget *parent)
    : CalendarView(schedule, QStringLiteral("monthView"), tr("Change calendar, month"), parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(laneHeight);
    relayout();
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int MonthView::dayHeaderHeight() const
{
    return fontMetrics().height() + 4;
}

double MonthView::columnWidth() const
{
    return double(viewport()->width()) / MonthLayout::DaysPerWeek;
}

int MonthView::weekTop(int week) const
{
    return headerHeight() + week * m_rowHeight - verticalScrollBar()->value();
}

void MonthView::zoomIn()
{
    m_zoom = std::min(int(zoomLanes.size()) - 1, m_zoom + 1);
    relayout();
}

void MonthView::zoomOut()
{
    m_zoom = std::max(0, m_zoom - 1);
    relayout();
}

void MonthView::relayout()
{
    clearTextCache();
    m_layout.setMonth(date(), QLocale().firstDayOfWeek());
    m_layout.setTimeZone(timeZone());
    QList<MonthLayout::Entry> entries;
    const auto &items = schedule()->items();
    entries.reserve(schedule()->visibleItems().size());
    for (int index : schedule()->visibleItems())
        entries << MonthLayout::Entry{index, items.at(index).window};
    m_layout.setEntries(entries);
    m_layout.run();

    const int weeks = std::max(1, m_layout.weekCount());
    const int available = viewport()->height() - headerHeight();
    const int wanted = dayHeaderHeight() + zoomLanes.at(m_zoom) * laneHeight + 4;
    m_rowHeight = std::max(available / weeks, wanted);
    m_visibleLanes = std::max(1, (m_rowHeight - dayHeaderHeight() - 4) / laneHeight);
    verticalScrollBar()->setPageStep(std::max(1, available));
    verticalScrollBar()->setRange(0, std::max(0, weeks * m_rowHeight - available));

    const int days = m_layout.dayCount();
    m_hidden.fill(0, days);
    m_freezes.fill({}, days);
    m_maintenance.fill(false, days);
    const QUuid service = schedule()->filter().service;
    for (int day = 0; day < days; ++day) {
        m_hidden[day] = m_layout.hiddenOnDay(day, m_visibleLanes);
        const Change::TimeSpan span{m_layout.dayStart(day), m_layout.dayStart(day + 1)};
        for (const Change::BlackoutWindow &blackout : schedule()->blackouts()) {
            if (blackout.window.overlaps(span))
                m_freezes[day] << blackout.name;
        }
        if (!service.isNull()) {
            for (const MaintenanceSlot &slot : schedule()->maintenance()) {
                if (slot.service == service && slot.span.overlaps(span))
                    m_maintenance[day] = true;
            }
        }
    }
    viewport()->update();
}

void MonthView::scrollContentsBy(int, int)
{
    viewport()->update();
}

QRect MonthView::dayRect(int day) const
{
    const double width = columnWidth();
    const int column = day % MonthLayout::DaysPerWeek;
    const int left = int(std::lround(column * width));
    const int right = int(std::lround((column + 1) * width));
    return QRect(left, weekTop(day / MonthLayout::DaysPerWeek), right - left, m_rowHeight);
}

QRectF MonthView::barRect(const MonthLayout::Bar &bar) const
{
    const double width = columnWidth();
    const double left = bar.firstColumn * width + (bar.continuesBefore ? 0 : 3);
    const double right = (bar.lastColumn + 1) * width - (bar.continuesAfter ? 0 : 3);
    const double top = weekTop(bar.week) + dayHeaderHeight() + bar.lane * laneHeight;
    return QRectF(left, top, right - left, laneHeight - 2);
}

QRect MonthView::itemRect(const QString &number) const
{
    const int item = schedule()->indexOf(number);
    for (const MonthLayout::Bar &bar : m_layout.bars()) {
        if (bar.item == item && m_layout.isShown(bar, m_visibleLanes))
            return barRect(bar).toRect();
    }
    return {};
}

int MonthView::dayAt(const QPoint &pos, bool clamp) const
{
    const int y = pos.y() - headerHeight() + verticalScrollBar()->value();
    int week = y < 0 ? -1 : y / m_rowHeight;
    int column = int(pos.x() / columnWidth());
    if (clamp) {
        week = std::clamp(week, 0, m_layout.weekCount() - 1);
        column = std::clamp(column, 0, MonthLayout::DaysPerWeek - 1);
    } else if (week < 0 || week >= m_layout.weekCount() || column < 0
               || column >= MonthLayout::DaysPerWeek) {
        return -1;
    }
    return week * MonthLayout::DaysPerWeek + column;
}

CalendarView::Hit MonthView::hitTest(const QPoint &pos) const
{
    const int day = dayAt(pos, false);
    if (day < 0 || pos.y() < headerHeight())
        return {};
    const int week = day / MonthLayout::DaysPerWeek;
    const auto [first, last] = m_layout.barsOfWeek(week);
    for (int i = first; i < last; ++i) {
        const MonthLayout::Bar &bar = m_layout.bars().at(i);
        if (!m_layout.isShown(bar, m_visibleLanes))
            continue;
        const QRectF rect = barRect(bar);
        if (!rect.contains(pos))
            continue;
        Hit hit{bar.item, Grip::Body, i};
        if (!bar.continuesBefore && pos.x() < rect.left() + gripWidth)
            hit.grip = Grip::Start;
        else if (!bar.continuesAfter && pos.x() > rect.right() - gripWidth)
            hit.grip = Grip::End;
        return hit;
    }
    return {};
}

Change::TimeSpan MonthView::windowFor(const Hit &hit, const Change::TimeSpan &original,
                                      const QPoint &from, const QPoint &to) const
{
    // Whole days on the local calendar: a change keeps its times of day across a DST change.
    const qint64 days = dayAt(to, true) - dayAt(from, true);
    const auto shifted = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, timeZone()).addDays(days).toMSecsSinceEpoch();
    };
    Change::TimeSpan window = original;
    if (hit.grip != Grip::End)
        window.start = shifted(original.start);
    if (hit.grip != Grip::Start)
        window.end = shifted(original.end);
    return window.end > window.start ? window : original;
}

QDate MonthView::dateAt(const QPoint &pos) const
{
    const int day = dayAt(pos, false);
    return day < 0 ? QDate() : m_layout.dateAt(day / 7, day % 7);
}

QString MonthView::backgroundToolTip(const QPoint &pos) const
{
    const int day = dayAt(pos, false);
    if (day < 0)
        return {};
    QStringList lines;
    const QLocale locale;
    lines << locale.toString(m_layout.dateAt(day / 7, day % 7), QLocale::LongFormat)
                 .toHtmlEscaped();
    for (const QString &freeze : m_freezes.at(day))
        lines << tr("Freeze: %1").arg(freeze).toHtmlEscaped();
    if (m_maintenance.at(day))
        lines << tr("Maintenance window of %1")
                     .arg(schedule()->ciName(schedule()->filter().service))
                     .toHtmlEscaped();
    if (m_hidden.at(day) > 0) {
        lines << tr("%n more changes:", nullptr, m_hidden.at(day)).toHtmlEscaped();
        const auto [first, last] = m_layout.barsOfWeek(day / 7);
        int listed = 0;
        for (int i = first; i < last && listed < 25; ++i) {
            const MonthLayout::Bar &bar = m_layout.bars().at(i);
            if (bar.firstColumn <= day % 7 && day % 7 <= bar.lastColumn
                && !m_layout.isShown(bar, m_visibleLanes)) {
                lines << CalendarStyle::barText(schedule()->items().at(bar.item)).toHtmlEscaped();
                ++listed;
            }
        }
        if (m_hidden.at(day) > listed)
            lines << tr("…");
    }
    return lines.join(QStringLiteral("<br/>"));
}

void MonthView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect clip = event->rect();
    const QPalette &pal = palette();
    painter.fillRect(clip, pal.color(QPalette::Base));
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(timeZone()).date();
    const QLocale locale;
    const int header = headerHeight();
    const int dayHeader = dayHeaderHeight();
    const auto &items = schedule()->items();

    for (int week = 0; week < m_layout.weekCount(); ++week) {
        const int top = weekTop(week);
        if (top + m_rowHeight < std::max(header, clip.top()) || top > clip.bottom())
            continue;
        for (int column = 0; column < MonthLayout::DaysPerWeek; ++column) {
            const int day = week * MonthLayout::DaysPerWeek + column;
            const QRect cell = dayRect(day);
            const QDate date = m_layout.dateAt(week, column);
            if (!m_layout.isInMonth(date))
                painter.fillRect(cell, pal.color(QPalette::AlternateBase));
            if (!m_freezes.at(day).isEmpty()) {
                painter.fillRect(cell, CalendarStyle::blackoutTint());
                painter.fillRect(cell, CalendarStyle::blackoutBrush());
            }
            if (m_maintenance.at(day))
                painter.fillRect(QRect(cell.left(), cell.bottom() - 3, cell.width(), 4),
                                 CalendarStyle::maintenanceTint().darker(150));
            painter.setPen(pal.color(QPalette::Mid));
            painter.drawRect(cell.adjusted(0, 0, -1, -1));
            const QRect number(cell.left() + 4, cell.top() + 1, cell.width() - 8, dayHeader - 2);
            QFont font = painter.font();
            font.setBold(date == today);
            painter.setFont(font);
            painter.setPen(m_layout.isInMonth(date) ? pal.color(QPalette::Text)
                                                    : pal.color(QPalette::PlaceholderText));
            painter.drawText(number, Qt::AlignRight | Qt::AlignVCenter,
                             date.day() == 1 ? locale.toString(date, QStringLiteral("d MMM"))
                                             : QString::number(date.day()));
            font.setBold(false);
            painter.setFont(font);
            if (date == today) {
                painter.setPen(QPen(CalendarStyle::todayColor(), 2));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(cell.adjusted(1, 1, -2, -2));
            }
            if (m_hidden.at(day) > 0) {
                const QRect more(cell.left() + 4, top + dayHeader + (m_visibleLanes - 1) * laneHeight,
                                 cell.width() - 8, laneHeight);
                painter.setPen(pal.color(QPalette::Link));
                painter.drawText(more, Qt::AlignLeft | Qt::AlignVCenter,
                                 tr("+%n more", nullptr, m_hidden.at(day)));
            }
        }
        const auto [first, last] = m_layout.barsOfWeek(week);
        for (int i = first; i < last; ++i) {
            const MonthLayout::Bar &bar = m_layout.bars().at(i);
            if (bar.lane >= m_visibleLanes)
                break; // ordered by lane
            if (!m_layout.isShown(bar, m_visibleLanes))
                continue;
            const QRectF rect = barRect(bar);
            if (rect.bottom() < clip.top() || rect.top() > clip.bottom())
                continue;
            const CalendarItem &item = items.at(bar.item);
            paintBarText(painter, CalendarStyle::paintBar(painter, rect, item, isSelected(bar.item)),
                         bar.item);
        }
    }

    // The dragged change's new days, a segment per week row in its first lane.
    const DragState &drag = dragState();
    if (drag.active) {
        const int firstDay = std::max(0, m_layout.dayOf(drag.window.start));
        const int lastDay = std::min(m_layout.dayCount() - 1,
                                     m_layout.dayOf(drag.window.effectiveEnd() - 1));
        int lane = 0;
        if (drag.hit.part >= 0)
            lane = std::min(m_layout.bars().at(drag.hit.part).lane, m_visibleLanes - 1);
        for (int day = firstDay; day <= lastDay;) {
            const int rowEnd = std::min(lastDay, (day / 7) * 7 + 6);
            MonthLayout::Bar bar;
            bar.week = day / 7;
            bar.firstColumn = day % 7;
            bar.lastColumn = rowEnd % 7;
            bar.lane = lane;
            paintDragOutline(painter, barRect(bar));
            day = rowEnd + 1;
        }
    }

    // The weekday names stay on top while the weeks scroll.
    const QRect headerRect(0, 0, viewport()->width(), header);
    painter.fillRect(headerRect, pal.color(QPalette::Window));
    painter.setPen(pal.color(QPalette::WindowText));
    for (int column = 0; column < MonthLayout::DaysPerWeek; ++column) {
        const QRect cell(int(column * columnWidth()), 0, int(columnWidth()), header);
        painter.drawText(cell, Qt::AlignCenter,
                         locale.dayName(m_layout.dateAt(0, column).dayOfWeek(),
                                        QLocale::ShortFormat));
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, header - 1, viewport()->width(), header - 1);
}

} // namespace ServiceDeck::Views
