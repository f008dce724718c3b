// SPDX-License-Identifier: GPL-3.0-or-later
// The connectors against the fault-injecting HTTP server of the HTTP core's tests: a fault seen
// through RT's push and pull and through the CalDAV publisher ends in a retry or in an error
// recorded against its op, with the op still queued (the cursor before it, the id map as it was)
// and nothing half-applied in the local database; a later run against a healthy server delivers.
//
// Not repeated here, covered by tst_httpclient at the HTTP core: the transfer timeout (the
// connectors keep the default of 30 s per attempt, too long for a test) and a reply over the size
// cap (neither RtClient nor DavSession lets a remote set a smaller cap than the default 16 MiB, and
// the fault server's huge reply is 10 MiB, under it).
#include "testdatabase.h"

#include "../http/faultserver.h"

#include "connectors/caldav/caldavpublisher.h"
#include "connectors/caldav/caldavsettings.h"
#include "connectors/http/httpclient.h"
#include "connectors/remote/remoterepository.h"
#include "connectors/rt/rtconnector.h"
#include "connectors/rt/rtfields.h"
#include "connectors/rt/rtsettings.h"
#include "storage/changewindows/windowrepository.h"
#include "storage/directoryrepository.h"
#include "storage/ticketrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Connectors;
using namespace Qt::StringLiterals;
using ServiceDeck::Tests::FaultServer;

using Script = QList<FaultServer::Behaviour>;
Q_DECLARE_METATYPE(FaultServer::Behaviour)
Q_DECLARE_METATYPE(Script)

// Evaluates its argument once (it may be a run with effects).
#define CHECK_OK(expression)                                                                       \
    do {                                                                                           \
        const auto &checked_ = (expression);                                                       \
        QVERIFY2(checked_.ok(), qPrintable(checked_.ok() ? QString() : checked_.error().message)); \
    } while (false)

namespace {

const QString remoteKey = u"7"_s;
const QByteArray storedEtag = "\"41\"";
const QString queueName = u"Supplier"_s;
const QString groupName = u"Supplier desk"_s;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FaultServer::Behaviour jsonReply(const QJsonObject &object,
                                 QList<QPair<QByteArray, QByteArray>> headers = {})
{
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return FaultServer::respond(200, json(object), headers);
}

// A REST2 collection page holding `items`.
FaultServer::Behaviour listing(const QJsonArray &items = {})
{
    return jsonReply({{u"items"_s, items},
                      {u"page"_s, 1},
                      {u"pages"_s, 1},
                      {u"per_page"_s, 100},
                      {u"count"_s, items.size()},
                      {u"total"_s, items.size()}});
}

// What RT answers to a PUT of a ticket: its messages about what changed.
FaultServer::Behaviour putAccepted()
{
    return FaultServer::respond(200, "[\"Ticket 7: Subject changed\"]",
                                {{"Content-Type", "application/json"}});
}

FaultServer::Behaviour malformed()
{
    return FaultServer::respond(200, "{\"items\": [{\"id\": 7,",
                                {{"Content-Type", "application/json"}});
}

int count(const FaultServer &server, const QByteArray &method, const QByteArray &pathPrefix)
{
    int n = 0;
    for (const FaultServer::Received &received : server.received())
        n += received.method == method && received.target.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

// A self-signed certificate for "wrong.example" (its own CA) in `dir`; empty when openssl is
// missing. tst_httpclient builds a proper CA chain for the core; for the connector one host
// mismatch is enough.
bool makeWrongHostCertificate(const QTemporaryDir &dir)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        return false;
    QProcess process;
    process.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                            u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=wrong.example"_s, u"-addext"_s,
                            u"subjectAltName=DNS:wrong.example"_s, u"-keyout"_s,
                            dir.filePath(u"key.pem"_s), u"-out"_s, dir.filePath(u"cert.pem"_s)});
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A local database with a group mapped to an RT queue and one local ticket of that group linked
// to RT ticket 7. `edit()` changes its title after the push cursor: the op that is queued.
struct RtWorld
{
    std::unique_ptr<Test::TestDatabase> testDb;
    std::unique_ptr<Storage::Database> db;
    QUuid actor;
    Remote remote;
    Rt::RtSettings settings;
    Ticket ticket;
    QString cursorAtEdit; // push_seq as it was before the edit
    QUuid editOp;

