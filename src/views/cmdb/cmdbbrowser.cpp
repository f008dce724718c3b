// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbbrowser.h"

#include "branchfetcher.h"
#include "ciattributespage.h"
#include "cidetailpanel.h"

#include "models/cmdb/cilistmodel.h"
#include "models/cmdb/citreemodel.h"
#include "storage/cirepository.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace ServiceDeck::Views {

namespace {

// Long enough to let a name be typed, short enough to feel immediate.
constexpr int searchDelayMs = 250;

void setUpList(QTreeView *view)
{
    view->setUniformRowHeights(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAllColumnsShowFocus(true);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace

CmdbBrowser::CmdbBrowser(Storage::Database &db, const QUuid &actorId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_treeModel(new Models::CiTreeModel(db, this))
    , m_resultsModel(new Models::CiListModel(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_results(new QTreeView(this))
    , m_panel(new CiDetailPanel(db, actorId, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_searchTimer(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("ciSearch"));
    m_search->setAccessibleName(tr("Search configuration items"));
    m_search->setPlaceholderText(tr("Search by name, class or attribute value"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("ciTree"));
    m_tree->setAccessibleName(tr("Configuration items by class and by service"));
    m_tree->setModel(m_treeModel);
    setUpList(m_tree);
    new BranchFetcher(m_tree);
    m_results->setObjectName(QStringLiteral("ciResults"));
    m_results->setAccessibleName(tr("Configuration items found"));
    m_results->setRootIsDecorated(false);
    m_results->setModel(m_resultsModel);
    setUpList(m_results);
    m_resultsModel->setCatalogue(m_treeModel->catalogue());
    m_panel->setObjectName(QStringLiteral("ciDetailPanel"));
    m_panel->setCatalogue(m_treeModel->catalogue());
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_results);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(2);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_stack, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_search);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        search();
        // Enter with one result in view takes the person straight to it.
        if (m_resultsModel->rowCount() > 0 && isShowingResults())
            m_results->setCurrentIndex(m_resultsModel->index(0, 0));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                showIndex(index, Models::CiTreeModel::CiIdRole);
            });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                showIndex(index, Models::CiListModel::CiIdRole);
            });
    connect(m_panel, &CiDetailPanel::ciActivated, this, [this](const QUuid &ci) { showCi(ci); });
    connect(m_panel, &CiDetailPanel::ticketActivated, this, &CmdbBrowser::ticketActivated);
    connect(m_panel, &CiDetailPanel::errorOccurred, this, &CmdbBrowser::statusMessage);
    connect(m_treeModel, &Models::CiTreeModel::errorOccurred, this, &CmdbBrowser::statusMessage);
    connect(m_panel, &CiDetailPanel::ciChanged, this, [this] {
        // Names and statuses in the lists may have changed; the tree keeps its place.
        if (isShowingResults())
            search();
    });
}

CmdbBrowser::~CmdbBrowser() = default;

bool CmdbBrowser::isShowingResults() const
{
    return m_stack->currentWidget() == m_results;
}

void CmdbBrowser::showIndex(const QModelIndex &index, int idRole)
{
    const QUuid ci = index.data(idRole).toUuid();
    if (!ci.isNull() && ci != m_panel->ci())
        showCi(ci);
}

bool CmdbBrowser::showCi(const QUuid &ciId)
{
    if (ciId == m_panel->ci())
        return true;
    if (!maybeLeave())
        return false;
    m_panel->setCi(ciId);
    // Keep the list in step when the CI is one of the results.
    const int row = m_resultsModel->rowOf(ciId);
    if (isShowingResults() && row >= 0) {
        const QSignalBlocker blocker(m_results->selectionModel());
        m_results->setCurrentIndex(m_resultsModel->index(row, 0));
    }
    return true;
}

QUuid CmdbBrowser::currentCi() const
{
    return m_panel->ci();
}

bool CmdbBrowser::maybeLeave()
{
    CiAttributesPage *attributes = m_panel->attributesPage();
    if (!attributes->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"),
        tr("Save your changes to \"%1\"?").arg(m_panel->ciName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return attributes->save();
    if (answer == QMessageBox::Discard) {
        attributes->revert();
        return true;
    }
    return false;
}

void CmdbBrowser::search()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_resultsModel->setCis({});
        m_stack->setCurrentWidget(m_tree);
        return;
    }
    auto found = Storage::CiRepository(m_db).search(text);
    if (!found) {
        emit statusMessage(found.error().message);
        m_resultsModel->setCis({});
    } else {
        m_resultsModel->setCis(*found);
        emit statusMessage(tr("%n configuration item(s) found", nullptr, int(found->size())));
    }
    m_stack->setCurrentWidget(m_results);
    const int row = m_resultsModel->rowOf(m_panel->ci());
    if (row >= 0) {
        const QSignalBlocker blocker(m_results->selectionModel());
        m_results->setCurrentIndex(m_resultsModel->index(row, 0));
    }
}

void CmdbBrowser::refresh()
{
    m_treeModel->reload();
    m_resultsModel->setCatalogue(m_treeModel->catalogue());
    m_panel->setCatalogue(m_treeModel->catalogue());
    if (isShowingResults())
        search();
    if (!m_panel->attributesPage()->isModified())
        m_panel->reload();
}

} // namespace ServiceDeck::Views
