// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueviewfixture.h"
#include "dialogs.h"
#include "testdatabase.h"

#include "app/mainwindow.h"
#include "models/queuemodel.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "views/queues/filterlineedit.h"
#include "views/queues/queuecompletion.h"
#include "views/queues/queuefilteredit.h"
#include "views/queues/queuenavigator.h"
#include "views/queues/queuepage.h"
#include "views/queues/queuetableview.h"
#include "views/ticketform/tickettabs.h"
#include "views/ticketform/transitiondialog.h"
#include "storage/ticketrepository.h"
#include "core/ticketkind.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace ServiceDeck;
using Models::QueueModel;
using Storage::Database;
using Views::QueueNavigator;

namespace {

// Clicks a queue in the navigation as a person would.
void clickQueue(QueueNavigator *navigator, const QString &key)
{
    const QModelIndex index = navigator->indexOf(key);
    QVERIFY2(index.isValid(), qPrintable(key));
    navigator->tree()->scrollTo(index);
    const QRect rect = navigator->tree()->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(navigator->tree()->viewport(), Qt::LeftButton, {}, rect.center());
}

void typeFilter(Views::QueueFilterEdit *filter, const QString &text)
{
    Views::FilterLineEdit *edit = filter->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

int columnOf(const QueueModel *model, const QString &field)
{
    return int(model->columnFields().indexOf(field));
}

QString ownQueueKey(Database &db, const QString &name)
{
    auto query = db.exec(QStringLiteral("SELECT id FROM saved_queues WHERE name = ?"), {name});
    return query && query->next() ? Database::toUuid(query->value(0)).toString(QUuid::WithoutBraces)
                                  : QString();
}

} // namespace

#define SD_WINDOW()                                                                                \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto dbOpened = testDb->open();                                                                \
    QVERIFY2(dbOpened.ok(), qPrintable(dbOpened.ok() ? QString() : dbOpened.error().message));    \
    Database &db = **dbOpened;                                                                     \
    auto seeded = Test::seedQueueData(db);                                                         \
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));          \
    const User admin = *seeded;                                                                    \
    MainWindow window(db, admin);                                                                  \
    window.show();                                                                                 \
    QVERIFY(QTest::qWaitForWindowExposed(&window));                                                \
    window.activateWindow();                                                                       \
    QVERIFY(QTest::qWaitForWindowActive(&window));                                                 \
    [[maybe_unused]] QueueNavigator *navigator = window.queueNavigator();                          \
    Views::QueuePage *page = window.queuePage();                                                   \
    [[maybe_unused]] QueueModel *model = page->model();                                            \
    [[maybe_unused]] Views::QueueTableView *table = page->table()

