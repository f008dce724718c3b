// SPDX-License-Identifier: GPL-3.0-or-later
#include "branchfetcher.h"

#include <QScrollBar>
#include <QTimer>
#include <QTreeView>

namespace ServiceDeck::Views {

BranchFetcher::BranchFetcher(QTreeView *view)
    : QObject(view)
    , m_view(view)
{
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { schedule(); });
    connect(view, &QTreeView::expanded, this, [this] { schedule(); });
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] { schedule(); });
}

void BranchFetcher::schedule()
{
    // Checked once the view has laid out the change that prompted it.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        fetchVisible();
    });
}

void BranchFetcher::fetchVisible()
{
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return;
    const QRect area = m_view->viewport()->rect();
    for (QModelIndex index = m_view->indexAt(QPoint(0, 0)); index.isValid();
         index = m_view->indexBelow(index)) {
        if (m_view->visualRect(index).top() > area.bottom())
            break;
        const QModelIndex parent = index.parent();
        if (index.row() == model->rowCount(parent) - 1 && model->canFetchMore(parent)) {
            model->fetchMore(parent);
            schedule();
            return;
        }
    }
}

} // namespace ServiceDeck::Views
