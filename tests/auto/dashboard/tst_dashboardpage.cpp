// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "app/mainwindow.h"
#include "core/query/queueparser.h"
#include "models/queuemodel.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/query/queuecompiler.h"
#include "storage/seed/seeder.h"
#include "storage/ticketrepository.h"
#include "views/dashboard/dashboardchart.h"
#include "views/dashboard/dashboardpage.h"
#include "views/queues/queuefilteredit.h"
#include "views/queues/queuepage.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QScrollArea>
#include <QBarSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace ServiceDeck;
using Models::QueueModel;
using Storage::Database;
using Views::DashboardChart;
using Views::DashboardPage;
using Chart = Views::DashboardPage::Chart;

namespace {

qint64 countQueue(Database &db, const QString &expression)
{
    const auto parsed = Query::parseQueueQuery(expression);
    if (!parsed.ok())
        return -1;
    auto compiled = Storage::compileQueueQuery(*parsed.query, db.dialect(), {QUuid(), {}});
    if (!compiled)
        return -1;
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ") +
                             compiled->where,
                         compiled->binds);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

// The bar with the most tickets: big enough to hit with the mouse.
QPair<int, int> biggestBar(const DashboardChart &chart)
{
    QPair<int, int> best{-1, -1};
    qint64 most = 0;
    const auto &sets = chart.figure().sets;
    for (int set = 0; set < sets.size(); ++set) {
        for (int category = 0; category < sets.at(set).bars.size(); ++category) {
            const auto &bar = sets.at(set).bars.at(category);
            if (bar.count > most && !bar.expression.isEmpty()) {
                most = bar.count;
                best = {set, category};
            }
        }
    }
    return best;
}

} // namespace

// A main window on a seeded database (history up to today), showing its dashboard.
#define SD_DASHBOARD(window)                                                                       \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto dbOpened = testDb->open();                                                                \
    QVERIFY2(dbOpened.ok(), qPrintable(dbOpened.ok() ? QString() : dbOpened.error().message));    \
    Database &db = **dbOpened;                                                                     \
    Storage::SeedOptions options;                                                                  \
    options.tickets = 1500;                                                                        \
    options.cis = 60;                                                                              \
    options.changes = 400;                                                                         \
    options.randomSeed = 5;                                                                        \
    const auto seeded = Storage::Seeder(db).run(options);                                          \
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));          \
    const auto admin = Storage::DirectoryRepository(db).ensureAdmin();                             \
    QVERIFY(admin.ok());                                                                           \
    MainWindow window(db, *admin);                                                                 \
    window.resize(1400, 1000);                                                                     \
    window.show();                                                                                 \
    QVERIFY(QTest::qWaitForWindowExposed(&window));                                                \
    window.showDashboard();                                                                        \
    QVERIFY(window.isShowingDashboard());                                                          \
    DashboardPage *page = window.dashboardPage();                                                  \
    QVERIFY(page && page->isVisible());                                                            \
    [[maybe_unused]] QueueModel *model = window.queuePage()->model()

