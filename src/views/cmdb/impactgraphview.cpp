// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactgraphview.h"

#include "impactedgeitem.h"
#include "impactnodeitem.h"
#include "layeredlayout.h"

#include "models/cmdb/cilabels.h"
#include "models/cmdb/impactmodel.h"

#include <QAccessible>
#include <QApplication>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSet>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ServiceDeck::Views {

namespace {

constexpr double minZoom = 0.1;
constexpr double maxZoom = 4.0;
constexpr double zoomStep = 1.25;

} // namespace

ImpactGraphView::ImpactGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setObjectName(QStringLiteral("impactGraph"));
    setAccessibleName(tr("Impact graph"));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    installPaintedAccessibility();
    connect(m_scene, &QGraphicsScene::focusItemChanged, this, [this] { describeFocus(); });
}

QList<ImpactNodeItem *> ImpactGraphView::nodeItems() const
{
    return m_nodes.values();
}

void ImpactGraphView::clear()
{
    m_scene->clear();
    m_nodes.clear();
    m_order.clear();
    m_depth.clear();
    m_startName.clear();
    m_edgeCount = 0;
    m_hidden = 0;
    m_pressed = nullptr;
    setAccessibleDescription(QString());
}

void ImpactGraphView::showImpact(const Models::ImpactModel &model,
                                 const QList<Cmdb::RelationEdge> &relations)
{
    clear();
    const Cmdb::ImpactClosure &closure = model.closure();
    const QList<Cmdb::ImpactStep> &steps = closure.steps();
    const int drawn = int(std::min<qsizetype>(steps.size(), MaxNodes));
    m_hidden = int(steps.size()) - drawn;

    LayeredLayout layout;
    const LayeredLayout::Geometry geometry;
    QHash<QUuid, int> nodeOf;
    for (int i = 0; i < drawn; ++i)
        nodeOf.insert(steps.at(i).ci, layout.addNode(steps.at(i).depth));

    // The relations to draw, each once: those that reached a CI, then the others given.
    m_direction = model.direction();
    const bool down = m_direction == Cmdb::ImpactDirection::Down;
    QList<std::tuple<QUuid, QString, QUuid>> edges;
    QSet<QString> seen;
    const auto addEdge = [&](const QUuid &source, const QString &type, const QUuid &target) {
        if (!nodeOf.contains(source) || !nodeOf.contains(target) || source == target)
            return;
        const QString key = source.toString() + type + target.toString();
        if (seen.contains(key))
            return;
        seen.insert(key);
        edges.append({source, type, target});
        layout.addEdge(nodeOf.value(source), nodeOf.value(target));
    };
    for (int i = 1; i < drawn; ++i) {
        const Cmdb::ImpactStep &step = steps.at(i);
        if (down)
            addEdge(step.via, step.relationType, step.ci);
        else
            addEdge(step.ci, step.relationType, step.via);
    }
    for (const Cmdb::RelationEdge &edge : relations)
        addEdge(edge.source, edge.type, edge.target);
    layout.run();

    for (const auto &[source, type, target] : std::as_const(edges)) {
        m_scene->addItem(new ImpactEdgeItem(
            layout.rectOf(nodeOf.value(source)), layout.rectOf(nodeOf.value(target)),
            Models::CiLabels::relation(model.catalogue(), type, true)));
    }
    m_edgeCount = int(edges.size());
    for (int i = 0; i < drawn; ++i) {
        const QUuid ci = steps.at(i).ci;
        const Storage::CiSummary summary = model.summary(ci);
        ImpactNodeItem::Content content;
        content.ci = ci;
        content.name = summary.name;
        content.classLabel = Models::CiLabels::ciClass(model.catalogue(), summary.ciClass);
        content.status = summary.status;
        content.statusLabel = Models::CiLabels::status(summary.status);
        content.openIncidents = model.openIncidents(ci);
        content.start = i == 0;
        auto *item = new ImpactNodeItem(content, geometry.nodeSize);
        item->setPos(layout.rectOf(nodeOf.value(ci)).topLeft());
        m_scene->addItem(item);
        m_nodes.insert(ci, item);
        m_order.append(ci);
        m_depth.insert(ci, steps.at(i).depth);
        if (i == 0)
            m_startName = summary.name;
    }
    const double margin = 24.0;
    m_scene->setSceneRect(layout.boundingRect().adjusted(-margin, -margin, margin, margin));
    setAccessibleDescription(
        tr("%n configuration item(s); arrow keys choose one, Enter opens it", nullptr,
           int(m_nodes.size())));
}

QString ImpactGraphView::paintedItemKey(int item) const
{
    return item >= 0 && item < m_order.size() ? m_order.at(item).toString() : QString();
}

int ImpactGraphView::paintedItemIndex(const QString &key) const
{
    return int(m_order.indexOf(QUuid::fromString(key)));
}

QString ImpactGraphView::paintedItemName(int item) const
{
    const ImpactNodeItem *node = item >= 0 && item < m_order.size() ? m_nodes.value(m_order.at(item))
                                                                    : nullptr;
    return node ? node->content().name : QString();
}

QString ImpactGraphView::paintedItemDescription(int item) const
{
    const ImpactNodeItem *node = item >= 0 && item < m_order.size() ? m_nodes.value(m_order.at(item))
                                                                    : nullptr;
    if (!node)
        return {};
    const ImpactNodeItem::Content &content = node->content();
    const int depth = m_depth.value(content.ci);
    QString text;
    if (content.start)
        text = tr("%1, %2; start of the impact").arg(content.classLabel, content.statusLabel);
    else if (m_direction == Cmdb::ImpactDirection::Down)
        text = tr("%1, %2; %3 depends on it, %n step(s) away", nullptr, depth)
                   .arg(content.classLabel, content.statusLabel, m_startName);
    else
        text = tr("%1, %2; affected when %3 fails, %n step(s) away", nullptr, depth)
                   .arg(content.classLabel, content.statusLabel, m_startName);
    if (content.openIncidents > 0)
        text += QStringLiteral("; ") + tr("%n open incident(s)", nullptr, content.openIncidents);
    return text;
}

