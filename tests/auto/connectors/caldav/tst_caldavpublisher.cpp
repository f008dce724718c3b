// SPDX-License-Identifier: GPL-3.0-or-later
// The change schedule published to the real Radicale that test.sh starts
// (tests/services/radicale.sh). What is on the server is read back with plain HTTP requests
// and an independent iCalendar parser (python3-icalendar), not through the publisher's code.
#include "cmdbfixture.h"

#include "connectors/caldav/caldavpublisher.h"
#include "connectors/http/httpclient.h"
#include "connectors/remote/remoterepository.h"
#include "storage/changewindows/windowrepository.h"
#include "storage/directoryrepository.h"
#include "storage/ticketrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <tuple>

using namespace ServiceDeck;
using namespace ServiceDeck::Connectors;
using namespace Qt::StringLiterals;

namespace {

bool remotesRequired()
{
    return qEnvironmentVariableIntValue("SERVICEDECK_TEST_REQUIRE_REMOTES") == 1;
}

// The interpreter with the icalendar module: the system's, which a per-user Python earlier on
// PATH may hide. Empty when none has it.
QString pythonWithICalendar()
{
    QStringList candidates;
    if (const QString configured = qEnvironmentVariable("SERVICEDECK_PYTHON");
        !configured.isEmpty())
        candidates << configured;
    if (const QString found = QStandardPaths::findExecutable(u"python3"_s); !found.isEmpty())
        candidates << found;
    candidates << u"/usr/bin/python3"_s;
    for (const QString &candidate : std::as_const(candidates)) {
        QProcess probe;
        probe.start(candidate, {u"-c"_s, u"import icalendar"_s});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

QDateTime utc(int month, int day, int hour)
{
    return QDateTime(QDate(2030, month, day), QTime(hour, 0), Qt::UTC);
}

QString iso(const QDateTime &instant)
{
    return instant.toString(Qt::ISODateWithMs);
}

// The collection as the server has it, read without the publisher: PROPFIND Depth 1 and GET.
class ServerView
{
public:
    ServerView(const QUrl &collection, const QString &user, const QByteArray &password)
        : m_collection(collection)
        , m_client([&] {
            Http::RemoteOptions options;
            options.authorization = "Basic " + (user.toUtf8() + ':' + password).toBase64();
            return options;
        }())
    {}

    // File name → ETag of each member; nullopt when the collection does not answer 207.
    std::optional<QMap<QString, QByteArray>> list()
    {
        Http::Request request;
        request.method = "PROPFIND";
        request.url = m_collection;
        request.headers = {{"Depth", "1"}, {"Content-Type", "application/xml"}};
        request.body = "<?xml version=\"1.0\"?><propfind xmlns=\"DAV:\"><prop><getetag/>"
                       "</prop></propfind>";
        request.idempotent = true;
        const Http::Reply reply = m_client.sendAndWait(request);
        if (reply.status != 207)
            return std::nullopt;
        QMap<QString, QByteArray> members;
        QXmlStreamReader xml(reply.body);
        QString href;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.namespaceUri() != u"DAV:")
                continue;
            if (xml.name() == u"href") {
                href = QUrl::fromPercentEncoding(xml.readElementText().trimmed().toUtf8());
            } else if (xml.name() == u"getetag") {
                const QString name = href.section(QLatin1Char('/'), -1);
                if (!name.isEmpty()) // the collection itself ends with '/'
                    members.insert(name, xml.readElementText().trimmed().toUtf8());
            }
        }
        if (xml.hasError())
            return std::nullopt;
        return members;
    }

    Http::Reply send(const QByteArray &method, const QString &name, const QByteArray &body = {},
                     const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        Http::Request request;
        request.method = method;
        request.url = m_collection.resolved(QUrl(name));
        request.headers = headers;
        request.body = body;
        request.idempotent = true;
        return m_client.sendAndWait(request);
    }

private:
    QUrl m_collection;
    Http::Client m_client;
};

// What the independent parser read from one resource.
struct Parsed
{
    QString method;
    QList<QJsonObject> events;
};

} // namespace

