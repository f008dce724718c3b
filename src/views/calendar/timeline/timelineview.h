// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinelayout.h"

#include "../calendarview.h"

#include <QHash>

namespace ServiceDeck::Views {

// The timeline (Gantt) of a month: a row per CI or per service with its name on the left, time
// running to the right under a header of days and hours, and a bar per change in each of its
// rows. Freezes are hatched across the rows they cover, a service's maintenance windows tinted
// in its row, a tick under a bar marks the moment of each collision, and a red line marks now.
// Zoom changes the pixels per hour around the centre of the view. Dragging a bar moves a change
// in steps that suit the zoom; dragging an end moves that end.
class TimelineView : public CalendarView
{
    Q_OBJECT

public:
    enum class Rows { ByCi, ByService };

    explicit TimelineView(CalendarSchedule *schedule, QWidget *parent = nullptr);

    Change::TimeSpan visibleRange() const override { return m_layout.range(); }
    void zoomIn() override;
    void zoomOut() override;
    QRect itemRect(const QString &number) const override;

    Rows rows() const { return m_rows; }
    void setRows(Rows rows);
    double pixelsPerHour() const { return m_layout.geometry().pixelsPerHour; }
    void setPixelsPerHour(double pixels);
    const TimelineLayout &layout() const { return m_layout; }
    // Scrolls so that an instant is in view, near the left; kept through resizes until the
    // person scrolls, so that it holds for a view not yet shown.
    void scrollToTime(qint64 ms);
    // The step a dragged bar moves in at the current zoom.
    qint64 snapMs() const;

protected:
    void relayout() override;
    Hit hitTest(const QPoint &pos) const override;
    Change::TimeSpan windowFor(const Hit &hit, const Change::TimeSpan &original, const QPoint &from,
                               const QPoint &to) const override;
    QString backgroundToolTip(const QPoint &pos) const override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    int labelWidth() const { return m_labelWidth; }
    int headerHeight() const;
    // Chart coordinates to viewport coordinates and back.
    QPointF toView(const QPointF &chart) const;
    QPointF toChart(const QPointF &view) const;
    QRectF toView(const QRectF &chart) const;
    bool rowHasBlackout(const Change::BlackoutWindow &blackout, const QUuid &row) const;
    void paintHeader(QPainter &painter);
    void zoomTo(double pixels);
    void applyScrollTarget();

    TimelineLayout m_layout;
    Rows m_rows = Rows::ByCi;
    int m_labelWidth = 200;
    QHash<QUuid, QList<Change::TimeSpan>> m_maintenance; // by service
    qint64 m_scrollTarget = -1;
    bool m_settingScroll = false;
};

} // namespace ServiceDeck::Views
