// SPDX-License-Identifier: GPL-3.0-or-later
// The sync panel and the conflict dialog on replicas of a hub on the real PostgreSQL that
// ./test.sh starts: the panel lists the changes waiting in the outbox; the dialog resolves a
// conflict the way its buttons say, and the resolution waits in the outbox to reach the hub.
#include "dialogs.h"
#include "syncfixture.h"

#include "views/sync/conflictdialog.h"
#include "views/sync/syncpanel.h"

#include "storage/activityrepository.h"
#include "storage/ticketrepository.h"
#include "sync/conflictrepository.h"
#include "sync/outbox.h"
#include "sync/syncstate.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Test;
using Storage::Database;
using Storage::TicketRepository;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QString fieldOf(Database &db, const QString &number, const QString &field)
{
    auto ticket = TicketRepository(db).findByNumber(number);
    return ticket ? ticket->fields.value(field) : QStringLiteral("(gone)");
}

qint64 pendingOps(Database &db)
{
    auto pending = Sync::SyncEngine::pendingOps(db);
    return pending ? *pending : -1;
}

QList<Sync::Conflict> openConflicts(Database &db)
{
    auto open = Sync::ConflictRepository(db).open();
    return open ? *open : QList<Sync::Conflict>();
}

QStringList tableRow(QTableWidget *table, int row)
{
    QStringList texts;
    for (int column = 1; column < table->columnCount(); ++column)
        texts << table->item(row, column)->text();
    return texts;
}

} // namespace

// Given a hub with two tickets and replicas A and B of it; both edit `field` of the first
// ticket offline, A syncs first, then B: B holds a field conflict, mine = B's, theirs = A's.
#define SD_FIELD_CONFLICT(f, b, adminB, field, valueA, valueB)                                     \
    SD_SET_UP(f, 2);                                                                               \
    auto a = f.openReplica(QStringLiteral("a"));                                                   \
    auto b = f.openReplica(QStringLiteral("b"));                                                   \
    QVERIFY(a && b);                                                                               \
    SD_VERIFY_OK(f.sync(*a));                                                                      \
    SD_VERIFY_OK(f.sync(*b));                                                                      \
    const QUuid adminB = userId(*b, QStringLiteral("admin"));                                      \
    SD_VERIFY_OK(TicketRepository(*a).update(f.numbers[0], {{field, valueA}},                      \
                                             userId(*a, QStringLiteral("admin"))));                \
    SD_VERIFY_OK(TicketRepository(*b).update(f.numbers[0], {{field, valueB}}, adminB));            \
    SD_VERIFY_OK(f.sync(*a));                                                                      \
    SD_VERIFY_OK(f.sync(*b));                                                                      \
    QCOMPARE(openConflicts(*b).size(), 1);                                                         \
    QCOMPARE(pendingOps(*b), 0)