QRect ImpactGraphView::paintedItemRect(int item) const
{
    const ImpactNodeItem *node = item >= 0 && item < m_order.size() ? m_nodes.value(m_order.at(item))
                                                                    : nullptr;
    if (!node)
        return {};
    const QRect inViewport = mapFromScene(node->sceneBoundingRect()).boundingRect()
                                 .intersected(viewport()->rect());
    return inViewport.isEmpty() ? QRect() : inViewport.translated(viewport()->pos());
}

int ImpactGraphView::currentPaintedItem() const
{
    const auto *focused = dynamic_cast<ImpactNodeItem *>(m_scene->focusItem());
    return focused ? int(m_order.indexOf(focused->ci())) : -1;
}

void ImpactGraphView::setCurrentPaintedItem(int item)
{
    if (item >= 0 && item < m_order.size())
        focusNode(m_nodes.value(m_order.at(item)));
}

void ImpactGraphView::activatePaintedItem(int item)
{
    if (item >= 0 && item < m_order.size())
        emit ciActivated(m_order.at(item));
}

void ImpactGraphView::focusNode(ImpactNodeItem *node)
{
    if (!node)
        return;
    m_scene->clearSelection();
    node->setSelected(true);
    node->setFocus(Qt::OtherFocusReason);
}

ImpactNodeItem *ImpactGraphView::neighbour(int key) const
{
    auto *focused = dynamic_cast<ImpactNodeItem *>(m_scene->focusItem());
    if (!focused)
        return m_order.isEmpty() ? nullptr : m_nodes.value(m_order.constFirst());
    const QPointF from = focused->sceneBoundingRect().center();
    ImpactNodeItem *best = nullptr;
    double bestScore = 0;
    for (ImpactNodeItem *node : m_nodes) {
        if (node == focused)
            continue;
        const QPointF delta = node->sceneBoundingRect().center() - from;
        // Along the arrow, and how far off to the side: the side counts double, so that Down
        // goes to the row below before it goes to a far corner.
        double along = 0;
        double aside = 0;
        switch (key) {
        case Qt::Key_Left: along = -delta.x(); aside = std::abs(delta.y()); break;
        case Qt::Key_Right: along = delta.x(); aside = std::abs(delta.y()); break;
        case Qt::Key_Up: along = -delta.y(); aside = std::abs(delta.x()); break;
        case Qt::Key_Down: along = delta.y(); aside = std::abs(delta.x()); break;
        default: return nullptr;
        }
        if (along < 1.0)
            continue;
        const double score = along + 2.0 * aside;
        if (!best || score < bestScore) {
            best = node;
            bestScore = score;
        }
    }
    return best;
}

void ImpactGraphView::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, minZoom, maxZoom);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
}

void ImpactGraphView::zoomIn()
{
    setZoom(m_zoom * zoomStep);
}

void ImpactGraphView::zoomOut()
{
    setZoom(m_zoom / zoomStep);
}

void ImpactGraphView::fitAll()
{
    if (m_scene->items().isEmpty())
        return;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    setZoom(std::min(1.0, transform().m11()));
}

void ImpactGraphView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (!qFuzzyIsNull(steps))
        setZoom(m_zoom * std::pow(zoomStep, steps));
    event->accept();
}

ImpactNodeItem *ImpactGraphView::nodeAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        for (QGraphicsItem *up = item; up; up = up->parentItem()) {
            if (auto *node = dynamic_cast<ImpactNodeItem *>(up))
                return node;
        }
    }
    return nullptr;
}

void ImpactGraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressed = event->button() == Qt::LeftButton ? nodeAt(m_pressPos) : nullptr;
    QGraphicsView::mousePressEvent(event);
}

void ImpactGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click, not the end of dragging the picture around.
    const QPoint pos = event->position().toPoint();
    ImpactNodeItem *pressed = std::exchange(m_pressed, nullptr);
    if (event->button() != Qt::LeftButton || !pressed
        || (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return;
    if (nodeAt(pos) != pressed)
        return;
    // Later, not from inside the view's own mouse handling: opening the CI redraws the scene.
    QMetaObject::invokeMethod(
        this, [this, ci = pressed->ci()] { emit ciActivated(ci); }, Qt::QueuedConnection);
}

void ImpactGraphView::keyPressEvent(QKeyEvent *event)
{
    auto *focused = dynamic_cast<ImpactNodeItem *>(m_scene->focusItem());
    if (focused && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        emit ciActivated(focused->ci());
        return;
    }
    const bool arrow = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right
                       || event->key() == Qt::Key_Up || event->key() == Qt::Key_Down;
    if (arrow && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        && !m_order.isEmpty()) {
        // At the edge of the graph the focus stays where it is.
        if (ImpactNodeItem *next = neighbour(event->key()))
            focusNode(next);
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
            zoomIn();
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            zoomOut();
            return;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void ImpactGraphView::describeFocus()
{
    // Graphics items have no accessible objects of their own: the view speaks for the one
    // that has the focus.
    auto *focused = dynamic_cast<ImpactNodeItem *>(m_scene->focusItem());
    if (!focused)
        return;
    ensureVisible(focused);
    setAccessibleDescription(focused->accessibleName());
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
    notifyPaintedFocus(this, int(m_order.indexOf(focused->ci())));
}

} // namespace ServiceDeck::Views
