// SPDX-License-Identifier: GPL-3.0-or-later
// Cached mode against the real PostgreSQL that ./test.sh starts: two replicas and a direct
// client edit the same tickets, replicas offline; after syncing in either order all three hold
// the same data, every edit once, and conflicts exactly where two edits clash.
#include "syncfixture.h"

#include "core/priority.h"
#include "storage/activityrepository.h"
#include "storage/journal.h"
#include "storage/ticketrepository.h"
#include "sync/conflictrepository.h"
#include "sync/rowcodec.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace ServiceDeck;
using namespace ServiceDeck::Test;
using Storage::Database;
using Storage::TicketRepository;

namespace {

qint64 count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto query = Sync::runSql(db, sql, binds);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

QString titleOf(Database &db, const QString &number)
{
    auto ticket = TicketRepository(db).findByNumber(number);
    return ticket ? ticket->fields.value(QStringLiteral("title")) : QString();
}

QString fieldOf(Database &db, const QString &number, const QString &field)
{
    auto ticket = TicketRepository(db).findByNumber(number);
    return ticket ? ticket->fields.value(field) : QStringLiteral("(gone)");
}

QList<Sync::Conflict> conflictsOf(Database &db)
{
    auto open = Sync::ConflictRepository(db).open();
    return open ? *open : QList<Sync::Conflict>();
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void threeClientsConverge_data()
    {
        QTest::addColumn<bool>("aFirst");
        QTest::newRow("replica A syncs first") << true;
        QTest::newRow("replica B syncs first") << false;
    }

    void threeClientsConverge()
    {
        QFETCH(bool, aFirst);
        SD_SET_UP(f, 5);
        const QStringList t = f.numbers; // t[0] different fields, t[1] same field,
                                         // t[2] comments, t[3] delete vs edit
        auto a = f.openReplica(QStringLiteral("a"));
        auto b = f.openReplica(QStringLiteral("b"));
        auto direct = f.openDirect();
        QVERIFY(a && b && direct);
        // Given two replicas made by a first sync
        SD_VERIFY_OK(f.sync(*a));
        SD_VERIFY_OK(f.sync(*b));
        QCOMPARE(titleOf(*a, t[0]), QStringLiteral("Hub ticket 1"));
        const QUuid adminA = userId(*a, QStringLiteral("admin"));
        const QUuid adminB = userId(*b, QStringLiteral("admin"));
        QVERIFY(!adminA.isNull() && !adminB.isNull());

        // When, with both replicas offline, the three edit the same tickets
        TicketRepository onA(*a), onB(*b), onHub(*direct);
        SD_VERIFY_OK(onA.update(t[0], {{QStringLiteral("title"), QStringLiteral("A's title")}},
                                adminA));
        SD_VERIFY_OK(onB.update(t[0], {{QStringLiteral("urgency"), QStringLiteral("1")}}, adminB));
        SD_VERIFY_OK(onHub.update(t[0], {{QStringLiteral("category"), QStringLiteral("network")}},
                                  f.admin.id));
        SD_VERIFY_OK(onA.update(t[1], {{QStringLiteral("title"), QStringLiteral("Title from A")}},
                                adminA));
        SD_VERIFY_OK(onB.update(t[1], {{QStringLiteral("title"), QStringLiteral("Title from B")}},
                                adminB));
        SD_VERIFY_OK(onHub.update(t[1], {{QStringLiteral("description"),
                                          QStringLiteral("Seen from the hub")}},
                                  f.admin.id));
        for (auto [db, actor, text] : {std::tuple{a.get(), adminA, QStringLiteral("comment A")},
                                       std::tuple{b.get(), adminB, QStringLiteral("comment B")},
                                       std::tuple{direct.get(), f.admin.id,
                                                  QStringLiteral("comment hub")}}) {
            auto ticket = TicketRepository(*db).findByNumber(t[2]);
            QVERIFY(ticket.ok());
            SD_VERIFY_OK(Storage::ActivityRepository(*db).add(ticket->id, text, false, 0, actor));
        }
        auto newA = onA.create(TicketKind::Incident,
                               {{QStringLiteral("title"), QStringLiteral("New on A")},
                                {QStringLiteral("impact"), QStringLiteral("3")},
                                {QStringLiteral("urgency"), QStringLiteral("3")}},
                               adminA);
        auto newB = onB.create(TicketKind::Request,
                               {{QStringLiteral("title"), QStringLiteral("New on B")},
                                {QStringLiteral("impact"), QStringLiteral("3")},
                                {QStringLiteral("urgency"), QStringLiteral("2")}},
                               adminB);
        auto newHub = onHub.create(TicketKind::Incident,
                                   {{QStringLiteral("title"), QStringLiteral("New on the hub")},
                                    {QStringLiteral("impact"), QStringLiteral("2")},
                                    {QStringLiteral("urgency"), QStringLiteral("3")}},
                                   f.admin.id);
        SD_VERIFY_OK(newA);
        SD_VERIFY_OK(newB);
        SD_VERIFY_OK(newHub);
        // (numbers given offline are provisional)
        QVERIFY(isProvisionalNumber(newA->number));
        QVERIFY(isProvisionalNumber(newB->number));
        QVERIFY(!isProvisionalNumber(newHub->number));
        SD_VERIFY_OK(onA.remove(t[3], adminA));
        SD_VERIFY_OK(onB.update(t[3], {{QStringLiteral("title"), QStringLiteral("Kept by B")}},
                                adminB));

        // And both sync, in either order, the first once more to receive the second's edits
        Database &first = aFirst ? *a : *b;
        Database &second = aFirst ? *b : *a;
        SD_VERIFY_OK(f.sync(first));
        SD_VERIFY_OK(f.sync(second));
        SD_VERIFY_OK(f.sync(first));

        // Then all three hold identical data
        const auto tables = f.tables();
        const QStringList hubData = SyncFixture::dump(*direct, tables);
        const QStringList aData = SyncFixture::dump(*a, tables);
        const QStringList bData = SyncFixture::dump(*b, tables);
        if (hubData != aData && qEnvironmentVariableIsSet("SD_DEBUG")) {
            for (const QString &sql : {QStringLiteral("SELECT key || '=' || value FROM sync_state WHERE key LIKE 'pu%'"),
                                       QStringLiteral("SELECT id || ' ' || body FROM comments")}) {
                auto q = Sync::runSql(*a, sql);
                while (q && q->next()) qDebug() << "A" << q->value(0).toString();
            }
            auto q = Sync::runSql(*direct, QStringLiteral("SELECT seq || ' ' || txid::text || ' ' || entity || ' ' || entity_id::text || ' ' || action FROM change_log ORDER BY txid, seq"));
            while (q && q->next()) qDebug() << "HUB" << q->value(0).toString();
        }
        QVERIFY2(hubData == aData, qPrintable(SyncFixture::firstDifference(hubData, aData)));
        QVERIFY2(hubData == bData, qPrintable(SyncFixture::firstDifference(hubData, bData)));

        // And every edit is there exactly once
        QCOMPARE(titleOf(*direct, t[0]), QStringLiteral("A's title"));
        QCOMPARE(fieldOf(*direct, t[0], QStringLiteral("urgency")), QStringLiteral("1"));
        QCOMPARE(fieldOf(*direct, t[0], QStringLiteral("priority")),
                 QString::number(priorityFor(2, 1)));
        QCOMPARE(fieldOf(*direct, t[0], QStringLiteral("category")), QStringLiteral("network"));
        QCOMPARE(titleOf(*direct, t[1]), aFirst ? QStringLiteral("Title from A")
                                               : QStringLiteral("Title from B"));
        QCOMPARE(fieldOf(*direct, t[1], QStringLiteral("description")),
                 QStringLiteral("Seen from the hub"));
        for (const QString &text : {QStringLiteral("comment A"), QStringLiteral("comment B"),
                                    QStringLiteral("comment hub")})
            QCOMPARE(count(*direct, QStringLiteral("SELECT count(*) FROM comments WHERE body = ?"),
                           {text}),
                     1);
        for (const QString &title : {QStringLiteral("New on A"), QStringLiteral("New on B"),
                                     QStringLiteral("New on the hub")})
            QCOMPARE(count(*direct, QStringLiteral("SELECT count(*) FROM tickets WHERE title = ?"),
                           {title}),
                     1);
        // (and the hub gave the final numbers)
        QCOMPARE(count(*direct, QStringLiteral("SELECT count(*) FROM tickets "
                                               "WHERE number LIKE '%~%'")),
                 0);
        QCOMPARE(count(*a, QStringLiteral("SELECT count(*) FROM tickets WHERE number LIKE '%~%'")),
                 0);
        // The ticket deleted on A and edited on B: deleted when the delete came first, kept
        // with B's edit when the edit came first
        if (aFirst) {
            QCOMPARE(fieldOf(*direct, t[3], QStringLiteral("title")), QStringLiteral("(gone)"));
        } else {
            QCOMPARE(titleOf(*direct, t[3]), QStringLiteral("Kept by B"));
        }

        // And conflicts exist exactly for the same field and for update versus delete
        const QList<Sync::Conflict> onFirst = conflictsOf(first);
        const QList<Sync::Conflict> onSecond = conflictsOf(second);
        QStringList kinds;
        for (const Sync::Conflict &c : onFirst + onSecond)
            kinds << c.kind + QLatin1Char(':') + c.label + QLatin1Char(':') + c.field;
        kinds.sort();
        const QString sameField = QStringLiteral("field:%1:title").arg(t[1]);
        const QString deleteCase = aFirst ? QStringLiteral("update_deleted:%1:title").arg(t[3])
                                          : QStringLiteral("delete_updated:%1:title").arg(t[3]);
        QStringList expected{sameField, deleteCase};
        expected.sort();
        QCOMPARE(kinds, expected);
        // The same-field clash is the second syncer's, with base, mine and theirs
        QCOMPARE(onSecond.first().kind, QStringLiteral("field"));
        QCOMPARE(onSecond.first().base, QStringLiteral("Hub ticket 2"));
        QCOMPARE(onSecond.first().mine, aFirst ? QStringLiteral("Title from B")
                                              : QStringLiteral("Title from A"));
        QCOMPARE(onSecond.first().theirs, aFirst ? QStringLiteral("Title from A")
                                                : QStringLiteral("Title from B"));

        // When the second syncer takes its own value, the resolution syncs like an edit
        const QUuid secondAdmin = aFirst ? adminB : adminA;
        SD_VERIFY_OK(Sync::ConflictRepository(second).resolve(
            onSecond.first().id.toString(QUuid::WithoutBraces), Sync::ConflictRepository::Take::Local,
            {}, secondAdmin));
        for (const Sync::Conflict &c : onFirst + onSecond) {
            if (c.kind != u"field")
                SD_VERIFY_OK(Sync::ConflictRepository(c.kind == u"delete_updated" ? *a : *b)
                                 .resolve(c.id.toString(QUuid::WithoutBraces),
                                          Sync::ConflictRepository::Take::Remote, {},
                                          c.kind == u"delete_updated" ? adminA : adminB));
        }
        SD_VERIFY_OK(f.sync(second));
        SD_VERIFY_OK(f.sync(first));
        QCOMPARE(titleOf(*direct, t[1]), aFirst ? QStringLiteral("Title from B")
                                               : QStringLiteral("Title from A"));
        QVERIFY(conflictsOf(*a).isEmpty());
        QVERIFY(conflictsOf(*b).isEmpty());
        const QStringList hubAfter = SyncFixture::dump(*direct, tables);
        const QStringList aAfter = SyncFixture::dump(*a, tables);
        const QStringList bAfter = SyncFixture::dump(*b, tables);
        QVERIFY2(hubAfter == aAfter, qPrintable(SyncFixture::firstDifference(hubAfter, aAfter)));
        QVERIFY2(hubAfter == bAfter, qPrintable(SyncFixture::firstDifference(hubAfter, bAfter)));
        // The history came along: the replica shows the hub's edit of t[0] too. History moves
        // only below the feed's horizon, so a transaction some other client of the server holds
        // open delays it: a later sync brings it.
        const auto sawCategory = [&] {
            auto history = Storage::Journal(*a).history(
                TicketRepository(*a).findByNumber(t[0])->id);
            if (!history)
                return false;
            for (const Storage::JournalEntry &entry : *history) {
                if (entry.field == u"category" && entry.newValue == u"network")
                    return true;
            }
            return false;
        };
        QDeadlineTimer deadline(60 * 1000);
        while (!sawCategory() && !deadline.hasExpired()) {
            QTest::qWait(250);
            SD_VERIFY_OK(f.sync(*a));
        }
        QVERIFY(sawCategory());
    }

    void lateCommitIsNotSkipped()
    {
        SD_SET_UP(f, 2);
        auto replica = f.openReplica(QStringLiteral("late"));
        QVERIFY(replica);
        SD_VERIFY_OK(f.sync(*replica));
        auto early = f.openDirect();
        auto later = f.openDirect();
        QVERIFY(early && later);
        // Given a writer that holds its transaction open while a later one commits
        Storage::Transaction held(*early);
        SD_VERIFY_OK(held.begin());
        SD_VERIFY_OK(TicketRepository(*early).update(
            f.numbers[0], {{QStringLiteral("title"), QStringLiteral("Committed late")}},
            f.admin.id));
        SD_VERIFY_OK(TicketRepository(*later).update(
            f.numbers[1], {{QStringLiteral("title"), QStringLiteral("Committed first")}},
            f.admin.id));
        // When the replica pulls, then the first commits, then the replica pulls again
        SD_VERIFY_OK(f.sync(*replica));
        QCOMPARE(titleOf(*replica, f.numbers[0]), QStringLiteral("Hub ticket 1"));
        SD_VERIFY_OK(held.commit());
        SD_VERIFY_OK(f.sync(*replica));
        // Then the replica has both
        QCOMPARE(titleOf(*replica, f.numbers[1]), QStringLiteral("Committed first"));
        QCOMPARE(titleOf(*replica, f.numbers[0]), QStringLiteral("Committed late"));
    }

    void lookAheadReadsPastOnePage()
    {
        SD_SET_UP(f, 2);
        auto replica = f.openReplica(QStringLiteral("ahead"));
        auto holder = f.openDirect();
        QVERIFY(replica && holder);
        SD_VERIFY_OK(f.sync(*replica));
        // Given a transaction some other client holds open, which keeps the feed's cursor back
        Storage::Transaction held(*holder);
        SD_VERIFY_OK(held.begin());
        SD_VERIFY_OK(Sync::runSql(*holder, QStringLiteral("SELECT pg_current_xact_id()")));
        // and, committed after it began, more than a page of changes of one ticket, then one
        // change of another
        QSqlQuery loop(f.hub().sql());
        QVERIFY2(loop.exec(QStringLiteral("DO $$ BEGIN FOR i IN 1..2100 LOOP "
                                          "UPDATE tickets SET title = 'Round ' || i "
                                          "WHERE number = '%1'; END LOOP; END $$")
                               .arg(f.numbers[0])),
                 qPrintable(loop.lastError().text()));
        SD_VERIFY_OK(Sync::runSql(f.hub(), QStringLiteral("UPDATE tickets SET title = ? "
                                                          "WHERE number = ?"),
                                  {QStringLiteral("Past the first page"), f.numbers[1]}));
        // When the replica syncs while that transaction is still open
        SD_VERIFY_OK(f.sync(*replica));
        // Then it has every committed change, the one past the first page of the feed too
        QCOMPARE(titleOf(*replica, f.numbers[0]), QStringLiteral("Round 2100"));
        QCOMPARE(titleOf(*replica, f.numbers[1]), QStringLiteral("Past the first page"));
        SD_VERIFY_OK(held.commit());
    }

    void repeatedChangesAreTakenOnce()
    {
        SD_SET_UP(f, 3);
        auto replica = f.openReplica(QStringLiteral("repeat"));
        QVERIFY(replica);
        SD_VERIFY_OK(f.sync(*replica));
        // Given two tickets changed 1,100 times each by an administrator's SQL in one
        // transaction, without a version bump: more than one page of the change feed
        QSqlQuery loop(f.hub().sql());
        QVERIFY2(loop.exec(QStringLiteral("DO $$ BEGIN FOR i IN 1..1100 LOOP "
                                          "UPDATE tickets SET title = 'Round ' || i "
                                          "WHERE number IN ('%1', '%2'); END LOOP; END $$")
                               .arg(f.numbers[0], f.numbers[1])),
                 qPrintable(loop.lastError().text()));
        // (the replica counts its writes of each ticket)
        for (const char *statement :
             {"CREATE TEMP TABLE ticket_writes (number TEXT)",
              "CREATE TEMP TRIGGER count_inserts AFTER INSERT ON main.tickets "
              "BEGIN INSERT INTO ticket_writes VALUES (NEW.number); END",
              "CREATE TEMP TRIGGER count_updates AFTER UPDATE ON main.tickets "
              "BEGIN INSERT INTO ticket_writes VALUES (NEW.number); END"}) {
            QSqlQuery ddl(replica->sql());
            QVERIFY2(ddl.exec(QString::fromLatin1(statement)), qPrintable(ddl.lastError().text()));
        }
        // When, after the first page is applied, one of them changes again (no version bump)
        bool changedAgain = false;
        auto report = Sync::SyncEngine(*replica).run(
            f.hubUrl(), [&](Sync::SyncEngine::Stage stage, qint64 done, qint64) {
                if (stage == Sync::SyncEngine::Stage::Pulling && done > 0 && !changedAgain) {
                    changedAgain = Sync::runSql(f.hub(),
                                                QStringLiteral("UPDATE tickets SET title = ? "
                                                               "WHERE number = ?"),
                                                {QStringLiteral("After the first page"),
                                                 f.numbers[0]})
                                       .ok();
                }
                return true;
            });
        SD_VERIFY_OK(report);
        QVERIFY(changedAgain);
        // Then each record was written once per state it was read in, not once per change
        // (whatever the pages, and whether or not some other transaction on the server holds
        // the feed's horizon back), and the replica holds the hub's last values
        const QString writes = QStringLiteral("SELECT count(*) FROM ticket_writes WHERE number = ?");
        QCOMPARE(count(*replica, writes, {f.numbers[1]}), 1);
        QCOMPARE(count(*replica, writes, {f.numbers[0]}), 2);
        QCOMPARE(titleOf(*replica, f.numbers[0]), QStringLiteral("After the first page"));
        QCOMPARE(titleOf(*replica, f.numbers[1]), QStringLiteral("Round 1100"));
        QCOMPARE(f.differenceFromHub(*replica), QString());
    }

    // A run of plain edits goes to the hub as one page, each op in its own transaction; a
    // record someone changes while the page is being applied stops the page there, and its op
    // is merged again against the record as it now is.
    void pageStopsAtARecordChangedMeanwhile()
    {
        SD_SET_UP(f, 4);
        auto replica = f.openReplica(QStringLiteral("page"));
        QVERIFY(replica);
        SD_VERIFY_OK(f.sync(*replica));
        const QUuid admin = userId(*replica, QStringLiteral("admin"));
        // Given four title edits queued offline, one per ticket
        for (int i = 0; i < 4; ++i)
            SD_VERIFY_OK(TicketRepository(*replica).update(
                f.numbers[i], {{QStringLiteral("title"), QStringLiteral("Offline %1").arg(i)}},
                admin));
        // and a hub where, as the page's first op is applied, a direct client changes the
        // third ticket (claims of ops are counted: a sequence is not rolled back)
        for (const QString &statement :
             {QStringLiteral("CREATE SEQUENCE test_claims"),
              QStringLiteral(
                  "CREATE FUNCTION test_meanwhile() RETURNS trigger LANGUAGE plpgsql AS $$ "
                  "DECLARE origin text := current_setting('servicedeck.origin_op', true); "
                  "BEGIN PERFORM nextval('test_claims'); "
                  "PERFORM set_config('servicedeck.origin_op', '', true); "
                  "UPDATE tickets SET category = 'changed meanwhile', version = version + 1 "
                  "WHERE number = '%1' AND category IS DISTINCT FROM 'changed meanwhile'; "
                  "PERFORM set_config('servicedeck.origin_op', origin, true); "
                  "RETURN NULL; END $$")
                  .arg(f.numbers[2]),
              QStringLiteral("CREATE TRIGGER test_meanwhile AFTER INSERT ON applied_ops "
                             "FOR EACH ROW EXECUTE FUNCTION test_meanwhile()")}) {
            QSqlQuery ddl(f.hub().sql());
            QVERIFY2(ddl.exec(statement), qPrintable(ddl.lastError().text()));
        }
        // When the replica syncs
        auto report = f.sync(*replica);
        SD_VERIFY_OK(report);
        // Then the third op was claimed, found its record changed and rolled back, and was
        // applied once after that; every edit is on the hub once, beside the other change
        QCOMPARE(report->pushed, 4);
        QCOMPARE(report->openConflicts, 0);
        QCOMPARE(count(f.hub(), QStringLiteral("SELECT last_value FROM test_claims")), 5);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(titleOf(f.hub(), f.numbers[i]), QStringLiteral("Offline %1").arg(i));
        QCOMPARE(fieldOf(f.hub(), f.numbers[2], QStringLiteral("category")),
                 QStringLiteral("changed meanwhile"));
        QCOMPARE(count(f.hub(), QStringLiteral("SELECT count(*) FROM journal WHERE "
                                               "origin = 'sync' AND field = 'title'")),
                 4);
        QCOMPARE(count(f.hub(), QStringLiteral("SELECT count(*) FROM applied_ops "
                                               "WHERE result = 'applied'")),
                 3);
        QCOMPARE(count(f.hub(), QStringLiteral("SELECT count(*) FROM applied_ops "
                                               "WHERE result = 'merged'")),
                 1);
        QCOMPARE(f.differenceFromHub(*replica), QString());
    }

    // An op of a page that the hub's rules refuse is rejected alone: the ops before it, already
    // committed there, are not applied twice, and the ops after it are applied.
    void refusedOpOfAPageIsRejectedAlone()
    {
        SD_SET_UP(f, 4);
        auto replica = f.openReplica(QStringLiteral("refused"));
        QVERIFY(replica);
        SD_VERIFY_OK(f.sync(*replica));
        const QUuid admin = userId(*replica, QStringLiteral("admin"));
        // Given a hub with a rule of its own, and four title edits queued offline, the third
        // against that rule
        QSqlQuery ddl(f.hub().sql());
        QVERIFY2(ddl.exec(QStringLiteral("ALTER TABLE tickets ADD CONSTRAINT test_rule "
                                         "CHECK (title <> 'Forbidden') NOT VALID")),
                 qPrintable(ddl.lastError().text()));
        const QStringList titles{QStringLiteral("First"), QStringLiteral("Second"),
                                 QStringLiteral("Forbidden"), QStringLiteral("Fourth")};
        for (int i = 0; i < 4; ++i)
            SD_VERIFY_OK(TicketRepository(*replica).update(
                f.numbers[i], {{QStringLiteral("title"), titles[i]}}, admin));
        // When the replica syncs
        auto report = f.sync(*replica);
        SD_VERIFY_OK(report);
        // Then only that op is rejected, as a conflict that keeps the local edit, and each of
        // the others is applied once
        QCOMPARE(report->pushed, 4);
        const auto conflicts = conflictsOf(*replica);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().kind, QStringLiteral("rejected"));
        for (int i : {0, 1, 3})
            QCOMPARE(titleOf(f.hub(), f.numbers[i]), titles[i]);
        QCOMPARE(titleOf(f.hub(), f.numbers[2]), QStringLiteral("Hub ticket 3"));
        QCOMPARE(count(f.hub(), QStringLiteral("SELECT count(*) FROM journal WHERE "
                                               "origin = 'sync' AND field = 'title'")),
                 3);
        QCOMPARE(count(f.hub(), QStringLiteral("SELECT count(*) FROM applied_ops "
                                               "WHERE result = 'applied'")),
                 3);
        QCOMPARE(count(f.hub(), QStringLiteral("SELECT count(*) FROM applied_ops "
                                               "WHERE result = 'rejected'")),
                 1);
    }

