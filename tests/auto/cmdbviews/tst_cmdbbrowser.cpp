// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"
#include "dialogs.h"
#include "testdatabase.h"

#include "models/cmdb/cilistmodel.h"
#include "models/cmdb/cirelationsmodel.h"
#include "models/cmdb/citreemodel.h"
#include "storage/cirepository.h"
#include "views/cmdb/attributeeditor.h"
#include "views/cmdb/ciattributespage.h"
#include "views/cmdb/cidetailpanel.h"
#include "views/cmdb/ciimpactpage.h"
#include "views/cmdb/cirelationspage.h"
#include "views/cmdb/citicketlist.h"
#include "views/cmdb/cmdbbrowser.h"
#include "views/cmdb/impactgraphview.h"
#include "views/cmdb/impactnodeitem.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace ServiceDeck;
using Storage::Database;
using Views::CiDetailPanel;
using Views::CmdbBrowser;

namespace {

QString heading(CmdbBrowser &browser)
{
    return browser.detailPanel()->findChild<QLabel *>(QStringLiteral("ciHeading"))->text();
}

// Types into the search box and picks the result row by clicking it.
void searchAndSelect(CmdbBrowser &browser, const QString &text, const QString &name)
{
    QTest::keyClicks(browser.searchEdit(), text);
    QTRY_VERIFY(browser.isShowingResults());
    QTRY_VERIFY(browser.resultsModel()->rowCount() > 0);
    const QModelIndexList found = browser.resultsModel()->match(
        browser.resultsModel()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTreeView *results = browser.results();
    const QRect rect = results->visualRect(found.first());
    QVERIFY(rect.isValid());
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(heading(browser), name);
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

} // namespace

#define SD_BROWSER(browser)                                                                        \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto dbOpened = testDb->open();                                                                \
    QVERIFY2(dbOpened.ok(), qPrintable(dbOpened.ok() ? QString() : dbOpened.error().message));    \
    Database &db = **dbOpened;                                                                     \
    const auto seeded = Test::seedSmallCmdb(db);                                                   \
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));          \
    [[maybe_unused]] const Test::SmallCmdb &cmdb = *seeded;                                        \
    CmdbBrowser browser(db, cmdb.admin.id);                                                        \
    browser.resize(1200, 800);                                                                     \
    browser.show();                                                                                \
    QVERIFY(QTest::qWaitForWindowExposed(&browser))

