// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarview.h"

#include "calendarschedule.h"
#include "calendarstyle.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace ServiceDeck::Views {

CalendarView::CalendarView(CalendarSchedule *schedule, const QString &objectName,
                           const QString &accessibleName, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_schedule(schedule)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setFocusPolicy(Qt::StrongFocus);
    installPaintedAccessibility();
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    m_collisionLabel = new QLabel(viewport());
    m_collisionLabel->setObjectName(QStringLiteral("collisionLabel"));
    m_collisionLabel->setTextFormat(Qt::RichText);
    m_collisionLabel->setFrameShape(QFrame::Box);
    m_collisionLabel->setAutoFillBackground(true);
    m_collisionLabel->setMargin(4);
    m_collisionLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_collisionLabel->setPalette(QToolTip::palette());
    m_collisionLabel->hide();
    connect(m_schedule, &CalendarSchedule::changed, this, [this] { scheduleChanged(); });
}

void CalendarView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    cancelDrag();
    relayout();
}

void CalendarView::setDate(const QDate &date)
{
    m_date = date;
    cancelDrag();
    relayout();
}

QString CalendarView::selectedNumber() const
{
    const int item = selectedItem();
    return item >= 0 ? m_schedule->items().at(item).number : QString();
}

int CalendarView::selectedItem() const
{
    return m_selected.isNull() ? -1 : m_schedule->indexOf(m_selected);
}

bool CalendarView::isSelected(int item) const
{
    return !m_selected.isNull() && m_schedule->items().at(item).id == m_selected;
}

QList<int> CalendarView::itemsInView() const
{
    const Change::TimeSpan range = visibleRange();
    QList<int> shown;
    for (int item : m_schedule->visibleItems()) {
        if (m_schedule->items().at(item).window.overlaps(range))
            shown << item;
    }
    std::stable_sort(shown.begin(), shown.end(), [this](int a, int b) {
        return m_schedule->items().at(a).window.start < m_schedule->items().at(b).window.start;
    });
    return shown;
}

bool CalendarView::selectNumber(const QString &number)
{
    const int item = m_schedule->indexOf(number);
    if (item < 0)
        return false;
    select(item);
    return true;
}

void CalendarView::select(int item)
{
    m_selected = item >= 0 ? m_schedule->items().at(item).id : QUuid();
    viewport()->update();
    if (item < 0)
        return;
    const CalendarItem &chosen = m_schedule->items().at(item);
    setAccessibleDescription(CalendarStyle::barText(chosen));
    emit statusMessage(paintedItemName(int(itemsInView().indexOf(item))));
    notifyPaintedFocus(this, int(itemsInView().indexOf(item)));
}

int CalendarView::paintedItemCount() const
{
    return int(itemsInView().size());
}

QString CalendarView::paintedItemKey(int item) const
{
    const QList<int> shown = itemsInView();
    return item >= 0 && item < shown.size() ? m_schedule->items().at(shown.at(item)).id.toString()
                                            : QString();
}

int CalendarView::paintedItemIndex(const QString &key) const
{
    const int item = m_schedule->indexOf(QUuid::fromString(key));
    return item < 0 ? -1 : int(itemsInView().indexOf(item));
}

QString CalendarView::paintedItemName(int item) const
{
    const QList<int> shown = itemsInView();
    if (item < 0 || item >= shown.size())
        return {};
    return CalendarStyle::barText(m_schedule->items().at(shown.at(item)));
}

QString CalendarView::paintedItemDescription(int item) const
{
    const QList<int> shown = itemsInView();
    if (item < 0 || item >= shown.size())
        return {};
    const CalendarItem &change = m_schedule->items().at(shown.at(item));
    QString state = change.state;
    for (const auto &[name, label] : CalendarStyle::states()) {
        if (name == change.state)
            state = label;
    }
    QString text = tr("%1; state: %2; risk: %3")
                       .arg(CalendarStyle::spanText(change.window, m_zone), state,
                            CalendarStyle::riskLabel(change.risk));
    if (!change.collisions.isEmpty()) {
        text += QStringLiteral("; ")
                + (change.hasError ? tr("%n collision(s), at least one an error", nullptr,
                                        int(change.collisions.size()))
                                   : tr("%n collision(s)", nullptr, int(change.collisions.size())));
    }
    return text;
}

QRect CalendarView::paintedItemRect(int item) const
{
    const QList<int> shown = itemsInView();
    if (item < 0 || item >= shown.size())
        return {};
    const QRect rect = itemRect(m_schedule->items().at(shown.at(item)).number);
    // itemRect() is in viewport coordinates; the accessible object is the view itself.
    return rect.isEmpty() ? rect : rect.translated(viewport()->pos());
}

