// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace ServiceDeck::Views {

// Places the nodes of a graph in horizontal layers, one per depth, and orders each layer to
// keep edges from crossing: a layer follows the barycentre (mean position) of its nodes'
// neighbours in the layer above, then sweeps up and down refine it. Plain arithmetic, no
// painting: the impact graph draws what this computes. Nodes are numbered 0 … n-1 as added.
class LayeredLayout
{
public:
    struct Geometry
    {
        QSizeF nodeSize{160.0, 48.0};
        double horizontalGap = 28.0;
        double verticalGap = 64.0;
    };

    // Returns the node's number.
    int addNode(int depth);
    // An edge from `from` to `to`; only edges between different layers affect the order.
    void addEdge(int from, int to);
    void setGeometry(const Geometry &geometry) { m_geometry = geometry; }
    // Up and down sweeps after the first pass; more rarely helps on the trees of an impact.
    void setSweeps(int sweeps) { m_sweeps = sweeps; }

    // Computes layers, orders and positions; call after the nodes and edges are in.
    void run();

    int nodeCount() const { return int(m_depth.size()); }
    int layerCount() const { return int(m_layers.size()); }
    // The nodes of a layer, left to right.
    QList<int> layer(int depth) const { return m_layers.value(depth); }
    int depthOf(int node) const { return m_depth.at(node); }
    int orderOf(int node) const { return m_order.at(node); }
    // The node's box in scene coordinates; every layer is centred on the widest one.
    QRectF rectOf(int node) const { return m_rects.at(node); }
    QPointF centreOf(int node) const { return m_rects.at(node).center(); }
    QRectF boundingRect() const { return m_bounds; }

    // Pairs of edges between adjacent layers that cross in the current order.
    int crossings() const;

private:
    void orderByBarycentre(int depth, bool fromAbove);
    void place();

    Geometry m_geometry;
    int m_sweeps = 2;
    QList<int> m_depth;
    QList<QList<int>> m_up;   // per node: neighbours in shallower layers
    QList<QList<int>> m_down; // per node: neighbours in deeper layers
    QList<QList<int>> m_layers;
    QList<int> m_order;
    QList<QRectF> m_rects;
    QRectF m_bounds;
};

} // namespace ServiceDeck::Views