    // A replica away for longer than the hub keeps its change feed pushes its outbox, then
    // downloads its records afresh; its history and its open conflicts stay.
    void prunedFeedMakesAReplicaDownloadAfresh()
    {
        SD_SET_UP(f, 3);
        auto away = f.openReplica(QStringLiteral("away"));
        QVERIFY(away);
        SD_VERIFY_OK(f.sync(*away));
        const QUuid admin = userId(*away, QStringLiteral("admin"));
        // Given a replica with a conflict it has not resolved yet
        SD_VERIFY_OK(TicketRepository(*away).update(
            f.numbers[0], {{QStringLiteral("title"), QStringLiteral("Away's title")}}, admin));
        SD_VERIFY_OK(TicketRepository(f.hub()).update(
            f.numbers[0], {{QStringLiteral("title"), QStringLiteral("Hub's title")}},
            f.admin.id));
        SD_VERIFY_OK(f.sync(*away));
        QCOMPARE(conflictsOf(*away).size(), 1);
        const qint64 history = count(*away, QStringLiteral("SELECT count(*) FROM journal"));
        // and, while it is away, an edit on the hub, an edit of its own, and the hub's change
        // feed pruned
        SD_VERIFY_OK(TicketRepository(f.hub()).update(
            f.numbers[1], {{QStringLiteral("title"), QStringLiteral("Changed while away")}},
            f.admin.id));
        SD_VERIFY_OK(TicketRepository(*away).update(
            f.numbers[2], {{QStringLiteral("description"), QStringLiteral("Edited while away")}},
            admin));
        // (what another client's open transaction still may not see is kept: pruned again
        // until that has ended)
        const auto pruneAll = [&] {
            count(f.hub(), QStringLiteral("SELECT servicedeck_prune_change_log('0 days')"));
            return count(f.hub(), QStringLiteral("SELECT count(*) FROM change_log"));
        };
        QTRY_COMPARE_WITH_TIMEOUT(pruneAll(), 0, 60000);
        // When it syncs
        bool downloaded = false;
        const auto watch = [&](Sync::SyncEngine::Stage stage, qint64, qint64) {
            downloaded = downloaded || stage == Sync::SyncEngine::Stage::Downloading;
            return true;
        };
        auto report = Sync::SyncEngine(*away).run(f.hubUrl(), watch);
        SD_VERIFY_OK(report);
        // Then it pushed its edit, downloaded afresh (so the pruned change is there), and kept
        // its history and its conflict
        QVERIFY(downloaded);
        QCOMPARE(report->pushed, 1);
        QCOMPARE(fieldOf(f.hub(), f.numbers[2], QStringLiteral("description")),
                 QStringLiteral("Edited while away"));
        QCOMPARE(titleOf(*away, f.numbers[1]), QStringLiteral("Changed while away"));
        QCOMPARE(conflictsOf(*away).size(), 1);
        QVERIFY(count(*away, QStringLiteral("SELECT count(*) FROM journal")) > history);
        QCOMPARE(f.differenceFromHub(*away), QString());
        // And the next sync, its cursor now past what was pruned, downloads nothing again
        downloaded = false;
        SD_VERIFY_OK(Sync::SyncEngine(*away).run(f.hubUrl(), watch));
        QVERIFY(!downloaded);
        QCOMPARE(Sync::SyncEngine::pendingOps(*away).value(), 0);
    }

