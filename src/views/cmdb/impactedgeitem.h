// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QLineF>

namespace ServiceDeck::Views {

// A relation in the impact graph: a line between two CI boxes with an arrow at the relation's
// target and the relation's name at its middle.
class ImpactEdgeItem : public QGraphicsItem
{
public:
    // `from` and `to` are the relation's source and target boxes in scene coordinates.
    ImpactEdgeItem(const QRectF &from, const QRectF &to, const QString &label,
                   QGraphicsItem *parent = nullptr);

    QString label() const { return m_label; }
    QLineF line() const { return m_line; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QRectF labelRect() const;

    QLineF m_line;
    QString m_label;
};

} // namespace ServiceDeck::Views
