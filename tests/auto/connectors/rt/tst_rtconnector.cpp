// SPDX-License-Identifier: GPL-3.0-or-later
// The Request Tracker connector against a real RT 5 (SERVICEDECK_TEST_RT_URL and
// SERVICEDECK_TEST_RT_TOKEN, as tests/services/rt.sh prints them). Every test has its own RT
// queue and its own SQLite database, so tests never see each other's tickets.
#include "testdatabase.h"

#include "connectors/remote/remoterepository.h"
#include "connectors/rt/rtclient.h"
#include "connectors/rt/rtconnector.h"
#include "connectors/rt/rtsettings.h"
#include "connectors/rt/rtsync.h"
#include "storage/activityrepository.h"
#include "storage/directoryrepository.h"
#include "storage/ticketrepository.h"
#include "sync/conflictrepository.h"

#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace ServiceDeck;
using namespace ServiceDeck::Connectors;

namespace {

QString rtUrl()
{
    return qEnvironmentVariable("SERVICEDECK_TEST_RT_URL");
}

QByteArray rtToken()
{
    return qgetenv("SERVICEDECK_TEST_RT_TOKEN");
}

QString unique(const QString &prefix)
{
    return prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

} // namespace

#define REQUIRE_RT()                                                                               \
    if (rtUrl().isEmpty() || rtToken().isEmpty()) {                                                \
        if (qEnvironmentVariableIntValue("SERVICEDECK_TEST_REQUIRE_REMOTES"))                      \
            QFAIL("SERVICEDECK_TEST_RT_URL/TOKEN are not set but the remotes are required");       \
        QSKIP(                                                                                     \
            "no Request Tracker configured (SERVICEDECK_TEST_RT_URL, SERVICEDECK_TEST_RT_TOKEN)"); \
    }

// Evaluates its argument once (it may be a call with effects, like a sync).
#define CHECK_OK(expression)                                                                       \
    do {                                                                                           \
        const auto &checked_ = (expression);                                                       \
        QVERIFY2(checked_.ok(), qPrintable(checked_.ok() ? QString() : checked_.error().message)); \
    } while (false)

// One test's world: a local database with a group mapped to a fresh RT queue.
struct World
{
    std::unique_ptr<Test::TestDatabase> testDb;
    std::unique_ptr<Storage::Database> db;
    QUuid actor;
    QString queue;
    QString group;
    Remote remote;
    std::unique_ptr<Rt::Internal::RtClient> rt;

    Result<void> setUp(const QString &name)
    {
        queue = unique(name);
        group = queue;
        auto desk = Test::localDeskWithGroup(group);
        if (!desk)
            return desk.error();
        testDb = std::move(desk->testDb);
        db = std::move(desk->db);
        actor = desk->admin;
        rt = std::make_unique<Rt::Internal::RtClient>(QUrl(rtUrl()), rtToken(), QString());
        auto made = rt->post(QStringLiteral("queue"), {{QStringLiteral("Name"), queue}}, {});
        if (!made)
            return made.error();
        Remote r;
        r.kind = RemoteKind::RequestTracker;
        r.name = QStringLiteral("rt ") + queue;
        r.baseUrl = QUrl(rtUrl());
        Rt::RtSettings settings = *Rt::RtSettings::fromJson({});
        settings.queues << Rt::QueueMapping{queue, group, TicketKind::Incident};
        r.settings = settings.toJson();
        auto saved = RemoteRepository(*db).save(r);
        if (!saved)
            return saved.error();
        remote = *saved;
        return {};
    }

    Result<RemoteRunReport> sync() { return Rt::synchronise(*db, remote, rtToken(), actor); }

    Result<QString> createRtTicket(const QString &subject, const QString &content)
    {
        auto made = rt->post(QStringLiteral("ticket"),
                             {{QStringLiteral("Queue"), queue},
                              {QStringLiteral("Subject"), subject},
                              {QStringLiteral("Content"), content},
                              {QStringLiteral("ContentType"), QStringLiteral("text/plain")}},
                             {});
        if (!made)
            return made.error();
        return made->toObject().value(QStringLiteral("id")).toVariant().toString();
    }

