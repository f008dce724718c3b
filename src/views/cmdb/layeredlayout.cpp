// SPDX-License-Identifier: GPL-3.0-or-later
#include "layeredlayout.h"

#include <algorithm>

namespace ServiceDeck::Views {

int LayeredLayout::addNode(int depth)
{
    m_depth.append(std::max(0, depth));
    m_up.append(QList<int>());
    m_down.append(QList<int>());
    return int(m_depth.size()) - 1;
}

void LayeredLayout::addEdge(int from, int to)
{
    if (from < 0 || to < 0 || from >= nodeCount() || to >= nodeCount())
        return;
    const int a = m_depth.at(from) <= m_depth.at(to) ? from : to;
    const int b = a == from ? to : from;
    // Edges within a layer (and loops) say nothing about the order between layers.
    if (m_depth.at(a) == m_depth.at(b))
        return;
    m_down[a].append(b);
    m_up[b].append(a);
}

void LayeredLayout::run()
{
    const int depthCount = m_depth.isEmpty() ? 0 : *std::max_element(m_depth.cbegin(),
                                                                       m_depth.cend()) + 1;
    m_layers = QList<QList<int>>(depthCount);
    m_order = QList<int>(nodeCount(), 0);
    for (int node = 0; node < nodeCount(); ++node) {
        QList<int> &layerNodes = m_layers[m_depth.at(node)];
        m_order[node] = int(layerNodes.size());
        layerNodes.append(node);
    }
    for (int depth = 1; depth < depthCount; ++depth)
        orderByBarycentre(depth, true);

    // A sweep can make things worse on an unlucky graph: keep the best order seen.
    QList<QList<int>> best = m_layers;
    int fewest = crossings();
    for (int sweep = 0; sweep < m_sweeps && fewest > 0; ++sweep) {
        for (int depth = depthCount - 2; depth >= 0; --depth)
            orderByBarycentre(depth, false);
        for (int depth = 1; depth < depthCount; ++depth)
            orderByBarycentre(depth, true);
        const int now = crossings();
        if (now < fewest) {
            fewest = now;
            best = m_layers;
        }
    }
    m_layers = best;
    for (const QList<int> &layerNodes : std::as_const(m_layers)) {
        for (int i = 0; i < layerNodes.size(); ++i)
            m_order[layerNodes.at(i)] = i;
    }
    place();
}

void LayeredLayout::orderByBarycentre(int depth, bool fromAbove)
{
    QList<int> &layerNodes = m_layers[depth];
    // Positions are slots centred on zero, as the layers are drawn centred on each other.
    const auto slot = [this](int node) {
        return m_order.at(node) - (m_layers.at(m_depth.at(node)).size() - 1) / 2.0;
    };
    QList<double> key(nodeCount(), 0.0);
    for (int node : std::as_const(layerNodes)) {
        const QList<int> &neighbours = fromAbove ? m_up.at(node) : m_down.at(node);
        if (neighbours.isEmpty()) {
            key[node] = slot(node); // nothing pulls it: it keeps its place
            continue;
        }
        double sum = 0.0;
        for (int neighbour : neighbours)
            sum += slot(neighbour);
        key[node] = sum / double(neighbours.size());
    }
    std::stable_sort(layerNodes.begin(), layerNodes.end(),
                     [&key](int a, int b) { return key.at(a) < key.at(b); });
    for (int i = 0; i < layerNodes.size(); ++i)
        m_order[layerNodes.at(i)] = i;
}

int LayeredLayout::crossings() const
{
    int count = 0;
    for (int depth = 0; depth + 1 < m_layers.size(); ++depth) {
        QList<QPair<int, int>> edges;
        for (int node : m_layers.at(depth)) {
            for (int child : m_down.at(node)) {
                if (m_depth.at(child) == depth + 1)
                    edges.append({m_order.at(node), m_order.at(child)});
            }
        }
        for (int i = 0; i < edges.size(); ++i) {
            for (int j = i + 1; j < edges.size(); ++j) {
                const auto &[a1, b1] = edges.at(i);
                const auto &[a2, b2] = edges.at(j);
                if ((a1 < a2 && b1 > b2) || (a1 > a2 && b1 < b2))
                    ++count;
            }
        }
    }
    return count;
}

void LayeredLayout::place()
{
    const double width = m_geometry.nodeSize.width();
    const double height = m_geometry.nodeSize.height();
    const auto layerWidth = [&](qsizetype nodes) {
        return nodes == 0 ? 0.0
                          : double(nodes) * width + double(nodes - 1) * m_geometry.horizontalGap;
    };
    double widest = 0.0;
    for (const QList<int> &layerNodes : std::as_const(m_layers))
        widest = std::max(widest, layerWidth(layerNodes.size()));
    m_rects = QList<QRectF>(nodeCount());
    for (int depth = 0; depth < m_layers.size(); ++depth) {
        const QList<int> &layerNodes = m_layers.at(depth);
        const double left = (widest - layerWidth(layerNodes.size())) / 2.0;
        const double top = depth * (height + m_geometry.verticalGap);
        for (int i = 0; i < layerNodes.size(); ++i) {
            m_rects[layerNodes.at(i)] = QRectF(left + i * (width + m_geometry.horizontalGap), top,
                                               width, height);
        }
    }
    const qsizetype layers = m_layers.size();
    m_bounds = QRectF(0.0, 0.0, widest,
                      layers == 0 ? 0.0 : double(layers) * height
                                              + double(layers - 1) * m_geometry.verticalGap);
}

} // namespace ServiceDeck::Views
