// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"
#include "../views/queueviewfixture.h"

#include "app/mainwindow.h"
#include "models/queuemodel.h"
#include "storage/live/liveupdates.h"
#include "storage/ticketrepository.h"
#include "views/queues/queuenavigator.h"
#include "views/queues/queuepage.h"
#include "views/queues/queuetableview.h"
#include "views/ticketform/ticketform.h"
#include "views/ticketform/tickettabs.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace ServiceDeck;
using Models::QueueModel;
using Storage::Database;
using Storage::TicketRepository;
using Views::QueueNavigator;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString cell(const QueueModel &model, int row, const QString &field)
{
    const int column = int(model.columnFields().indexOf(field));
    return column < 0 ? QString() : model.index(row, column).data().toString();
}

int rowOf(const QueueModel &model, const QString &number)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(QueueModel::NumberRole).toString() == number)
            return row;
    }
    return -1;
}

qint64 countShown(QueueNavigator *navigator, const QString &key)
{
    const QModelIndex index = navigator->indexOf(key);
    return index.sibling(index.row(), 1).data(QueueNavigator::CountRole).toLongLong();
}

// Another person's write, on the other connection, reaches this window as it would in use: on
// PostgreSQL by the hub's NOTIFY, on SQLite (no NOTIFY) as the cached-mode sync announces it.
void heardFromElsewhere(MainWindow &window, Database &other, const QStringList &tables)
{
    if (other.dialect() == Storage::Dialect::Sqlite) {
        window.liveUpdates()->announce(tables);
        return;
    }
    // PostgreSQL: the hub's statement triggers send the NOTIFY themselves.
}

} // namespace

// Given the seeded queue data, a main window on connection A and another person on connection B.
#define SD_TWO_CONNECTIONS()                                                                       \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto openedA = testDb->open();                                                                 \
    QVERIFY2(openedA.ok(), qPrintable(openedA.ok() ? QString() : openedA.error().message));       \
    Database &a = **openedA;                                                                       \
    const auto seeded = Test::seedQueueData(a);                                                    \
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));          \
    const User admin = *seeded;                                                                    \
    auto openedB = testDb->open();                                                                 \
    QVERIFY2(openedB.ok(), qPrintable(openedB.ok() ? QString() : openedB.error().message));       \
    Database &b = **openedB;                                                                       \
    MainWindow window(a, admin);                                                                   \
    window.resize(1200, 800);                                                                      \
    window.show();                                                                                 \
    QVERIFY(QTest::qWaitForWindowExposed(&window));                                                \
    [[maybe_unused]] QueueModel *model = window.queuePage()->model();                              \
    QVERIFY(window.liveUpdates())