class tst_CmdbBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useOwnLocations(); }

    void shouldNavigateByClickingTheImpactGraph_data() { Test::addDriverRows(); }
    void shouldNavigateByClickingTheImpactGraph()
    {
        SD_BROWSER(browser);
        // Given a CI found by typing in the search box and chosen in the results
        searchAndSelect(browser, QStringLiteral("payroll-a"), QStringLiteral("payroll-app"));
        QCOMPARE(browser.currentCi(), cmdb.id("payroll-app"));
        // When its impact tab is opened, looking down
        CiDetailPanel *panel = browser.detailPanel();
        QTabBar *tabBar = panel->tabs()->tabBar();
        QTest::mouseClick(tabBar, Qt::LeftButton, {},
                          tabBar->tabRect(CiDetailPanel::ImpactTab).center());
        QCOMPARE(panel->tabs()->currentIndex(), int(CiDetailPanel::ImpactTab));
        panel->impactPage()->setDirection(Cmdb::ImpactDirection::Down);
        // Then the graph shows what it depends on, with the relations between them
        Views::ImpactGraphView *graph = panel->impactPage()->graph();
        QTRY_VERIFY(graph->nodeItem(cmdb.id("srv-01")));
        QCOMPARE(graph->nodeItems().size(), 6);
        QVERIFY(graph->nodeItem(cmdb.id("payroll-app"))->content().start);
        QCOMPARE(graph->nodeItem(cmdb.id("srv-02"))->content().openIncidents, 1);
        QCOMPARE(graph->edgeCount(), 6); // the five that reached a CI and srv-02 → sw-01
        QVERIFY(graph->isVisible());
        QVERIFY(!graph->accessibleName().isEmpty());
        QVERIFY(graph->nodeItem(cmdb.id("srv-02"))->accessibleName().contains(
            QStringLiteral("srv-02")));
        // And the impacted tickets of the whole closure are listed
        const QStringList numbers = panel->impactPage()->ticketList()->numbers();
        QVERIFY(numbers.contains(cmdb.incidentNumber));
        QVERIFY(numbers.contains(cmdb.changeNumber));

        // When srv-01's box is clicked
        Views::ImpactNodeItem *node = graph->nodeItem(cmdb.id("srv-01"));
        graph->ensureVisible(node);
        const QPoint pos = graph->mapFromScene(node->sceneBoundingRect().center());
        QVERIFY(graph->viewport()->rect().contains(pos));
        QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, pos);
        // Then the browser shows srv-01
        QTRY_COMPARE(browser.currentCi(), cmdb.id("srv-01"));
        QCOMPARE(heading(browser), QStringLiteral("srv-01"));
        QCOMPARE(panel->attributesPage()->ci()->name, QStringLiteral("srv-01"));
        // And its impact is drawn from it
        QTRY_VERIFY(graph->nodeItem(cmdb.id("srv-01"))
                    && graph->nodeItem(cmdb.id("srv-01"))->content().start);
    }

    void shouldZoomTheGraph_data() { Test::addDriverRows(); }
    void shouldZoomTheGraph()
    {
        SD_BROWSER(browser);
        QVERIFY(browser.showCi(cmdb.id("Payroll")));
        browser.detailPanel()->showTab(CiDetailPanel::ImpactTab);
        Views::CiImpactPage *page = browser.detailPanel()->impactPage();
        page->setDirection(Cmdb::ImpactDirection::Down);
        Views::ImpactGraphView *graph = page->graph();
        QTRY_COMPARE(graph->nodeItems().size(), 7);
        graph->setZoom(1.0);
        // When zoomed in with the button and out with Ctrl+wheel
        QTest::mouseClick(child<QWidget>(page, "zoomInButton"), Qt::LeftButton);
        QVERIFY(graph->zoom() > 1.0);
        const double zoomedIn = graph->zoom();
        const QPoint centre = graph->viewport()->rect().center();
        QWheelEvent wheel(centre, graph->viewport()->mapToGlobal(centre), QPoint(),
                          QPoint(0, -120), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(graph->viewport(), &wheel);
        QVERIFY(graph->zoom() < zoomedIn);
        // And Fit never enlarges a small graph
        QTest::mouseClick(child<QWidget>(page, "fitButton"), Qt::LeftButton);
        QVERIFY(graph->zoom() <= 1.0);
    }

    void shouldRefuseToSaveAnInvalidAttribute_data() { Test::addDriverRows(); }
    void shouldRefuseToSaveAnInvalidAttribute()
    {
        SD_BROWSER(browser);
        QVERIFY(browser.showCi(cmdb.id("srv-01")));
        Views::CiAttributesPage *page = browser.detailPanel()->attributesPage();
        Views::AttributeEditor *cpus = page->editor(QStringLiteral("cpu_count"));
        QVERIFY(cpus);
        QCOMPARE(cpus->text(), QStringLiteral("4"));
        // When a word is typed where a number belongs
        cpus->lineEdit()->selectAll();
        QTest::keyClicks(cpus->lineEdit(), QStringLiteral("many"));
        // Then the error shows next to the field, naming it
        QVERIFY(cpus->hasError());
        auto *error = cpus->findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("cpu_count")), qPrintable(error->text()));
        // And Save writes nothing
        auto *save = child<QPushButton>(page, "saveButton");
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!page->message().isEmpty());
        auto stored = Storage::CiRepository(db).find(cmdb.id("srv-01"));
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->attributes.value(QStringLiteral("cpu_count")), QStringLiteral("4"));
        QCOMPARE((*stored)->version, page->ci()->version);

        // When it is corrected
        cpus->lineEdit()->selectAll();
        QTest::keyClicks(cpus->lineEdit(), QStringLiteral("16"));
        QVERIFY(!cpus->hasError());
        QTest::mouseClick(save, Qt::LeftButton);
        // Then it is saved
        stored = Storage::CiRepository(db).find(cmdb.id("srv-01"));
        QCOMPARE((*stored)->attributes.value(QStringLiteral("cpu_count")), QStringLiteral("16"));
        QVERIFY(!page->isModified());
    }

    void shouldReportAConflictingSave_data() { Test::addDriverRows(); }
    void shouldReportAConflictingSave()
    {
        SD_BROWSER(browser);
        QVERIFY(browser.showCi(cmdb.id("srv-03")));
        Views::CiAttributesPage *page = browser.detailPanel()->attributesPage();
        // Given someone else saved the CI after it was opened here
        Storage::CiRepository repository(db);
        ConfigurationItem theirs = **repository.find(cmdb.id("srv-03"));
        theirs.location = QStringLiteral("Room 2");
        QVERIFY(repository.update(theirs, cmdb.admin.id).ok());
        // When it is edited and saved here
        auto *location = child<QLineEdit>(page, "locationEdit");
        QTest::keyClicks(location, QStringLiteral("Room 9"));
        QVERIFY(!page->save());
        // Then the page says so, keeps the edit, and theirs stands
        QVERIFY2(page->message().contains(QStringLiteral("someone else")),
                 qPrintable(page->message()));
        QCOMPARE(location->text(), QStringLiteral("Room 9"));
        QCOMPARE((*repository.find(cmdb.id("srv-03")))->location, QStringLiteral("Room 2"));
    }

    void shouldAddAndRemoveRelations_data() { Test::addDriverRows(); }
    void shouldAddAndRemoveRelations()
    {
        SD_BROWSER(browser);
        QVERIFY(browser.showCi(cmdb.id("shop-app")));
        CiDetailPanel *panel = browser.detailPanel();
        panel->showTab(CiDetailPanel::RelationsTab);
        Views::CiRelationsPage *page = panel->relationsPage();
        Models::CiRelationsModel *model = page->model();
        QCOMPARE(model->rowCount(), 2);
        // When "depends on db-payroll" is added through the widgets
        QVERIFY(page->chooseRelation(QStringLiteral("depends_on"), true));
        QTest::keyClicks(child<QLineEdit>(page, "targetEdit"), QStringLiteral("db-payroll"));
        QTest::mouseClick(child<QPushButton>(page, "addRelationButton"), Qt::LeftButton);
        // Then it is listed and stored
        QCOMPARE(model->rowCount(), 3);
        const QModelIndexList added = model->match(model->index(0, 1), Qt::DisplayRole,
                                                   QStringLiteral("db-payroll"), 1,
                                                   Qt::MatchExactly);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().siblingAtColumn(0).data().toString(), QStringLiteral("depends on"));
        auto stored = Storage::CiRepository(db).relationsOf(cmdb.id("db-payroll"));
        QCOMPARE(stored->size(), 3);

        // When it is selected and removed
        auto *list = child<QTreeView>(page, "relationList");
        const QRect rect = list->visualRect(added.first());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseClick(child<QPushButton>(page, "removeRelationButton"), Qt::LeftButton);
        // Then it is gone from both
        QCOMPARE(model->rowCount(), 2);
        stored = Storage::CiRepository(db).relationsOf(cmdb.id("db-payroll"));
        QCOMPARE(stored->size(), 2);

        // And an unknown name is refused with a message
        QTest::keyClicks(child<QLineEdit>(page, "targetEdit"), QStringLiteral("no-such-ci"));
        QVERIFY(!page->addRelation());
        QVERIFY(page->message().contains(QStringLiteral("no-such-ci")));
    }

    void shouldAskBeforeClosingAPartOfCycle_data() { Test::addDriverRows(); }
    void shouldAskBeforeClosingAPartOfCycle()
    {
        SD_BROWSER(browser);
        // Given srv-02 is part of srv-03, and srv-03 is shown
        QVERIFY(browser.showCi(cmdb.id("srv-03")));
        Views::CiRelationsPage *page = browser.detailPanel()->relationsPage();
        browser.detailPanel()->showTab(CiDetailPanel::RelationsTab);
        QVERIFY(page->chooseRelation(QStringLiteral("part_of"), true));
        auto *target = child<QLineEdit>(page, "targetEdit");
        // When srv-03 is to become part of srv-02 and the warning is declined
        QString warning;
        Test::whenDialogOpens([&warning](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            warning = box->text();
            box->button(QMessageBox::No)->click();
        });
        QTest::keyClicks(target, QStringLiteral("srv-02"));
        QVERIFY(!page->addRelation());
        // Then it warned about the cycle and added nothing
        QVERIFY2(warning.contains(QStringLiteral("cycle")), qPrintable(warning));
        QCOMPARE(page->model()->rowCount(), 1);
        // When the warning is accepted
        Test::whenDialogOpens([](QWidget *dialog) {
            qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Yes)->click();
        });
        QVERIFY(page->addRelation());
        QCOMPARE(page->model()->rowCount(), 2);
    }

    void shouldListAndOpenTheTicketsOnACi_data() { Test::addDriverRows(); }
    void shouldListAndOpenTheTicketsOnACi()
    {
        SD_BROWSER(browser);
        QSignalSpy opened(&browser, &CmdbBrowser::ticketActivated);
        QVERIFY(browser.showCi(cmdb.id("srv-02")));
        CiDetailPanel *panel = browser.detailPanel();
        panel->showTab(CiDetailPanel::TicketsTab);
        Views::CiTicketList *list = panel->ticketList();
        QCOMPARE(list->numbers(), QStringList{cmdb.incidentNumber});
        QVERIFY(panel->tabs()->tabText(CiDetailPanel::TicketsTab).contains(QLatin1Char('1')));
        // When the row is activated
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0));
        QTest::keyClick(list, Qt::Key_Return);
        // Then the browser asks for that ticket
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), cmdb.incidentNumber);
        // And the history shows the CI's creation
        panel->showTab(CiDetailPanel::HistoryTab);
        QVERIFY(panel->findChild<QTreeWidget *>(QStringLiteral("ciHistory"))->topLevelItemCount()
                >= 1);
    }

    void shouldPageAClassExpandedAboveOthers_data() { Test::addDriverRows(); }
    void shouldPageAClassExpandedAboveOthers()
    {
        SD_BROWSER(browser);
        // Given pages of two rows and the servers' class expanded while classes follow it
        Models::CiTreeModel *model = browser.treeModel();
        model->setPageSize(2);
        QTreeView *tree = browser.tree();
        const QModelIndex byClass = model->index(0, 0);
        tree->expand(byClass);
        const QModelIndexList servers =
            model->match(model->index(0, 0, byClass), Models::CiTreeModel::ClassRole,
                         QStringLiteral("server"), 1, Qt::MatchExactly);
        QCOMPARE(servers.size(), 1);
        QVERIFY(servers.first().row() < model->rowCount(byClass) - 1);
        // When it is expanded in a window tall enough for all five
        tree->expand(servers.first());
        // Then its pages load until all its servers are shown, not only the first page
        QTRY_COMPARE(model->rowCount(servers.first()), 5);
        QVERIFY(!model->canFetchMore(servers.first()));
    }

    void shouldGoBackToTheTreeWhenTheSearchIsCleared_data() { Test::addDriverRows(); }
    void shouldGoBackToTheTreeWhenTheSearchIsCleared()
    {
        SD_BROWSER(browser);
        QVERIFY(!browser.isShowingResults());
        QTest::keyClicks(browser.searchEdit(), QStringLiteral("srv"));
        QTRY_VERIFY(browser.isShowingResults());
        QCOMPARE(browser.resultsModel()->rowCount(), 5);
        browser.searchEdit()->clear();
        QTRY_VERIFY(!browser.isShowingResults());
        QVERIFY(browser.tree()->isVisible());
    }
};

QTEST_MAIN(tst_CmdbBrowser)
#include "tst_cmdbbrowser.moc"