    Result<void> setUp()
    {
        auto desk = Test::localDeskWithGroup(groupName);
        if (!desk)
            return desk.error();
        testDb = std::move(desk->testDb);
        db = std::move(desk->db);
        actor = desk->admin;
        settings = *Rt::RtSettings::fromJson({});
        settings.queues << Rt::QueueMapping{queueName, groupName, TicketKind::Incident};
        Remote r;
        r.kind = RemoteKind::RequestTracker;
        r.name = u"supplier rt"_s;
        r.baseUrl = QUrl(u"http://127.0.0.1:9/"_s); // each run points it at its fault server
        r.settings = settings.toJson();
        auto saved = RemoteRepository(*db).save(r);
        if (!saved)
            return saved.error();
        remote = *saved;
        auto made = Storage::TicketRepository(*db).create(
            TicketKind::Incident, {{u"title"_s, u"Printer jammed"_s}, {u"group"_s, groupName}},
            actor);
        if (!made)
            return made.error();
        ticket = *made;
        return {};
    }

    // The link as a pull of RT ticket 7 would have left it: both sides agree on every field.
    Result<void> link()
    {
        RemoteLink l;
        l.remoteId = remote.id;
        l.entity = u"tickets"_s;
        l.localId = ticket.id;
        l.remoteKey = remoteKey;
        l.etag = QString::fromLatin1(storedEtag);
        for (const QString &field : Rt::Internal::mappedFields()) {
            const QString value = ticket.fields.value(field);
            Rt::Internal::setBase(l.base, field, value,
                                  Rt::Internal::toRemote(settings, field, value));
        }
        l.base.insert(u"_lastUpdated"_s, u"2030-01-01T08:00:00Z"_s);
        return RemoteRepository(*db).saveLink(l);
    }

    Result<qint64> journalEnd()
    {
        auto query = db->exec(u"SELECT COALESCE(MAX(seq), 0) FROM journal"_s);
        if (!query)
            return query.error();
        return query->next() ? query->value(0).toLongLong() : qint64(0);
    }

    // The push cursor at the journal's end: what is written afterwards is queued for RT.
    Result<void> startCursorHere()
    {
        auto end = journalEnd();
        if (!end)
            return end.error();
        cursorAtEdit = QString::number(*end);
        return RemoteRepository(*db).setState(remote.id, u"push_seq"_s, cursorAtEdit);
    }

    Result<void> edit(const QString &title)
    {
        auto updated =
            Storage::TicketRepository(*db).update(ticket.number, {{u"title"_s, title}}, actor);
        if (!updated)
            return updated.error();
        ticket = *updated;
        auto query = db->exec(u"SELECT DISTINCT op_id FROM journal WHERE seq > ?"_s,
                              {cursorAtEdit.toLongLong()});
        if (!query)
            return query.error();
        if (!query->next())
            return invalidData(u"the edit wrote no journal entry"_s);
        editOp = Storage::Database::toUuid(query->value(0));
        if (query->next())
            return invalidData(u"the edit wrote more than one op"_s);
        return {};
    }

    Result<RemoteRunReport> sync(const FaultServer &server)
    {
        Remote r = remote;
        r.baseUrl = server.url(u"/"_s);
        return Rt::synchronise(*db, r, "1-14-secret", actor);
    }

    Result<QString> state(const QString &key)
    {
        return RemoteRepository(*db).state(remote.id, key);
    }

    Result<std::optional<RemoteLink>> storedLink()
    {
        return RemoteRepository(*db).link(remote.id, u"tickets"_s, ticket.id);
    }

    Result<int> ticketCount()
    {
        auto query = db->exec(u"SELECT COUNT(*) FROM tickets"_s);
        if (!query)
            return query.error();
        return query->next() ? query->value(0).toInt() : 0;
    }

    // RT ticket 7 as RT shows it after the push: the local values, a newer ETag.
    FaultServer::Behaviour rtTicket(const QString &title, const QByteArray &etag) const
    {
        return jsonReply(
            {{u"id"_s, 7},
             {u"Subject"_s, title},
             {u"Status"_s, settings.statusFor(ticket.fields.value(u"state"_s))},
             {u"Priority"_s, settings.priorityFor(ticket.fields.value(u"urgency"_s)).toInt()},
             {u"Queue"_s, queueName},
             {u"LastUpdated"_s, u"2030-01-01T09:00:00Z"_s}},
            {{"ETag", etag}});
    }

