// SPDX-License-Identifier: GPL-3.0-or-later
// The program in cached mode with the hub out of reach: every screen works on the replica, a
// saved edit waits in the outbox, and the status bar says so.
#include "syncfixture.h"

#include "app/mainwindow.h"

#include "models/queuemodel.h"
#include "storage/directoryrepository.h"
#include "storage/ticketrepository.h"
#include "sync/synccontroller.h"
#include "views/calendar/calendarpage.h"
#include "views/cmdb/cmdbbrowser.h"
#include "views/queues/queuenavigator.h"
#include "views/queues/queuepage.h"
#include "views/sync/syncstatuswidget.h"
#include "views/ticketform/ticketform.h"
#include "views/ticketform/tickettabs.h"

#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Test;

class TestCachedWindow : public QObject
{
    Q_OBJECT

private slots:
    void everyScreenWorksWithTheHubAway()
    {
        SyncFixture f;
        if (const QString why = f.setUp(8); !why.isEmpty()) {
            if (postgresRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        auto replica = f.openReplica(QStringLiteral("laptop"));
        QVERIFY(replica);
        auto first = f.sync(*replica);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        auto admin = Storage::DirectoryRepository(*replica).findUser(QStringLiteral("admin"));
        QVERIFY(admin.ok() && admin->has_value());

        // Given the main window on the replica, its hub unreachable (nothing listens there)
        MainWindow window(*replica, **admin);
        Sync::ConnectionProfile profile;
        profile.name = QStringLiteral("laptop");
        profile.mode = Sync::ConnectionMode::Cached;
        profile.databaseUrl = replica->url().toString(true);
        profile.hubUrl = QStringLiteral("postgresql://servicedeck@127.0.0.1:1/servicedeck");
        window.setConnectionProfile(profile);
        window.show();
        QVERIFY(window.syncController());
        QTRY_COMPARE_WITH_TIMEOUT(int(window.syncController()->status().state),
                                  int(Sync::SyncStatus::State::Offline), 15000);
        QVERIFY(window.syncStatusWidget()->text().contains(QStringLiteral("Offline")));

        // When the person goes through the screens
        window.showQueues();
        QVERIFY(window.queueNavigator()->selectQueue(QStringLiteral("unassigned")));
        QTRY_VERIFY(window.queuePage()->model()->rowCount() > 0);
        window.showCalendar();
        QVERIFY(window.calendarPage());
        QVERIFY(window.isShowingCalendar());
        window.showCmdb();
        QVERIFY(window.cmdbBrowser());
        QVERIFY(window.isShowingCmdb());
        window.showQueues();

        // And edits a ticket in its form and saves it
        window.ticketTabs()->openTicket(f.numbers.at(0));
        Views::TicketForm *form = window.ticketTabs()->currentForm();
        QVERIFY(form);
        auto *title = form->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QVERIFY(title);
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Edited on the train"));
        QVERIFY(form->save());

        // Then the edit is in the replica, waits in the outbox, and the status bar counts it
        auto stored = Storage::TicketRepository(*replica).findByNumber(f.numbers.at(0));
        QVERIFY(stored.ok());
        QCOMPARE(stored->fields.value(QStringLiteral("title")), QStringLiteral("Edited on the train"));
        window.syncController()->refreshCounts();
        QTRY_COMPARE_WITH_TIMEOUT(window.syncController()->status().pendingOps, qint64(1), 5000);
        QTRY_VERIFY(window.syncStatusWidget()->text().contains(QStringLiteral("1")));
        // And nothing of it reached the hub
        QCOMPARE(Storage::TicketRepository(f.hub()).findByNumber(f.numbers.at(0))
                     ->fields.value(QStringLiteral("title")),
                 QStringLiteral("Hub ticket 1"));
    }
};

QTEST_MAIN(TestCachedWindow)
#include "tst_cachedwindow.moc"
