// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTreeView;

namespace ServiceDeck::Views {

// Loads the next page of any expanded branch whose last loaded row is on screen. QTreeView
// itself asks for more only below the very last row of the whole tree, so a long class expanded
// above other classes would otherwise stop at its first page.
class BranchFetcher : public QObject
{
    Q_OBJECT

public:
    explicit BranchFetcher(QTreeView *view);

    // One page for the first visible branch that can fetch more; the rows it inserts schedule
    // the next check, so a tall window fills page by page.
    void fetchVisible();

private:
    void schedule();

    QTreeView *m_view;
    bool m_scheduled = false;
};

} // namespace ServiceDeck::Views
