// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

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

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr std::array<double, 9> zoomLevels = {1, 2, 4, 8, 16, 32, 64, 128, 256};
constexpr int gripWidth = 5;

} // namespace

TimelineView::TimelineView(CalendarSchedule *schedule, QWidget *parent)
    : CalendarView(schedule, QStringLiteral("timelineView"), tr("Change calendar, timeline"),
                   parent)
{
    TimelineLayout::Geometry geometry;
    geometry.laneHeight = fontMetrics().height() + 6;
    m_layout.setGeometry(geometry);
    m_labelWidth = std::max(160, fontMetrics().averageCharWidth() * 26);
    relayout();
}

int TimelineView::headerHeight() const
{
    return 2 * fontMetrics().height() + 8;
}

QPointF TimelineView::toView(const QPointF &chart) const
{
    return {chart.x() + labelWidth() - horizontalScrollBar()->value(),
            chart.y() + headerHeight() - verticalScrollBar()->value()};
}

QPointF TimelineView::toChart(const QPointF &view) const
{
    return {view.x() - labelWidth() + horizontalScrollBar()->value(),
            view.y() - headerHeight() + verticalScrollBar()->value()};
}

QRectF TimelineView::toView(const QRectF &chart) const
{
    return chart.translated(toView(QPointF(0, 0)));
}

void TimelineView::setRows(Rows rows)
{
    if (rows == m_rows)
        return;
    m_rows = rows;
    relayout();
}

void TimelineView::setPixelsPerHour(double pixels)
{
    TimelineLayout::Geometry geometry = m_layout.geometry();
    geometry.pixelsPerHour = pixels;
    m_layout.setGeometry(geometry);
    relayout();
}

void TimelineView::zoomTo(double pixels)
{
    // Keep the instant at the centre of the chart where it is.
    const double centreX = (viewport()->width() - labelWidth()) / 2.0;
    const qint64 centre = m_layout.timeAt(horizontalScrollBar()->value() + centreX);
    setPixelsPerHour(pixels);
    horizontalScrollBar()->setValue(int(std::lround(m_layout.xOf(centre) - centreX)));
}

void TimelineView::zoomIn()
{
    for (double level : zoomLevels) {
        if (level > pixelsPerHour()) {
            zoomTo(level);
            return;
        }
    }
}

void TimelineView::zoomOut()
{
    for (auto it = zoomLevels.crbegin(); it != zoomLevels.crend(); ++it) {
        if (*it < pixelsPerHour()) {
            zoomTo(*it);
            return;
        }
    }
}

qint64 TimelineView::snapMs() const
{
    // The smallest step of these that is at least eight pixels wide.
    static constexpr std::array<qint64, 8> steps = {15 * MinuteMs, 30 * MinuteMs, HourMs,
                                                    2 * HourMs,    3 * HourMs,    6 * HourMs,
                                                    12 * HourMs,   DayMs};
    for (qint64 step : steps) {
        if (double(step) / HourMs * pixelsPerHour() >= 8)
            return step;
    }
    return DayMs;
}

void TimelineView::scrollToTime(qint64 ms)
{
    m_scrollTarget = ms;
    applyScrollTarget();
}

void TimelineView::applyScrollTarget()
{
    if (m_scrollTarget < 0)
        return;
    const bool setting = m_settingScroll;
    m_settingScroll = true;
    horizontalScrollBar()->setValue(int(std::lround(m_layout.xOf(m_scrollTarget))) - 40);
    m_settingScroll = setting;
}

