// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "core/query/queueparser.h"
#include "storage/directoryrepository.h"
#include "storage/journal.h"
#include "storage/query/queuecompiler.h"
#include "storage/savedqueuerepository.h"

#include <QTest>

using namespace ServiceDeck;
using Storage::Database;
using Storage::SavedQueue;
using Storage::SavedQueueRepository;

namespace {

QString message(const Error &error)
{
    return error.message;
}

User makeUser(Database &db, const QString &login)
{
    User user;
    user.login = login;
    user.roles = {QStringLiteral("operator")};
    auto created = Storage::DirectoryRepository(db).createUser(user, {});
    return created ? *created : User{};
}

qint64 rowsNamed(Database &db, const QString &name)
{
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM saved_queues WHERE name = ?"),
                         {name});
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

QStringList journalActions(Database &db, const QUuid &id)
{
    QStringList actions;
    auto history = Storage::Journal(db).history(id);
    if (!history)
        return actions;
    for (const Storage::JournalEntry &entry : *history) {
        const QString text = entry.action + QLatin1Char(':') + entry.field;
        if (!actions.contains(text))
            actions << text;
    }
    return actions;
}

} // namespace

#define SD_DB()                                                                                    \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto dbOpened = testDb->open();                                                                \
    QVERIFY2(dbOpened.ok(), qPrintable(dbOpened.ok() ? QString() : message(dbOpened.error())));   \
    Database &db = **dbOpened

class tst_SavedQueues : public QObject
{
    Q_OBJECT

private slots:
    void shouldListStandardQueuesFirst_data() { Test::addDriverRows(); }
    void shouldListStandardQueuesFirst()
    {
        SD_DB();
        const User alice = makeUser(db, QStringLiteral("alice"));
        SavedQueueRepository repository(db);
        // Given one own queue
        QVERIFY(repository.create(alice.id, QStringLiteral("VPN"), QStringLiteral("vpn"),
                                  alice.id).ok());
        // When the queues are listed
        auto queues = repository.queuesOf(alice.id);
        QVERIFY2(queues.ok(), qPrintable(queues.ok() ? QString() : message(queues.error())));
        // Then the eight standard queues come first, in order, then the own one
        QStringList keys;
        for (const SavedQueue &queue : *queues)
            keys << (queue.isStandard() ? queue.key : queue.name);
        QCOMPARE(keys, (QStringList{QStringLiteral("my_open"), QStringLiteral("my_groups"),
                                    QStringLiteral("unassigned"), QStringLiteral("p1_p2_open"),
                                    QStringLiteral("sla_at_risk"), QStringLiteral("sla_breached"),
                                    QStringLiteral("awaiting_approval"),
                                    QStringLiteral("updated_today"), QStringLiteral("VPN")}));
        QCOMPARE(queues->at(0).expression, QStringLiteral("assignee:me active:true"));
        QCOMPARE(queues->at(0).name, QStringLiteral("My open tickets"));
    }

    void shouldCompileEveryStandardQueue_data() { Test::addDriverRows(); }
    void shouldCompileEveryStandardQueue()
    {
        SD_DB();
        const User alice = makeUser(db, QStringLiteral("alice"));
        for (const SavedQueue &queue : SavedQueueRepository::standardQueues()) {
            const Query::ParseResult parsed = Query::parseQueueQuery(queue.expression);
            QVERIFY2(parsed.ok(), qPrintable(queue.key + QLatin1Char(' ') + parsed.error.message));
            auto compiled = Storage::compileQueueQuery(
                *parsed.query, db.dialect(),
                Storage::QueueSqlContext{alice.id, QDateTime::currentDateTimeUtc()});
            QVERIFY2(compiled.ok(), qPrintable(queue.key));
            auto counted = db.exec(QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ")
                                       + compiled->where,
                                   compiled->binds);
            QVERIFY2(counted.ok(), qPrintable(counted.ok() ? QString()
                                                           : message(counted.error())));
        }
    }

