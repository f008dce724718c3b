// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationview.h"

#include <QHeaderView>

namespace ServiceDeck::Views {

using Models::NavigationModel;

NavigationView::NavigationView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new NavigationModel(this))
{
    setModel(m_model);
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setEditTriggers(NoEditTriggers);
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectRows);
    expandAll();
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (const auto entry = NavigationModel::entryAt(current))
                    emit entryChosen(*entry);
            });
}

void NavigationView::selectEntry(NavigationModel::Entry entry)
{
    const QModelIndex index = m_model->indexOf(entry);
    if (index.isValid())
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

std::optional<NavigationModel::Entry> NavigationView::currentEntry() const
{
    return NavigationModel::entryAt(currentIndex());
}

} // namespace ServiceDeck::Views