class tst_DirectMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useOwnLocations(); }

    // The acceptance test of direct mode: PostgreSQL, two connections, no manual refresh.
    void shouldShowAnotherConnectionsEditWithinASecond_data() { Test::addDriverRows(); }
    void shouldShowAnotherConnectionsEditWithinASecond()
    {
        if (qstrcmp(QTest::currentDataTag(), "QSQLITE") == 0)
            QSKIP("direct mode runs on a shared PostgreSQL database");
        SD_TWO_CONNECTIONS();
        QVERIFY(window.liveUpdates()->isListening());
        QVERIFY(window.queueNavigator()->selectQueue(s("my_open")));
        QTRY_VERIFY(model->rowCount() > 2);
        const QString number = model->index(1, 0).data(QueueModel::NumberRole).toString();
        QVERIFY(!cell(*model, 1, s("title")).isEmpty());
        // When another person retitles the ticket on their connection
        QVERIFY(TicketRepository(b)
                    .update(number, {{s("title"), s("Changed on another desk")}}, admin.id)
                    .ok());
        heardFromElsewhere(window, b, {s("tickets"), s("journal")});
        // Then this window's queue shows it within a second, without a refresh
        QTRY_COMPARE_WITH_TIMEOUT(cell(*model, rowOf(*model, number), s("title")),
                                  s("Changed on another desk"), 1000);
    }

    void shouldKeepSelectionAndScrollPositionOnRefresh_data() { Test::addDriverRows(); }
    void shouldKeepSelectionAndScrollPositionOnRefresh()
    {
        SD_TWO_CONNECTIONS();
        QVERIFY(window.queueNavigator()->selectQueue(s("updated_today")));
        model->setSortKeys({{s("number"), false}});
        QTRY_COMPARE(model->rowCount(), 48);
        Views::QueueTableView *table = window.queuePage()->table();
        // Given the person scrolled down and selected a row there
        QTRY_VERIFY(table->verticalScrollBar()->maximum() > 0); // laid out
        table->scrollTo(model->index(40, 0), QAbstractItemView::PositionAtTop);
        const int scrolled = table->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        table->selectRow(42);
        const QString selected = model->index(42, 0).data(QueueModel::NumberRole).toString();
        const QString edited = model->index(41, 0).data(QueueModel::NumberRole).toString();
        // When another person retitles the ticket above it
        QVERIFY(TicketRepository(b)
                    .update(edited, {{s("title"), s("Changed on another desk")}}, admin.id)
                    .ok());
        heardFromElsewhere(window, b, {s("tickets")});
        // Then the row shows the new title, and the view stayed where it was
        QTRY_COMPARE(cell(*model, 41, s("title")), s("Changed on another desk"));
        QCOMPARE(table->verticalScrollBar()->value(), scrolled);
        QCOMPARE(table->selectedNumbers(), QStringList{selected});
        QCOMPARE(table->currentIndex().row(), 42);
    }

    void shouldRecountTheQueues_data() { Test::addDriverRows(); }
    void shouldRecountTheQueues()
    {
        SD_TWO_CONNECTIONS();
        QueueNavigator *navigator = window.queueNavigator();
        QTRY_VERIFY(countShown(navigator, s("my_open")) > 0);
        const qint64 before = countShown(navigator, s("my_open"));
        // When another person assigns an unassigned incident to the administrator
        auto unassigned = TicketRepository(b).find(
            QStringLiteral("t.assignee_id IS NULL AND t.kind = ? AND t.state = ?"),
            {s("incident"), s("new")}, QStringLiteral("t.number"), 1);
        QVERIFY(unassigned.ok() && unassigned->size() == 1);
        QVERIFY(TicketRepository(b)
                    .update(unassigned->first().number, {{s("assignee"), s("admin")}}, admin.id)
                    .ok());
        heardFromElsewhere(window, b, {s("tickets")});
        // Then "My open tickets" counts one more
        QTRY_COMPARE(countShown(navigator, s("my_open")), before + 1);
    }

    void shouldReloadAFormWithoutEditsAndKeepEditsToMerge_data() { Test::addDriverRows(); }
    void shouldReloadAFormWithoutEditsAndKeepEditsToMerge()
    {
        SD_TWO_CONNECTIONS();
        auto some = TicketRepository(a).find(QStringLiteral("t.kind = ?"), {s("incident")},
                                             QStringLiteral("t.number"), 2);
        QVERIFY(some.ok() && some->size() == 2);
        const QString clean = some->at(0).number;
        const QString edited = some->at(1).number;
        Views::TicketTabs *tabs = window.ticketTabs();
        tabs->openTicket(clean);
        tabs->openTicket(edited);
        Views::TicketForm *cleanForm = tabs->formAt(tabs->indexOfTicket(clean));
        Views::TicketForm *editedForm = tabs->formAt(tabs->indexOfTicket(edited));
        QVERIFY(cleanForm && editedForm);
        auto *title = editedForm->findChild<QLineEdit *>(s("titleEdit"));
        title->setText(s("My unsaved title"));
        QVERIFY(editedForm->isModified());
        // When another person changes both tickets
        TicketRepository other(b);
        QVERIFY(other.update(clean, {{s("category"), s("network")}}, admin.id).ok());
        QVERIFY(other.update(edited, {{s("category"), s("hardware")}}, admin.id).ok());
        heardFromElsewhere(window, b, {s("tickets"), s("journal")});
        // Then the form without edits shows the stored ticket
        QTRY_COMPARE(cleanForm->ticket().fields.value(s("category")), s("network"));
        QVERIFY(!cleanForm->isModified());
        QVERIFY(cleanForm->message().isEmpty());
        // And the form with edits keeps them and says they will be merged
        QTRY_VERIFY(editedForm->message().contains(QLatin1String("Changed by someone else")));
        QCOMPARE(title->text(), s("My unsaved title"));
        QVERIFY(editedForm->isModified());
        // And saving it merges: both the title and the other person's category are stored
        QVERIFY2(editedForm->save(), qPrintable(editedForm->message()));
        auto stored = TicketRepository(b).findByNumber(edited);
        QVERIFY(stored.ok());
        QCOMPARE(stored->fields.value(s("title")), s("My unsaved title"));
        QCOMPARE(stored->fields.value(s("category")), s("hardware"));
        QVERIFY(editedForm->message().isEmpty());
    }
};

QTEST_MAIN(tst_DirectMode)
#include "tst_directmode.moc"
