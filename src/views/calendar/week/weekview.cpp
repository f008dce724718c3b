// SPDX-License-Identifier: GPL-3.0-or-later
#include "weekview.h"

#include "../calendarschedule.h"
#include "../calendarstyle.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPaintEvent>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace ServiceDeck::Views {

namespace {

constexpr int minHourHeight = 12;
constexpr int maxHourHeight = 192;
constexpr int snapMinutes = 15;
constexpr int gripHeight = 4;
constexpr double minBoxHeight = 6;

} // namespace

WeekView::WeekView(CalendarSchedule *schedule, QWidget *parent)
    : CalendarView(schedule, QStringLiteral("weekView"), tr("Change calendar, week"), parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    relayout();
    scrollToHour(7);
}

int WeekView::headerHeight() const
{
    return fontMetrics().height() + 8;
}


double WeekView::columnWidth() const
{
    return double(viewport()->width() - gutterWidth()) / WeekLayout::Days;
}

double WeekView::yOf(double minute) const
{
    return headerHeight() + minute / 60.0 * m_hourHeight - verticalScrollBar()->value();
}

double WeekView::minuteAt(int y) const
{
    return std::clamp((y - headerHeight() + verticalScrollBar()->value()) * 60.0 / m_hourHeight,
                      0.0, double(WeekLayout::MinutesPerDay));
}

int WeekView::dayAt(int x, bool clamp) const
{
    const int day = int(std::floor((x - gutterWidth()) / columnWidth()));
    if (clamp)
        return std::clamp(day, 0, WeekLayout::Days - 1);
    return day >= 0 && day < WeekLayout::Days ? day : -1;
}

void WeekView::scrollToHour(int hour)
{
    m_pendingHour = hour;
    if (isVisible()) {
        verticalScrollBar()->setValue(hour * m_hourHeight);
        m_pendingHour = -1;
    }
}

void WeekView::zoomIn()
{
    const double top = minuteAt(headerHeight());
    m_hourHeight = std::min(maxHourHeight, m_hourHeight * 2);
    relayout();
    verticalScrollBar()->setValue(int(top / 60 * m_hourHeight));
}

void WeekView::zoomOut()
{
    const double top = minuteAt(headerHeight());
    m_hourHeight = std::max(minHourHeight, m_hourHeight / 2);
    relayout();
    verticalScrollBar()->setValue(int(top / 60 * m_hourHeight));
}

void WeekView::relayout()
{
    clearTextCache();
    m_gutterWidth = fontMetrics().horizontalAdvance(
                        QLocale().toString(QTime(23, 0), QLocale::ShortFormat))
                    + 12;
    m_layout.setWeek(date(), QLocale().firstDayOfWeek());
    m_layout.setTimeZone(timeZone());
    QList<WeekLayout::Entry> entries;
    const auto &items = schedule()->items();
    for (int index : schedule()->visibleItems()) {
        // Only what meets the week: a month's changes are loaded, a week's are laid out.
        entries << WeekLayout::Entry{index, items.at(index).window};
    }
    m_layout.setEntries(entries);
    m_layout.run();
    const int available = viewport()->height() - headerHeight();
    verticalScrollBar()->setRange(0, std::max(0, 24 * m_hourHeight - available));
    verticalScrollBar()->setPageStep(std::max(1, available));
    verticalScrollBar()->setSingleStep(std::max(1, m_hourHeight / 4));
    if (m_pendingHour >= 0)
        scrollToHour(m_pendingHour);
    viewport()->update();
}

void WeekView::scrollContentsBy(int, int)
{
    viewport()->update();
}

QRectF WeekView::boxRect(const WeekLayout::Box &box) const
{
    const double width = columnWidth();
    const double slot = (width - 4) / box.columns;
    const double left = gutterWidth() + box.day * width + 2 + box.column * slot;
    const double top = yOf(box.top);
    const double bottom = std::max(yOf(box.bottom), top + minBoxHeight);
    return QRectF(left, top, slot - 1, bottom - top);
}

