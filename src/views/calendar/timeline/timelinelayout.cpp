// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include <QCollator>

#include <algorithm>
#include <cmath>

namespace ServiceDeck::Views {

namespace {

constexpr double HourMs = 3600.0 * 1000.0;

} // namespace

void TimelineLayout::setRowLabels(const QHash<QUuid, QString> &labels,
                                  const QString &unassignedLabel)
{
    m_labels = labels;
    m_unassigned = unassignedLabel;
}

double TimelineLayout::xOf(qint64 ms) const
{
    return double(ms - m_range.start) / HourMs * m_geometry.pixelsPerHour;
}

qint64 TimelineLayout::timeAt(double x) const
{
    return m_range.start + qint64(std::llround(x / m_geometry.pixelsPerHour * HourMs));
}

void TimelineLayout::run()
{
    // Rows: every key that an entry names, by label.
    QHash<QUuid, int> rowOf;
    QList<QUuid> keys;
    bool unassigned = false;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.rows.isEmpty())
            unassigned = true;
        for (const QUuid &key : entry.rows) {
            if (!rowOf.contains(key)) {
                rowOf.insert(key, -1);
                keys << key;
            }
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(keys.begin(), keys.end(), [&](const QUuid &a, const QUuid &b) {
        const int order = collator.compare(m_labels.value(a), m_labels.value(b));
        return order != 0 ? order < 0 : a < b;
    });
    m_rows.clear();
    for (const QUuid &key : std::as_const(keys)) {
        rowOf[key] = int(m_rows.size());
        Row row;
        row.key = key;
        row.label = m_labels.value(key, key.toString(QUuid::WithoutBraces));
        m_rows << row;
    }
    if (unassigned) {
        Row row;
        row.label = m_unassigned;
        rowOf.insert(QUuid(), int(m_rows.size()));
        m_rows << row;
    }

    QList<QList<Bar>> perRow(m_rows.size());
    for (const Entry &entry : std::as_const(m_entries)) {
        Bar bar;
        bar.item = entry.item;
        bar.window = entry.window;
        if (entry.rows.isEmpty()) {
            bar.row = rowOf.value(QUuid());
            perRow[bar.row] << bar;
        }
        for (const QUuid &key : entry.rows) {
            bar.row = rowOf.value(key);
            perRow[bar.row] << bar;
        }
    }

    m_bars.clear();
    m_itemBars.clear();
    double top = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        QList<Bar> &bars = perRow[r];
        std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) {
            return a.window.start < b.window.start;
        });
        // Lanes by pixels, not only by time, so that a short change drawn wider than its
        // window does not hide its neighbour.
        QList<double> laneEnds;
        for (Bar &bar : bars) {
            const double left = xOf(bar.window.start);
            const double right = std::max(xOf(bar.window.effectiveEnd()),
                                          left + m_geometry.minimumBarWidth);
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > left)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds << right;
            else
                laneEnds[lane] = right;
            bar.lane = lane;
        }
        Row &row = m_rows[r];
        row.lanes = std::max<int>(1, int(laneEnds.size()));
        row.top = top;
        row.height = row.lanes * m_geometry.laneHeight + 2 * m_geometry.rowPadding;
        top += row.height;
        row.firstBar = int(m_bars.size());
        for (const Bar &bar : std::as_const(bars)) {
            m_itemBars[bar.item] << int(m_bars.size());
            m_bars << bar;
        }
        row.endBar = int(m_bars.size());
    }
    m_height = top;
}

int TimelineLayout::rowAt(double y) const
{
    if (m_rows.isEmpty() || y < 0 || y >= m_height)
        return -1;
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), y,
                                     [](double value, const Row &row) { return value < row.top; });
    return int(it - m_rows.cbegin()) - 1;
}

QPair<int, int> TimelineLayout::rowsBetween(double top, double bottom) const
{
    if (m_rows.isEmpty() || top >= m_height)
        return {int(m_rows.size()), int(m_rows.size())};
    const int first = std::max(0, rowAt(std::max(0.0, top)));
    auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), bottom,
                               [](const Row &row, double value) { return row.top < value; });
    return {first, std::max(first, int(it - m_rows.cbegin()))};
}

QRectF TimelineLayout::rectOf(int row, int lane, const Change::TimeSpan &window) const
{
    const Row &r = m_rows.at(row);
    const double left = xOf(window.start);
    const double right = std::max(xOf(window.end), left + m_geometry.minimumBarWidth);
    return QRectF(left, r.top + m_geometry.rowPadding + lane * m_geometry.laneHeight,
                  right - left, m_geometry.laneHeight - 2);
}

} // namespace ServiceDeck::Views