    // A healthy RT for one run: the PUT, the ticket read after it, an empty pull.
    Script healthyPush(const QByteArray &newEtag) const
    {
        return {putAccepted(), rtTicket(ticket.fields.value(u"title"_s), newEtag), listing()};
    }
};

// The local state a failed run must leave as it was.
struct Snapshot
{
    QString cursor;
    QString title;
    QString linkEtag;
    QJsonObject linkBase;
    QString linkKey;
};

Result<Snapshot> snapshot(RtWorld &w)
{
    Snapshot s;
    auto cursor = w.state(u"push_seq"_s);
    if (!cursor)
        return cursor.error();
    s.cursor = *cursor;
    auto local = Storage::TicketRepository(*w.db).findByNumber(w.ticket.number);
    if (!local)
        return local.error();
    s.title = local->fields.value(u"title"_s);
    auto link = w.storedLink();
    if (!link)
        return link.error();
    if (!link->has_value())
        return invalidData(u"the ticket lost its link"_s);
    s.linkEtag = (*link)->etag;
    s.linkBase = (*link)->base;
    s.linkKey = (*link)->remoteKey;
    return s;
}

// A CalDAV collection that exists and is a calendar: the PROPFIND reply of the publisher's
// first request.
FaultServer::Behaviour calendarCollection(const QString &path)
{
    const QByteArray body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        "<D:multistatus xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
        "<D:response><D:href>" +
        path.toUtf8() +
        "</D:href><D:propstat><D:prop><D:resourcetype><D:collection/><C:calendar/>"
        "</D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>"
        "</D:response></D:multistatus>";
    return FaultServer::respond(207, body, {{"Content-Type", "application/xml; charset=utf-8"}});
}

FaultServer::Behaviour resourceCreated(const QByteArray &etag)
{
    return FaultServer::respond(201, {}, {{"ETag", etag}});
}

} // namespace

class tst_ConnectorFaults : public QObject
{
    Q_OBJECT

private slots:
    void rtPushFailureLeavesOpQueued_data()
    {
        QTest::addColumn<Script>("script");
        QTest::addColumn<QString>("messageHas");
        QTest::addColumn<int>("puts");
        const int all = Http::RemoteOptions().maxAttempts;
        QTest::newRow("malformed JSON answering the PUT") << Script{malformed()} << u"JSON"_s << 1;
        // RT took the edit but its ticket cannot be read back: the ETag and base are not
        // known, so nothing is stored and the op is sent again (RT answers 412 then, and the
        // merge finds both sides agreeing).
        QTest::newRow("malformed JSON reading the ticket after the PUT")
            << Script{putAccepted(), malformed()} << u"JSON"_s << 1;
        QTest::newRow("connection dropped mid-reply, every attempt")
            << Script{FaultServer::fault(FaultServer::Kind::DropMidReply)}
            << u"/REST/2.0/ticket/7"_s << all;
        QTest::newRow("500 every time")
            << Script{FaultServer::respond(500, "oops")} << u"500"_s << all;
    }