    Result<void> rtMessage(const QString &id, const QString &kind, const QString &text)
    {
        auto posted = rt->post(QStringLiteral("ticket/%1/%2").arg(id, kind),
                               {{QStringLiteral("Content"), text},
                                {QStringLiteral("ContentType"), QStringLiteral("text/plain")}},
                               {});
        if (!posted)
            return posted.error();
        return {};
    }

    Result<void> rtUpdate(const QString &id, const QJsonObject &fields)
    {
        auto put = rt->put(QStringLiteral("ticket/") + id, fields, {}, {});
        if (!put)
            return put.error();
        return {};
    }

    // The local ticket linked to RT ticket `id`.
    Result<Ticket> localFor(const QString &id)
    {
        auto link = RemoteRepository(*db).linkByKey(remote.id, QStringLiteral("tickets"), id);
        if (!link)
            return link.error();
        if (!link->has_value())
            return invalidData(QStringLiteral("RT ticket %1 has no local ticket").arg(id));
        auto query = db->exec(QStringLiteral("SELECT number FROM tickets WHERE id = ?"),
                              {Storage::Database::idValue((*link)->localId)});
        if (!query)
            return query.error();
        if (!query->next())
            return invalidData(QStringLiteral("the linked local ticket is gone"));
        return Storage::TicketRepository(*db).findByNumber(query->value(0).toString());
    }
};

class TestRtConnector : public QObject
{
    Q_OBJECT

private slots:
    void shouldPullRtTicketWithItsComments()
    {
        REQUIRE_RT();
        World w;
        CHECK_OK(w.setUp(QStringLiteral("pull")));
        // Given a ticket made in RT with a reply and an internal comment
        auto id = w.createRtTicket(QStringLiteral("Printer on fire"), QStringLiteral("Smoke!"));
        CHECK_OK(id);
        CHECK_OK(w.rtMessage(*id, QStringLiteral("correspond"), QStringLiteral("We are on it")));
        CHECK_OK(w.rtMessage(*id, QStringLiteral("comment"), QStringLiteral("Call facilities")));
        // When syncing
        auto report = w.sync();
        CHECK_OK(report);
        QCOMPARE(report->pulled, 1);
        // Then the local ticket holds it, with public and internal comments as in RT
        auto local = w.localFor(*id);
        CHECK_OK(local);
        QCOMPARE(local->fields.value(QStringLiteral("title")), QStringLiteral("Printer on fire"));
        QCOMPARE(local->fields.value(QStringLiteral("description")), QStringLiteral("Smoke!"));
        QCOMPARE(local->fields.value(QStringLiteral("group")), w.group);
        QCOMPARE(local->kind, TicketKind::Incident);
        auto comments = Storage::ActivityRepository(*w.db).list(local->id);
        CHECK_OK(comments);
        QCOMPARE(comments->size(), 2);
        QMap<QString, bool> internalByText; // copied in one transaction: same timestamp
        for (const Storage::ActivityEntry &entry : *comments)
            internalByText.insert(entry.text, entry.internal);
        QCOMPARE(internalByText.value(QStringLiteral("We are on it"), true), false);
        QCOMPARE(internalByText.value(QStringLiteral("Call facilities"), false), true);
        // And a second sync copies nothing twice
        auto again = w.sync();
        CHECK_OK(again);
        QCOMPARE(again->pulled, 0);
        comments = Storage::ActivityRepository(*w.db).list(local->id);
        CHECK_OK(comments);
        QCOMPARE(comments->size(), 2);
    }