    void shouldCreateRenameAndDeleteWithJournal_data() { Test::addDriverRows(); }
    void shouldCreateRenameAndDeleteWithJournal()
    {
        SD_DB();
        const User alice = makeUser(db, QStringLiteral("alice"));
        SavedQueueRepository repository(db);
        // When a queue is created, renamed and deleted
        auto created = repository.create(alice.id, QStringLiteral("Network P1"),
                                         QStringLiteral("group:\"Network Ops\" priority:1"),
                                         alice.id);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : message(created.error())));
        QCOMPARE(rowsNamed(db, QStringLiteral("Network P1")), 1);
        auto renamed = repository.rename(created->id, QStringLiteral("Network urgent"), alice.id);
        QVERIFY(renamed.ok());
        QCOMPARE(rowsNamed(db, QStringLiteral("Network P1")), 0);
        QCOMPARE(rowsNamed(db, QStringLiteral("Network urgent")), 1);
        auto found = repository.find(created->id);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->version, 2);
        QVERIFY(repository.remove(created->id, alice.id).ok());
        QCOMPARE(rowsNamed(db, QStringLiteral("Network urgent")), 0);
        // Then each step is in the journal
        const QStringList actions = journalActions(db, created->id);
        QVERIFY2(actions.contains(QStringLiteral("create:name")), qPrintable(actions.join(u' ')));
        QVERIFY2(actions.contains(QStringLiteral("update:name")), qPrintable(actions.join(u' ')));
        QVERIFY2(actions.contains(QStringLiteral("delete:name")), qPrintable(actions.join(u' ')));
    }

    void shouldRefuseBadQueues_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("says");
        const QList<QPair<QString, QStringList>> cases = {
            {QStringLiteral("empty name"), {QString(), QStringLiteral("x"), QStringLiteral("name")}},
            {QStringLiteral("duplicate"),
             {QStringLiteral("Mine"), QStringLiteral("x"), QStringLiteral("already")}},
            {QStringLiteral("reserved"),
             {QStringLiteral("my_open"), QStringLiteral("x"), QStringLiteral("reserved")}},
            {QStringLiteral("bad expression"),
             {QStringLiteral("Broken"), QStringLiteral("bogus:1"), QStringLiteral("column 1")}},
        };
        for (const QString &driver : {QStringLiteral("QSQLITE"), QStringLiteral("QPSQL")}) {
            const QString only = qEnvironmentVariable("SERVICEDECK_TEST_DRIVERS");
            if (!only.isEmpty() && !only.split(u',').contains(driver))
                continue;
            for (const auto &[tag, values] : cases)
                QTest::addRow("%s %s", qPrintable(driver), qPrintable(tag))
                    << driver << values.at(0) << values.at(1) << values.at(2);
        }
    }
    void shouldRefuseBadQueues()
    {
        SD_DB();
        QFETCH(QString, name);
        QFETCH(QString, expression);
        QFETCH(QString, says);
        const User alice = makeUser(db, QStringLiteral("alice"));
        SavedQueueRepository repository(db);
        QVERIFY(repository.create(alice.id, QStringLiteral("Mine"), QString(), alice.id).ok());
        auto created = repository.create(alice.id, name, expression, alice.id);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().message.contains(says), qPrintable(created.error().message));
        QCOMPARE(created.error().kind, ErrorKind::InvalidData);
    }

    void shouldRememberColumnsAndSortOfStandardQueue_data() { Test::addDriverRows(); }
    void shouldRememberColumnsAndSortOfStandardQueue()
    {
        SD_DB();
        const User alice = makeUser(db, QStringLiteral("alice"));
        const User bob = makeUser(db, QStringLiteral("bob"));
        SavedQueueRepository repository(db);
        SavedQueue queue = SavedQueueRepository::standardQueues().at(3);
        queue.columns = {QStringLiteral("number"), QStringLiteral("priority"),
                         QStringLiteral("opened")};
        queue.sort = QStringLiteral("-opened");
        // When alice saves her view of a standard queue twice
        QVERIFY(repository.save(alice.id, queue, alice.id).ok());
        queue.sort = QStringLiteral("priority,-opened");
        auto saved = repository.save(alice.id, queue, alice.id);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : message(saved.error())));
        // Then she finds it remembered, not as an own queue; bob keeps the default
        auto mine = repository.queuesOf(alice.id);
        QVERIFY(mine.ok());
        QCOMPARE(mine->size(), 8);
        QCOMPARE(mine->at(3).columns, queue.columns);
        QCOMPARE(mine->at(3).sort, QStringLiteral("priority,-opened"));
        QCOMPARE(mine->at(3).expression, QStringLiteral("priority<=2 active:true"));
        auto his = repository.queuesOf(bob.id);
        QVERIFY(his.ok());
        QVERIFY(his->at(3).columns.isEmpty());
        QCOMPARE(rowsNamed(db, queue.key), 1);
    }

    void shouldRefuseChangingSomeoneElsesQueue_data() { Test::addDriverRows(); }
    void shouldRefuseChangingSomeoneElsesQueue()
    {
        SD_DB();
        const User alice = makeUser(db, QStringLiteral("alice"));
        const User bob = makeUser(db, QStringLiteral("bob"));
        SavedQueueRepository repository(db);
        auto created = repository.create(alice.id, QStringLiteral("Alice's"), QString(),
                                          alice.id);
        QVERIFY(created.ok());
        QVERIFY(!repository.rename(created->id, QStringLiteral("Bob's"), bob.id).ok());
        QVERIFY(!repository.remove(created->id, bob.id).ok());
        QCOMPARE(rowsNamed(db, QStringLiteral("Alice's")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SavedQueues)
#include "tst_savedqueues.moc"
