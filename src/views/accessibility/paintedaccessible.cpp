// SPDX-License-Identifier: GPL-3.0-or-later
#include "paintedaccessible.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QWidget>
#include <QWindow>

namespace ServiceDeck::Views {

namespace {

PaintedItems *itemsOf(QWidget *view)
{
    return dynamic_cast<PaintedItems *>(view);
}

// One painted item. It has no QObject of its own: it finds its item by key every time, so it
// stays right across relayouts and becomes invalid when the item is gone.
class PaintedItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PaintedItemAccessible(QWidget *view, const QString &key)
        : m_view(view)
        , m_key(key)
    {}

    QString key() const { return m_key; }

    bool isValid() const override { return m_view && index() >= 0; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_view ? m_view->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        const int item = index();
        if (item < 0)
            return {};
        switch (t) {
        case QAccessible::Name:
            return items()->paintedItemName(item);
        case QAccessible::Description:
        case QAccessible::Help:
            return items()->paintedItemDescription(item);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        const int item = index();
        if (item < 0)
            return {};
        const QRect local = items()->paintedItemRect(item);
        if (local.isEmpty())
            return {};
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        const int item = index();
        if (item < 0) {
            state.invalid = true;
            return state;
        }
        state.focusable = true;
        state.selectable = true;
        const bool current = items()->currentPaintedItem() == item;
        state.selected = current;
        state.focused = current && m_view->hasFocus();
        if (items()->paintedItemRect(item).isEmpty())
            state.offscreen = true;
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface *>(this);
        return nullptr;
    }

    QStringList actionNames() const override
    {
        return {pressAction(), setFocusAction()};
    }
    void doAction(const QString &actionName) override
    {
        const int item = index();
        if (item < 0)
            return;
        if (actionName == setFocusAction()) {
            m_view->setFocus(Qt::OtherFocusReason);
            items()->setCurrentPaintedItem(item);
        } else if (actionName == pressAction()) {
            items()->setCurrentPaintedItem(item);
            items()->activatePaintedItem(item);
        }
    }
    QStringList keyBindingsForAction(const QString &actionName) const override
    {
        if (actionName == pressAction())
            return {QStringLiteral("Return")};
        return {};
    }

private:
    PaintedItems *items() const { return itemsOf(m_view); }
    int index() const
    {
        PaintedItems *source = m_view ? items() : nullptr;
        return source ? source->paintedItemIndex(m_key) : -1;
    }

    QPointer<QWidget> m_view;
    QString m_key;
};

// The view as a list of its painted items. Scroll bars and the viewport are left out: they
// carry nothing a person reads.
class PaintedViewAccessible : public QAccessibleWidget
{
public:
    explicit PaintedViewAccessible(QWidget *view)
        : QAccessibleWidget(view, QAccessible::List)
    {}

    ~PaintedViewAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_ids))
            QAccessible::deleteAccessibleInterface(id);
    }

    int childCount() const override { return items() ? items()->paintedItemCount() : 0; }

    QAccessibleInterface *child(int index) const override
    {
        PaintedItems *source = items();
        if (!source || index < 0 || index >= source->paintedItemCount())
            return nullptr;
        const QString key = source->paintedItemKey(index);
        if (const auto it = m_ids.constFind(key); it != m_ids.cend()) {
            if (QAccessibleInterface *known = QAccessible::accessibleInterface(*it))
                return known;
        }
        auto *made = new PaintedItemAccessible(widget(), key);
        m_ids.insert(key, QAccessible::registerAccessibleInterface(made));
        return made;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *item = dynamic_cast<const PaintedItemAccessible *>(child);
        return item && items() ? items()->paintedItemIndex(item->key()) : -1;
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        PaintedItems *source = items();
        if (!source)
            return nullptr;
        const QPoint local = widget()->mapFromGlobal(QPoint(x, y));
        for (int i = 0; i < source->paintedItemCount(); ++i) {
            if (source->paintedItemRect(i).contains(local))
                return child(i);
        }
        return nullptr;
    }

    QAccessibleInterface *focusChild() const override
    {
        PaintedItems *source = items();
        if (!source || !widget()->hasFocus())
            return nullptr;
        const int current = source->currentPaintedItem();
        return current >= 0 ? child(current) : nullptr;
    }

private:
    PaintedItems *items() const { return itemsOf(widget()); }

    mutable QHash<QString, QAccessible::Id> m_ids;
};

QAccessibleInterface *paintedFactory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (widget && itemsOf(widget))
        return new PaintedViewAccessible(widget);
    return nullptr;
}

} // namespace

void installPaintedAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(paintedFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

void notifyPaintedFocus(QWidget *view, int item)
{
    if (!view || item < 0 || !QAccessible::isActive())
        return;
    QAccessibleEvent event(view, QAccessible::Focus);
    event.setChild(item);
    QAccessible::updateAccessibility(&event);
}

} // namespace ServiceDeck::Views
