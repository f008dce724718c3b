// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/timespan.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Views {

// The chart of a timeline (Gantt) view: one row per CI or service, time running to the right
// at a zoom of pixels per hour, and a bar per change in every row it belongs to. Bars that
// overlap in time within a row are packed into sub-lanes, so a row is as tall as its busiest
// moment needs. Plain arithmetic in chart coordinates (0, 0 at the range's start and the first
// row's top); the timeline view scrolls over it and draws what this computes.
class TimelineLayout
{
public:
    struct Entry
    {
        int item = 0;
        Change::TimeSpan window;
        QList<QUuid> rows; // the CIs or services it belongs to; none: the "no CI" row
    };

    struct Row
    {
        QUuid key; // null for the row of entries without one
        QString label;
        double top = 0;
        double height = 0;
        int lanes = 1;
        int firstBar = 0; // bars of the row: [firstBar, endBar) into bars()
        int endBar = 0;
    };

    struct Bar
    {
        int item = 0;
        int row = 0;
        int lane = 0;
        Change::TimeSpan window;
    };

    struct Geometry
    {
        double pixelsPerHour = 4;
        double laneHeight = 20;
        double rowPadding = 4; // above and below the lanes of a row
        double minimumBarWidth = 3; // an instant or a short change stays visible and clickable
    };

    void setRange(const Change::TimeSpan &range) { m_range = range; }
    void setGeometry(const Geometry &geometry) { m_geometry = geometry; }
    void setEntries(const QList<Entry> &entries) { m_entries = entries; }
    // Labels of the row keys; rows are ordered by label, the "no CI" row (`unassignedLabel`)
    // last.
    void setRowLabels(const QHash<QUuid, QString> &labels, const QString &unassignedLabel);

    void run();

    const Change::TimeSpan &range() const { return m_range; }
    const Geometry &geometry() const { return m_geometry; }
    double width() const { return xOf(m_range.end); }
    double height() const { return m_height; }
    double xOf(qint64 ms) const;
    qint64 timeAt(double x) const;

    const QList<Row> &rows() const { return m_rows; }
    const QList<Bar> &bars() const { return m_bars; }
    // The row at a chart y; -1 when none.
    int rowAt(double y) const;
    // Rows that meet [top, bottom): indexes [first, end).
    QPair<int, int> rowsBetween(double top, double bottom) const;
    QRectF barRect(int bar) const { return rectOf(m_bars.at(bar).row, m_bars.at(bar).lane,
                                                  m_bars.at(bar).window); }
    // Where a bar of `window` stands in a row's lane: the drag preview asks this.
    QRectF rectOf(int row, int lane, const Change::TimeSpan &window) const;
    // Every bar of an item, in row order.
    QList<int> barsOf(int item) const { return m_itemBars.value(item); }

private:
    Change::TimeSpan m_range;
    Geometry m_geometry;
    QList<Entry> m_entries;
    QHash<QUuid, QString> m_labels;
    QString m_unassigned;

    QList<Row> m_rows;
    QList<Bar> m_bars;
    QHash<int, QList<int>> m_itemBars;
    double m_height = 0;
};

} // namespace ServiceDeck::Views