    void killedSyncConverges()
    {
        SD_SET_UP(f, 20);
        const QString cli = qEnvironmentVariable("SERVICEDECK_CLI");
        QVERIFY2(!cli.isEmpty(), "SERVICEDECK_CLI is not set");
        auto replica = f.openReplica(QStringLiteral("killed"));
        QVERIFY(replica);
        SD_VERIFY_OK(f.sync(*replica));
        const QString replicaUrl = replica->url().toString(true);
        const QUuid admin = userId(*replica, QStringLiteral("admin"));
        // Given edits waiting in the outbox and on the hub before every run
        TicketRepository remote(f.hub());
        int rounds = 0;
        const auto addWork = [&]() -> bool {
            TicketRepository local(*replica);
            for (int i = 0; i < f.numbers.size(); ++i) {
                const QString number = f.numbers.at(i);
                const bool ok = i % 2 == 0
                    ? local.update(number, {{QStringLiteral("description"),
                                             QStringLiteral("local %1").arg(rounds)}}, admin).ok()
                    : remote.update(number, {{QStringLiteral("description"),
                                              QStringLiteral("hub %1").arg(rounds)}}, f.admin.id).ok();
                if (!ok)
                    return false;
            }
            auto ticket = local.findByNumber(f.numbers.at(rounds % f.numbers.size()));
            if (!ticket || !Storage::ActivityRepository(*replica)
                                .add(ticket->id, QStringLiteral("note %1").arg(rounds), false, 0,
                                     admin)
                                .ok())
                return false;
            const bool created = local.create(TicketKind::Incident,
                                              {{QStringLiteral("title"),
                                                QStringLiteral("offline %1").arg(rounds)},
                                               {QStringLiteral("impact"), QStringLiteral("3")},
                                               {QStringLiteral("urgency"), QStringLiteral("3")}},
                                              admin)
                                     .ok();
            ++rounds;
            return created;
        };

        // When a sync process is killed at random points of its push and pull twenty times:
        // a point within the time a whole run took, learnt from the runs that got to their
        // end, so that the kills land in the run however fast the machine is
        QRandomGenerator random(20261129);
        int killed = 0;
        qint64 wholeRunMs = 600;
        for (int attempt = 0; attempt < 200 && killed < 20; ++attempt) {
            QVERIFY(addWork());
            QProcess process;
            QElapsedTimer running;
            running.start();
            process.start(cli, {QStringLiteral("--db"), replicaUrl, QStringLiteral("sync"),
                                QStringLiteral("--hub"), f.hubUrl()});
            QVERIFY(process.waitForStarted());
            const int killAfter = random.bounded(10, int(std::max<qint64>(20, wholeRunMs)));
            if (process.waitForFinished(killAfter)) {
                wholeRunMs = running.elapsed();
            } else {
                process.kill();
                process.waitForFinished();
                ++killed;
            }
        }
        QCOMPARE(killed, 20);
        // And then one runs to its end
        QProcess last;
        last.start(cli, {QStringLiteral("--db"), replicaUrl, QStringLiteral("sync"),
                         QStringLiteral("--hub"), f.hubUrl()});
        QVERIFY(last.waitForFinished(120000));
        QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());