class tst_CalDavPublisher : public QObject
{
    Q_OBJECT

    QUrl m_base;
    QString m_user;
    QByteArray m_password;
    QString m_python;
    int m_collections = 0;

    // A fresh SQLite database with the scenario, and a remote on a collection of its own:
    //   changes A (10 Jan 2030 08–10) and B (20 Jan 12–13) in the range January 2030,
    //   change C (1 Mar) outside it; freeze X (15 Jan) in it, freeze Y (1 Apr) outside.
    struct Scenario
    {
        std::unique_ptr<Test::TestDatabase> testDb;
        std::unique_ptr<Test::CmdbFixture> fixture;
        User admin;
        QString a, b, c; // change numbers
        QUuid aId, bId, cId;
        Storage::StoredBlackout x, y;
        Remote remote;

        Storage::Database &db() { return fixture->db(); }
    };

    static QDateTime rangeStart() { return utc(1, 1, 0); }
    static QDateTime rangeEnd() { return utc(2, 1, 0); }

    Result<Scenario> makeScenario()
    {
        Scenario s;
        auto testDb = Test::TestDatabase::create(u"QSQLITE"_s);
        if (!testDb)
            return testDb.error();
        s.testDb = std::move(*testDb);
        auto fixture = Test::CmdbFixture::make(*s.testDb);
        if (!fixture)
            return fixture.error();
        s.fixture = std::move(*fixture);
        auto admin = Storage::DirectoryRepository(s.db()).ensureAdmin();
        if (!admin)
            return admin.error();
        s.admin = *admin;

        Storage::TicketRepository tickets(s.db());
        const struct
        {
            QString title;
            QDateTime start, end;
            QString *number;
            QUuid *id;
        } changes[] = {{u"Patch the mail relay"_s, utc(1, 10, 8), utc(1, 10, 10), &s.a, &s.aId},
                       {u"Rotate certificates; step 1, then 2"_s, utc(1, 20, 12), utc(1, 20, 13),
                        &s.b, &s.bId},
                       {u"Replace the core switch"_s, utc(3, 1, 6), utc(3, 1, 9), &s.c, &s.cId}};
        for (const auto &change : changes) {
            auto created = tickets.create(TicketKind::Change,
                                          {{u"title"_s, change.title},
                                           {u"planned_start"_s, iso(change.start)},
                                           {u"planned_end"_s, iso(change.end)}},
                                          s.admin.id);
            if (!created)
                return created.error();
            *change.number = created->number;
            *change.id = created->id;
        }
        Storage::WindowRepository windows(s.db());
        for (auto [freeze, name, start] : {std::tuple{&s.x, u"Month-end close"_s, utc(1, 15, 0)},
                                           std::tuple{&s.y, u"Quarter close"_s, utc(4, 1, 0)}}) {
            Storage::StoredBlackout blackout;
            blackout.name = name;
            blackout.reason = u"Finance freeze"_s;
            blackout.starts = start;
            blackout.ends = start.addDays(1);
            auto created = windows.createBlackout(blackout, s.admin);
            if (!created)
                return created.error();
            *freeze = *created;
        }

        // Each test its own collection next to the configured one: "…/servicedeck-changes-N/".
        QUrl url = m_base;
        QString path = url.path();
        path.chop(1);
        url.setPath(
            u"%1-%2-%3/"_s.arg(path).arg(QCoreApplication::applicationPid()).arg(++m_collections));
        Remote remote;
        remote.kind = RemoteKind::CalDav;
        remote.name = u"calendar"_s;
        remote.baseUrl = url;
        remote.userName = m_user;
        remote.settings = CalDav::CalDavSettings().toJson();
        auto saved = RemoteRepository(s.db()).save(remote);
        if (!saved)
            return saved.error();
        s.remote = *saved;
        return s;
    }

    Result<RemoteRunReport> publish(Scenario &s)
    {
        return CalDav::publish(s.db(), s.remote, m_password, s.admin.id, rangeStart(), rangeEnd());
    }

    ServerView view(const Scenario &s) { return ServerView(s.remote.baseUrl, m_user, m_password); }