void TimelineView::relayout()
{
    clearTextCache();
    const QDate first(date().year(), date().month(), 1);
    const Change::TimeSpan range{
        QDateTime(first, QTime(0, 0), timeZone()).toMSecsSinceEpoch(),
        QDateTime(first.addMonths(1), QTime(0, 0), timeZone()).toMSecsSinceEpoch()};
    m_layout.setRange(range);
    QList<TimelineLayout::Entry> entries;
    QHash<QUuid, QString> labels;
    const auto &items = schedule()->items();
    entries.reserve(schedule()->visibleItems().size());
    for (int index : schedule()->visibleItems()) {
        const CalendarItem &item = items.at(index);
        TimelineLayout::Entry entry{index, item.window,
                                    m_rows == Rows::ByCi ? item.cis : item.services};
        for (const QUuid &key : std::as_const(entry.rows))
            labels.insert(key, schedule()->ciName(key));
        entries << entry;
    }
    m_layout.setEntries(entries);
    m_layout.setRowLabels(labels, m_rows == Rows::ByCi ? tr("(no configuration item)")
                                                       : tr("(no service)"));
    m_layout.run();

    m_maintenance.clear();
    for (const MaintenanceSlot &slot : schedule()->maintenance())
        m_maintenance[slot.service] << slot.span;

    m_settingScroll = true;
    const int chartWidth = std::max(1, viewport()->width() - labelWidth());
    const int chartHeight = std::max(1, viewport()->height() - headerHeight());
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_layout.width())) - chartWidth));
    horizontalScrollBar()->setPageStep(chartWidth);
    horizontalScrollBar()->setSingleStep(std::max(8, int(pixelsPerHour())));
    verticalScrollBar()->setRange(0,
                                  std::max(0, int(std::ceil(m_layout.height())) - chartHeight));
    verticalScrollBar()->setPageStep(chartHeight);
    verticalScrollBar()->setSingleStep(int(m_layout.geometry().laneHeight));
    applyScrollTarget();
    m_settingScroll = false;
    viewport()->update();
}

void TimelineView::scrollContentsBy(int dx, int)
{
    // The person scrolled sideways: what was asked for before no longer holds.
    if (dx != 0 && !m_settingScroll)
        m_scrollTarget = -1;
    viewport()->update();
}

QRect TimelineView::itemRect(const QString &number) const
{
    const QList<int> bars = m_layout.barsOf(schedule()->indexOf(number));
    if (bars.isEmpty())
        return {};
    return toView(m_layout.barRect(bars.first())).toRect();
}

CalendarView::Hit TimelineView::hitTest(const QPoint &pos) const
{
    if (pos.x() < labelWidth() || pos.y() < headerHeight())
        return {};
    const QPointF chart = toChart(pos);
    const int row = m_layout.rowAt(chart.y());
    if (row < 0)
        return {};
    const TimelineLayout::Row &r = m_layout.rows().at(row);
    for (int bar = r.endBar - 1; bar >= r.firstBar; --bar) {
        const QRectF rect = m_layout.barRect(bar);
        if (!rect.contains(chart))
            continue;
        Hit hit{m_layout.bars().at(bar).item, Grip::Body, bar};
        if (rect.width() > 3 * gripWidth) {
            if (chart.x() < rect.left() + gripWidth)
                hit.grip = Grip::Start;
            else if (chart.x() > rect.right() - gripWidth)
                hit.grip = Grip::End;
        }
        return hit;
    }
    return {};
}

Change::TimeSpan TimelineView::windowFor(const Hit &hit, const Change::TimeSpan &original,
                                         const QPoint &from, const QPoint &to) const
{
    const double hours = (to.x() - from.x()) / pixelsPerHour();
    const qint64 step = snapMs();
    const qint64 delta = qint64(std::llround(hours * HourMs / double(step))) * step;
    Change::TimeSpan window = original;
    if (hit.grip != Grip::End)
        window.start += delta;
    if (hit.grip != Grip::Start)
        window.end += delta;
    return window.end > window.start ? window : original;
}

bool TimelineView::rowHasBlackout(const Change::BlackoutWindow &blackout, const QUuid &row) const
{
    if (blackout.global)
        return true;
    if (row.isNull())
        return false;
    if (blackout.scope.contains(row))
        return true;
    for (const QSet<QUuid> &closure : blackout.scopeClosures) {
        if (closure.contains(row))
            return true;
    }
    return false;
}

