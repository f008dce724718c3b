// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weeklayout.h"

#include "../calendarview.h"

namespace ServiceDeck::Views {

// The week agenda: seven day columns under their names, hours down the left, the changes as
// boxes at their times, overlapping ones side by side. Freezes are hatched, a filtered
// service's maintenance windows tinted, and a red line marks now. Zoom changes the height of an
// hour. Dragging a box moves a change in quarter hours (and across days); dragging its top or
// bottom edge moves its start or end.
class WeekView : public CalendarView
{
    Q_OBJECT

public:
    explicit WeekView(CalendarSchedule *schedule, QWidget *parent = nullptr);

    Change::TimeSpan visibleRange() const override { return m_layout.range(); }
    void zoomIn() override;
    void zoomOut() override;
    QRect itemRect(const QString &number) const override;

    const WeekLayout &layout() const { return m_layout; }
    int hourHeight() const { return m_hourHeight; }
    // Scrolls so that a wall-clock hour is at the top (once the view has its size, for a view
    // not yet shown).
    void scrollToHour(int hour);

protected:
    void relayout() override;
    Hit hitTest(const QPoint &pos) const override;
    Change::TimeSpan windowFor(const Hit &hit, const Change::TimeSpan &original, const QPoint &from,
                               const QPoint &to) const override;
    Qt::Orientation gripOrientation() const override { return Qt::Vertical; }
    QString backgroundToolTip(const QPoint &pos) const override;
    QDate dateAt(const QPoint &pos) const override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    int headerHeight() const;
    int gutterWidth() const { return m_gutterWidth; }
    double columnWidth() const;
    double yOf(double minute) const;
    double minuteAt(int y) const;
    int dayAt(int x, bool clamp) const;
    QRectF boxRect(const WeekLayout::Box &box) const;
    QRectF spanRect(int day, const Change::TimeSpan &span) const;

    WeekLayout m_layout;
    int m_hourHeight = 48;
    int m_gutterWidth = 60; // the hour labels' column, measured at each layout
    int m_pendingHour = -1;
};

} // namespace ServiceDeck::Views
