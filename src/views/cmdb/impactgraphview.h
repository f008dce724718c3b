// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/accessibility/paintedaccessible.h"

#include "core/cmdb/impact.h"

#include <QGraphicsView>
#include <QHash>
#include <QUuid>

namespace ServiceDeck::Models {
class ImpactModel;
}

namespace ServiceDeck::Views {

class ImpactNodeItem;

// An impact closure drawn as a layered graph: one row per depth, boxes coloured by status and
// badged with open incidents, arrows labelled by relation. A click on a box asks to open that
// CI; Ctrl+wheel and the zoom slots scale it. Draws at most MaxNodes CIs, the nearest first:
// beyond that a picture helps nobody and the tree lists them all.
// By keyboard, the arrow keys move the focus to the nearest box that way and Enter opens it;
// assistive technology reads the boxes as the view's items (PaintedItems).
class ImpactGraphView : public QGraphicsView, public PaintedItems
{
    Q_OBJECT

public:
    static constexpr int MaxNodes = 250;

    explicit ImpactGraphView(QWidget *parent = nullptr);

    // Draws the model's closure. `relations` may add relations among its CIs besides those
    // that reached each CI (the tree's); relations to CIs not drawn are left out.
    void showImpact(const Models::ImpactModel &model,
                    const QList<Cmdb::RelationEdge> &relations = {});
    void clear();

    ImpactNodeItem *nodeItem(const QUuid &ci) const { return m_nodes.value(ci); }
    QList<ImpactNodeItem *> nodeItems() const;
    int edgeCount() const { return m_edgeCount; }
    // CIs of the closure left out of the picture.
    int hiddenCount() const { return m_hidden; }

    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    // The whole graph in view, never enlarged beyond its natural size.
    void fitAll();

    int paintedItemCount() const override { return int(m_order.size()); }
    QString paintedItemKey(int item) const override;
    int paintedItemIndex(const QString &key) const override;
    QString paintedItemName(int item) const override;
    QString paintedItemDescription(int item) const override;
    QRect paintedItemRect(int item) const override;
    int currentPaintedItem() const override;
    void setCurrentPaintedItem(int item) override;
    void activatePaintedItem(int item) override;

signals:
    void ciActivated(const QUuid &ci);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    ImpactNodeItem *nodeAt(const QPoint &viewPos) const;
    void describeFocus();
    // The box nearest to the focused one in the direction of an arrow key, or the start.
    ImpactNodeItem *neighbour(int key) const;
    void focusNode(ImpactNodeItem *node);

    QGraphicsScene *m_scene;
    QHash<QUuid, ImpactNodeItem *> m_nodes;
    QList<QUuid> m_order; // the nearest first, as the closure lists them
    QHash<QUuid, int> m_depth;
    Cmdb::ImpactDirection m_direction = Cmdb::ImpactDirection::Down;
    QString m_startName;
    int m_edgeCount = 0;
    int m_hidden = 0;
    double m_zoom = 1.0;
    QPoint m_pressPos;
    ImpactNodeItem *m_pressed = nullptr;
};

} // namespace ServiceDeck::Views