QString TimelineView::backgroundToolTip(const QPoint &pos) const
{
    if (pos.x() < labelWidth()) {
        const int row = m_layout.rowAt(toChart(pos).y());
        return row < 0 ? QString() : m_layout.rows().at(row).label.toHtmlEscaped();
    }
    const QPointF chart = toChart(pos);
    const int row = m_layout.rowAt(chart.y());
    const qint64 at = m_layout.timeAt(chart.x());
    QStringList lines;
    lines << QLocale().toString(QDateTime::fromMSecsSinceEpoch(at, timeZone()),
                                QLocale::ShortFormat)
                 .toHtmlEscaped();
    const QUuid key = row >= 0 ? m_layout.rows().at(row).key : QUuid();
    for (const Change::BlackoutWindow &blackout : schedule()->blackouts()) {
        if (blackout.window.start <= at && at < blackout.window.end
            && rowHasBlackout(blackout, key))
            lines << tr("Freeze: %1 (%2)")
                         .arg(blackout.name, CalendarStyle::spanText(blackout.window, timeZone()))
                         .toHtmlEscaped();
    }
    for (const Change::TimeSpan &span : m_maintenance.value(key)) {
        if (span.start <= at && at < span.end)
            lines << tr("Maintenance window: %1")
                         .arg(CalendarStyle::spanText(span, timeZone()))
                         .toHtmlEscaped();
    }
    return lines.size() > 1 ? lines.join(QStringLiteral("<br/>")) : QString();
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::Base));
    const int header = headerHeight();
    const QRect chartArea(labelWidth(), header, viewport()->width() - labelWidth(),
                          viewport()->height() - header);
    const double scrollX = horizontalScrollBar()->value();
    const double chartTop = verticalScrollBar()->value();
    const qint64 firstVisible = m_layout.timeAt(scrollX);
    const qint64 lastVisible = m_layout.timeAt(scrollX + chartArea.width());
    const auto [firstRow, endRow] = m_layout.rowsBetween(chartTop, chartTop + chartArea.height());
    const double bottom = std::min<double>(chartArea.bottom() + 1,
                                           toView(QPointF(0, m_layout.height())).y());

    painter.save();
    painter.setClipRect(chartArea);
    // Days: weekends shaded, a line at each local midnight.
    QDate day = QDateTime::fromMSecsSinceEpoch(firstVisible, timeZone()).date();
    for (;; day = day.addDays(1)) {
        const qint64 start = QDateTime(day, QTime(0, 0), timeZone()).toMSecsSinceEpoch();
        if (start > lastVisible)
            break;
        const qint64 end = QDateTime(day.addDays(1), QTime(0, 0), timeZone()).toMSecsSinceEpoch();
        const double x0 = toView(QPointF(m_layout.xOf(start), 0)).x();
        const double x1 = toView(QPointF(m_layout.xOf(end), 0)).x();
        if (day.dayOfWeek() >= 6)
            painter.fillRect(QRectF(x0, header, x1 - x0, chartArea.height()),
                             pal.color(QPalette::AlternateBase));
        painter.setPen(pal.color(QPalette::Midlight));
        painter.drawLine(QPointF(x0, header), QPointF(x0, bottom));
    }
    // Rows: separators, maintenance windows, scoped freezes.
    for (int row = firstRow; row < endRow; ++row) {
        const TimelineLayout::Row &r = m_layout.rows().at(row);
        const double top = toView(QPointF(0, r.top)).y();
        const QRectF rowRect(chartArea.left(), top, chartArea.width(), r.height);
        for (const Change::TimeSpan &span : m_maintenance.value(r.key)) {
            if (span.end < firstVisible || span.start > lastVisible)
                continue;
            const double x0 = toView(QPointF(m_layout.xOf(span.start), 0)).x();
            const double x1 = toView(QPointF(m_layout.xOf(span.end), 0)).x();
            painter.fillRect(QRectF(x0, top, x1 - x0, r.height), CalendarStyle::maintenanceTint());
        }
        for (const Change::BlackoutWindow &blackout : schedule()->blackouts()) {
            if (blackout.global || !rowHasBlackout(blackout, r.key))
                continue;
            const double x0 = toView(QPointF(m_layout.xOf(blackout.window.start), 0)).x();
            const double x1 = toView(QPointF(m_layout.xOf(blackout.window.end), 0)).x();
            const QRectF band = QRectF(x0, top, x1 - x0, r.height).intersected(rowRect);
            painter.fillRect(band, CalendarStyle::blackoutTint());
            painter.fillRect(band, CalendarStyle::blackoutBrush());
        }
        painter.setPen(pal.color(QPalette::Midlight));
        painter.drawLine(QPointF(chartArea.left(), top + r.height - 1),
                         QPointF(chartArea.right(), top + r.height - 1));
    }
    // Global freezes over every row.
    for (const Change::BlackoutWindow &blackout : schedule()->blackouts()) {
        if (!blackout.global)
            continue;
        const double x0 = toView(QPointF(m_layout.xOf(blackout.window.start), 0)).x();
        const double x1 = toView(QPointF(m_layout.xOf(blackout.window.end), 0)).x();
        const QRectF band(x0, header, x1 - x0, bottom - header);
        painter.fillRect(band, CalendarStyle::blackoutTint());
        painter.fillRect(band, CalendarStyle::blackoutBrush());
    }
    // Bars, and a tick under a bar at each of its collisions.
    const auto &items = schedule()->items();
    const auto &collisions = schedule()->collisions();
    for (int row = firstRow; row < endRow; ++row) {
        const TimelineLayout::Row &r = m_layout.rows().at(row);
        for (int bar = r.firstBar; bar < r.endBar; ++bar) {
            const TimelineLayout::Bar &b = m_layout.bars().at(bar);
            if (b.window.start > lastVisible)
                break; // ordered by start
            if (b.window.effectiveEnd() < firstVisible)
                continue;
            const QRectF rect = toView(m_layout.barRect(bar));
            if (rect.right() < chartArea.left())
                continue;
            const CalendarItem &item = items.at(b.item);
            const QRectF text = CalendarStyle::paintBar(painter, rect, item, isSelected(b.item));
            if (rect.width() > 40)
                paintBarText(painter, text, b.item);
            for (int c : item.collisions) {
                const Change::Collision &collision = collisions.at(c);
                const double x = toView(QPointF(m_layout.xOf(collision.when.start), 0)).x();
                const QPointF tip(std::clamp(x, rect.left(), rect.right()), rect.bottom());
                const QPointF points[3] = {tip, tip + QPointF(-4, 5), tip + QPointF(4, 5)};
                painter.setPen(Qt::NoPen);
                painter.setBrush(CalendarStyle::collisionColor(collision.severity
                                                               == Change::Severity::Error));
                painter.drawPolygon(points, 3);
            }
        }
    }
    // Now.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now >= firstVisible && now <= lastVisible) {
        const double x = toView(QPointF(m_layout.xOf(now), 0)).x();
        painter.setPen(QPen(CalendarStyle::todayColor(), 2));
        painter.drawLine(QPointF(x, header), QPointF(x, chartArea.bottom()));
    }
    // The dragged change's new slot, in each of its rows.
    const DragState &drag = dragState();
    if (drag.active) {
        for (int bar : m_layout.barsOf(drag.hit.item)) {
            const TimelineLayout::Bar &b = m_layout.bars().at(bar);
            paintDragOutline(painter, toView(m_layout.rectOf(b.row, b.lane, drag.window)));
        }
    }
    painter.restore();

    // Row labels on the left, fixed while the chart scrolls sideways.
    const QRect labels(0, header, labelWidth(), viewport()->height() - header);
    painter.fillRect(labels, pal.color(QPalette::Window));
    painter.save();
    painter.setClipRect(labels);
    painter.setPen(pal.color(QPalette::WindowText));
    for (int row = firstRow; row < endRow; ++row) {
        const TimelineLayout::Row &r = m_layout.rows().at(row);
        const double top = toView(QPointF(0, r.top)).y();
        const QRectF rect(6, top, labelWidth() - 12, std::min(r.height, m_layout.geometry().laneHeight + 8));
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(r.label, Qt::ElideRight, int(rect.width())));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(QPointF(0, top + r.height - 1), QPointF(labelWidth(), top + r.height - 1));
        painter.setPen(pal.color(QPalette::WindowText));
    }
    painter.restore();
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(labelWidth() - 1, 0, labelWidth() - 1, viewport()->height());
    paintHeader(painter);
}