class tst_SyncDialogs : public QObject
{
    Q_OBJECT

private slots:
    void panelShouldListTheChangesWaitingForTheHub()
    {
        // Given a replica made by one sync, then edited without the hub
        SD_SET_UP(f, 3);
        auto replica = f.openReplica(QStringLiteral("laptop"));
        QVERIFY(replica);
        SD_VERIFY_OK(f.sync(*replica));
        const QUuid admin = userId(*replica, QStringLiteral("admin"));
        TicketRepository tickets(*replica);
        SD_VERIFY_OK(tickets.update(
            f.numbers[0], {{QStringLiteral("title"), QStringLiteral("Edited on the train")}},
            admin));
        auto second = tickets.findByNumber(f.numbers[1]);
        SD_VERIFY_OK(second);
        SD_VERIFY_OK(Storage::ActivityRepository(*replica).add(
            second->id, QStringLiteral("Called the user back"), false, 0, admin));
        SD_VERIFY_OK(tickets.remove(f.numbers[2], admin));

        // When the panel opens on it
        Views::SyncPanel panel(*replica, admin);
        Sync::SyncStatus status;
        status.state = Sync::SyncStatus::State::Offline;
        status.pendingOps = 3;
        status.recentErrors = {QStringLiteral("09:30 could not connect to the hub")};
        panel.setStatus(status);

        // Then it lists the three ops, oldest first, with the ticket numbers and fields
        auto *table = child<QTableWidget>(&panel, "outboxTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(tableRow(table, 0),
                 QStringList({QStringLiteral("Changed"), QStringLiteral("Ticket ") + f.numbers[0],
                              QStringLiteral("title")}));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Created"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Comment on ") + f.numbers[1]);
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("Deleted"));
        QCOMPARE(table->item(2, 2)->text(), QStringLiteral("Ticket ") + f.numbers[2]);
        QVERIFY(!table->item(0, 0)->text().isEmpty());
        QVERIFY2(table->item(0, 0)->toolTip().contains(QStringLiteral("Edited on the train")),
                 qPrintable(table->item(0, 0)->toolTip()));
        // and the hub, the state and the errors
        QCOMPARE(child<QLabel>(&panel, "hubLabel")->text(), f.hub().url().toString(false));
        QCOMPARE(child<QLabel>(&panel, "stateLabel")->text(),
                 QStringLiteral("Offline · 3 change(s) waiting"));
        auto *errors = child<QListWidget>(&panel, "errorList");
        QCOMPARE(errors->count(), 1);
        QCOMPARE(errors->item(0)->text(), status.recentErrors.first());

        // And "Sync Now" asks for a sync
        QSignalSpy syncNow(&panel, &Views::SyncPanel::syncNowRequested);
        QTest::mouseClick(child<QPushButton>(&panel, "syncNowButton"), Qt::LeftButton);
        QCOMPARE(syncNow.count(), 1);

        // And after a sync the status empties the list
        SD_VERIFY_OK(f.sync(*replica));
        status.state = Sync::SyncStatus::State::UpToDate;
        status.pendingOps = 0;
        status.recentErrors.clear();
        status.lastSync = QDateTime::currentDateTimeUtc();
        panel.setStatus(status);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(child<QLabel>(&panel, "stateLabel")->text(), QStringLiteral("Up to date"));
    }

    void panelShouldOpenTheConflictDialogAndShowTheResolutionWaiting()
    {
        SD_FIELD_CONFLICT(f, b, adminB, QStringLiteral("title"), QStringLiteral("Title from A"),
                          QStringLiteral("Title from B"));
        Views::SyncPanel panel(*b, adminB);
        Sync::SyncStatus status;
        status.state = Sync::SyncStatus::State::UpToDate;
        status.openConflicts = 1;
        panel.setStatus(status);
        auto *conflicts = child<QPushButton>(&panel, "conflictsButton");
        QCOMPARE(conflicts->text(), QStringLiteral("&Conflicts (1)…"));
        QCOMPARE(child<QTableWidget>(&panel, "outboxTable")->rowCount(), 0);
        QSignalSpy resolved(&panel, &Views::SyncPanel::conflictsResolved);
        // When "Conflicts…" opens the dialog and the conflict is settled there
        int listed = -1;
        Test::whenDialogOpens([&listed](QWidget *dialog) {
            listed = child<QListWidget>(dialog, "conflictList")->count();
            child<QPushButton>(dialog, "localButton")->click();
            dialog->close();
        });
        conflicts->click();
        // Then the panel passes the news on and lists the resolution as waiting for the hub
        QCOMPARE(listed, 1);
        QCOMPARE(resolved.count(), 1);
        auto *table = child<QTableWidget>(&panel, "outboxTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(tableRow(table, 0),
                 QStringList({QStringLiteral("Changed"), QStringLiteral("Ticket ") + f.numbers[0],
                              QStringLiteral("title")}));
    }

    void dialogShouldKeepMine()
    {
        SD_FIELD_CONFLICT(f, b, adminB, QStringLiteral("title"), QStringLiteral("Title from A"),
                          QStringLiteral("Title from B"));
        // When the dialog opens on B and the conflict is selected
        Views::ConflictDialog dialog(*b, adminB);
        dialog.show();
        auto *list = child<QListWidget>(&dialog, "conflictList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(),
                 Sync::ConflictRepository::describe(openConflicts(*b).first()));
        list->setCurrentRow(0);
        // it shows both sides
        QCOMPARE(child<QLabel>(&dialog, "baseLabel")->text(), QStringLiteral("Hub ticket 1"));
        QCOMPARE(child<QLabel>(&dialog, "mineLabel")->text(), QStringLiteral("Title from B"));
        QCOMPARE(child<QLabel>(&dialog, "theirsLabel")->text(), QStringLiteral("Title from A"));
        auto *keepMine = child<QPushButton>(&dialog, "localButton");
        QCOMPARE(keepMine->text(), QStringLiteral("&Keep Mine"));
        QSignalSpy resolved(&dialog, &Views::ConflictDialog::resolved);
        // and "Keep Mine" is clicked
        QTest::mouseClick(keepMine, Qt::LeftButton);

        // Then the conflict is gone, B keeps its title and a new op waits for the hub
        QCOMPARE(resolved.count(), 1);
        QVERIFY(openConflicts(*b).isEmpty());
        QCOMPARE(fieldOf(*b, f.numbers[0], QStringLiteral("title")),
                 QStringLiteral("Title from B"));
        QCOMPARE(pendingOps(*b), 1);
        // and the dialog says nothing is left
        QCOMPARE(list->count(), 0);
        QCOMPARE(child<QStackedWidget>(&dialog, "pages")->currentWidget()->objectName(),
                 QStringLiteral("emptyPage"));
        // And the next sync takes the resolution to the hub
        SD_VERIFY_OK(f.sync(*b));
        QCOMPARE(fieldOf(f.hub(), f.numbers[0], QStringLiteral("title")),
                 QStringLiteral("Title from B"));
    }

    void dialogShouldTakeTheirs()
    {
        SD_FIELD_CONFLICT(f, b, adminB, QStringLiteral("title"), QStringLiteral("Title from A"),
                          QStringLiteral("Title from B"));
        Views::ConflictDialog dialog(*b, adminB);
        child<QListWidget>(&dialog, "conflictList")->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(&dialog, "remoteButton"), Qt::LeftButton);
        QVERIFY(openConflicts(*b).isEmpty());
        QCOMPARE(fieldOf(*b, f.numbers[0], QStringLiteral("title")),
                 QStringLiteral("Title from A"));
    }

    void dialogShouldUseAnEditedValue()
    {
        SD_FIELD_CONFLICT(f, b, adminB, QStringLiteral("title"), QStringLiteral("Title from A"),
                          QStringLiteral("Title from B"));
        Views::ConflictDialog dialog(*b, adminB);
        dialog.show();
        child<QListWidget>(&dialog, "conflictList")->setCurrentRow(0);
        // When a value of one's own is typed over the proposed one and used
        auto *edit = child<QLineEdit>(&dialog, "valueEdit");
        QVERIFY(edit->isVisible());
        QCOMPARE(edit->text(), QStringLiteral("Title from B"));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("Agreed title"));
        QSignalSpy resolved(&dialog, &Views::ConflictDialog::resolved);
        QTest::mouseClick(child<QPushButton>(&dialog, "useValueButton"), Qt::LeftButton);

        // Then the ticket has it, the conflict is gone and one op waits for the hub
        QCOMPARE(resolved.count(), 1);
        QVERIFY(openConflicts(*b).isEmpty());
        QCOMPARE(fieldOf(*b, f.numbers[0], QStringLiteral("title")),
                 QStringLiteral("Agreed title"));
        QCOMPARE(pendingOps(*b), 1);
        SD_VERIFY_OK(f.sync(*b));
        QCOMPARE(fieldOf(f.hub(), f.numbers[0], QStringLiteral("title")),
                 QStringLiteral("Agreed title"));
    }

    void dialogShouldShowTheRepositorysRefusalAndKeepTheConflict()
    {
        SD_FIELD_CONFLICT(f, b, adminB, QStringLiteral("impact"), QStringLiteral("1"),
                          QStringLiteral("3"));
        Views::ConflictDialog dialog(*b, adminB);
        dialog.show();
        child<QListWidget>(&dialog, "conflictList")->setCurrentRow(0);
        // When a value the field does not take is used
        child<QLineEdit>(&dialog, "valueEdit")->setText(QStringLiteral("seven"));
        QString shown;
        Test::whenDialogOpens([&shown](QWidget *box) {
            if (auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label")))
                shown = label->text();
            box->close();
        });
        QSignalSpy resolved(&dialog, &Views::ConflictDialog::resolved);
        QTest::mouseClick(child<QPushButton>(&dialog, "useValueButton"), Qt::LeftButton);
        // Then the message says why, and nothing changed
        QVERIFY2(!shown.isEmpty(), "no message box");
        QCOMPARE(resolved.count(), 0);
        QCOMPARE(openConflicts(*b).size(), 1);
        QCOMPARE(pendingOps(*b), 0);
        QCOMPARE(child<QListWidget>(&dialog, "conflictList")->count(), 1);
    }

    void dialogShouldRestoreARecordDeletedOnTheHub()
    {
        // Given a ticket deleted on A and edited on B, A syncing first
        SD_SET_UP(f, 2);
        auto a = f.openReplica(QStringLiteral("a"));
        auto b = f.openReplica(QStringLiteral("b"));
        QVERIFY(a && b);
        SD_VERIFY_OK(f.sync(*a));
        SD_VERIFY_OK(f.sync(*b));
        const QUuid adminB = userId(*b, QStringLiteral("admin"));
        SD_VERIFY_OK(
            TicketRepository(*a).remove(f.numbers[1], userId(*a, QStringLiteral("admin"))));
        SD_VERIFY_OK(TicketRepository(*b).update(
            f.numbers[1], {{QStringLiteral("title"), QStringLiteral("Still needed")}}, adminB));
        SD_VERIFY_OK(f.sync(*a));
        SD_VERIFY_OK(f.sync(*b));
        const QList<Sync::Conflict> conflicts = openConflicts(*b);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().kind, QStringLiteral("update_deleted"));

        // When the dialog shows it, it offers to restore or to accept the deletion
        Views::ConflictDialog dialog(*b, adminB);
        dialog.show();
        child<QListWidget>(&dialog, "conflictList")->setCurrentRow(0);
        auto *restore = child<QPushButton>(&dialog, "localButton");
        QCOMPARE(restore->text(), QStringLiteral("&Restore My Version"));
        QCOMPARE(child<QPushButton>(&dialog, "remoteButton")->text(),
                 QStringLiteral("&Accept the Deletion"));
        QVERIFY(!child<QWidget>(&dialog, "valueGroup")->isVisible());
        QTest::mouseClick(restore, Qt::LeftButton);

        // Then the ticket is back on B with B's edit, waiting for the hub
        QVERIFY(openConflicts(*b).isEmpty());
        QCOMPARE(fieldOf(*b, f.numbers[1], QStringLiteral("title")),
                 QStringLiteral("Still needed"));
        QCOMPARE(pendingOps(*b), 1);
    }

    void dialogShouldSayWhenNothingIsOpen()
    {
        SD_SET_UP(f, 1);
        auto replica = f.openReplica(QStringLiteral("calm"));
        QVERIFY(replica);
        SD_VERIFY_OK(f.sync(*replica));
        Views::ConflictDialog dialog(*replica, userId(*replica, QStringLiteral("admin")));
        QCOMPARE(child<QStackedWidget>(&dialog, "pages")->currentWidget()->objectName(),
                 QStringLiteral("emptyPage"));
        QVERIFY(!child<QLabel>(&dialog, "emptyLabel")->text().isEmpty());
    }
};

QTEST_MAIN(tst_SyncDialogs)
#include "tst_syncdialogs.moc"
