// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QString>

class QWidget;

namespace ServiceDeck::Views {

// A view that paints its items itself (calendar bars, graph nodes) has no child widgets a
// screen reader could read. Such a view implements this interface; the accessibility factory
// installed by installPaintedAccessibility() then shows its items as list items with a name, a
// description, a place on screen and the actions "press" (open) and "set focus".
class PaintedItems
{
public:
    virtual ~PaintedItems() = default;

    virtual int paintedItemCount() const = 0;
    // Stays the same for an item across relayouts, so that its accessible object does too.
    virtual QString paintedItemKey(int item) const = 0;
    virtual int paintedItemIndex(const QString &key) const = 0;
    virtual QString paintedItemName(int item) const = 0;
    virtual QString paintedItemDescription(int item) const = 0;
    // In the view's own coordinates; empty while the item is scrolled or folded away.
    virtual QRect paintedItemRect(int item) const = 0;
    // The item with the keyboard focus, or -1.
    virtual int currentPaintedItem() const = 0;
    virtual void setCurrentPaintedItem(int item) = 0;
    virtual void activatePaintedItem(int item) = 0;
};

// Installs the factory once; views call it from their constructor.
void installPaintedAccessibility();
// Tells assistive technology that the view's current item is `item`.
void notifyPaintedFocus(QWidget *view, int item);

} // namespace ServiceDeck::Views
