// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "models/ticketlistmodel.h"

#include "core/timestamps.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace ServiceDeck;
using Models::TicketFilter;
using Models::TicketListModel;
using Storage::Database;

namespace {

// One ticket as the fixture writes it straight into the table.
struct Seed
{
    TicketKind kind;
    QString state;
    QString updated; // as stored: ISO text
};

// Writes tickets in one transaction; numbers run per kind from 1. A user and a group are
// assigned to every ticket so that the joined columns have something to show.
Result<void> insertTickets(Database &db, const QList<Seed> &seeds)
{
    Storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    const QString userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString groupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
    if (auto done = db.exec(QStringLiteral("INSERT INTO users (id, login, display_name, created) "
                                           "VALUES (?, 'ada', 'Ada Lovelace', ?)"),
                            {userId, now});
        !done)
        return done.error();
    if (auto done = db.exec(QStringLiteral("INSERT INTO support_groups (id, name) "
                                           "VALUES (?, 'Service Desk')"),
                            {groupId});
        !done)
        return done.error();
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO tickets (id, number, kind, title, state, impact, urgency, priority, "
        "assignee_id, group_id, opened, updated) VALUES (?, ?, ?, ?, ?, 2, 2, 3, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    QHash<TicketKind, qint64> sequences;
    for (const Seed &seed : seeds) {
        const QString number = formatNumber(seed.kind, ++sequences[seed.kind]);
        insert->addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert->addBindValue(number);
        insert->addBindValue(kindName(seed.kind));
        insert->addBindValue(QStringLiteral("Ticket %1").arg(number));
        insert->addBindValue(seed.state);
        insert->addBindValue(userId);
        insert->addBindValue(groupId);
        insert->addBindValue(seed.updated);
        insert->addBindValue(seed.updated);
        if (!insert->exec())
            return db.sqlError(insert->lastError(), QStringLiteral("inserting tickets"));
    }
    return tx.commit();
}

// `count` tickets cycling through the kinds and their states, updated in groups of seven that
// share an instant, so that ties of `updated` fall across page boundaries.
QList<Seed> mixedTickets(int count)
{
    const QDateTime base(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc());
    const QList<TicketKind> kinds = allTicketKinds();
    QList<Seed> seeds;
    for (int i = 0; i < count; ++i) {
        const TicketKind kind = kinds.at(i % kinds.size());
        const QStringList lifecycle = states(kind);
        seeds << Seed{kind, lifecycle.at((i / kinds.size()) % lifecycle.size()),
                      toIsoUtc(base.addSecs(60 * (i / 7)))};
    }
    return seeds;
}

// The numbers the database holds for a filter, in the list's order, by a query of its own.
QStringList expectedNumbers(Database &db, const TicketFilter &filter)
{
    auto query = db.exec(QStringLiteral("SELECT number, kind, state FROM tickets "
                                        "ORDER BY updated DESC, id DESC"));
    QStringList numbers;
    while (query && query->next()) {
        const TicketKind kind = *kindFromName(query->value(1).toString());
        if (filter.kind && *filter.kind != kind)
            continue;
        if (filter.activeOnly && !isActiveState(kind, query->value(2).toString()))
            continue;
        numbers << query->value(0).toString();
    }
    return numbers;
}

// Fetches every page the way a view does, checking each page's size.
QStringList fetchAll(TicketListModel &model)
{
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        const int added = model.rowCount() - before;
        if (added > TicketListModel::PageSize || (added < TicketListModel::PageSize
                                                  && model.canFetchMore({}))) {
            qWarning("page of %d rows", added);
            return {};
        }
    }
    QStringList numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers << model.index(row, TicketListModel::NumberColumn).data().toString();
    return numbers;
}

} // namespace

#define SD_OPEN(db)                                                                                \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto db##Opened = testDb->open();                                                              \
    QVERIFY2(db##Opened.ok(),                                                                      \
             qPrintable(db##Opened.ok() ? QString() : db##Opened.error().message));                \
    Database &db = **db##Opened

#define SD_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto result = (expression);                                                          \
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));       \
    } while (false)

