// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuetableview.h"

#include "prioritydelegate.h"
#include "sladelegate.h"
#include "statedelegate.h"

#include "models/queuecolumns.h"
#include "models/queuemodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>

#include <algorithm>

namespace ServiceDeck::Views {

using Models::QueueModel;

QueueTableView::QueueTableView(QWidget *parent)
    : QTableView(parent)
    , m_priorityDelegate(new PriorityDelegate(this))
    , m_stateDelegate(new StateDelegate(this))
    , m_slaDelegate(new SlaDelegate(this))
{
    setAlternatingRowColors(true);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setEditTriggers(NoEditTriggers);
    setWordWrap(false);
    setShowGrid(false);
    setHorizontalScrollMode(ScrollPerPixel);
    setAccessibleName(tr("Tickets"));
    // Rows are selected whole: Tab moves on to the ticket below, the arrows move within.
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSectionsMovable(false);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click to sort; right-click to choose the columns"));
    // Sorting happens in the database: the header only says which column and which way.
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                if (m_settingIndicator || !m_model || section < 0)
                    return;
                m_model->sort(section, order);
                // A column the database cannot sort on keeps the indicator where it was.
                showSortIndicator();
                emit viewChanged();
            });
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(horizontalHeader()->viewport()->mapToGlobal(pos));
    });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString number = index.data(QueueModel::NumberRole).toString();
        if (!number.isEmpty())
            emit ticketActivated(number);
    });
}

void QueueTableView::setQueueModel(QueueModel *model)
{
    m_model = model;
    setModel(model);
    if (!model)
        return;
    // Queued: the header rebuilds its sections on a reset, after which the sizes are set.
    const auto layOut = [this] { applyColumnLayout(); };
    connect(model, &QAbstractItemModel::modelReset, this, layOut, Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::columnsInserted, this, layOut, Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::columnsRemoved, this, layOut, Qt::QueuedConnection);
    applyColumnLayout();
}

void QueueTableView::showSortIndicator()
{
    if (!m_model)
        return;
    const QList<Query::SortKey> keys = m_model->sortKeys();
    const QStringList fields = m_model->columnFields();
    int section = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    if (!keys.isEmpty()) {
        // "sla" is shown as a column but sorts as resolution_due.
        for (int i = 0; i < fields.size(); ++i) {
            if (Query::sortFieldName(fields.at(i)) == keys.constFirst().field)
                section = i;
        }
        order = keys.constFirst().descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    m_settingIndicator = true;
    horizontalHeader()->setSortIndicator(section, order);
    m_settingIndicator = false;
}

QStringList QueueTableView::selectedNumbers() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList numbers;
    for (const QModelIndex &index : rows) {
        const QString number = index.data(QueueModel::NumberRole).toString();
        if (!number.isEmpty())
            numbers << number;
    }
    return numbers;
}

QMenu *QueueTableView::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    menu->setObjectName(QStringLiteral("queueColumnMenu"));
    if (!m_model)
        return menu;
    const QStringList shown = m_model->columnFields();
    for (const QString &field : QueueModel::availableColumns()) {
        const int section = int(shown.indexOf(field));
        QAction *action = menu->addAction(Models::Internal::queueColumnTitle(field));
        action->setObjectName(QStringLiteral("column_") + field);
        action->setCheckable(true);
        action->setChecked(section >= 0);
        // The ticket number identifies a row: it always stays.
        action->setEnabled(field != u"number" && !(section >= 0 && shown.size() == 1));
        connect(action, &QAction::toggled, this,
                [this, field](bool checked) { toggleColumn(field, checked); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Default columns"));
    reset->setObjectName(QStringLiteral("column_defaults"));
    connect(reset, &QAction::triggered, this, [this] {
        m_model->setColumnFields(QueueModel::defaultColumns());
        showSortIndicator();
        emit viewChanged();
    });
    return menu;
}

void QueueTableView::toggleColumn(const QString &field, bool shown)
{
    if (!m_model)
        return;
    QStringList fields = m_model->columnFields();
    if (shown && !fields.contains(field)) {
        // Keep the order of availableColumns(), so a column comes back where it was.
        const QStringList order = QueueModel::availableColumns();
        QStringList next;
        for (const QString &name : order) {
            if (fields.contains(name) || name == field)
                next << name;
        }
        fields = next;
    } else if (!shown) {
        fields.removeAll(field);
    } else {
        return;
    }
    m_model->setColumnFields(fields);
    showSortIndicator();
    emit viewChanged();
}

void QueueTableView::applyColumnLayout()
{
    if (!m_model)
        return;
    for (int column = 0; column < model()->columnCount(); ++column)
        setItemDelegateForColumn(column, nullptr);
    const QStringList fields = m_model->columnFields();
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 20;
    };
    QHeaderView *header = horizontalHeader();
    header->setMinimumSectionSize(40);
    for (int column = 0; column < fields.size(); ++column) {
        const QString &field = fields.at(column);
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        int size = std::max(width(title) + 12, 80);
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        if (field == u"priority") {
            setItemDelegateForColumn(column, m_priorityDelegate);
            size = std::max(width(title) + 12, width(QStringLiteral("P5")) + 10);
        } else if (field == u"state") {
            setItemDelegateForColumn(column, m_stateDelegate);
            size = width(QStringLiteral("Awaiting approval")) + 16;
        } else if (field == u"sla") {
            setItemDelegateForColumn(column, m_slaDelegate);
            size = width(QStringLiteral("−12d 23h 59m")) + 8;
        } else if (field == u"number") {
            size = width(QStringLiteral("INC0000000"));
        } else if (field == u"title") {
            // The widest column, but never squeezed by the others: the table scrolls instead.
            size = std::max(width(QStringLiteral("Printer on the third floor jams again")), 260);
        } else if (field == u"assignee" || field == u"requester" || field == u"group") {
            size = width(QStringLiteral("Sophie Hartmann"));
        } else if (field == u"updated" || field == u"opened" || field == u"resolved"
                   || field == u"closed" || field.startsWith(u"planned_")
                   || field.endsWith(u"_due")) {
            const QDateTime late(QDate(2000, 12, 28), QTime(23, 58));
            size = std::max(width(QLocale().toString(late, QLocale::ShortFormat)),
                            width(QStringLiteral("28 Dec 2000 23:58")));
        }
        header->resizeSection(column, size);
    }
    header->setStretchLastSection(true);
    showSortIndicator();
}

} // namespace ServiceDeck::Views