    void rtPushFailureLeavesOpQueued()
    {
        QFETCH(Script, script);
        QFETCH(QString, messageHas);
        QFETCH(int, puts);
        // Given a linked ticket edited here after the push cursor
        RtWorld w;
        CHECK_OK(w.setUp());
        CHECK_OK(w.link());
        CHECK_OK(w.startCursorHere());
        CHECK_OK(w.edit(u"Printer jammed again"_s));
        auto before = snapshot(w);
        CHECK_OK(before);

        // When RT fails as scripted
        FaultServer broken(script);
        QVERIFY(broken.start());
        auto run = w.sync(broken);

        // Then the run ends with an error recorded against the op
        QVERIFY2(!run.ok(), "the run succeeded against a failing server");
        QCOMPARE(count(broken, "PUT", "/REST/2.0/ticket/7"), puts);
        QCOMPARE(count(broken, "GET", "/REST/2.0/tickets"), 0); // stopped before the pull
        auto errors = RemoteRepository(*w.db).errors(w.remote.id);
        CHECK_OK(errors);
        QCOMPARE(errors->size(), 1);
        QCOMPARE(errors->first().opId, w.editOp);
        QCOMPARE(errors->first().entityId, w.ticket.id);
        QVERIFY2(errors->first().message.contains(messageHas), qPrintable(errors->first().message));
        QCOMPARE(errors->first().message, run.error().message);
        // And nothing moved: the cursor before the op, the ticket and its link as they were
        auto after = snapshot(w);
        CHECK_OK(after);
        QCOMPARE(after->cursor, before->cursor);
        QCOMPARE(after->title, u"Printer jammed again"_s);
        QCOMPARE(after->linkKey, before->linkKey);
        QCOMPARE(after->linkEtag, before->linkEtag);
        QCOMPARE(after->linkBase, before->linkBase);

        // When RT answers again
        FaultServer healthy(w.healthyPush("\"42\""));
        QVERIFY(healthy.start());
        auto again = w.sync(healthy);
        CHECK_OK(again);

        // Then the op is replayed: sent once with the stored ETag, and no longer queued
        QCOMPARE(again->pushed, 1);
        QCOMPARE(count(healthy, "PUT", "/REST/2.0/ticket/7"), 1);
        const FaultServer::Received &put = healthy.received().first();
        QCOMPARE(put.header("If-Match"), storedEtag);
        QCOMPARE(QJsonDocument::fromJson(put.body).object().value(u"Subject"_s).toString(),
                 u"Printer jammed again"_s);
        auto end = w.journalEnd();
        CHECK_OK(end);
        auto cursor = w.state(u"push_seq"_s);
        CHECK_OK(cursor);
        QCOMPARE(*cursor, QString::number(*end));
        errors = RemoteRepository(*w.db).errors(w.remote.id);
        CHECK_OK(errors);
        QVERIFY(errors->isEmpty());
        auto link = w.storedLink();
        CHECK_OK(link);
        QVERIFY(link->has_value());
        QCOMPARE((*link)->etag, u"\"42\""_s);
        QCOMPARE(Rt::Internal::baseLocal((*link)->base, u"title"_s), u"Printer jammed again"_s);
    }

    void rtPushRetriesTransientFailure_data()
    {
        QTest::addColumn<FaultServer::Behaviour>("first");
        QTest::newRow("500 then success") << FaultServer::respond(500, "busy");
        QTest::newRow("429 with Retry-After then success")
            << FaultServer::respond(429, "slow down", {{"Retry-After", "1"}});
        QTest::newRow("dropped mid-reply then success")
            << FaultServer::fault(FaultServer::Kind::DropMidReply);
    }

    void rtPushRetriesTransientFailure()
    {
        QFETCH(FaultServer::Behaviour, first);
        // Given a linked ticket edited here after the push cursor
        RtWorld w;
        CHECK_OK(w.setUp());
        CHECK_OK(w.link());
        CHECK_OK(w.startCursorHere());
        CHECK_OK(w.edit(u"Toner empty"_s));

        // When RT fails once and then answers
        FaultServer server(Script{first} + w.healthyPush("\"43\""));
        QVERIFY(server.start());
        auto run = w.sync(server);

        // Then the PUT was sent again within the run and the op is delivered
        CHECK_OK(run);
        QCOMPARE(count(server, "PUT", "/REST/2.0/ticket/7"), 2);
        QCOMPARE(server.received().at(1).header("If-Match"), storedEtag);
        QCOMPARE(run->pushed, 1);
        QCOMPARE(run->errors, 0);
        auto errors = RemoteRepository(*w.db).errors(w.remote.id);
        CHECK_OK(errors);
        QVERIFY(errors->isEmpty());
        auto end = w.journalEnd();
        CHECK_OK(end);
        auto cursor = w.state(u"push_seq"_s);
        CHECK_OK(cursor);
        QCOMPARE(*cursor, QString::number(*end));
        auto link = w.storedLink();
        CHECK_OK(link);
        QVERIFY(link->has_value());
        QCOMPARE((*link)->etag, u"\"43\""_s);
    }

