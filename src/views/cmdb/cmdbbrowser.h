// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace ServiceDeck::Storage {
class Database;
}
namespace ServiceDeck::Models {
class CiListModel;
class CiTreeModel;
}

namespace ServiceDeck::Views {

class CiDetailPanel;

// The CMDB at work: a search box over the tree of CIs (by class, by service) on the left, the
// chosen CI's details on the right. While a search is typed its results replace the tree.
// Relations, impact nodes and tree rows all lead to another CI the same way: showCi().
class CmdbBrowser : public QWidget
{
    Q_OBJECT

public:
    CmdbBrowser(Storage::Database &db, const QUuid &actorId, QWidget *parent = nullptr);
    ~CmdbBrowser() override;

    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *tree() const { return m_tree; }
    QTreeView *results() const { return m_results; }
    bool isShowingResults() const;
    CiDetailPanel *detailPanel() const { return m_panel; }
    Models::CiTreeModel *treeModel() const { return m_treeModel; }
    Models::CiListModel *resultsModel() const { return m_resultsModel; }
    QSplitter *splitter() const { return m_splitter; }

    // Shows a CI in the detail panel, asking first about unsaved attribute edits; false when
    // the person chose to stay.
    bool showCi(const QUuid &ciId);
    QUuid currentCi() const;
    // Runs the search in the box now (the box also searches by itself as the person types).
    void search();
    // Reads the tree, the results and the shown CI again.
    void refresh();
    // Asks about unsaved attribute edits before the CMDB is left; false to stay.
    bool maybeLeave();

signals:
    void ticketActivated(const QString &number);
    void statusMessage(const QString &message);

private:
    void showIndex(const QModelIndex &index, int idRole);

    Storage::Database &m_db;
    Models::CiTreeModel *m_treeModel;
    Models::CiListModel *m_resultsModel;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QTreeView *m_tree;
    QTreeView *m_results;
    CiDetailPanel *m_panel;
    QSplitter *m_splitter;
    QTimer *m_searchTimer;
};

} // namespace ServiceDeck::Views