class tst_TicketListModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldLoadInPagesNewestFirst_data() { Test::addDriverRows(); }
    void shouldLoadInPagesNewestFirst()
    {
        // Given 450 tickets whose update instants tie in groups
        SD_OPEN(db);
        SD_VERIFY_OK(insertTickets(db, mixedTickets(450)));
        TicketListModel model(db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // When the list of all tickets is read
        model.setFilter({});
        // Then one page is loaded, the total is known, and more can be fetched
        QCOMPARE(model.rowCount(), TicketListModel::PageSize);
        QCOMPARE(model.totalCount(), qint64(450));
        QVERIFY(model.canFetchMore({}));
        QVERIFY(model.lastError().isEmpty());
        // And fetching pages yields every ticket once, newest first
        const QStringList numbers = fetchAll(model);
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), 450);
        QCOMPARE(numbers, expectedNumbers(db, {}));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, 0).data(TicketListModel::UpdatedRole).toDateTime()
                    >= model.index(row, 0).data(TicketListModel::UpdatedRole).toDateTime());
    }

    void shouldKnowTheEndOfAFullPage_data() { Test::addDriverRows(); }
    void shouldKnowTheEndOfAFullPage()
    {
        // Given exactly one page of tickets
        SD_OPEN(db);
        SD_VERIFY_OK(insertTickets(db, mixedTickets(TicketListModel::PageSize)));
        TicketListModel model(db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // When it is read, then nothing more is offered
        model.reload();
        QCOMPARE(model.rowCount(), TicketListModel::PageSize);
        QVERIFY(!model.canFetchMore({}));
    }

    void shouldFilterByKindAndActivity_data() { Test::addDriverRows(); }
    void shouldFilterByKindAndActivity()
    {
        // Given tickets of every kind in every state
        SD_OPEN(db);
        SD_VERIFY_OK(insertTickets(db, mixedTickets(700)));
        TicketListModel model(db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TicketFilter> filters = {{std::nullopt, true}};
        for (TicketKind kind : allTicketKinds())
            filters << TicketFilter{kind, false} << TicketFilter{kind, true};
        for (const TicketFilter &filter : std::as_const(filters)) {
            // When the filter is applied
            model.setFilter(filter);
            // Then the list holds exactly the matching tickets, in order, and counts them
            const QStringList expected = expectedNumbers(db, filter);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(model.totalCount(), qint64(expected.size()));
            QCOMPARE(fetchAll(model), expected);
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                const TicketKind kind = *kindFromName(index.data(TicketListModel::KindRole)
                                                          .toString());
                if (filter.kind)
                    QCOMPARE(kind, *filter.kind);
                if (filter.activeOnly)
                    QVERIFY(isActiveState(kind,
                                          index.data(TicketListModel::StateRole).toString()));
            }
        }
    }

    void shouldPageExactlyWhenInstantsShareAMillisecond_data() { Test::addDriverRows(); }
    void shouldPageExactlyWhenInstantsShareAMillisecond()
    {
        // Given tickets updated within one millisecond (PostgreSQL keeps the microseconds)
        SD_OPEN(db);
        QList<Seed> seeds;
        for (int i = 0; i < 300; ++i) {
            const QString micros = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
            seeds << Seed{TicketKind::Incident, QStringLiteral("new"),
                          QStringLiteral("2026-02-01T10:00:00.123%1Z").arg(micros)};
        }
        SD_VERIFY_OK(insertTickets(db, seeds));
        TicketListModel model(db);
        // When every page is fetched, then no ticket is lost or repeated
        model.reload();
        QCOMPARE(fetchAll(model), expectedNumbers(db, {}));
        QCOMPARE(model.rowCount(), 300);
    }

    void shouldPresentTicketsForPeople_data() { Test::addDriverRows(); }
    void shouldPresentTicketsForPeople()
    {
        // Given one assigned change awaiting approval
        SD_OPEN(db);
        const QString updated = QStringLiteral("2026-03-02T09:30:00.000Z");
        SD_VERIFY_OK(insertTickets(
            db, {Seed{TicketKind::Change, QStringLiteral("awaiting_approval"), updated}}));
        TicketListModel model(db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        const auto cell = [&model](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        // Then its columns read as people expect them
        QCOMPARE(cell(TicketListModel::NumberColumn).toString(), QStringLiteral("CHG0000001"));
        QCOMPARE(cell(TicketListModel::TitleColumn).toString(),
                 QStringLiteral("Ticket CHG0000001"));
        QCOMPARE(cell(TicketListModel::TitleColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Ticket CHG0000001"));
        QCOMPARE(cell(TicketListModel::StateColumn).toString(), stateLabel(u"awaiting_approval"));
        QCOMPARE(cell(TicketListModel::PriorityColumn).toString(), QStringLiteral("P3"));
        QCOMPARE(cell(TicketListModel::KindColumn).toString(), kindLabel(TicketKind::Change));
        QCOMPARE(cell(TicketListModel::AssigneeColumn).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(cell(TicketListModel::GroupColumn).toString(), QStringLiteral("Service Desk"));
        const QDateTime instant = *parseIsoInstant(updated);
        QCOMPARE(cell(TicketListModel::UpdatedColumn).toString(),
                 QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(cell(0, TicketListModel::UpdatedRole).toDateTime(), instant);
        QCOMPARE(cell(0, TicketListModel::PriorityRole).toInt(), 3);
        QCOMPARE(cell(0, TicketListModel::StateRole).toString(),
                 QStringLiteral("awaiting_approval"));
        QCOMPARE(model.headerData(TicketListModel::UpdatedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Updated"));
    }

    void shouldSignalTheCountOnReload_data() { Test::addDriverRows(); }
    void shouldSignalTheCountOnReload()
    {
        // Given an empty database
        SD_OPEN(db);
        TicketListModel model(db);
        QSignalSpy counts(&model, &TicketListModel::totalCountChanged);
        QSignalSpy resets(&model, &TicketListModel::modelReset);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).at(0).toLongLong(), 0);
        // When tickets appear and the list is reloaded
        SD_VERIFY_OK(insertTickets(db, mixedTickets(5)));
        model.reload();
        // Then the new count is announced once with one reset
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.at(1).at(0).toLongLong(), 5);
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_TicketListModel)
#include "tst_ticketlistmodel.moc"
