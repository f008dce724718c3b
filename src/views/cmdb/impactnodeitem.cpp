// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactnodeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace ServiceDeck::Views {

namespace {

constexpr double badgeSize = 20.0;

} // namespace

ImpactNodeItem::ImpactNodeItem(const Content &content, const QSizeF &size, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_content(content)
    , m_size(size)
{
    setObjectName(content.name);
    setFlag(ItemIsFocusable);
    setFlag(ItemIsSelectable);
    setCursor(Qt::PointingHandCursor);
    setToolTip(accessibleName());
    setZValue(1.0); // above the edges that meet it
}

QString ImpactNodeItem::accessibleName() const
{
    QString text = tr("%1, %2, %3").arg(m_content.name, m_content.classLabel,
                                        m_content.statusLabel);
    if (m_content.openIncidents > 0)
        text = tr("%1, %n open incident(s)", nullptr, m_content.openIncidents).arg(text);
    if (m_content.start)
        text = tr("%1 (start of the impact)").arg(text);
    return text;
}

QColor ImpactNodeItem::statusColour(const QString &status)
{
    // Pale fills so that dark text stays readable; hue carries the meaning.
    if (status == u"live") return QColor(0xd4, 0xed, 0xda);
    if (status == u"maintenance") return QColor(0xff, 0xe8, 0xb0);
    if (status == u"planned") return QColor(0xd6, 0xe4, 0xf5);
    if (status == u"retired") return QColor(0xe0, 0xe0, 0xe0);
    return QColor(0xf4, 0xf4, 0xf4);
}

QRectF ImpactNodeItem::badgeRect() const
{
    return QRectF(m_size.width() - badgeSize * 0.75, -badgeSize * 0.25, badgeSize, badgeSize);
}

QRectF ImpactNodeItem::boundingRect() const
{
    QRectF rect(QPointF(0, 0), m_size);
    if (m_content.openIncidents > 0)
        rect = rect.united(badgeRect());
    return rect.adjusted(-2, -2, 2, 2);
}

void ImpactNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box(QPointF(0, 0), m_size);
    const bool selected = option->state & QStyle::State_Selected;
    const bool focused = option->state & QStyle::State_HasFocus;
    QPen frame(selected || focused ? option->palette.color(QPalette::Highlight)
                                   : QColor(0x60, 0x60, 0x60));
    frame.setWidthF(m_content.start || selected || focused ? 2.5 : 1.0);
    painter->setPen(frame);
    painter->setBrush(statusColour(m_content.status));
    painter->drawRoundedRect(box, 6, 6);

    painter->setPen(Qt::black);
    QFont nameFont = painter->font();
    nameFont.setBold(true);
    const QRectF textBox = box.adjusted(8, 4, -8, -4);
    const QFontMetricsF nameMetrics(nameFont);
    painter->setFont(nameFont);
    painter->drawText(QRectF(textBox.left(), textBox.top(), textBox.width(), textBox.height() / 2),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(m_content.name, Qt::ElideMiddle, textBox.width()));
    QFont detailFont = painter->font();
    detailFont.setBold(false);
    const QFontMetricsF detailMetrics(detailFont);
    painter->setFont(detailFont);
    const QString detail = tr("%1 · %2").arg(m_content.classLabel, m_content.statusLabel);
    painter->drawText(QRectF(textBox.left(), textBox.center().y(), textBox.width(),
                             textBox.height() / 2),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      detailMetrics.elidedText(detail, Qt::ElideRight, textBox.width()));

    if (m_content.openIncidents > 0) {
        const QRectF badge = badgeRect();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xc6, 0x28, 0x28));
        painter->drawEllipse(badge);
        painter->setPen(Qt::white);
        QFont badgeFont = detailFont;
        badgeFont.setBold(true);
        badgeFont.setPointSizeF(std::max(6.0, detailFont.pointSizeF() * 0.85));
        painter->setFont(badgeFont);
        painter->drawText(badge, Qt::AlignCenter,
                          m_content.openIncidents > 99 ? QStringLiteral("99+")
                                                       : QString::number(m_content.openIncidents));
    }
}

} // namespace ServiceDeck::Views
