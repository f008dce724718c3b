// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactedgeitem.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace ServiceDeck::Views {

namespace {

constexpr double arrowSize = 8.0;

// Where the line from the box's centre towards `towards` leaves the box.
QPointF borderPoint(const QRectF &box, const QPointF &towards)
{
    const QPointF centre = box.center();
    const QPointF delta = towards - centre;
    if (qFuzzyIsNull(delta.x()) && qFuzzyIsNull(delta.y()))
        return centre;
    const double scaleX = qFuzzyIsNull(delta.x()) ? 1e9 : (box.width() / 2) / std::abs(delta.x());
    const double scaleY = qFuzzyIsNull(delta.y()) ? 1e9 : (box.height() / 2) / std::abs(delta.y());
    return centre + delta * std::min(scaleX, scaleY);
}

} // namespace

ImpactEdgeItem::ImpactEdgeItem(const QRectF &from, const QRectF &to, const QString &label,
                               QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_line(borderPoint(from, to.center()), borderPoint(to, from.center()))
    , m_label(label)
{
    setToolTip(label);
}

QRectF ImpactEdgeItem::labelRect() const
{
    const QFontMetricsF metrics(QGuiApplication::font());
    const QSizeF size = metrics.size(Qt::TextSingleLine, m_label) + QSizeF(6, 2);
    const QPointF middle = m_line.center();
    return QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF ImpactEdgeItem::boundingRect() const
{
    const QRectF lineBox = QRectF(m_line.p1(), m_line.p2()).normalized();
    return lineBox.united(labelRect()).adjusted(-arrowSize, -arrowSize, arrowSize, arrowSize);
}

void ImpactEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x55, 0x55, 0x55);
    painter->setPen(QPen(ink, 1.2));
    painter->drawLine(m_line);

    if (m_line.length() > arrowSize) {
        const double angle = std::atan2(-m_line.dy(), m_line.dx());
        const QPointF tip = m_line.p2();
        const double spread = std::numbers::pi / 7;
        const QPointF left = tip - QPointF(std::cos(angle - spread) * arrowSize,
                                           -std::sin(angle - spread) * arrowSize);
        const QPointF right = tip - QPointF(std::cos(angle + spread) * arrowSize,
                                            -std::sin(angle + spread) * arrowSize);
        QPainterPath arrow;
        arrow.moveTo(tip);
        arrow.lineTo(left);
        arrow.lineTo(right);
        arrow.closeSubpath();
        painter->fillPath(arrow, ink);
    }

    if (!m_label.isEmpty()) {
        const QRectF box = labelRect();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 220));
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(ink);
        painter->setFont(QGuiApplication::font());
        painter->drawText(box, Qt::AlignCenter, m_label);
    }
}

} // namespace ServiceDeck::Views