    void shouldSendLocalEditToRt()
    {
        REQUIRE_RT();
        World w;
        CHECK_OK(w.setUp(QStringLiteral("push")));
        auto id = w.createRtTicket(QStringLiteral("VPN drops"), QStringLiteral("Every hour"));
        CHECK_OK(id);
        CHECK_OK(w.sync());
        auto local = w.localFor(*id);
        CHECK_OK(local);
        // When the title and the urgency change here, and a public comment is written
        CHECK_OK(Storage::TicketRepository(*w.db).update(
            local->number,
            {{QStringLiteral("title"), QStringLiteral("VPN drops every hour")},
             {QStringLiteral("urgency"), QStringLiteral("1")}},
            w.actor));
        CHECK_OK(Storage::ActivityRepository(*w.db).add(local->id, QStringLiteral("Logs attached"),
                                                        false, 0, w.actor));
        auto report = w.sync();
        CHECK_OK(report);
        QVERIFY(report->pushed >= 2);
        // Then RT has them
        auto ticket = w.rt->ticket(*id);
        CHECK_OK(ticket);
        QCOMPARE(ticket->json.value(QStringLiteral("Subject")).toString(),
                 QStringLiteral("VPN drops every hour"));
        QCOMPARE(ticket->json.value(QStringLiteral("Priority")).toVariant().toInt(), 80);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("fields"), QStringLiteral("Content,TransactionId"));
        auto attachments = w.rt->getAll(QStringLiteral("ticket/%1/attachments").arg(*id), query);
        CHECK_OK(attachments);
        int found = 0;
        for (const QJsonObject &a : *attachments)
            found += a.value(QStringLiteral("Content")).toString().trimmed() == u"Logs attached";
        QCOMPARE(found, 1);
        // And the next pull does not copy the pushed comment back
        CHECK_OK(w.sync());
        auto comments = Storage::ActivityRepository(*w.db).list(local->id);
        CHECK_OK(comments);
        QCOMPARE(comments->size(), 1);
    }

    void shouldMergeEditsOfDifferentFields()
    {
        REQUIRE_RT();
        World w;
        CHECK_OK(w.setUp(QStringLiteral("merge")));
        auto id = w.createRtTicket(QStringLiteral("Mail slow"), QStringLiteral("Since Monday"));
        CHECK_OK(id);
        CHECK_OK(w.sync());
        auto local = w.localFor(*id);
        CHECK_OK(local);
        // Given the title edited here and the priority edited in RT
        CHECK_OK(Storage::TicketRepository(*w.db).update(
            local->number, {{QStringLiteral("title"), QStringLiteral("Mail slow for sales")}},
            w.actor));
        CHECK_OK(w.rtUpdate(*id, {{QStringLiteral("Priority"), 80}}));
        // When syncing
        auto report = w.sync();
        CHECK_OK(report);
        QCOMPARE(report->conflicts, 0);
        // Then both edits are on both sides
        auto ticket = w.rt->ticket(*id);
        CHECK_OK(ticket);
        QCOMPARE(ticket->json.value(QStringLiteral("Subject")).toString(),
                 QStringLiteral("Mail slow for sales"));
        QCOMPARE(ticket->json.value(QStringLiteral("Priority")).toVariant().toInt(), 80);
        local = w.localFor(*id);
        CHECK_OK(local);
        QCOMPARE(local->fields.value(QStringLiteral("title")),
                 QStringLiteral("Mail slow for sales"));
        QCOMPARE(local->fields.value(QStringLiteral("urgency")), QStringLiteral("1"));
        auto open = Sync::ConflictRepository(*w.db).open();
        CHECK_OK(open);
        QVERIFY(open->isEmpty());
    }

