// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"
#include "testdatabase.h"
#include "../views/queueviewfixture.h"

#include "app/mainwindow.h"
#include "core/query/queueparser.h"
#include "models/queuemodel.h"
#include "storage/directoryrepository.h"
#include "storage/query/queuecompiler.h"
#include "storage/ticketrepository.h"
#include "views/calendar/calendarpage.h"
#include "views/calendar/calendarschedule.h"
#include "views/calendar/calendarview.h"
#include "views/changewindows/changewindowsdialog.h"
#include "views/cmdb/cidetailpanel.h"
#include "views/cmdb/cmdbbrowser.h"
#include "views/queues/queuenavigator.h"
#include "views/queues/queuepage.h"
#include "views/queues/queuetableview.h"
#include "views/ticketform/tickettabs.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace ServiceDeck;
using Models::QueueModel;
using Storage::Database;
using Views::QueueNavigator;

namespace {

qint64 countSql(Database &db, const QString &where, const QVariantList &binds)
{
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE ") + where, binds);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

QStringList shownNumbers(const QAbstractItemModel &model)
{
    QStringList numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers << model.index(row, 0).data(QueueModel::NumberRole).toString();
    return numbers;
}

QStringList texts(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        result << index.data().toString() << texts(model, index);
    }
    return result;
}

void clickQueue(QueueNavigator *navigator, const QString &key)
{
    const QModelIndex index = navigator->indexOf(key);
    QVERIFY(index.isValid());
    const QRect rect = navigator->tree()->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(navigator->tree()->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

#define SD_WINDOW(window)                                                                          \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto dbOpened = testDb->open();                                                                \
    QVERIFY2(dbOpened.ok(), qPrintable(dbOpened.ok() ? QString() : dbOpened.error().message));    \
    Database &db = **dbOpened;                                                                     \
    const auto seeded = Test::seedQueueData(db);                                                                  \
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));          \
    const User admin = *seeded;                                                                    \
    MainWindow window(db, admin);                                                                  \
    window.show();                                                                                 \
    QVERIFY(QTest::qWaitForWindowExposed(&window));                                                \
    QueueNavigator *navigator = window.queueNavigator();                                           \
    QueueModel *model = window.queuePage()->model();                                               \
    QVERIFY(navigator && model && window.ticketTabs())

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useOwnLocations(); }

    void shouldNameProgramAndDatabase_data() { Test::addDriverRows(); }
    void shouldNameProgramAndDatabase()
    {
        SD_WINDOW(window);
        const QString name = db.url().displayName();
        // Then the title names ServiceDeck and the database, and so does the status bar
        QCOMPARE(window.windowTitle(), QStringLiteral("ServiceDeck — %1").arg(name));
        auto *databaseLabel = window.statusBar()->findChild<QLabel *>(
            QStringLiteral("databaseLabel"));
        QVERIFY(databaseLabel);
        QCOMPARE(databaseLabel->text(), name);
        QVERIFY(databaseLabel->isVisible());
        QVERIFY(!name.contains(QLatin1String("password")));
    }

    void shouldListTheChosenQueuesTickets_data() { Test::addDriverRows(); }
    void shouldListTheChosenQueuesTickets()
    {
        SD_WINDOW(window);
        // When "My open tickets" is chosen
        clickQueue(navigator, QStringLiteral("my_open"));
        // Then the table shows the active tickets assigned to the administrator
        const qint64 mine = countSql(db, QStringLiteral("assignee_id = ? AND state NOT IN "
                                                       "('resolved', 'fulfilled', 'closed', "
                                                       "'cancelled', 'rejected')"),
                                     {Database::idValue(admin.id)});
        QVERIFY(mine > 0);
        QTRY_COMPARE(model->totalCount(), mine);
        QCOMPARE(qint64(model->rowCount()), mine);
        for (const QString &number : shownNumbers(*model)) {
            QCOMPARE(countSql(db, QStringLiteral("number = ? AND assignee_id = ?"),
                              {number, Database::idValue(admin.id)}),
                     1);
        }
        // And the status bar counts them
        auto *countLabel = window.statusBar()->findChild<QLabel *>(
            QStringLiteral("ticketCountLabel"));
        QVERIFY(countLabel);
        QCOMPARE(countLabel->text(), QStringLiteral("%1 tickets").arg(mine));
        // And the first row is really on screen
        auto *table = window.queuePage()->table();
        QVERIFY(table->viewport()->rect().intersects(table->visualRect(model->index(0, 0))));
    }

    void shouldRefreshFromTheDatabase_data() { Test::addDriverRows(); }
    void shouldRefreshFromTheDatabase()
    {
        SD_WINDOW(window);
        clickQueue(navigator, QStringLiteral("my_open"));
        QTRY_VERIFY(model->totalCount() > 0);
        const qint64 before = model->totalCount();
        // Given a ticket assigned to the administrator by someone else after the window opened
        auto created = Storage::TicketRepository(db).create(
            TicketKind::Incident,
            {{QStringLiteral("title"), QStringLiteral("Printer on fire")},
             {QStringLiteral("assignee"), QStringLiteral("admin")}},
            admin.id);
        QVERIFY(created.ok());
        QVERIFY(!shownNumbers(*model).contains(created->number));
        // When View → Refresh is triggered
        auto *refresh = window.findChild<QAction *>(QStringLiteral("actionRefresh"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        refresh->trigger();
        // Then the queue and its count in the navigation hold it
        QTRY_COMPARE(model->totalCount(), before + 1);
        QVERIFY(shownNumbers(*model).contains(created->number));
        QTRY_COMPARE(navigator->indexOf(QStringLiteral("my_open"))
                         .data(QueueNavigator::CountRole).toLongLong(),
                     before + 1);
    }

    void shouldOfferQueuesAndWorkingActions_data() { Test::addDriverRows(); }
    void shouldOfferQueuesAndWorkingActions()
    {
        SD_WINDOW(window);
        // Then the navigation lists the standard queues and a place for the user's own
        const QStringList expected = {
            QStringLiteral("Queues"),          QStringLiteral("My open tickets"),
            QStringLiteral("My groups"),       QStringLiteral("Unassigned"),
            QStringLiteral("P1/P2 open"),      QStringLiteral("SLA at risk"),
            QStringLiteral("SLA breached"),    QStringLiteral("Awaiting approval"),
            QStringLiteral("Updated today"),   QStringLiteral("My queues"),
        };
        QCOMPARE(texts(*navigator->model()), expected);
        // And the shortcuts of the queue work are in place
        const QList<QPair<const char *, QKeySequence>> shortcuts = {
            {"actionNewIncident", QKeySequence(Qt::CTRL | Qt::Key_N)},
            {"actionFilter", QKeySequence(Qt::CTRL | Qt::Key_F)},
            {"actionSaveQueue", QKeySequence(Qt::CTRL | Qt::Key_S)},
            {"actionRefresh", QKeySequence(Qt::Key_F5)},
            {"actionOpenTicket", QKeySequence(Qt::Key_Return)},
        };
        for (const auto &[name, keys] : shortcuts) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QCOMPARE(action->shortcut(), keys);
        }
        // And New makes a ticket form of the chosen kind
        window.findChild<QAction *>(QStringLiteral("actionNewChange"))->trigger();
        QCOMPARE(window.ticketTabs()->count(), 1);
    }

    void shouldSwitchBetweenQueuesAndConfigurationItems_data() { Test::addDriverRows(); }
    void shouldSwitchBetweenQueuesAndConfigurationItems()
    {
        SD_WINDOW(window);
        // Given the window opens on the queues, the CMDB not yet built
        QVERIFY(!window.cmdbBrowser());
        auto *showCmdb = window.findChild<QAction *>(QStringLiteral("actionShowCmdb"));
        auto *showQueues = window.findChild<QAction *>(QStringLiteral("actionShowQueues"));
        QVERIFY(showCmdb && showQueues);
        QCOMPARE(showCmdb->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
        auto *showCalendar = window.findChild<QAction *>(QStringLiteral("actionShowCalendar"));
        QVERIFY(showCalendar);
        QCOMPARE(showCalendar->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        QCOMPARE(showQueues->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QVERIFY(showQueues->isChecked());
        // When Ctrl+3 is pressed
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        // Then the CMDB browser takes the queue's place, the ticket tabs stay
        QVERIFY(window.cmdbBrowser());
        QTRY_VERIFY(window.cmdbBrowser()->isVisible());
        QVERIFY(!window.queuePage()->isVisible());
        QVERIFY(window.ticketTabs()->isVisible());
        QVERIFY(showCmdb->isChecked());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionAssign"))->isEnabled());
        // And a CI ticket opens in the ticket tabs
        auto created = Storage::TicketRepository(db).create(
            TicketKind::Incident, {{QStringLiteral("title"), QStringLiteral("Server down")}},
            admin.id);
        QVERIFY(created.ok());
        emit window.cmdbBrowser()->ticketActivated(created->number);
        QCOMPARE(window.ticketTabs()->indexOfTicket(created->number), 0);
        // When a queue is chosen
        clickQueue(navigator, QStringLiteral("unassigned"));
        // Then the queue is back
        QTRY_VERIFY(window.queuePage()->isVisible());
        QVERIFY(!window.cmdbBrowser()->isVisible());
        QVERIFY(showQueues->isChecked());
        // And the CMDB import is offered in the File menu
        auto *import = window.findChild<QAction *>(QStringLiteral("actionImportCis"));
        QVERIFY(import);
        auto *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file->actions().contains(import));
    }

    void shouldShowTheChangeCalendar_data() { Test::addDriverRows(); }
    void shouldShowTheChangeCalendar()
    {
        SD_WINDOW(window);
        // Given a change planned for tomorrow, and the calendar not yet built
        const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
        auto created = Storage::TicketRepository(db).create(
            TicketKind::Change,
            {{QStringLiteral("title"), QStringLiteral("Replace the core switch")},
             {QStringLiteral("planned_start"), tomorrow.toString(Qt::ISODateWithMs)},
             {QStringLiteral("planned_end"), tomorrow.addSecs(7200).toString(Qt::ISODateWithMs)}},
            admin.id);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(!window.calendarPage());
        auto *showCalendar = window.findChild<QAction *>(QStringLiteral("actionShowCalendar"));
        QVERIFY(showCalendar);
        auto *view = window.findChild<QMenu *>(QStringLiteral("menuView"));
        QVERIFY(view->actions().contains(showCalendar));
        // When Ctrl+2 is pressed
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        // Then the calendar takes the queue's place and shows the change
        Views::CalendarPage *page = window.calendarPage();
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(!window.queuePage()->isVisible());
        QVERIFY(window.ticketTabs()->isVisible());
        QVERIFY(showCalendar->isChecked());
        QVERIFY(window.isShowingCalendar());
        // (on the last day of a month whose grid ends with it, tomorrow is the next month's)
        page->setDate(tomorrow.toLocalTime().date());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionAssign"))->isEnabled());
        QVERIFY(page->schedule()->indexOf(created->number) >= 0);
        QVERIFY(page->visibleRange().start <= tomorrow.toMSecsSinceEpoch());
        // And a change it opens opens in the ticket tabs
        emit page->openTicket(created->number);
        QCOMPARE(window.ticketTabs()->indexOfTicket(created->number), 0);
        // When another change is planned meanwhile and View → Refresh is triggered
        auto later = Storage::TicketRepository(db).create(
            TicketKind::Change,
            {{QStringLiteral("title"), QStringLiteral("Patch the firewall")},
             {QStringLiteral("planned_start"), tomorrow.addSecs(3600).toString(Qt::ISODateWithMs)},
             {QStringLiteral("planned_end"), tomorrow.addSecs(9000).toString(Qt::ISODateWithMs)}},
            admin.id);
        QVERIFY(later.ok());
        QVERIFY(page->schedule()->indexOf(later->number) < 0);
        window.findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        // Then the calendar has it
        QVERIFY(page->schedule()->indexOf(later->number) >= 0);
        // And Ctrl+1 brings the queues back
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(window.queuePage()->isVisible());
        QVERIFY(!page->isVisible());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionShowQueues"))->isChecked());
    }

    void shouldOfferTheScheduleExportsAndTheWindows_data() { Test::addDriverRows(); }
    void shouldOfferTheScheduleExportsAndTheWindows()
    {
        SD_WINDOW(window);
        // The Changes menu holds the exports of the forward schedule and the windows
        auto *changes = window.findChild<QMenu *>(QStringLiteral("menuChanges"));
        QVERIFY(changes);
        for (const char *name : {"actionExportIcs", "actionExportSchedulePdf",
                                 "actionPrintSchedule", "actionManageWindows"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && changes->actions().contains(action), name);
            QVERIFY(action->isEnabled());
        }
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionPrintSchedule"))->shortcut(),
                 QKeySequence(QKeySequence::Print));
        // and the windows action opens the dialog that manages them
        QString opened;
        Test::whenDialogOpens([&opened](QWidget *dialog) {
            if (qobject_cast<Views::ChangeWindowsDialog *>(dialog))
                opened = dialog->windowTitle();
            static_cast<QDialog *>(dialog)->reject();
        });
        window.findChild<QAction *>(QStringLiteral("actionManageWindows"))->trigger();
        QVERIFY(!opened.isEmpty());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
