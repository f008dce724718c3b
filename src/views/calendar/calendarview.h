// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/accessibility/paintedaccessible.h"

#include "core/change/collision.h"
#include "core/change/timespan.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QStaticText>
#include <QPointer>
#include <QTimeZone>
#include <QUuid>

class QLabel;

namespace ServiceDeck::Views {

class CalendarSchedule;

// What the month, week and timeline views share: they observe one CalendarSchedule, paint only
// what is in view from a precomputed layout, show a change's details and collisions as its
// tooltip, open it on a double-click, and let a change manager drag a change to move it or
// drag its edge to resize it. While a change is dragged the view shows the collisions of the
// slot under the cursor; on release a move into a freeze is confirmed and the move is written
// through the schedule (which the repository checks and journals). Views differ in their
// geometry only: hitTest(), windowFor() and the painting.
// By keyboard, the arrow keys (and Home, End) walk through the changes in view in the order of
// their start, Enter opens the chosen one; assistive technology sees those changes as the
// view's items (PaintedItems).
class CalendarView : public QAbstractScrollArea, public PaintedItems
{
    Q_OBJECT

public:
    // `objectName` and `accessibleName` name the view for tests and for assistive technology.
    CalendarView(CalendarSchedule *schedule, const QString &objectName,
                 const QString &accessibleName, QWidget *parent = nullptr);

    CalendarSchedule *schedule() const { return m_schedule; }

    // The time zone whose local days and hours the view shows; the system's by default.
    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone);
    // The day the view is about: the view shows its month or week.
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    // The instants the view shows.
    virtual Change::TimeSpan visibleRange() const = 0;

    virtual bool canZoom() const { return true; }
    virtual void zoomIn() {}
    virtual void zoomOut() {}

    // Where a change's first bar is drawn, in viewport coordinates; empty when it is not.
    virtual QRect itemRect(const QString &number) const = 0;
    // The change the person clicked last, or none.
    QString selectedNumber() const;

    // The changes in the view's range that the filter lets through, as indexes into the
    // schedule's items, ordered by start: what the keyboard walks and a screen reader reads.
    QList<int> itemsInView() const;
    // Makes the change with this number the chosen one, as a click on it does.
    bool selectNumber(const QString &number);

    int paintedItemCount() const override;
    QString paintedItemKey(int item) const override;
    int paintedItemIndex(const QString &key) const override;
    QString paintedItemName(int item) const override;
    QString paintedItemDescription(int item) const override;
    QRect paintedItemRect(int item) const override;
    int currentPaintedItem() const override;
    void setCurrentPaintedItem(int item) override;
    void activatePaintedItem(int item) override;

    // What a drag shows: the label near the cursor listing the collisions of the slot.
    QLabel *collisionLabel() const { return m_collisionLabel; }
    bool isDragging() const { return m_drag.active; }
    Change::TimeSpan dragWindow() const { return m_drag.window; }
    const QList<Change::Collision> &dragCollisions() const { return m_drag.collisions; }

signals:
    void openTicket(const QString &number);
    // A double-click on a day rather than on a change.
    void dayActivated(const QDate &date);
    void statusMessage(const QString &message);

protected:
    enum class Grip { Body, Start, End };

    struct Hit
    {
        int item = -1; // index into the schedule's items
        Grip grip = Grip::Body;
        int part = -1; // the view's own number for the bar or box hit
    };

    struct DragState
    {
        bool pressed = false;
        bool active = false; // past the drag distance
        Hit hit;
        QPoint from;
        Change::TimeSpan original;
        Change::TimeSpan window;
        QList<Change::Collision> collisions;
        bool hasError = false;
    };

    // Recomputes the layout from the schedule, the date and the zone, and the scroll bars.
    virtual void relayout() = 0;
    virtual Hit hitTest(const QPoint &pos) const = 0;
    // The window a change gets when the grip is dragged from `from` to `to`; `original` when
    // the drag would make no valid window.
    virtual Change::TimeSpan windowFor(const Hit &hit, const Change::TimeSpan &original,
                                       const QPoint &from, const QPoint &to) const = 0;
    // The direction a grip resizes in, for the cursor.
    virtual Qt::Orientation gripOrientation() const { return Qt::Horizontal; }
    // A tooltip where no change is: a day's hidden changes, a freeze, a maintenance window.
    virtual QString backgroundToolTip(const QPoint &pos) const;
    // The day under a point, for dayActivated(); invalid where there is none.
    virtual QDate dateAt(const QPoint &pos) const;

    const DragState &dragState() const { return m_drag; }
    int selectedItem() const;
    bool isSelected(int item) const;
    // Paints the outline of the dragged change's new slot, coloured by its collisions.
    void paintDragOutline(QPainter &painter, const QRectF &rect) const;
    // Paints a bar's text (its number and title, or its number only) into `rect`, elided to its
    // width. The laid out text is kept per item and width until the next layout, so that
    // scrolling repaints without laying out text.
    void paintBarText(QPainter &painter, const QRectF &rect, int item, bool numberOnly = false);
    void clearTextCache() { m_textCache.clear(); }

    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleChanged();
    void cancelDrag();
    void finishDrag();
    void showCollisionLabel(const QPoint &pos);
    void updateCursor(const QPoint &pos);
    void select(int item);

    CalendarSchedule *m_schedule;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDate m_date = QDate::currentDate();
    DragState m_drag;
    QUuid m_selected;
    QLabel *m_collisionLabel = nullptr;
    QHash<quint64, QStaticText> m_textCache; // (item, width) → elided text
};

} // namespace ServiceDeck::Views