    void shouldTurnSameFieldEditsIntoConflict()
    {
        REQUIRE_RT();
        World w;
        CHECK_OK(w.setUp(QStringLiteral("conflict")));
        auto id = w.createRtTicket(QStringLiteral("Badge reader"), QStringLiteral("Door 3"));
        CHECK_OK(id);
        CHECK_OK(w.sync());
        auto local = w.localFor(*id);
        CHECK_OK(local);
        // Given the title edited on both sides to different values
        CHECK_OK(Storage::TicketRepository(*w.db).update(
            local->number, {{QStringLiteral("title"), QStringLiteral("Badge reader door 3")}},
            w.actor));
        CHECK_OK(w.rtUpdate(*id, {{QStringLiteral("Subject"), QStringLiteral("Door 3 reader")}}));
        // When syncing (twice: the conflict is recorded once)
        CHECK_OK(w.sync());
        CHECK_OK(w.sync());
        // Then one conflict names the remote, and neither side is overwritten
        auto open = Sync::ConflictRepository(*w.db).open();
        CHECK_OK(open);
        QCOMPARE(open->size(), 1);
        const Sync::Conflict conflict = open->first();
        QCOMPARE(conflict.remoteId, w.remote.id);
        QCOMPARE(conflict.field, QStringLiteral("title"));
        QCOMPARE(conflict.base, QStringLiteral("Badge reader"));
        QCOMPARE(conflict.mine, QStringLiteral("Badge reader door 3"));
        QCOMPARE(conflict.theirs, QStringLiteral("Door 3 reader"));
        local = w.localFor(*id);
        CHECK_OK(local);
        QCOMPARE(local->fields.value(QStringLiteral("title")),
                 QStringLiteral("Badge reader door 3"));
        auto ticket = w.rt->ticket(*id);
        CHECK_OK(ticket);
        QCOMPARE(ticket->json.value(QStringLiteral("Subject")).toString(),
                 QStringLiteral("Door 3 reader"));
        // When the local value is taken and synced
        CHECK_OK(Sync::ConflictRepository(*w.db).resolve(conflict.id.toString(QUuid::WithoutBraces),
                                                         Sync::ConflictRepository::Take::Local, {},
                                                         w.actor));
        auto report = w.sync();
        CHECK_OK(report);
        // Then RT has the local value and nothing is left open
        ticket = w.rt->ticket(*id);
        CHECK_OK(ticket);
        QCOMPARE(ticket->json.value(QStringLiteral("Subject")).toString(),
                 QStringLiteral("Badge reader door 3"));
        open = Sync::ConflictRepository(*w.db).open();
        CHECK_OK(open);
        QVERIFY(open->isEmpty());
        CHECK_OK(w.sync());
        local = w.localFor(*id);
        CHECK_OK(local);
        QCOMPARE(local->fields.value(QStringLiteral("title")),
                 QStringLiteral("Badge reader door 3"));
    }

    void shouldWriteRemoteValueWhenConflictTakesRemote()
    {
        REQUIRE_RT();
        World w;
        CHECK_OK(w.setUp(QStringLiteral("takeremote")));
        auto id = w.createRtTicket(QStringLiteral("Projector"), QStringLiteral("Room B"));
        CHECK_OK(id);
        CHECK_OK(w.sync());
        auto local = w.localFor(*id);
        CHECK_OK(local);
        CHECK_OK(Storage::TicketRepository(*w.db).update(
            local->number, {{QStringLiteral("title"), QStringLiteral("Projector room B")}},
            w.actor));
        CHECK_OK(w.rtUpdate(*id, {{QStringLiteral("Subject"), QStringLiteral("Beamer B")}}));
        CHECK_OK(w.sync());
        auto open = Sync::ConflictRepository(*w.db).open();
        CHECK_OK(open);
        QCOMPARE(open->size(), 1);
        // When RT's value is taken
        CHECK_OK(Sync::ConflictRepository(*w.db).resolve(
            open->first().id.toString(QUuid::WithoutBraces), Sync::ConflictRepository::Take::Remote,
            {}, w.actor));
        // Then it is written here under RT's journal origin, so it is not sent back
        local = w.localFor(*id);
        CHECK_OK(local);
        QCOMPARE(local->fields.value(QStringLiteral("title")), QStringLiteral("Beamer B"));
        auto origin = w.db->exec(QStringLiteral("SELECT origin FROM journal WHERE entity_id = ? "
                                                "AND field = 'title' ORDER BY seq DESC"),
                                 {Storage::Database::idValue(local->id)});
        CHECK_OK(origin);
        QVERIFY(origin->next());
        QCOMPARE(origin->value(0).toString(),
                 QStringLiteral("rt:") + w.remote.id.toString(QUuid::WithoutBraces));
        auto report = w.sync();
        CHECK_OK(report);
        QCOMPARE(report->pushed, 0);
        QCOMPARE(report->conflicts, 0);
        auto ticket = w.rt->ticket(*id);
        CHECK_OK(ticket);
        QCOMPARE(ticket->json.value(QStringLiteral("Subject")).toString(),
                 QStringLiteral("Beamer B"));
    }