QRectF WeekView::spanRect(int day, const Change::TimeSpan &span) const
{
    const double left = gutterWidth() + day * columnWidth() + 2;
    const double top = yOf(m_layout.minuteOf(day, span.start));
    const double bottom = std::max(yOf(m_layout.minuteOf(day, span.end)), top + minBoxHeight);
    return QRectF(left, top, columnWidth() - 4, bottom - top);
}

QRect WeekView::itemRect(const QString &number) const
{
    const int item = schedule()->indexOf(number);
    for (const WeekLayout::Box &box : m_layout.boxes()) {
        if (box.item == item)
            return boxRect(box).toRect();
    }
    return {};
}

CalendarView::Hit WeekView::hitTest(const QPoint &pos) const
{
    if (pos.y() < headerHeight() || pos.x() < gutterWidth())
        return {};
    const auto &boxes = m_layout.boxes();
    for (int i = int(boxes.size()) - 1; i >= 0; --i) {
        const WeekLayout::Box &box = boxes.at(i);
        const QRectF rect = boxRect(box);
        if (!rect.contains(pos))
            continue;
        Hit hit{box.item, Grip::Body, i};
        if (rect.height() > 3 * gripHeight) {
            if (!box.startsBefore && pos.y() < rect.top() + gripHeight)
                hit.grip = Grip::Start;
            else if (!box.endsAfter && pos.y() > rect.bottom() - gripHeight)
                hit.grip = Grip::End;
        }
        return hit;
    }
    return {};
}

Change::TimeSpan WeekView::windowFor(const Hit &hit, const Change::TimeSpan &original,
                                     const QPoint &from, const QPoint &to) const
{
    // Days on the local calendar, then quarter hours of real time.
    const qint64 days = dayAt(to.x(), true) - dayAt(from.x(), true);
    const double minutes = (to.y() - from.y()) * 60.0 / m_hourHeight;
    const qint64 snapped = qint64(std::llround(minutes / snapMinutes)) * snapMinutes;
    const auto shifted = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, timeZone()).addDays(days).toMSecsSinceEpoch()
               + snapped * 60 * 1000;
    };
    Change::TimeSpan window = original;
    if (hit.grip != Grip::End)
        window.start = shifted(original.start);
    if (hit.grip != Grip::Start)
        window.end = shifted(original.end);
    return window.end > window.start ? window : original;
}

QDate WeekView::dateAt(const QPoint &pos) const
{
    const int day = dayAt(pos.x(), false);
    return day < 0 ? QDate() : m_layout.day(day);
}

