// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsObject>
#include <QUuid>

namespace ServiceDeck::Views {

// One CI in the impact graph: a box coloured by its status with its name and class, a red
// badge with its open incidents, a heavier frame for the CI the impact starts from.
class ImpactNodeItem : public QGraphicsObject
{
    Q_OBJECT

public:
    struct Content
    {
        QUuid ci;
        QString name;
        QString classLabel;
        QString status;      // stored status: picks the colour
        QString statusLabel; // as people read it
        int openIncidents = 0;
        bool start = false;
    };

    ImpactNodeItem(const Content &content, const QSizeF &size, QGraphicsItem *parent = nullptr);

    QUuid ci() const { return m_content.ci; }
    const Content &content() const { return m_content; }
    // What a screen reader says for the node, also its tool tip.
    QString accessibleName() const;

    // The fill for a stored status; shared with the legend.
    static QColor statusColour(const QString &status);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QRectF badgeRect() const;

    Content m_content;
    QSizeF m_size;
};

} // namespace ServiceDeck::Views