    void shouldFollowRtStatusWithinLocalLifecycle()
    {
        REQUIRE_RT();
        World w;
        CHECK_OK(w.setUp(QStringLiteral("status")));
        auto id = w.createRtTicket(QStringLiteral("Disk full"), QStringLiteral("Server 7"));
        CHECK_OK(id);
        CHECK_OK(w.sync());
        // When the supplier opens the ticket
        CHECK_OK(w.rtUpdate(*id, {{QStringLiteral("Status"), QStringLiteral("open")}}));
        CHECK_OK(w.sync());
        // Then it is assigned here
        auto local = w.localFor(*id);
        CHECK_OK(local);
        QCOMPARE(local->fields.value(QStringLiteral("state")), QStringLiteral("assigned"));
        // When the supplier stalls it (pending here needs work in progress, so an assignee)
        CHECK_OK(w.rtUpdate(*id, {{QStringLiteral("Status"), QStringLiteral("stalled")}}));
        auto report = w.sync();
        CHECK_OK(report);
        // Then a person decides: a state conflict naming the remote, the local state kept
        QCOMPARE(report->conflicts, 1);
        auto open = Sync::ConflictRepository(*w.db).open();
        CHECK_OK(open);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().field, QStringLiteral("state"));
        QCOMPARE(open->first().remoteId, w.remote.id);
        QCOMPARE(open->first().theirs, QStringLiteral("pending"));
        local = w.localFor(*id);
        CHECK_OK(local);
        QCOMPARE(local->fields.value(QStringLiteral("state")), QStringLiteral("assigned"));
    }

    void shouldCreateHandedOverTicketOnceWhenKilled()
    {
        REQUIRE_RT();
        const QString cli = qEnvironmentVariable("SERVICEDECK_CLI");
        QVERIFY2(!cli.isEmpty(), "SERVICEDECK_CLI is not set");
        World w;
        CHECK_OK(w.setUp(QStringLiteral("handover")));
        const QStringList arguments = {QStringLiteral("--db"),
                                       w.testDb->urlText(),
                                       QStringLiteral("remote"),
                                       QStringLiteral("sync"),
                                       QStringLiteral("rt"),
                                       QStringLiteral("--url"),
                                       rtUrl(),
                                       QStringLiteral("--token"),
                                       QString::fromLatin1(rtToken()),
                                       QStringLiteral("--queue"),
                                       w.queue,
                                       QStringLiteral("--group"),
                                       w.group,
                                       QStringLiteral("--name"),
                                       w.remote.name};
        // Given a remote in use (its first run)
        QProcess first;
        first.start(cli, arguments);
        QVERIFY(first.waitForFinished(120000));
        QVERIFY2(first.exitStatus() == QProcess::NormalExit && first.exitCode() == 0,
                 first.readAllStandardError().constData());
        // and a local ticket put into the group that maps to the RT queue
        auto created = Storage::TicketRepository(*w.db).create(
            TicketKind::Incident,
            {{QStringLiteral("title"), QStringLiteral("Supplier router down")},
             {QStringLiteral("description"), QStringLiteral("Branch office offline")},
             {QStringLiteral("group"), w.group}},
            w.actor);
        CHECK_OK(created);
        const QString localId = created->id.toString(QUuid::WithoutBraces);
        // When the sync dies right after RT created the ticket, before the link is stored
        QProcess killed;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(Rt::Internal::SyncRun::abortAfterCreateVariable()),
                   QStringLiteral("1"));
        killed.setProcessEnvironment(env);
        killed.start(cli, arguments);
        QVERIFY(killed.waitForFinished(120000));
        QCOMPARE(killed.exitStatus(), QProcess::CrashExit);
        // and is run again, twice
        for (int run = 0; run < 2; ++run) {
            QProcess again;
            again.start(cli, arguments);
            QVERIFY(again.waitForFinished(120000));
            QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0,
                     again.readAllStandardError().constData());
        }
        // Then RT holds exactly one ticket with that ServiceDeck id, linked here
        auto found =
            w.rt->searchTickets(QStringLiteral("'CF.{ServiceDeck ID}' = '%1'").arg(localId),
                                QStringLiteral("Subject,Queue"));
        CHECK_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().value(QStringLiteral("Subject")).toString(),
                 QStringLiteral("Supplier router down"));
        auto link =
            RemoteRepository(*w.db).link(w.remote.id, QStringLiteral("tickets"), created->id);
        CHECK_OK(link);
        QVERIFY(link->has_value());
        QVERIFY(!(*link)->creating);
        QCOMPARE((*link)->remoteKey,
                 found->first().value(QStringLiteral("id")).toVariant().toString());
    }

    void shouldKeepOpWhileOfflineAndSendItLater()
    {
        REQUIRE_RT();
        World w;
        CHECK_OK(w.setUp(QStringLiteral("offline")));
        auto id = w.createRtTicket(QStringLiteral("Scanner jams"), QStringLiteral("Floor 2"));
        CHECK_OK(id);
        CHECK_OK(w.sync());
        auto local = w.localFor(*id);
        CHECK_OK(local);
        CHECK_OK(Storage::TicketRepository(*w.db).update(
            local->number, {{QStringLiteral("title"), QStringLiteral("Scanner jams on floor 2")}},
            w.actor));
        // Given RT out of reach (a port nobody listens on)
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        Remote offline = w.remote;
        offline.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        // When syncing
        auto failed = Rt::synchronise(*w.db, offline, rtToken(), w.actor);
        // Then the run fails as a connection problem, recorded against the op
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::Connection);
        auto errors = RemoteRepository(*w.db).errors(w.remote.id);
        CHECK_OK(errors);
        QCOMPARE(errors->size(), 1);
        QVERIFY(!errors->first().opId.isNull());
        QCOMPARE(errors->first().entityId, local->id);
        auto ticket = w.rt->ticket(*id);
        CHECK_OK(ticket);
        QCOMPARE(ticket->json.value(QStringLiteral("Subject")).toString(),
                 QStringLiteral("Scanner jams"));
        // When RT is back
        auto report = w.sync();
        CHECK_OK(report);
        QCOMPARE(report->pushed, 1);
        // Then the op arrives and its error is gone
        ticket = w.rt->ticket(*id);
        CHECK_OK(ticket);
        QCOMPARE(ticket->json.value(QStringLiteral("Subject")).toString(),
                 QStringLiteral("Scanner jams on floor 2"));
        errors = RemoteRepository(*w.db).errors(w.remote.id);
        CHECK_OK(errors);
        QVERIFY(errors->isEmpty());
    }

    void shouldReportConnection()
    {
        REQUIRE_RT();
        Remote remote;
        remote.baseUrl = QUrl(rtUrl());
        auto text = Rt::testConnection(remote, rtToken());
        CHECK_OK(text);
        QVERIFY2(text->startsWith(u"Request Tracker 5"), qPrintable(*text));
        QVERIFY2(text->contains(u"General"), qPrintable(*text));
        auto refused = Rt::testConnection(remote, QByteArrayLiteral("1-14-wrong"));
        QVERIFY(!refused.ok());
    }
};

QTEST_GUILESS_MAIN(TestRtConnector)
#include "tst_rtconnector.moc"