int CalendarView::currentPaintedItem() const
{
    const int item = selectedItem();
    return item < 0 ? -1 : int(itemsInView().indexOf(item));
}

void CalendarView::setCurrentPaintedItem(int item)
{
    const QList<int> shown = itemsInView();
    if (item >= 0 && item < shown.size())
        select(shown.at(item));
}

void CalendarView::activatePaintedItem(int item)
{
    const QList<int> shown = itemsInView();
    if (item >= 0 && item < shown.size())
        emit openTicket(m_schedule->items().at(shown.at(item)).number);
}

QString CalendarView::backgroundToolTip(const QPoint &) const
{
    return {};
}

QDate CalendarView::dateAt(const QPoint &) const
{
    return {};
}

void CalendarView::scheduleChanged()
{
    // A reload (a refresh, a move in another view) takes the dragged change's slot away.
    cancelDrag();
    clearTextCache();
    relayout();
}

void CalendarView::cancelDrag()
{
    m_drag = {};
    m_collisionLabel->hide();
    viewport()->update();
}

void CalendarView::paintDragOutline(QPainter &painter, const QRectF &rect) const
{
    const QColor color = CalendarStyle::dragColor(!m_drag.collisions.isEmpty(), m_drag.hasError);
    QColor fill = color;
    fill.setAlpha(50);
    painter.setPen(QPen(color, 2, Qt::DashLine));
    painter.setBrush(fill);
    painter.drawRect(rect);
}

void CalendarView::paintBarText(QPainter &painter, const QRectF &rect, int item, bool numberOnly)
{
    if (rect.isEmpty())
        return;
    const int width = int(rect.width());
    const quint64 key = (quint64(quint32(item)) << 32) | (quint64(numberOnly) << 31)
                        | quint32(width);
    auto it = m_textCache.find(key);
    if (it == m_textCache.end()) {
        const CalendarItem &shown = m_schedule->items().at(item);
        const QString text = numberOnly ? shown.number : CalendarStyle::barText(shown);
        QStaticText laid(fontMetrics().elidedText(text, Qt::ElideRight, width));
        laid.setTextFormat(Qt::PlainText);
        laid.prepare(QTransform(), font());
        it = m_textCache.insert(key, laid);
    }
    static const QColor ink(0x20, 0x20, 0x20);
    painter.setPen(ink);
    painter.drawStaticText(QPointF(rect.left(), rect.top() + (rect.height() - it->size().height()) / 2),
                           *it);
}

