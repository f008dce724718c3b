// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "app/mainwindow.h"
#include "models/ticketlistmodel.h"
#include "storage/directoryrepository.h"
#include "storage/seed/seeder.h"
#include "storage/ticketrepository.h"
#include "views/navigation/navigationview.h"
#include "views/tickets/ticketlistview.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace ServiceDeck;
using Models::NavigationModel;
using Models::TicketListModel;
using Storage::Database;

namespace {

// Given a database seeded with demo data plus one fresh ticket of every kind, so that each
// kind has active tickets whatever the seeder's history holds.
Result<void> seed(Database &db)
{
    Storage::SeedOptions options;
    options.tickets = 500;
    options.cis = 40;
    options.changes = 30;
    // History ends yesterday: the seeder spreads the last day over all of it, and a ticket
    // created by the test must be the newest.
    options.until = QDateTime::currentDateTimeUtc().date().addDays(-1);
    auto seeded = Storage::Seeder(db).run(options);
    if (!seeded)
        return seeded.error();
    auto admin = Storage::DirectoryRepository(db).ensureAdmin();
    if (!admin)
        return admin.error();
    Storage::TicketRepository tickets(db);
    for (TicketKind kind : allTicketKinds()) {
        auto created = tickets.create(
            kind, {{QStringLiteral("title"), QStringLiteral("Fresh %1").arg(kindName(kind))}},
            admin->id);
        if (!created)
            return created.error();
    }
    return {};
}

qint64 count(Database &db, const QString &where, const QVariantList &binds = {})
{
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE ") + where, binds);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

QStringList shownNumbers(const QAbstractItemModel &model)
{
    QStringList numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers << model.index(row, TicketListModel::NumberColumn).data().toString();
    return numbers;
}

bool allStartWith(const QStringList &numbers, const QString &prefix)
{
    return std::all_of(numbers.cbegin(), numbers.cend(),
                       [&prefix](const QString &number) { return number.startsWith(prefix); });
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

// Clicks an entry of the navigation tree as a person would.
void clickEntry(Views::NavigationView *navigation, NavigationModel::Entry entry)
{
    const QModelIndex index = navigation->navigationModel()->indexOf(entry);
    QVERIFY(index.isValid());
    navigation->scrollTo(index);
    const QRect rect = navigation->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

#define SD_WINDOW(window)                                                                          \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto dbOpened = testDb->open();                                                                \
    QVERIFY2(dbOpened.ok(), qPrintable(dbOpened.ok() ? QString() : dbOpened.error().message));    \
    Database &db = **dbOpened;                                                                     \
    const auto seeded = seed(db);                                                                  \
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));          \
    MainWindow window(db);                                                                         \
    window.show();                                                                                 \
    QVERIFY(QTest::qWaitForWindowExposed(&window));                                                \
    auto *navigation = window.findChild<Views::NavigationView *>();                                \
    auto *table = window.findChild<Views::TicketListView *>();                                     \
    QVERIFY(navigation && table && table->model())

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldNameProgramAndDatabase_data() { Test::addDriverRows(); }
    void shouldNameProgramAndDatabase()
    {
        SD_WINDOW(window);
        const QString name = db.url().displayName();
        // Then the title names ServiceDeck and the database, and so does the status bar
        QVERIFY2(window.windowTitle().contains(QLatin1String("ServiceDeck")),
                 qPrintable(window.windowTitle()));
        QVERIFY2(window.windowTitle().contains(name), qPrintable(window.windowTitle()));
        auto *databaseLabel = window.statusBar()->findChild<QLabel *>(
            QStringLiteral("databaseLabel"));
        QVERIFY(databaseLabel);
        QCOMPARE(databaseLabel->text(), name);
        QVERIFY(databaseLabel->isVisible());
        QVERIFY(!name.contains(QLatin1String("password")));
    }

    void shouldListNewestActiveTicketsFirst_data() { Test::addDriverRows(); }
    void shouldListNewestActiveTicketsFirst()
    {
        SD_WINDOW(window);
        // Then the table shows active tickets of the database, the newest first
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QVERIFY(navigation->currentEntry() == NavigationModel::Entry::ActiveTickets);
        const QStringList numbers = shownNumbers(*table->model());
        auto newest = db.exec(QStringLiteral("SELECT number FROM tickets WHERE state NOT IN "
                                             "('resolved', 'fulfilled', 'closed', 'cancelled', "
                                             "'rejected') ORDER BY updated DESC, id DESC"));
        QVERIFY(newest && newest->next());
        QCOMPARE(numbers.constFirst(), newest->value(0).toString());
        const qint64 active = count(db, QStringLiteral("state NOT IN ('resolved', 'fulfilled', "
                                                      "'closed', 'cancelled', 'rejected')"));
        QCOMPARE(qint64(numbers.size()), std::min<qint64>(active, TicketListModel::PageSize));
        for (const QString &number : numbers)
            QCOMPARE(count(db, QStringLiteral("number = ?"), {number}), 1);
        // And the first row is really on screen
        const QModelIndex first = table->model()->index(0, TicketListModel::NumberColumn);
        QVERIFY(table->viewport()->rect().intersects(table->visualRect(first)));
        // And the status bar counts the list
        auto *countLabel = window.statusBar()->findChild<QLabel *>(
            QStringLiteral("ticketCountLabel"));
        QVERIFY(countLabel);
        QVERIFY2(countLabel->text().contains(QLocale().toString(active)),
                 qPrintable(countLabel->text()));
    }

    void shouldShowOnlyTheChosenKind_data() { Test::addDriverRows(); }
    void shouldShowOnlyTheChosenKind()
    {
        SD_WINDOW(window);
        const QList<QPair<NavigationModel::Entry, TicketKind>> entries = {
            {NavigationModel::Entry::Incidents, TicketKind::Incident},
            {NavigationModel::Entry::Changes, TicketKind::Change},
            {NavigationModel::Entry::Requests, TicketKind::Request},
            {NavigationModel::Entry::Problems, TicketKind::Problem},
        };
        for (const auto &[entry, kind] : entries) {
            // When a kind is chosen in the navigation tree
            clickEntry(navigation, entry);
            // Then only tickets of that kind are listed
            const QString prefix = numberPrefix(kind);
            QTRY_VERIFY(table->model()->rowCount() > 0
                        && allStartWith(shownNumbers(*table->model()), prefix));
            QVERIFY(navigation->currentEntry() == entry);
            const qint64 ofKind = count(db, QStringLiteral("kind = ? AND state NOT IN "
                                                          "('resolved', 'fulfilled', 'closed', "
                                                          "'cancelled', 'rejected')"),
                                        {kindName(kind)});
            auto *model = qobject_cast<TicketListModel *>(table->model());
            QVERIFY(model);
            QCOMPARE(model->totalCount(), ofKind);
        }
    }

    void shouldLoadMoreRowsWhileScrolling_data() { Test::addDriverRows(); }
    void shouldLoadMoreRowsWhileScrolling()
    {
        SD_WINDOW(window);
        // When all tickets are chosen and the table scrolled to its end
        clickEntry(navigation, NavigationModel::Entry::AllTickets);
        auto *model = qobject_cast<TicketListModel *>(table->model());
        QVERIFY(model);
        const qint64 all = count(db, QStringLiteral("1 = 1"));
        QTRY_COMPARE(model->totalCount(), all);
        QVERIFY(all > TicketListModel::PageSize);
        QCOMPARE(model->rowCount(), TicketListModel::PageSize);
        // Then the view fetches further pages until every ticket is there
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                table->scrollToBottom();
                return model->rowCount() == all;
            }(),
            20000);
    }

    void shouldRefreshFromTheDatabase_data() { Test::addDriverRows(); }
    void shouldRefreshFromTheDatabase()
    {
        SD_WINDOW(window);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        // Given a ticket created by someone else after the window opened
        auto admin = Storage::DirectoryRepository(db).ensureAdmin();
        QVERIFY(admin.ok());
        auto created = Storage::TicketRepository(db).create(
            TicketKind::Incident, {{QStringLiteral("title"), QStringLiteral("Printer on fire")}},
            admin->id);
        QVERIFY(created.ok());
        QVERIFY(!shownNumbers(*table->model()).contains(created->number));
        // When View → Refresh is triggered
        auto *refresh = window.findChild<QAction *>(QStringLiteral("actionRefresh"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        refresh->trigger();
        // Then it heads the list
        QTRY_COMPARE(table->model()->index(0, TicketListModel::NumberColumn).data().toString(),
                     created->number);
    }

    void shouldOfferOnlyBuiltFeatures_data() { Test::addDriverRows(); }
    void shouldOfferOnlyBuiltFeatures()
    {
        SD_WINDOW(window);
        // Then the navigation lists the ticket lists and no placeholder for unbuilt features
        const QStringList expected = {
            QStringLiteral("Tickets"),          QStringLiteral("All active tickets"),
            QStringLiteral("Incidents"),        QStringLiteral("Service requests"),
            QStringLiteral("Problems"),         QStringLiteral("Changes"),
            QStringLiteral("All tickets"),
        };
        QCOMPARE(texts(*navigation->model()), expected);
        // And the menus hold only working actions
        QStringList actions;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (!action->text().isEmpty() && !action->menu())
                actions << action->objectName();
        }
        actions.sort();
        QCOMPARE(actions, (QStringList{QStringLiteral("actionAbout"),
                                       QStringLiteral("actionAboutQt"),
                                       QStringLiteral("actionQuit"),
                                       QStringLiteral("actionRefresh")}));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