    void rtPushRefusesWrongHostCertificate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (!makeWrongHostCertificate(dir))
            QSKIP("openssl is not available to make a test certificate");
        const auto certificates = QSslCertificate::fromData(readAll(dir.filePath(u"cert.pem"_s)));
        QCOMPARE(certificates.size(), 1);
        QSslKey key(readAll(dir.filePath(u"key.pem"_s)), QSsl::Rsa);
        QVERIFY(!key.isNull());

        // Given a linked ticket edited here, and RT's certificate trusted but for another host
        RtWorld w;
        CHECK_OK(w.setUp());
        QJsonObject settings = w.remote.settings;
        settings.insert(u"caFile"_s, dir.filePath(u"cert.pem"_s));
        w.remote.settings = settings;
        CHECK_OK(RemoteRepository(*w.db).save(w.remote));
        CHECK_OK(w.link());
        CHECK_OK(w.startCursorHere());
        CHECK_OK(w.edit(u"Printer jammed again"_s));
        auto before = snapshot(w);
        CHECK_OK(before);

        // When syncing with it
        FaultServer server(w.healthyPush("\"42\""));
        server.setTls(certificates, key);
        QVERIFY(server.start());
        QUrl url = server.url(u"/"_s);
        url.setScheme(u"https"_s);
        Remote remote = w.remote;
        remote.baseUrl = url;
        auto run = Rt::synchronise(*w.db, remote, "1-14-secret", w.actor);

