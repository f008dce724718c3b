// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monthlayout.h"

#include "../calendarview.h"

namespace ServiceDeck::Views {

// The month grid: a row per week, a cell per day with its number, freezes hatched, the days
// of a filtered service's maintenance windows marked, today framed, and the changes as bars
// in lanes across the days they run on. A day with more changes than lanes shows "+N more"
// (its tooltip lists them). Zooming makes rows taller, with more lanes, and scrolls. Dragging
// a bar moves a change by whole days, keeping its times of day; dragging an end moves that end.
class MonthView : public CalendarView
{
    Q_OBJECT

public:
    explicit MonthView(CalendarSchedule *schedule, QWidget *parent = nullptr);

    Change::TimeSpan visibleRange() const override { return m_layout.range(); }
    void zoomIn() override;
    void zoomOut() override;
    QRect itemRect(const QString &number) const override;

    const MonthLayout &layout() const { return m_layout; }
    int visibleLanes() const { return m_visibleLanes; }
    // The cell of a grid day in viewport coordinates.
    QRect dayRect(int day) const;

protected:
    void relayout() override;
    Hit hitTest(const QPoint &pos) const override;
    Change::TimeSpan windowFor(const Hit &hit, const Change::TimeSpan &original, const QPoint &from,
                               const QPoint &to) const override;
    QString backgroundToolTip(const QPoint &pos) const override;
    QDate dateAt(const QPoint &pos) const override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    int headerHeight() const;
    int dayHeaderHeight() const;
    double columnWidth() const;
    int weekTop(int week) const;
    int dayAt(const QPoint &pos, bool clamp) const;
    QRectF barRect(const MonthLayout::Bar &bar) const;

    MonthLayout m_layout;
    int m_zoom = 0; // index into the lanes a row is made tall enough for
    int m_rowHeight = 100;
    int m_visibleLanes = 1;
    QList<int> m_hidden; // per grid day: changes without room
    QList<QStringList> m_freezes; // per grid day: the freezes overlapping it
    QList<bool> m_maintenance; // per grid day: a window of the filtered service
};

} // namespace ServiceDeck::Views