    static QString fileOf(const QString &kind, const QUuid &id)
    {
        return u"%1-%2.ics"_s.arg(kind, id.toString(QUuid::WithoutBraces));
    }

    // GETs a member and reads it with python3-icalendar.
    std::optional<Parsed> fetchAndParse(ServerView &server, const QString &name)
    {
        const Http::Reply reply = server.send("GET", name);
        if (reply.status != 200) {
            qWarning() << "GET" << name << reply.status << reply.errorText;
            return std::nullopt;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"resource.ics"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reply.body) != reply.body.size())
            return std::nullopt;
        file.close();
        QProcess checker;
        checker.start(m_python, {QStringLiteral(SERVICEDECK_CHECK_ICS), path});
        if (!checker.waitForFinished(60000) || checker.exitStatus() != QProcess::NormalExit ||
            checker.exitCode() != 0) {
            qWarning() << "not parsable:" << name << checker.readAllStandardError() << reply.body;
            return std::nullopt;
        }
        const QJsonObject json = QJsonDocument::fromJson(checker.readAllStandardOutput()).object();
        Parsed parsed;
        parsed.method = json[u"method"_s].toString();
        for (const QJsonValue &event : json[u"events"_s].toArray())
            parsed.events << event.toObject();
        return parsed;
    }

    static QString dtstartOf(const Parsed &parsed)
    {
        return parsed.events.value(0)[u"dtstart"_s].toObject()[u"raw"_s].toString();
    }

    QString cli() const { return qEnvironmentVariable("SERVICEDECK_CLI"); }