class tst_QueueViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useOwnLocations(); }

    void shouldFindWhatToComplete_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cursor");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("start");
        QTest::newRow("name") << QStringLiteral("sta") << 3 << QString() << QStringLiteral("sta") << 0;
        QTest::newRow("negated name") << QStringLiteral("x -assi") << 7 << QString()
                                      << QStringLiteral("assi") << 3;
        QTest::newRow("value") << QStringLiteral("state:ne") << 8 << QStringLiteral("state")
                               << QStringLiteral("ne") << 6;
        QTest::newRow("second value") << QStringLiteral("kind:incident state:new,ass") << 27
                                      << QStringLiteral("state") << QStringLiteral("ass") << 24;
        QTest::newRow("comparison") << QStringLiteral("priority<=") << 10
                                    << QStringLiteral("priority") << QString() << 10;
        QTest::newRow("quoted") << QStringLiteral("\"vpn ti") << 7 << QString() << QString() << 7;
    }
    void shouldFindWhatToComplete()
    {
        QFETCH(QString, text);
        QFETCH(int, cursor);
        QFETCH(QString, field);
        QFETCH(QString, prefix);
        QFETCH(int, start);
        const Views::CompletionContext context = Views::completionContextAt(text, cursor);
        QCOMPARE(context.field, field);
        QCOMPARE(context.prefix, prefix);
        QCOMPARE(context.start, start);
    }

    void shouldInsertCompletion()
    {
        int cursor = 0;
        const QString text = QStringLiteral("kind:incident sta");
        const QString done = Views::applyCompletion(text, Views::completionContextAt(text, 17),
                                                    QStringLiteral("state"), &cursor);
        QCOMPARE(done, QStringLiteral("kind:incident state:"));
        QCOMPARE(cursor, done.size());
        const QString group = QStringLiteral("group:Net");
        QCOMPARE(Views::applyCompletion(group, Views::completionContextAt(group, 9),
                                        QStringLiteral("Network Ops"), &cursor),
                 QStringLiteral("group:\"Network Ops\""));
    }

    void shouldFilterAsTyped_data() { Test::addDriverRows(); }
    void shouldFilterAsTyped()
    {
        SD_WINDOW();
        // When a filter is typed into the filter box and Enter pressed
        const QString expression = QStringLiteral("kind:incident priority<=3 -assignee:bob");
        typeFilter(page->filterEdit(), expression);
        // Then the rows are exactly the matching tickets
        const qint64 expected = Test::countMatching(db, expression, admin.id);
        QVERIFY(expected > 0);
        QTRY_COMPARE(model->totalCount(), expected);
        QCOMPARE(qint64(model->rowCount()), expected);
        QVERIFY(!page->filterEdit()->hasError());
        const QStringList matching = Test::numbersMatching(db, expression, admin.id);
        for (const QString &number : Test::shownNumbers(*model, 60))
            QVERIFY2(matching.contains(number), qPrintable(number));
        // And a completion was offered while typing field names
        QTest::keyClicks(page->filterEdit()->lineEdit(), QStringLiteral(" assig"));
        auto *completer = page->filterEdit()->findChild<QCompleter *>();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("assignee"));
    }

    void shouldShowParseErrorAtItsColumn_data() { Test::addDriverRows(); }
    void shouldShowParseErrorAtItsColumn()
    {
        SD_WINDOW();
        typeFilter(page->filterEdit(), QStringLiteral("kind:change"));
        const qint64 before = Test::countMatching(db, QStringLiteral("kind:change"), admin.id);
        QTRY_COMPARE(model->totalCount(), before);
        // When a filter with an unknown field is applied
        typeFilter(page->filterEdit(), QStringLiteral("kind:incident colour:red"));
        // Then the error names its column, the cursor stands there and the rows stay
        QVERIFY(page->filterEdit()->hasError());
        QVERIFY2(page->filterEdit()->errorText().contains(QLatin1String("15")),
                 qPrintable(page->filterEdit()->errorText()));
        QCOMPARE(page->filterEdit()->lineEdit()->cursorPosition(), 14);
        QCOMPARE(model->totalCount(), before);
        // And typing again clears the error
        QTest::keyClick(page->filterEdit()->lineEdit(), Qt::Key_End);
        QTest::keyClick(page->filterEdit()->lineEdit(), Qt::Key_Backspace);
        QVERIFY(!page->filterEdit()->hasError());
    }

    void shouldCountStandardQueues_data() { Test::addDriverRows(); }
    void shouldCountStandardQueues()
    {
        SD_WINDOW();
        for (const Storage::SavedQueue &queue : Storage::SavedQueueRepository::standardQueues()) {
            // When a standard queue is clicked
            clickQueue(navigator, queue.key);
            QTRY_COMPARE(page->shownQueue() ? page->shownQueue()->key : QString(), queue.key);
            // Then its count in the navigation equals the table's total and SQL's count
            const qint64 expected = Test::countMatching(db, queue.expression, admin.id);
            QTRY_COMPARE(navigator->indexOf(queue.key).data(QueueNavigator::CountRole).toLongLong(),
                         expected);
            QCOMPARE(model->totalCount(), expected);
            QCOMPARE(page->filterEdit()->text(), queue.expression);
        }
        // And "My open tickets" holds the tickets assigned to the administrator
        QVERIFY(navigator->indexOf(QStringLiteral("my_open")).data(QueueNavigator::CountRole)
                    .toLongLong()
                > 0);
    }

    void shouldCreateRenameAndDeleteOwnQueue_data() { Test::addDriverRows(); }
    void shouldCreateRenameAndDeleteOwnQueue()
    {
        SD_WINDOW();
        typeFilter(page->filterEdit(), QStringLiteral("kind:problem"));
        // When the filter is saved as a queue (Ctrl+S on the queue side)
        Test::whenDialogOpens([](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Problems"));
            input->accept();
        });
        page->filterEdit()->lineEdit()->setFocus();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_S));
        // Then it is stored, listed under My queues with its count, and chosen
        QTRY_VERIFY(!ownQueueKey(db, QStringLiteral("Problems")).isEmpty());
        const QString key = ownQueueKey(db, QStringLiteral("Problems"));
        QTRY_VERIFY(navigator->indexOf(key).isValid());
        QTRY_COMPARE(navigator->indexOf(key).data(QueueNavigator::CountRole).toLongLong(),
                     Test::countMatching(db, QStringLiteral("kind:problem"), admin.id));
        QVERIFY(navigator->currentQueue() && navigator->currentQueue()->name == u"Problems");

        // When it is renamed
        Test::whenDialogOpens([](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Known problems"));
            input->accept();
        });
        navigator->findChild<QWidget *>(QStringLiteral("renameQueueButton"))->setFocus();
        QTest::mouseClick(navigator->findChild<QWidget *>(QStringLiteral("renameQueueButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(ownQueueKey(db, QStringLiteral("Known problems")), key);
        QTRY_COMPARE(navigator->indexOf(key).data().toString(), QStringLiteral("Known problems"));

        // When it is deleted
        Test::whenDialogOpens([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(navigator->findChild<QWidget *>(QStringLiteral("deleteQueueButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(ownQueueKey(db, QStringLiteral("Known problems")).isEmpty());
        QTRY_VERIFY(!navigator->indexOf(key).isValid());
    }

    void shouldRememberColumnsAndSortPerQueue_data() { Test::addDriverRows(); }
    void shouldRememberColumnsAndSortPerQueue()
    {
        SD_WINDOW();
        clickQueue(navigator, QStringLiteral("p1_p2_open"));
        QTRY_VERIFY(page->shownQueue() && page->shownQueue()->key == u"p1_p2_open");
        QVERIFY(!model->columnFields().contains(QStringLiteral("opened")));
        // When a column is chosen in the header's menu and the table sorted by a header click
        std::unique_ptr<QMenu> menu(table->createColumnMenu(nullptr));
        auto *opened = menu->findChild<QAction *>(QStringLiteral("column_opened"));
        QVERIFY(opened);
        opened->trigger();
        QVERIFY(model->columnFields().contains(QStringLiteral("opened")));
        const int column = columnOf(model, QStringLiteral("opened"));
        QHeaderView *header = table->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(!model->sortKeys().isEmpty());
        QCOMPARE(model->sortKeys().constFirst().field, QStringLiteral("opened"));
        QVERIFY(model->sortKeys().constFirst().descending);
        // Then switching to another queue and back brings them back
        clickQueue(navigator, QStringLiteral("updated_today"));
        QTRY_VERIFY(page->shownQueue() && page->shownQueue()->key == u"updated_today");
        QVERIFY(!model->columnFields().contains(QStringLiteral("opened")));
        clickQueue(navigator, QStringLiteral("p1_p2_open"));
        QTRY_VERIFY(page->shownQueue() && page->shownQueue()->key == u"p1_p2_open");
        QVERIFY(model->columnFields().contains(QStringLiteral("opened")));
        QCOMPARE(model->sortKeys().constFirst(), (Query::SortKey{QStringLiteral("opened"), true}));
        QCOMPARE(header->sortIndicatorSection(), columnOf(model, QStringLiteral("opened")));
        // And they are stored for the user
        auto row = db.exec(QStringLiteral("SELECT columns, sort FROM saved_queues WHERE "
                                          "owner_id = ? AND name = 'p1_p2_open'"),
                           {Database::idValue(admin.id)});
        QVERIFY(row && row->next());
        QVERIFY(row->value(0).toString().contains(QLatin1String("opened")));
        QVERIFY(row->value(1).toString().startsWith(QLatin1String("-opened")));
    }

    void shouldBulkAssignThreeTickets_data() { Test::addDriverRows(); }
    void shouldBulkAssignThreeTickets()
    {
        SD_WINDOW();
        clickQueue(navigator, QStringLiteral("unassigned"));
        QTRY_VERIFY(page->shownQueue() && page->shownQueue()->key == u"unassigned");
        QTRY_VERIFY(model->rowCount() >= 3);
        const QStringList numbers = Test::shownNumbers(*model, 3);
        // When three tickets are selected and assigned to a person
        table->setFocus();
        table->selectionModel()->select(
            QItemSelection(model->index(0, 0), model->index(2, model->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
        QCOMPARE(table->selectedNumbers(), numbers);
        QString chosen;
        Test::whenDialogOpens([&chosen](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input && input->comboBoxItems().size() > 1);
            input->setTextValue(input->comboBoxItems().at(1));
            chosen = input->textValue();
            input->accept();
        });
        auto *assign = window.findChild<QAction *>(QStringLiteral("actionAssign"));
        QVERIFY(assign && assign->isEnabled());
        assign->trigger();
        QVERIFY(!chosen.isEmpty());
        const QString login = chosen.section(QLatin1Char('('), -1).chopped(1);
        // Then all three have that assignee in the database and in the journal
        for (const QString &number : numbers) {
            auto row = db.exec(QStringLiteral("SELECT u.login, t.id FROM tickets t JOIN users u "
                                              "ON u.id = t.assignee_id WHERE t.number = ?"),
                               {number});
            QVERIFY(row && row->next());
            QCOMPARE(row->value(0).toString(), login);
            auto history = Storage::Journal(db).history(Database::toUuid(row->value(1)));
            QVERIFY(history.ok());
            QVERIFY(std::any_of(history->cbegin(), history->cend(),
                                [&admin](const Storage::JournalEntry &entry) {
                                    return entry.field == u"assignee" && entry.actorId == admin.id;
                                }));
        }
        // And they left the Unassigned queue, whose count follows
        const qint64 left = Test::countMatching(db, QStringLiteral("assignee:none active:true"),
                                                admin.id);
        QTRY_COMPARE(model->totalCount(), left);
        QTRY_COMPARE(navigator->indexOf(QStringLiteral("unassigned"))
                         .data(QueueNavigator::CountRole).toLongLong(),
                     left);
    }

    void shouldAskOnceForWhatABulkMoveNeeds_data() { Test::addDriverRows(); }
    void shouldAskOnceForWhatABulkMoveNeeds()
    {
        SD_WINDOW();
        // Given three new incidents, one of which has a resolution already
        typeFilter(page->filterEdit(), QStringLiteral("kind:incident state:new"));
        QTRY_VERIFY(model->rowCount() >= 3);
        const QStringList numbers = Test::shownNumbers(*model, 3);
        QVERIFY(Storage::TicketRepository(db)
                    .update(numbers.at(0), {{QStringLiteral("resolution"),
                                             QStringLiteral("Duplicate of an earlier call")}},
                            admin.id)
                    .ok());
        table->setFocus();
        table->selectionModel()->select(
            QItemSelection(model->index(0, 0), model->index(2, model->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
        // When they are moved to Cancelled, which needs a resolution, and one is typed once
        bool asked = false;
        std::function<void(QWidget *)> answerFields = [&](QWidget *dialog) {
            auto *fields = qobject_cast<Views::TransitionDialog *>(dialog);
            if (!fields) // the state choice is still closing
                return Test::whenDialogOpens(answerFields);
            auto *note = qobject_cast<QPlainTextEdit *>(fields->editor(QStringLiteral("resolution")));
            QVERIFY(note);
            note->setPlainText(QStringLiteral("Raised twice by mistake"));
            asked = true;
            fields->accept();
        };
        Test::whenDialogOpens([&](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            QVERIFY(input->comboBoxItems().contains(stateLabel(u"cancelled")));
            input->setTextValue(stateLabel(u"cancelled"));
            Test::whenDialogOpens(answerFields);
            input->accept();
        });
        auto *move = window.findChild<QAction *>(QStringLiteral("actionMoveState"));
        QVERIFY(move && move->isEnabled());
        move->trigger();
        QTRY_VERIFY(asked);
        // Then all three are cancelled; the typed note filled only the empty resolutions
        for (const QString &number : numbers) {
            const auto ticket = Storage::TicketRepository(db).findByNumber(number);
            QVERIFY(ticket.ok());
            QCOMPARE(ticket->fields.value(QStringLiteral("state")), QStringLiteral("cancelled"));
            QCOMPARE(ticket->fields.value(QStringLiteral("resolution")),
                     number == numbers.at(0) ? QStringLiteral("Duplicate of an earlier call")
                                             : QStringLiteral("Raised twice by mistake"));
        }
        QTRY_VERIFY(!Test::shownNumbers(*model, model->rowCount()).contains(numbers.at(1)));
    }

    void shouldOpenTicketOnDoubleClick_data() { Test::addDriverRows(); }
    void shouldOpenTicketOnDoubleClick()
    {
        SD_WINDOW();
        clickQueue(navigator, QStringLiteral("my_open"));
        QTRY_VERIFY(model->rowCount() > 0);
        const QString number = model->index(0, 0).data(QueueModel::NumberRole).toString();
        const QRect rect = table->visualRect(model->index(0, 0));
        // A person's double-click starts with a press: the view opens what was pressed.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(window.ticketTabs()->indexOfTicket(number) >= 0);
        // And Enter on another row opens that one too
        const QString second = model->index(1, 0).data(QueueModel::NumberRole).toString();
        table->setFocus();
        table->setCurrentIndex(model->index(1, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(window.ticketTabs()->indexOfTicket(second) >= 0);
    }
};

QTEST_MAIN(tst_QueueViews)
#include "tst_queueviews.moc"