class tst_DashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useOwnLocations(); }

    void shouldOpenTheQueueOfAClickedBar_data() { Test::addDriverRows(); }
    void shouldOpenTheQueueOfAClickedBar()
    {
        SD_DASHBOARD(window);
        // One chart of each kind: bars of one set, horizontal bars, grouped and stacked sets
        for (Chart which : {Chart::OpenByPriority, Chart::OpenByGroup, Chart::Backlog,
                            Chart::ChangesByRisk, Chart::MeanTimeToResolve}) {
            window.showDashboard();
            QVERIFY(window.isShowingDashboard());
            DashboardChart *chart = page->chart(which);
            QVERIFY(chart);
            auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
            QVERIFY(scroll);
            scroll->ensureWidgetVisible(chart);
            const auto [set, category] = biggestBar(*chart);
            QVERIFY2(set >= 0, qPrintable(chart->title()));
            const auto bar = chart->figure().sets.at(set).bars.at(category);
            QSignalSpy requested(page, &DashboardPage::queueRequested);

            // When the person clicks the bar
            const QPoint center = chart->barCenter(set, category);
            QVERIFY(!center.isNull());
            QVERIFY(chart->viewport()->rect().contains(center));
            QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, center);

            // Then the queues show that bar's expression in the filter box
            QCOMPARE(requested.count(), 1);
            QCOMPARE(requested.first().at(0).toString(), bar.expression);
            QVERIFY(window.isShowingQueues());
            QCOMPARE(window.queuePage()->filterEdit()->text(), bar.expression);
            QCOMPARE(window.queuePage()->appliedFilter(), bar.expression);
            QCOMPARE(window.statusBar()->currentMessage(), requested.first().at(1).toString());
            // And the queue has exactly the tickets the bar counts
            QTRY_COMPARE(model->totalCount(), bar.count);
            QCOMPARE(countQueue(db, bar.expression), bar.count);
        }
    }

    void shouldOpenABarByKeyboard_data() { Test::addDriverRows(); }
    void shouldOpenABarByKeyboard()
    {
        SD_DASHBOARD(window);
        DashboardChart *chart = page->chart(Chart::OpenByPriority);
        // Given the first chart has the focus (Ctrl+4 gives it)
        chart->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(chart->hasFocus());
        QCOMPARE(chart->currentBar(), qMakePair(0, 0));
        // When the person moves to P3 and presses Enter
        QTest::keyClick(chart, Qt::Key_Right);
        QTest::keyClick(chart, Qt::Key_Right);
        QCOMPARE(chart->currentBar(), qMakePair(0, 2));
        QVERIFY(chart->barSet(0)->selectedBars().contains(2));
        QTest::keyClick(chart, Qt::Key_Return);
        // Then the queue of open P3 tickets is shown
        const auto bar = chart->figure().sets.at(0).bars.at(2);
        QCOMPARE(bar.expression, QStringLiteral("active:true priority:3"));
        QVERIFY(window.isShowingQueues());
        QCOMPARE(window.queuePage()->filterEdit()->text(), bar.expression);
        QTRY_COMPARE(model->totalCount(), bar.count);
    }

    void shouldRefreshWhenTicketsChange_data() { Test::addDriverRows(); }
    void shouldRefreshWhenTicketsChange()
    {
        SD_DASHBOARD(window);
        DashboardChart *chart = page->chart(Chart::OpenByPriority);
        const qint64 before = chart->figure().sets.at(0).bars.at(0).count;
        // When a P1 incident is opened and the dashboard refreshed
        Storage::TicketRepository tickets(db);
        auto created = tickets.create(TicketKind::Incident,
                                      {{QStringLiteral("title"), QStringLiteral("Core down")},
                                       {QStringLiteral("impact"), QStringLiteral("1")},
                                       {QStringLiteral("urgency"), QStringLiteral("1")}},
                                      admin->id);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        page->refresh();
        // Then the P1 bar counts it
        QCOMPARE(chart->figure().sets.at(0).bars.at(0).count, before + 1);
        QCOMPARE(chart->barSet(0)->at(0), double(before + 1));
        // And while the page is hidden, a refresh waits until it is shown again
        window.showQueues();
        QVERIFY(tickets.create(TicketKind::Incident,
                               {{QStringLiteral("title"), QStringLiteral("Core down again")},
                                {QStringLiteral("impact"), QStringLiteral("1")},
                                {QStringLiteral("urgency"), QStringLiteral("1")}},
                               admin->id)
                    .ok());
        page->refresh();
        QCOMPARE(chart->figure().sets.at(0).bars.at(0).count, before + 1);
        window.showDashboard();
        QCOMPARE(chart->figure().sets.at(0).bars.at(0).count, before + 2);
    }

    void shouldNameChartsForScreenReaders_data() { Test::addDriverRows(); }
    void shouldNameChartsForScreenReaders()
    {
        SD_DASHBOARD(window);
        const auto charts = page->charts();
        QCOMPARE(charts.size(), 7);
        for (DashboardChart *chart : charts) {
            QVERIFY(!chart->accessibleName().isEmpty());
            QCOMPARE(chart->accessibleName(), chart->title());
            QVERIFY2(!chart->accessibleDescription().isEmpty(), qPrintable(chart->title()));
            QCOMPARE(chart->focusPolicy(), Qt::StrongFocus);
        }
        // The description reads out the bars: "P2: 14 open tickets; …"
        DashboardChart *priorities = page->chart(Chart::OpenByPriority);
        const auto &bars = priorities->figure().sets.at(0).bars;
        for (int p = 0; p < 5; ++p) {
            if (bars.at(p).count > 0)
                QVERIFY(priorities->accessibleDescription().contains(
                    QStringLiteral("P%1: %2 open ticket").arg(p + 1).arg(bars.at(p).count)));
        }
        // And the menu has View › Dashboard on Ctrl+4
        auto *action = window.findChild<QAction *>(QStringLiteral("actionShowDashboard"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+4")));
        QVERIFY(action->isChecked());
    }

    void shouldFollowADarkPalette_data() { Test::addDriverRows(); }
    void shouldFollowADarkPalette()
    {
        SD_DASHBOARD(window);
        // When the window turns dark
        QPalette dark = page->palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Window, QColor(0x28, 0x28, 0x28));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        page->setPalette(dark);
        // Then every chart draws on the dark base with light text
        for (DashboardChart *chart : page->charts()) {
            QCOMPARE(chart->chart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
            QCOMPARE(chart->chart()->titleBrush().color(), QColor(0xee, 0xee, 0xee));
            for (QAbstractAxis *axis : chart->chart()->axes())
                QCOMPARE(axis->labelsColor(), QColor(0xee, 0xee, 0xee));
        }
    }
};

QTEST_MAIN(tst_DashboardPage)
#include "tst_dashboardpage.moc"