        // Then nothing was sent in the clear or retried, and the error is recorded
        QVERIFY(!run.ok());
        QCOMPARE(count(server, "PUT", "/"), 0);
        auto errors = RemoteRepository(*w.db).errors(w.remote.id);
        CHECK_OK(errors);
        QCOMPARE(errors->size(), 1);
        QCOMPARE(errors->first().opId, w.editOp);
        QVERIFY2(errors->first().message.contains(u"host name"_s, Qt::CaseInsensitive),
                 qPrintable(errors->first().message));
        auto after = snapshot(w);
        CHECK_OK(after);
        QCOMPARE(after->cursor, before->cursor);
        QCOMPARE(after->linkEtag, before->linkEtag);
        QCOMPARE(after->linkBase, before->linkBase);
    }

    void rtPullFailureCreatesNothing_data()
    {
        const QJsonArray found{
            QJsonObject{{u"id"_s, 9}, {u"LastUpdated"_s, u"2030-01-02T10:00:00Z"_s}}};
        const auto ticket9 = jsonReply({{u"id"_s, 9},
                                        {u"Subject"_s, u"Paper everywhere"_s},
                                        {u"Status"_s, u"new"_s},
                                        {u"Priority"_s, 0},
                                        {u"Queue"_s, queueName},
                                        {u"LastUpdated"_s, u"2030-01-02T10:00:00Z"_s}},
                                       {{"ETag", "\"100\""}});
        const auto history = listing({QJsonObject{{u"id"_s, 100}, {u"Type"_s, u"Create"_s}}});
        const auto attachments = listing({QJsonObject{{u"TransactionId"_s, 100},
                                                      {u"ContentType"_s, u"text/plain"_s},
                                                      {u"Content"_s, u"Tray 2 spits paper"_s}}});
        QTest::addColumn<Script>("script");
        QTest::addColumn<Script>("healthy");
        QTest::addColumn<QString>("at"); // the request whose reply was malformed
        const Script all{listing(found), ticket9, history, attachments};
        QTest::newRow("malformed search reply")
            << Script{malformed()} << all << u"/REST/2.0/tickets"_s;
        QTest::newRow("malformed ticket")
            << Script{listing(found), malformed()} << all << u"/REST/2.0/ticket/9 "_s;
        QTest::newRow("malformed history") << Script{listing(found), ticket9, malformed()} << all
                                           << u"/REST/2.0/ticket/9/history"_s;
        QTest::newRow("malformed attachments")
            << Script{listing(found), ticket9, history, malformed()} << all
            << u"/REST/2.0/ticket/9/attachments"_s;
    }

    void rtPullFailureCreatesNothing()
    {
        QFETCH(Script, script);
        QFETCH(Script, healthy);
        // Given a remote whose push has nothing to send
        RtWorld w;
        CHECK_OK(w.setUp());
        CHECK_OK(w.startCursorHere());
        auto tickets = w.ticketCount();
        CHECK_OK(tickets);
        const QString cursorKey = u"pull_cursor:"_s + queueName;

        // When RT's reply during the pull is malformed
        FaultServer broken(script);
        QVERIFY(broken.start());
        auto run = w.sync(broken);

        // Then the error is recorded and no local ticket, link or cursor was written
        QVERIFY(!run.ok());
        auto errors = RemoteRepository(*w.db).errors(w.remote.id);
        CHECK_OK(errors);
        QCOMPARE(errors->size(), 1);
        QVERIFY(errors->first().opId.isNull());
        QFETCH(QString, at);
        const QString message = errors->first().message;
        QVERIFY2(message.contains(u"JSON"_s) && message.contains(at), qPrintable(message));
        auto after = w.ticketCount();
        CHECK_OK(after);
        QCOMPARE(*after, *tickets);
        auto links = RemoteRepository(*w.db).links(w.remote.id, u"tickets"_s);
        CHECK_OK(links);
        QVERIFY(links->isEmpty());
        auto cursor = w.state(cursorKey);
        CHECK_OK(cursor);
        QCOMPARE(*cursor, QString());

        // When RT answers properly
        FaultServer server(healthy);
        QVERIFY(server.start());
        auto again = w.sync(server);
        CHECK_OK(again);

        // Then the ticket comes, once, and the cursor moves
        QCOMPARE(again->pulled, 1);
        after = w.ticketCount();
        CHECK_OK(after);
        QCOMPARE(*after, *tickets + 1);
        links = RemoteRepository(*w.db).links(w.remote.id, u"tickets"_s);
        CHECK_OK(links);
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().remoteKey, u"9"_s);
        cursor = w.state(cursorKey);
        CHECK_OK(cursor);
        QCOMPARE(*cursor, u"2030-01-02T10:00:00Z"_s);
    }

    void calDavServerErrorLeavesResourceUnpublished()
    {
        // Given two change freezes in the range and a calendar remote
        auto created = Test::TestDatabase::create(u"QSQLITE"_s);
        CHECK_OK(created);
        auto testDb = std::move(*created);
        auto opened = testDb->open();
        CHECK_OK(opened);
        Storage::Database &db = **opened;
        auto admin = Storage::DirectoryRepository(db).ensureAdmin();
        CHECK_OK(admin);
        Storage::WindowRepository windows(db);
        QList<QUuid> freezes;
        for (int day : {10, 20}) {
            Storage::StoredBlackout blackout;
            blackout.name = u"Freeze %1"_s.arg(day);
            blackout.reason = u"Finance"_s;
            blackout.starts = QDateTime(QDate(2030, 1, day), QTime(0, 0), Qt::UTC);
            blackout.ends = blackout.starts.addDays(1);
            auto made = windows.createBlackout(blackout, *admin);
            CHECK_OK(made);
            freezes << made->id;
        }
        Remote calendar;
        calendar.kind = RemoteKind::CalDav;
        calendar.name = u"calendar"_s;
        calendar.baseUrl = QUrl(u"http://127.0.0.1:9/cal/"_s);
        calendar.settings = CalDav::CalDavSettings().toJson();
        auto saved = RemoteRepository(db).save(calendar);
        CHECK_OK(saved);
        const QDateTime from(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2030, 2, 1), QTime(0, 0), Qt::UTC);
        auto publish = [&](const FaultServer &server) {
            Remote r = *saved;
            r.baseUrl = server.url(u"/cal/"_s);
            return CalDav::publish(db, r, "secret", admin->id, from, to);
        };

        // When the server takes the first resource and fails every attempt at the second
        FaultServer broken({calendarCollection(u"/cal/"_s), resourceCreated("\"e1\""),
                            FaultServer::respond(500, "oops")});
        QVERIFY(broken.start());
        auto run = publish(broken);

        // Then the run ends with a recorded error against the failed freeze
        QVERIFY(!run.ok());
        QCOMPARE(run.error().kind, ErrorKind::Connection);
        QCOMPARE(count(broken, "PUT", "/cal/"), 1 + Http::RemoteOptions().maxAttempts);
        const QByteArray failedPath = broken.received().last().target;
        QCOMPARE(broken.received().last().method, QByteArray("PUT"));
        auto errors = RemoteRepository(db).errors(saved->id);
        CHECK_OK(errors);
        QCOMPARE(errors->size(), 1);
        QVERIFY2(errors->first().message.contains(u"500"_s), qPrintable(errors->first().message));
        QVERIFY(freezes.contains(errors->first().entityId));
        const QUuid failed = errors->first().entityId;
        // And only what the server confirmed is in the id map
        auto links = RemoteRepository(db).links(saved->id, u"blackout_windows"_s);
        CHECK_OK(links);
        QCOMPARE(links->size(), 1);
        QVERIFY(links->first().localId != failed);
        QVERIFY(links->first().remoteKey.toUtf8() != failedPath);
        QCOMPARE(links->first().etag, u"\"e1\""_s);

        // When the server works again
        FaultServer healthy({calendarCollection(u"/cal/"_s), resourceCreated("\"e2\"")});
        QVERIFY(healthy.start());
        auto again = publish(healthy);
        CHECK_OK(again);

        // Then only the failed freeze is sent, as a create, and the error is gone
        QCOMPARE(count(healthy, "PUT", "/cal/"), 1);
        const FaultServer::Received &put = healthy.received().last();
        QCOMPARE(put.target, failedPath);
        QCOMPARE(put.header("If-None-Match"), QByteArray("*"));
        QCOMPARE(again->created, 1);
        QCOMPARE(again->unchanged, 1);
        links = RemoteRepository(db).links(saved->id, u"blackout_windows"_s);
        CHECK_OK(links);
        QCOMPARE(links->size(), 2);
        errors = RemoteRepository(db).errors(saved->id);
        CHECK_OK(errors);
        QVERIFY(errors->isEmpty());
    }

    void calDavMalformedMultistatusPublishesNothing()
    {
        // Given a change freeze in the range and a calendar remote
        auto created = Test::TestDatabase::create(u"QSQLITE"_s);
        CHECK_OK(created);
        auto testDb = std::move(*created);
        auto opened = testDb->open();
        CHECK_OK(opened);
        Storage::Database &db = **opened;
        auto admin = Storage::DirectoryRepository(db).ensureAdmin();
        CHECK_OK(admin);
        Storage::StoredBlackout blackout;
        blackout.name = u"Freeze"_s;
        blackout.reason = u"Finance"_s;
        blackout.starts = QDateTime(QDate(2030, 1, 10), QTime(0, 0), Qt::UTC);
        blackout.ends = blackout.starts.addDays(1);
        CHECK_OK(Storage::WindowRepository(db).createBlackout(blackout, *admin));
        Remote calendar;
        calendar.kind = RemoteKind::CalDav;
        calendar.name = u"calendar"_s;
        calendar.baseUrl = QUrl(u"http://127.0.0.1:9/cal/"_s);
        auto saved = RemoteRepository(db).save(calendar);
        CHECK_OK(saved);

        // When the collection's PROPFIND answer is cut short
        FaultServer server({FaultServer::respond(207, "<?xml version=\"1.0\"?><D:multistatus "
                                                      "xmlns:D=\"DAV:\"><D:response><D:href>")});
        QVERIFY(server.start());
        Remote r = *saved;
        r.baseUrl = server.url(u"/cal/"_s);
        auto run = CalDav::publish(db, r, "secret", admin->id,
                                   QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC),
                                   QDateTime(QDate(2030, 2, 1), QTime(0, 0), Qt::UTC));

        // Then nothing is written anywhere and the error is recorded
        QVERIFY(!run.ok());
        QCOMPARE(count(server, "PUT", "/"), 0);
        QCOMPARE(count(server, "MKCALENDAR", "/"), 0);
        auto errors = RemoteRepository(db).errors(saved->id);
        CHECK_OK(errors);
        QCOMPARE(errors->size(), 1);
        QVERIFY(!errors->first().message.isEmpty());
        auto links = RemoteRepository(db).links(saved->id, u"blackout_windows"_s);
        CHECK_OK(links);
        QVERIFY(links->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ConnectorFaults)
#include "tst_connectorfaults.moc"