        // Then replica and hub converge, nothing lost and nothing applied twice
        const auto tables = f.tables();
        const QStringList hubData = SyncFixture::dump(f.hub(), tables);
        const QStringList localData = SyncFixture::dump(*replica, tables);
        QVERIFY2(hubData == localData, qPrintable(SyncFixture::firstDifference(hubData, localData)));
        for (int round = 0; round < rounds; ++round) {
            QCOMPARE(count(f.hub(), QStringLiteral("SELECT count(*) FROM comments WHERE body = ?"),
                           {QStringLiteral("note %1").arg(round)}),
                     1);
            QCOMPARE(count(f.hub(), QStringLiteral("SELECT count(*) FROM tickets WHERE title = ?"),
                           {QStringLiteral("offline %1").arg(round)}),
                     1);
        }
        for (int i = 0; i < f.numbers.size(); ++i)
            QCOMPARE(fieldOf(f.hub(), f.numbers.at(i), QStringLiteral("description")),
                     (i % 2 == 0 ? QStringLiteral("local %1") : QStringLiteral("hub %1"))
                         .arg(rounds - 1));
        // Every op of the outbox applied exactly once, none left, no conflicts
        QCOMPARE(Sync::SyncEngine::pendingOps(*replica).value(), 0);
        QCOMPARE(Sync::SyncEngine::openConflicts(*replica).value(), 0);
        const qint64 ops = count(*replica, QStringLiteral("SELECT count(DISTINCT op_id) FROM "
                                                          "journal WHERE origin <> 'hub' AND "
                                                          "seq > 0"));
        QVERIFY(ops >= qint64(rounds) * (f.numbers.size() / 2 + 2));
        QCOMPARE(count(f.hub(), QStringLiteral("SELECT count(*) FROM applied_ops WHERE result "
                                               "NOT IN ('applied', 'merged')")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