void TimelineView::paintHeader(QPainter &painter)
{
    const QPalette &pal = palette();
    const int header = headerHeight();
    const int line = fontMetrics().height() + 4;
    painter.fillRect(QRect(0, 0, viewport()->width(), header), pal.color(QPalette::Window));
    painter.save();
    painter.setClipRect(QRect(labelWidth(), 0, viewport()->width() - labelWidth(), header));
    painter.setPen(pal.color(QPalette::WindowText));
    const QLocale locale;
    const double scrollX = horizontalScrollBar()->value();
    const qint64 firstVisible = m_layout.timeAt(scrollX);
    const qint64 lastVisible = m_layout.timeAt(scrollX + viewport()->width() - labelWidth());
    const double dayWidth = pixelsPerHour() * 24;
    // The top line names days (or every seventh day when they are narrow), the second hours.
    const int dayStep = dayWidth >= 60 ? 1 : 7;
    QDate day = QDateTime::fromMSecsSinceEpoch(firstVisible, timeZone()).date();
    for (; ; day = day.addDays(1)) {
        const qint64 start = QDateTime(day, QTime(0, 0), timeZone()).toMSecsSinceEpoch();
        if (start > lastVisible)
            break;
        const double x = toView(QPointF(m_layout.xOf(start), 0)).x();
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(QPointF(x, 0), QPointF(x, header));
        if (dayStep == 1 || day.dayOfWeek() == int(locale.firstDayOfWeek())) {
            painter.setPen(pal.color(QPalette::WindowText));
            const QString text = dayWidth >= 140
                                     ? locale.toString(day, QLocale::ShortFormat)
                                           + QLatin1Char(' ')
                                           + locale.dayName(day.dayOfWeek(), QLocale::ShortFormat)
                                     : locale.toString(day, QStringLiteral("d MMM"));
            painter.drawText(QRectF(x + 3, 2, std::max(dayWidth * dayStep, 60.0), line),
                             Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        if (pixelsPerHour() >= 16) {
            const int hourStep = pixelsPerHour() >= 48 ? 1 : (pixelsPerHour() >= 24 ? 3 : 6);
            for (int hour = hourStep; hour < 24; hour += hourStep) {
                const qint64 at = QDateTime(day, QTime(hour, 0), timeZone()).toMSecsSinceEpoch();
                const double hx = toView(QPointF(m_layout.xOf(at), 0)).x();
                painter.setPen(pal.color(QPalette::Midlight));
                painter.drawLine(QPointF(hx, line + 2), QPointF(hx, header));
                painter.setPen(pal.color(QPalette::WindowText));
                painter.drawText(QRectF(hx + 2, line + 2, 60, line), Qt::AlignLeft | Qt::AlignVCenter,
                                 locale.toString(QTime(hour, 0), QLocale::ShortFormat));
            }
        }
    }
    painter.restore();
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, header - 1, viewport()->width(), header - 1);
    painter.fillRect(QRect(0, 0, labelWidth() - 1, header - 1), pal.color(QPalette::Window));
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(6, 0, labelWidth() - 12, header), Qt::AlignLeft | Qt::AlignVCenter,
                     m_rows == Rows::ByCi ? tr("Configuration item") : tr("Service"));
}

} // namespace ServiceDeck::Views