private slots:
    void initTestCase()
    {
        m_base = QUrl(qEnvironmentVariable("SERVICEDECK_TEST_CALDAV_URL"));
        m_user = qEnvironmentVariable("SERVICEDECK_TEST_CALDAV_USER");
        m_password = qgetenv("SERVICEDECK_TEST_CALDAV_PASSWORD");
        if (!m_base.isValid() || m_base.isEmpty()) {
            if (remotesRequired())
                QFAIL("SERVICEDECK_TEST_CALDAV_URL is not set but the remote services are "
                      "required (SERVICEDECK_TEST_REQUIRE_REMOTES=1)");
            QSKIP("no CalDAV server configured (SERVICEDECK_TEST_CALDAV_URL; see "
                  "tests/services/radicale.sh)");
        }
        if (!m_base.path().endsWith(u'/'))
            m_base.setPath(m_base.path() + u'/');
        // python3 with icalendar is part of the test setup (./test.sh installs
        // python3-icalendar): without it the check fails rather than passing unseen.
        m_python = pythonWithICalendar();
        QVERIFY2(!m_python.isEmpty(),
                 "no python3 with the icalendar module (Debian package python3-icalendar)");
    }

    void shouldPublishExactlyTheChangesAndFreezesOfTheRange()
    {
        // Given changes and freezes in and out of January 2030, and no collection yet
        auto s = makeScenario();
        SD_VERIFY_OK(s);
        ServerView server = view(*s);
        QVERIFY(!server.list());
        auto tested = CalDav::testConnection(s->remote, m_password);
        SD_VERIFY_OK(tested);
        QVERIFY2(tested->contains(u"does not exist yet"_s), qPrintable(*tested));

        // When January is published
        auto report = publish(*s);
        SD_VERIFY_OK(report);

        // Then the collection was made and holds exactly A, B and X
        QCOMPARE(report->created, 3);
        QCOMPARE(report->pushed, 3);
        QCOMPARE(report->deleted, 0);
        QCOMPARE(report->errors, 0);
        const auto members = server.list();
        QVERIFY(members);
        const QStringList expected = {fileOf(u"blackout"_s, s->x.id), fileOf(u"change"_s, s->aId),
                                      fileOf(u"change"_s, s->bId)};
        QStringList names = members->keys();
        names.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(names, sortedExpected);
        auto connected = CalDav::testConnection(s->remote, m_password);
        SD_VERIFY_OK(connected);
        QVERIFY2(connected->contains(u"3"_s), qPrintable(*connected));

        // And each one is a calendar object resource an independent parser reads: one VEVENT,
        // the record's UID, its window, no METHOD
        const QMap<QString, std::pair<QString, QString>> events = {
            {fileOf(u"change"_s, s->aId),
             {u"change-%1@servicedeck"_s.arg(s->aId.toString(QUuid::WithoutBraces)),
              u"20300110T080000Z"_s}},
            {fileOf(u"change"_s, s->bId),
             {u"change-%1@servicedeck"_s.arg(s->bId.toString(QUuid::WithoutBraces)),
              u"20300120T120000Z"_s}},
            {fileOf(u"blackout"_s, s->x.id),
             {u"blackout-%1@servicedeck"_s.arg(s->x.id.toString(QUuid::WithoutBraces)),
              u"20300115T000000Z"_s}},
        };
        for (auto it = events.cbegin(); it != events.cend(); ++it) {
            const auto parsed = fetchAndParse(server, it.key());
            QVERIFY2(parsed, qPrintable(it.key()));
            QCOMPARE(parsed->events.size(), 1);
            QCOMPARE(parsed->events.at(0)[u"uid"_s].toString(), it.value().first);
            QCOMPARE(dtstartOf(*parsed), it.value().second);
            QVERIFY(parsed->method.isEmpty());
        }
        const auto change = fetchAndParse(server, fileOf(u"change"_s, s->bId));
        QVERIFY(change);
        QVERIFY(change->events.at(0)[u"summary"_s].toString().endsWith(
            u"Rotate certificates; step 1, then 2"_s));
    }

    void shouldUpdateTheEventOfAMovedChange()
    {
        // Given January published
        auto s = makeScenario();
        SD_VERIFY_OK(s);
        SD_VERIFY_OK(publish(*s));
        ServerView server = view(*s);
        const auto before = server.list();
        QVERIFY(before);
        const QString a = fileOf(u"change"_s, s->aId);

        // When change A moves to 12 January 14:00–15:00 and January is published again
        SD_VERIFY_OK(Storage::TicketRepository(s->db()).update(
            s->a,
            {{u"planned_start"_s, iso(utc(1, 12, 14))}, {u"planned_end"_s, iso(utc(1, 12, 15))}},
            s->admin.id));
        auto report = publish(*s);
        SD_VERIFY_OK(report);

        // Then only A was sent, as an update of the same resource
        QCOMPARE(report->pushed, 1);
        QCOMPARE(report->created, 0);
        QCOMPARE(report->deleted, 0);
        QCOMPARE(report->unchanged, 2);
        const auto after = server.list();
        QVERIFY(after);
        QCOMPARE(after->keys(), before->keys());
        QVERIFY(after->value(a) != before->value(a));
        QCOMPARE(after->value(fileOf(u"change"_s, s->bId)),
                 before->value(fileOf(u"change"_s, s->bId)));
        // And the server's event has the new start
        const auto parsed = fetchAndParse(server, a);
        QVERIFY(parsed);
        QCOMPARE(dtstartOf(*parsed), u"20300112T140000Z"_s);
    }

    void shouldDeleteCancelledChangesAndRemovedFreezesOnly()
    {
        // Given January published, and an event someone else put into the collection
        auto s = makeScenario();
        SD_VERIFY_OK(s);
        SD_VERIFY_OK(publish(*s));
        ServerView server = view(*s);
        const QByteArray foreign =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone//Else//EN\r\nBEGIN:VEVENT\r\n"
            "UID:team-offsite@example.org\r\nDTSTAMP:20291201T000000Z\r\n"
            "DTSTART:20300117T090000Z\r\nDTEND:20300117T170000Z\r\nSUMMARY:Offsite\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n";
        QCOMPARE(server
                     .send("PUT", u"offsite.ics"_s, foreign,
                           {{"If-None-Match", "*"}, {"Content-Type", "text/calendar"}})
                     .status,
                 201);

        // When change A is cancelled, freeze X deleted, and January published again
        SD_VERIFY_OK(Storage::TicketRepository(s->db()).update(s->a, {{u"state"_s, u"cancelled"_s}},
                                                               s->admin.id));
        auto x = Storage::WindowRepository(s->db()).findBlackout(s->x.id);
        SD_VERIFY_OK(x);
        SD_VERIFY_OK(
            Storage::WindowRepository(s->db()).removeBlackout(s->x.id, (*x)->version, s->admin));
        auto report = publish(*s);
        SD_VERIFY_OK(report);

        // Then their resources are gone, B and the foreign event stay
        QCOMPARE(report->deleted, 2);
        QCOMPARE(report->pushed, 0);
        QCOMPARE(report->unchanged, 1);
        const auto members = server.list();
        QVERIFY(members);
        QStringList names = members->keys();
        names.sort();
        QCOMPARE(names, QStringList({fileOf(u"change"_s, s->bId), u"offsite.ics"_s}));
        QCOMPARE(server.send("GET", fileOf(u"change"_s, s->aId)).status, 404);
        QCOMPARE(server.send("GET", fileOf(u"blackout"_s, s->x.id)).status, 404);
        // And the id map forgot them
        auto links = RemoteRepository(s->db()).links(s->remote.id, u"tickets"_s);
        SD_VERIFY_OK(links);
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->at(0).localId, s->bId);
    }

    void shouldSendNothingWhenNothingChanged()
    {
        // Given January published
        auto s = makeScenario();
        SD_VERIFY_OK(s);
        SD_VERIFY_OK(publish(*s));
        ServerView server = view(*s);
        const auto before = server.list();
        QVERIFY(before);
        QCOMPARE(before->size(), 3);

        // When it is published again with nothing changed, a second later (a new DTSTAMP)
        QTest::qWait(1100);
        auto report = publish(*s);
        SD_VERIFY_OK(report);

        // Then no PUT was sent: the report says so, and the server's ETags are the same
        QCOMPARE(report->pushed, 0);
        QCOMPARE(report->created, 0);
        QCOMPARE(report->deleted, 0);
        QCOMPARE(report->unchanged, 3);
        QCOMPARE(report->errors, 0);
        const auto after = server.list();
        QVERIFY(after);
        QCOMPARE(*after, *before);
    }

    void shouldNotOverwriteAnEditMadeOnTheServer()
    {
        // Given January published, and A's event then edited by someone else on the server
        auto s = makeScenario();
        SD_VERIFY_OK(s);
        SD_VERIFY_OK(publish(*s));
        ServerView server = view(*s);
        const QString a = fileOf(u"change"_s, s->aId);
        const auto before = server.list();
        QVERIFY(before);
        Http::Reply original = server.send("GET", a);
        QCOMPARE(original.status, 200);
        QByteArray edited = original.body;
        edited.replace("DTSTART:20300110T080000Z", "DTSTART:20300110T070000Z");
        QVERIFY(edited != original.body);
        QVERIFY(server
                    .send("PUT", a, edited,
                          {{"If-Match", before->value(a)}, {"Content-Type", "text/calendar"}})
                    .ok());

        // When A moves locally and January is published
        SD_VERIFY_OK(Storage::TicketRepository(s->db()).update(
            s->a,
            {{u"planned_start"_s, iso(utc(1, 11, 8))}, {u"planned_end"_s, iso(utc(1, 11, 10))}},
            s->admin.id));
        auto first = publish(*s);
        SD_VERIFY_OK(first);

        // Then the other edit is not overwritten blindly: an error is recorded
        QCOMPARE(first->pushed, 0);
        QCOMPARE(first->errors, 1);
        auto errors = RemoteRepository(s->db()).errors(s->remote.id);
        SD_VERIFY_OK(errors);
        QCOMPARE(errors->size(), 1);
        QCOMPARE(errors->at(0).entityId, s->aId);
        auto parsed = fetchAndParse(server, a);
        QVERIFY(parsed);
        QCOMPARE(dtstartOf(*parsed), u"20300110T070000Z"_s);

        // And the next publish, knowing the server's version now, sends the local one
        auto second = publish(*s);
        SD_VERIFY_OK(second);
        QCOMPARE(second->pushed, 1);
        QCOMPARE(second->errors, 0);
        parsed = fetchAndParse(server, a);
        QVERIFY(parsed);
        QCOMPARE(dtstartOf(*parsed), u"20300111T080000Z"_s);
        errors = RemoteRepository(s->db()).errors(s->remote.id);
        SD_VERIFY_OK(errors);
        QVERIFY(errors->isEmpty());
    }

    void shouldPublishFromTheCommandLine()
    {
        QVERIFY2(QFileInfo(cli()).isExecutable(), "SERVICEDECK_CLI is not set");
        // Given the scenario in a database file
        auto s = makeScenario();
        SD_VERIFY_OK(s);
        const QUrl url = s->remote.baseUrl;
        SD_VERIFY_OK(RemoteRepository(s->db()).remove(s->remote.id));

        // When the CLI publishes January to the collection
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SERVICEDECK_CALDAV_PASSWORD"_s, QString::fromUtf8(m_password));
        process.setProcessEnvironment(env);
        process.start(cli(),
                      {u"--db"_s, s->testDb->urlText(), u"remote"_s, u"publish"_s, u"caldav"_s,
                       u"--url"_s, url.toString(), u"--user"_s, m_user, u"--from"_s,
                       u"2030-01-01"_s, u"--to"_s, u"2030-02-01"_s, u"--format"_s, u"json"_s});
        QVERIFY(process.waitForFinished(120000));
        const QByteArray errors = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 errors.constData());
        QVERIFY2(!errors.contains(m_password), "the password reached stderr");

        // Then it reports what it did and the collection holds A, B and X
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json[u"created"_s].toInt(), 3);
        QCOMPARE(json[u"errors"_s].toInt(), 0);
        const auto members = view(*s).list();
        QVERIFY(members);
        QCOMPARE(members->size(), 3);
        QVERIFY(members->contains(fileOf(u"change"_s, s->aId)));
        // And the remote it made is named after host, port and path
        auto remotes = RemoteRepository(s->db()).list();
        SD_VERIFY_OK(remotes);
        QCOMPARE(remotes->size(), 1);
        QCOMPARE(remotes->at(0).name, u"127.0.0.1:%1%2"_s.arg(url.port()).arg(url.path()));
        QVERIFY(remotes->at(0).kind == RemoteKind::CalDav);
    }

    void shouldExitWithFourAndRecordTheErrorWhenUnreachable()
    {
        QVERIFY2(QFileInfo(cli()).isExecutable(), "SERVICEDECK_CLI is not set");
        auto s = makeScenario();
        SD_VERIFY_OK(s);
        // A port nobody listens on: one that was free a moment ago.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SERVICEDECK_CALDAV_PASSWORD"_s, QString::fromUtf8(m_password));
        process.setProcessEnvironment(env);
        process.start(cli(),
                      {u"--db"_s, s->testDb->urlText(), u"remote"_s, u"publish"_s, u"caldav"_s,
                       u"--url"_s, u"http://127.0.0.1:%1/%2/closed/"_s.arg(port).arg(m_user),
                       u"--user"_s, m_user, u"--name"_s, u"closed"_s});
        QVERIFY(process.waitForFinished(180000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QByteArray stderrText = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 4, stderrText.constData());
        QVERIFY(!stderrText.trimmed().isEmpty());

        auto remote = RemoteRepository(s->db()).findByName(u"closed"_s);
        SD_VERIFY_OK(remote);
        QVERIFY(remote->has_value());
        auto errors = RemoteRepository(s->db()).errors((*remote)->id);
        SD_VERIFY_OK(errors);
        QCOMPARE(errors->size(), 1);
        QVERIFY2(errors->at(0).message.contains(QString::number(port)),
                 qPrintable(errors->at(0).message));
        // And nothing is recorded as published
        auto links = RemoteRepository(s->db()).links((*remote)->id, u"tickets"_s);
        SD_VERIFY_OK(links);
        QVERIFY(links->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CalDavPublisher)
#include "tst_caldavpublisher.moc"