QString WeekView::backgroundToolTip(const QPoint &pos) const
{
    const int day = dayAt(pos.x(), false);
    if (day < 0 || pos.y() < headerHeight())
        return {};
    const qint64 at = m_layout.instantAt(day, minuteAt(pos.y()));
    QStringList lines;
    for (const Change::BlackoutWindow &blackout : schedule()->blackouts()) {
        if (blackout.window.start <= at && at < blackout.window.end)
            lines << tr("Freeze: %1 (%2)")
                         .arg(blackout.name, CalendarStyle::spanText(blackout.window, timeZone()))
                         .toHtmlEscaped();
    }
    const QUuid service = schedule()->filter().service;
    for (const MaintenanceSlot &slot : schedule()->maintenance()) {
        if (slot.service == service && slot.span.start <= at && at < slot.span.end)
            lines << tr("Maintenance window of %1: %2")
                         .arg(schedule()->ciName(service),
                              CalendarStyle::spanText(slot.span, timeZone()))
                         .toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br/>"));
}

void WeekView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::Base));
    const int header = headerHeight();
    const int gutter = gutterWidth();
    const double width = columnWidth();
    const QLocale locale;
    const QRect body(gutter, header, viewport()->width() - gutter, viewport()->height() - header);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(timeZone()).date();

    painter.save();
    painter.setClipRect(body);
    const QUuid service = schedule()->filter().service;
    for (int day = 0; day < WeekLayout::Days; ++day) {
        const double left = gutter + day * width;
        const Change::TimeSpan dayspan{m_layout.dayStart(day), m_layout.dayEnd(day)};
        if (m_layout.day(day) == today)
            painter.fillRect(QRectF(left, header, width, body.height()),
                             pal.color(QPalette::AlternateBase));
        if (!service.isNull()) {
            for (const MaintenanceSlot &slot : schedule()->maintenance()) {
                if (slot.service == service && slot.span.overlaps(dayspan))
                    painter.fillRect(spanRect(day, slot.span), CalendarStyle::maintenanceTint());
            }
        }
        for (const Change::BlackoutWindow &blackout : schedule()->blackouts()) {
            if (!blackout.window.overlaps(dayspan))
                continue;
            QRectF rect = spanRect(day, blackout.window);
            rect.adjust(-2, 0, 2, 0);
            painter.fillRect(rect, CalendarStyle::blackoutTint());
            painter.fillRect(rect, CalendarStyle::blackoutBrush());
        }
    }
    for (int hour = 0; hour <= 24; ++hour) {
        const double y = yOf(hour * 60);
        painter.setPen(pal.color(QPalette::Midlight));
        painter.drawLine(QPointF(gutter, y), QPointF(viewport()->width(), y));
    }
    for (int day = 0; day <= WeekLayout::Days; ++day) {
        const double x = gutter + day * width;
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(QPointF(x, header), QPointF(x, yOf(24 * 60)));
    }
    const auto &items = schedule()->items();
    for (const WeekLayout::Box &box : m_layout.boxes()) {
        const QRectF rect = boxRect(box);
        if (rect.bottom() < header || rect.top() > body.bottom())
            continue;
        const CalendarItem &item = items.at(box.item);
        const QRectF text = CalendarStyle::paintBar(painter, rect, item, isSelected(box.item));
        if (rect.height() >= fontMetrics().height())
            paintBarText(painter, text, box.item, true);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int nowDay = m_layout.dayOf(now);
    if (nowDay >= 0 && nowDay < WeekLayout::Days) {
        const double y = yOf(m_layout.minuteOf(nowDay, now));
        painter.setPen(QPen(CalendarStyle::todayColor(), 2));
        painter.drawLine(QPointF(gutter + nowDay * width, y),
                         QPointF(gutter + (nowDay + 1) * width, y));
    }
    const DragState &drag = dragState();
    if (drag.active) {
        const int first = std::max(0, m_layout.dayOf(drag.window.start));
        const int last = std::min(WeekLayout::Days - 1,
                                  m_layout.dayOf(drag.window.effectiveEnd() - 1));
        for (int day = first; day <= last; ++day)
            paintDragOutline(painter, spanRect(day, drag.window));
    }
    painter.restore();

    // Hours down the left, day names along the top.
    painter.fillRect(QRect(0, header, gutter, viewport()->height() - header),
                     pal.color(QPalette::Window));
    painter.setPen(pal.color(QPalette::WindowText));
    for (int hour = 1; hour < 24; ++hour) {
        const double y = yOf(hour * 60);
        if (y < header)
            continue;
        painter.drawText(QRectF(0, y - fontMetrics().height() / 2.0, gutter - 6,
                                fontMetrics().height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         locale.toString(QTime(hour, 0), QLocale::ShortFormat));
    }
    painter.fillRect(QRect(0, 0, viewport()->width(), header), pal.color(QPalette::Window));
    for (int day = 0; day < WeekLayout::Days; ++day) {
        const QDate date = m_layout.day(day);
        QFont font = painter.font();
        font.setBold(date == today);
        painter.setFont(font);
        painter.drawText(QRectF(gutter + day * width, 0, width, header), Qt::AlignCenter,
                         locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
                             + locale.toString(date, QStringLiteral("d MMM")));
        font.setBold(false);
        painter.setFont(font);
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, header - 1, viewport()->width(), header - 1);
}

} // namespace ServiceDeck::Views