bool CalendarView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (m_drag.active)
            return true; // the collision label says it all
        const Hit hit = hitTest(help->pos());
        const QString text = hit.item >= 0
                                 ? CalendarStyle::toolTip(*m_schedule, hit.item, m_zone)
                                 : backgroundToolTip(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const Hit hit = hitTest(event->position().toPoint());
    m_selected = hit.item >= 0 ? m_schedule->items().at(hit.item).id : QUuid();
    if (hit.item >= 0) {
        const auto &item = m_schedule->items().at(hit.item);
        setAccessibleDescription(CalendarStyle::barText(item));
    }
    m_drag = {};
    // Only a change manager may move changes: for anybody else a press only selects.
    if (hit.item >= 0 && m_schedule->maySchedule()) {
        m_drag.pressed = true;
        m_drag.hit = hit;
        m_drag.from = event->position().toPoint();
        m_drag.original = m_schedule->items().at(hit.item).window;
        m_drag.window = m_drag.original;
    }
    viewport()->update();
    event->accept();
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_drag.pressed) {
        updateCursor(pos);
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    if (!m_drag.active) {
        if ((pos - m_drag.from).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag.active = true;
    }
    const Change::TimeSpan window = windowFor(m_drag.hit, m_drag.original, m_drag.from, pos);
    if (window != m_drag.window || m_drag.collisions.isEmpty()) {
        m_drag.window = window;
        m_drag.collisions = m_schedule->collisionsIfMoved(m_drag.hit.item, window);
        m_drag.hasError = std::any_of(m_drag.collisions.cbegin(), m_drag.collisions.cend(),
                                      [](const Change::Collision &c) {
                                          return c.severity == Change::Severity::Error;
                                      });
        viewport()->update();
    }
    showCollisionLabel(pos);
    event->accept();
}

void CalendarView::showCollisionLabel(const QPoint &pos)
{
    QString text = QStringLiteral("<b>%1</b><br/>%2")
                       .arg(m_schedule->items().at(m_drag.hit.item).number.toHtmlEscaped(),
                            CalendarStyle::spanText(m_drag.window, m_zone).toHtmlEscaped());
    if (m_drag.collisions.isEmpty()) {
        text += QStringLiteral("<br/>") + tr("No collisions").toHtmlEscaped();
    } else {
        for (const Change::Collision &collision : std::as_const(m_drag.collisions)) {
            text += QStringLiteral("<br/><span style=\"color:%1\">⚠ %2</span>")
                        .arg(CalendarStyle::collisionColor(collision.severity
                                                           == Change::Severity::Error)
                                 .name(),
                             collision.explanation.toHtmlEscaped());
        }
    }
    m_collisionLabel->setText(text);
    m_collisionLabel->setAccessibleName(m_drag.collisions.isEmpty() ? tr("No collisions")
                                                                    : tr("Collisions"));
    m_collisionLabel->adjustSize();
    QPoint at = pos + QPoint(16, 16);
    const QSize size = m_collisionLabel->size();
    const QRect area = viewport()->rect();
    if (at.x() + size.width() > area.right())
        at.setX(std::max(0, pos.x() - 16 - size.width()));
    if (at.y() + size.height() > area.bottom())
        at.setY(std::max(0, pos.y() - 16 - size.height()));
    m_collisionLabel->move(at);
    m_collisionLabel->show();
    m_collisionLabel->raise();
}

void CalendarView::updateCursor(const QPoint &pos)
{
    if (!m_schedule->maySchedule()) {
        viewport()->unsetCursor();
        return;
    }
    const Hit hit = hitTest(pos);
    if (hit.item < 0)
        viewport()->unsetCursor();
    else if (hit.grip == Grip::Body)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->setCursor(gripOrientation() == Qt::Horizontal ? Qt::SizeHorCursor
                                                                  : Qt::SizeVerCursor);
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_drag.pressed) {
        finishDrag();
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void CalendarView::finishDrag()
{
    const DragState drag = m_drag;
    cancelDrag();
    if (!drag.active || drag.window == drag.original)
        return;
    const QString number = m_schedule->items().at(drag.hit.item).number;
    const QString when = CalendarStyle::spanText(drag.window, m_zone);
    QStringList freezes;
    for (const Change::Collision &collision : drag.collisions) {
        if (collision.kind == Change::CollisionKind::Blackout)
            freezes << collision.explanation;
    }
    if (!freezes.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Move into a Freeze"),
            tr("%1 would run during a freeze at %2:\n\n%3\n\nMove it anyway?")
                .arg(number, when, freezes.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            emit statusMessage(tr("%1 was not moved").arg(number));
            return;
        }
    }
    const Result<void> moved = m_schedule->move(drag.hit.item, drag.window);
    if (!moved) {
        QMessageBox::warning(this, tr("Move Change"),
                             tr("%1 could not be moved: %2").arg(number, moved.error().message));
        // Someone else changed it meanwhile: show what is there now.
        if (moved.error().kind == ErrorKind::Conflict)
            m_schedule->reload();
        return;
    }
    emit statusMessage(tr("%1 moved to %2").arg(number, when));
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    cancelDrag();
    const Hit hit = hitTest(event->position().toPoint());
    if (hit.item >= 0) {
        emit openTicket(m_schedule->items().at(hit.item).number);
    } else {
        const QDate date = dateAt(event->position().toPoint());
        if (date.isValid())
            emit dayActivated(date);
    }
    event->accept();
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag.pressed) {
        cancelDrag();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && selectedItem() >= 0) {
        emit openTicket(selectedNumber());
        event->accept();
        return;
    }
    // The arrows walk the changes in view; with none in view they scroll as usual.
    const QList<int> shown = itemsInView();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (plain && !shown.isEmpty()) {
        const int at = int(shown.indexOf(selectedItem()));
        int next = -2;
        switch (event->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
            next = at < 0 ? 0 : std::min(at + 1, int(shown.size()) - 1);
            break;
        case Qt::Key_Left:
        case Qt::Key_Up:
            next = at < 0 ? int(shown.size()) - 1 : std::max(at - 1, 0);
            break;
        case Qt::Key_Home:
            next = 0;
            break;
        case Qt::Key_End:
            next = int(shown.size()) - 1;
            break;
        default:
            break;
        }
        if (next >= 0) {
            if (shown.at(next) != selectedItem())
                select(shown.at(next));
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    clearTextCache();
    relayout();
}

} // namespace ServiceDeck::Views
