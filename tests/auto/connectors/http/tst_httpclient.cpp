// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultserver.h"

#include "connectors/http/httpclient.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Connectors::Http;
using ServiceDeck::Tests::FaultServer;

namespace {

// The credential every client here carries: it must reach the server and nothing else.
const QByteArray secret = QByteArrayLiteral("s3cr3t-t0ken-4711");
const QByteArray authorization = QByteArrayLiteral("token ") + secret;

QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

bool remotesRequired()
{
    return qEnvironmentVariableIntValue("SERVICEDECK_TEST_REQUIRE_REMOTES") == 1;
}

RemoteOptions fastOptions()
{
    RemoteOptions options;
    options.transferTimeoutMs = 5000;
    options.maxAttempts = 3;
    options.authorization = authorization;
    return options;
}

Request get(const QUrl &url)
{
    Request request;
    request.url = url;
    return request;
}

} // namespace

class tst_HttpClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldKnowWhichRequestsMayBeRepeated_data();
    void shouldKnowWhichRequestsMayBeRepeated();
    void shouldSendCredentialsUserAgentAndCustomMethods();

    void shouldRetryGetAfterReplyDroppedMidway();
    void shouldNotRepeatPostAfterReplyDroppedMidway();
    void shouldTimeOutWhenServerSaysNothing();
    void shouldRetryAfterServerError_data();
    void shouldRetryAfterServerError();
    void shouldRepeatConditionalPutButNotPlainPut();
    void shouldHonourRetryAfter_data();
    void shouldHonourRetryAfter();
    void shouldCapRetryAfterByMaxBackoff();
    void shouldNotRetryClientErrors_data();
    void shouldNotRetryClientErrors();
    void shouldReportRefusedConnectionAsNetworkFailure();

    void shouldRejectMalformedJson();
    void shouldRejectWrongJsonTopLevel();

    void shouldAbortOversizedReply_data();
    void shouldAbortOversizedReply();

    void shouldRefuseUnreadableCaFile();
    void shouldRefuseCertificateForWrongHost();
    void shouldRefuseCertificateFromUnknownCa();
    void shouldTrustTheRemotesOwnCa();

    void shouldKeepSecretsOutOfErrorTexts();
    void shouldKeepSecretsOutOfLogs(); // last: checks what every test above logged

private:
    bool makeCertificates();
    FaultServer *tlsServer(const QString &name, QList<FaultServer::Behaviour> script);

    QTemporaryDir m_dir;
    bool m_haveCertificates = false;
    QString m_certificateProblem;
};

void tst_HttpClient::initTestCase()
{
    // Every debug line of the HTTP core is produced and checked for secrets at the end.
    QLoggingCategory::setFilterRules(QStringLiteral("servicedeck.http.debug=true"));
    previousHandler = qInstallMessageHandler(recordMessage);
    QVERIFY(m_dir.isValid());
    m_haveCertificates = makeCertificates();
}

void tst_HttpClient::shouldKnowWhichRequestsMayBeRepeated_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("flag");
    QTest::addColumn<bool>("expected");
    QTest::newRow("GET") << QByteArray("GET") << QByteArray() << false << true;
    QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray() << false << true;
    QTest::newRow("PROPFIND") << QByteArray("PROPFIND") << QByteArray() << false << true;
    QTest::newRow("REPORT") << QByteArray("REPORT") << QByteArray() << false << true;
    QTest::newRow("POST") << QByteArray("POST") << QByteArray() << false << false;
    QTest::newRow("POST with op id") << QByteArray("POST") << QByteArray() << true << true;
    QTest::newRow("PUT") << QByteArray("PUT") << QByteArray() << false << false;
    QTest::newRow("PUT If-Match") << QByteArray("PUT") << QByteArray("if-match") << false << true;
    QTest::newRow("PUT If-None-Match")
        << QByteArray("PUT") << QByteArray("If-None-Match") << false << true;
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray() << false << false;
    QTest::newRow("DELETE If-Match")
        << QByteArray("DELETE") << QByteArray("If-Match") << false << true;
    QTest::newRow("MKCALENDAR") << QByteArray("MKCALENDAR") << QByteArray() << false << false;
    QTest::newRow("POST If-Match")
        << QByteArray("POST") << QByteArray("If-Match") << false << false;
}

void tst_HttpClient::shouldKnowWhichRequestsMayBeRepeated()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, header);
    QFETCH(bool, flag);
    QFETCH(bool, expected);
    Request request;
    request.method = method;
    if (!header.isEmpty())
        request.headers.append({header, QByteArrayLiteral("\"1\"")});
    request.idempotent = flag;
    QCOMPARE(request.isIdempotent(), expected);
}

void tst_HttpClient::shouldSendCredentialsUserAgentAndCustomMethods()
{
    FaultServer server({FaultServer::respond(207, "<multistatus/>")});
    QVERIFY(server.start());
    Client client(fastOptions());
    Request request;
    request.method = "PROPFIND";
    request.url = server.url(QStringLiteral("/cal/"));
    request.headers.append({QByteArrayLiteral("Depth"), QByteArrayLiteral("1")});
    request.body = "<propfind/>";

    const Reply reply = client.sendAndWait(request);

    QVERIFY2(reply.ok(), qPrintable(reply.errorText));
    QCOMPARE(reply.status, 207);
    QCOMPARE(reply.body, QByteArray("<multistatus/>"));
    QCOMPARE(reply.header("content-length"), QByteArray("14"));
    QCOMPARE(server.received().size(), 1);
    const FaultServer::Received &seen = server.received().constFirst();
    QCOMPARE(seen.method, QByteArray("PROPFIND"));
    QCOMPARE(seen.target, QByteArray("/cal/"));
    QCOMPARE(seen.body, QByteArray("<propfind/>"));
    QCOMPARE(seen.header("Depth"), QByteArray("1"));
    QCOMPARE(seen.header("Authorization"), authorization);
    QCOMPARE(seen.header("User-Agent"), QByteArray("ServiceDeck"));
}

void tst_HttpClient::shouldRetryGetAfterReplyDroppedMidway()
{
    FaultServer server(
        {FaultServer::fault(FaultServer::Kind::DropMidReply), FaultServer::respond(200, "whole")});
    QVERIFY(server.start());
    Client client(fastOptions());
    client.setBackoffForTesting(10, 50);

    const Reply reply = client.sendAndWait(get(server.url(QStringLiteral("/tickets"))));

    QVERIFY2(reply.ok(), qPrintable(reply.errorText));
    QCOMPARE(reply.body, QByteArray("whole"));
    QCOMPARE(reply.attempts, 2);
    QCOMPARE(server.received().size(), 2);
}

void tst_HttpClient::shouldNotRepeatPostAfterReplyDroppedMidway()
{
    FaultServer server({FaultServer::fault(FaultServer::Kind::DropMidReply),
                        FaultServer::respond(201, "created twice")});
    QVERIFY(server.start());
    Client client(fastOptions());
    client.setBackoffForTesting(10, 50);
    Request request = get(server.url(QStringLiteral("/tickets")));
    request.method = "POST";
    request.body = R"({"Subject":"x"})";

    const Reply reply = client.sendAndWait(request);

    QCOMPARE(reply.failure, Failure::Network);
    QCOMPARE(reply.attempts, 1);
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.toError().kind, ErrorKind::Connection);
    QVERIFY(reply.errorText.contains(server.url(QStringLiteral("/tickets")).toString()));
    // Longer than any backoff: a late repeat would have arrived by now.
    QTest::qWait(300);
    QCOMPARE(server.received().size(), 1);
}

void tst_HttpClient::shouldTimeOutWhenServerSaysNothing()
{
    FaultServer server({FaultServer::fault(FaultServer::Kind::Silent)});
    QVERIFY(server.start());
    RemoteOptions options = fastOptions();
    options.transferTimeoutMs = 300;
    options.maxAttempts = 3;
    Client client(options);
    client.setBackoffForTesting(10, 40);

    const Reply reply = client.sendAndWait(get(server.url(QStringLiteral("/slow"))));

    QCOMPARE(reply.failure, Failure::Timeout);
    QCOMPARE(reply.attempts, 3);
    QCOMPARE(reply.toError().kind, ErrorKind::Connection);
    QCOMPARE(server.received().size(), 3);
}

void tst_HttpClient::shouldRetryAfterServerError_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("503") << 503;
}

void tst_HttpClient::shouldRetryAfterServerError()
{
    QFETCH(int, status);
    FaultServer server({FaultServer::respond(status, "busy"), FaultServer::respond(200, "{}")});
    QVERIFY(server.start());
    Client client(fastOptions());
    client.setBackoffForTesting(10, 50);

    const Reply reply = client.sendAndWait(get(server.url(QStringLiteral("/x"))));

    QVERIFY2(reply.ok(), qPrintable(reply.errorText));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.attempts, 2);
    QCOMPARE(server.received().size(), 2);
}

void tst_HttpClient::shouldRepeatConditionalPutButNotPlainPut()
{
    FaultServer server({FaultServer::respond(500, "oops")});
    QVERIFY(server.start());
    Client client(fastOptions());
    client.setBackoffForTesting(10, 50);
    Request request = get(server.url(QStringLiteral("/ticket/1")));
    request.method = "PUT";
    request.body = "{}";

    Reply reply = client.sendAndWait(request);
    QCOMPARE(reply.failure, Failure::Http);
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.attempts, 1);
    QCOMPARE(reply.toError().kind, ErrorKind::Connection);
    QCOMPARE(server.received().size(), 1);

    request.headers.append({QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"abc\"")});
    reply = client.sendAndWait(request);
    QCOMPARE(reply.failure, Failure::Http);
    QCOMPARE(reply.attempts, 3);
    QCOMPARE(server.received().size(), 4);
}

void tst_HttpClient::shouldHonourRetryAfter_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("atLeastMs");
    QTest::newRow("seconds") << QByteArray("1") << qint64(1000);
    // An HTTP date has whole seconds: three seconds ahead is still more than one when the
    // request goes out.
    const QByteArray date = QLocale::c()
                                .toString(QDateTime::currentDateTimeUtc().addSecs(3),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                .toLatin1();
    QTest::newRow("HTTP date") << date << qint64(1000);
}

void tst_HttpClient::shouldHonourRetryAfter()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, atLeastMs);
    FaultServer server({FaultServer::respond(429, "slow down", {{"Retry-After", retryAfter}}),
                        FaultServer::respond(200, "[]")});
    QVERIFY(server.start());
    Client client(fastOptions());
    client.setBackoffForTesting(10, 10000); // without Retry-After the retry would come at once

    const Reply reply = client.sendAndWait(get(server.url(QStringLiteral("/search"))));

    QVERIFY2(reply.ok(), qPrintable(reply.errorText));
    QCOMPARE(reply.attempts, 2);
    QCOMPARE(server.received().size(), 2);
    const qint64 waited = server.received().at(1).atMs - server.received().at(0).atMs;
    const qint64 tolerance = 150;
    QVERIFY2(waited >= atLeastMs - tolerance, qPrintable(QString::number(waited)));
}

void tst_HttpClient::shouldCapRetryAfterByMaxBackoff()
{
    FaultServer server({FaultServer::respond(503, "maintenance", {{"Retry-After", "86400"}}),
                        FaultServer::respond(200, "{}")});
    QVERIFY(server.start());
    Client client(fastOptions());
    client.setBackoffForTesting(10, 100);

    const Reply reply = client.sendAndWait(get(server.url(QStringLiteral("/x"))));

    QVERIFY2(reply.ok(), qPrintable(reply.errorText));
    QCOMPARE(reply.attempts, 2);
}

void tst_HttpClient::shouldNotRetryClientErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("400") << 400 << ErrorKind::InvalidData;
    QTest::newRow("404") << 404 << ErrorKind::InvalidData;
    QTest::newRow("409") << 409 << ErrorKind::Conflict;
    QTest::newRow("412") << 412 << ErrorKind::Conflict;
}

void tst_HttpClient::shouldNotRetryClientErrors()
{
    QFETCH(int, status);
    QFETCH(ErrorKind, kind);
    FaultServer server({FaultServer::respond(status, R"({"message":"No such ticket"})")});
    QVERIFY(server.start());
    Client client(fastOptions());
    client.setBackoffForTesting(10, 50);

    const Reply reply = client.sendAndWait(get(server.url(QStringLiteral("/ticket/9"))));

    QCOMPARE(reply.failure, Failure::Http);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.attempts, 1);
    QCOMPARE(server.received().size(), 1);
    QCOMPARE(reply.body, QByteArray(R"({"message":"No such ticket"})"));
    const Error error = reply.toError();
    QCOMPARE(error.kind, kind);
    QVERIFY2(error.message.contains(QString::number(status)), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("No such ticket")), qPrintable(error.message));
    QVERIFY2(error.message.contains(server.url(QStringLiteral("/ticket/9")).toString()),
             qPrintable(error.message));
}

void tst_HttpClient::shouldReportRefusedConnectionAsNetworkFailure()
{
    // A port that was just free: nothing listens there.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    Client client(fastOptions());
    client.setBackoffForTesting(10, 50);

    const Reply reply =
        client.sendAndWait(get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port))));

    QCOMPARE(reply.failure, Failure::Network);
    QCOMPARE(reply.attempts, 3);
    QCOMPARE(reply.toError().kind, ErrorKind::Connection);
}

void tst_HttpClient::shouldRejectMalformedJson()
{
    FaultServer server({FaultServer::respond(200, R"({"id": 1,, })")});
    QVERIFY(server.start());
    Client client(fastOptions());
    const QUrl url = server.url(QStringLiteral("/ticket/1?fields=Subject"));

    const Reply reply = client.sendAndWait(get(url));
    QVERIFY2(reply.ok(), qPrintable(reply.errorText));
    const Result<QJsonObject> object = parseJsonObject(reply);

    QVERIFY(!object.ok());
    QCOMPARE(object.error().kind, ErrorKind::InvalidData);
    const QString message = object.error().message;
    QVERIFY2(message.contains(server.url(QStringLiteral("/ticket/1")).toString()),
             qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("fields=")), qPrintable(message));
    QJsonParseError expected;
    QJsonDocument::fromJson(reply.body, &expected);
    QVERIFY2(message.contains(expected.errorString()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" %1").arg(expected.offset)), qPrintable(message));
    QVERIFY(!parseJsonArray(reply).ok());
}

void tst_HttpClient::shouldRejectWrongJsonTopLevel()
{
    FaultServer server({FaultServer::respond(200, "[1, 2]"), FaultServer::respond(200, "{}")});
    QVERIFY(server.start());
    Client client(fastOptions());

    const Reply array = client.sendAndWait(get(server.url(QStringLiteral("/a"))));
    const Result<QJsonObject> asObject = parseJsonObject(array);
    QVERIFY(!asObject.ok());
    QCOMPARE(asObject.error().kind, ErrorKind::InvalidData);
    QVERIFY2(asObject.error().message.contains(server.url(QStringLiteral("/a")).toString()),
             qPrintable(asObject.error().message));
    QVERIFY(parseJsonArray(array).ok());
    QCOMPARE(parseJsonArray(array)->size(), 2);

    const Reply object = client.sendAndWait(get(server.url(QStringLiteral("/o"))));
    QVERIFY(parseJsonObject(object).ok());
    const Result<QJsonArray> asArray = parseJsonArray(object);
    QVERIFY(!asArray.ok());
    QCOMPARE(asArray.error().kind, ErrorKind::InvalidData);
    QVERIFY2(asArray.error().message.contains(server.url(QStringLiteral("/o")).toString()),
             qPrintable(asArray.error().message));

    // A failed reply gives its own error, not a JSON one.
    Reply failed;
    failed.failure = Failure::Http;
    failed.status = 412;
    failed.errorText = QStringLiteral("precondition");
    QCOMPARE(parseJsonObject(failed).error().kind, ErrorKind::Conflict);
}

void tst_HttpClient::shouldAbortOversizedReply_data()
{
    QTest::addColumn<FaultServer::Kind>("kind");
    QTest::newRow("announced") << FaultServer::Kind::Huge;
    QTest::newRow("unannounced") << FaultServer::Kind::HugeUnannounced;
}

void tst_HttpClient::shouldAbortOversizedReply()
{
    QFETCH(FaultServer::Kind, kind);
    FaultServer server({FaultServer::fault(kind)});
    QVERIFY(server.start());
    RemoteOptions options = fastOptions();
    options.maxReplyBytes = 64 * 1024;
    Client client(options);
    client.setBackoffForTesting(10, 50);

    const Reply reply = client.sendAndWait(get(server.url(QStringLiteral("/attachment"))));

    QCOMPARE(reply.failure, Failure::TooLarge);
    QCOMPARE(reply.attempts, 1);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(reply.toError().kind, ErrorKind::InvalidData);
    QCOMPARE(server.received().size(), 1);
    QVERIFY2(server.bytesSent() < FaultServer::hugeSize,
             qPrintable(QString::number(server.bytesSent())));
}

void tst_HttpClient::shouldRefuseUnreadableCaFile()
{
    RemoteOptions options = fastOptions();
    options.caCertificatesFile = m_dir.filePath(QStringLiteral("missing-ca.pem"));
    Client missing(options);
    Result<void> prepared = missing.prepare();
    QVERIFY(!prepared.ok());
    QVERIFY2(prepared.error().message.contains(QStringLiteral("missing-ca.pem")),
             qPrintable(prepared.error().message));
    // send() does not go on without the remote's CAs.
    const Reply reply = missing.sendAndWait(get(QUrl(QStringLiteral("https://127.0.0.1:1/"))));
    QCOMPARE(reply.failure, Failure::Tls);
    QCOMPARE(reply.attempts, 0);

    const QString emptyPath = m_dir.filePath(QStringLiteral("empty-ca.pem"));
    QFile empty(emptyPath);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("not a certificate\n");
    empty.close();
    options.caCertificatesFile = emptyPath;
    Client useless(options);
    prepared = useless.prepare();
    QVERIFY(!prepared.ok());
    QVERIFY2(prepared.error().message.contains(QStringLiteral("empty-ca.pem")),
             qPrintable(prepared.error().message));
}

bool tst_HttpClient::makeCertificates()
{
    if (!QSslSocket::supportsSsl()) {
        m_certificateProblem = QStringLiteral("Qt has no TLS backend here");
        return false;
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        m_certificateProblem = QStringLiteral("openssl is not installed");
        return false;
    }
    auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(openssl, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            m_certificateProblem = QStringLiteral("openssl %1 failed: %2")
                                       .arg(arguments.join(u' '),
                                            QString::fromLocal8Bit(process.readAllStandardError()));
            return false;
        }
        return true;
    };
    const QStringList ec = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
             QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                         QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"),
                         QStringLiteral("3650"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=ServiceDeck Test CA"), QStringLiteral("-addext"),
                         QStringLiteral("basicConstraints=critical,CA:TRUE"),
                         QStringLiteral("-addext"),
                         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}))
        return false;
    // One server certificate for another host, one for the address the tests connect to.
    const QList<QPair<QString, QString>> servers = {
        {QStringLiteral("wrong"), QStringLiteral("DNS:wrong.example")},
        {QStringLiteral("right"), QStringLiteral("IP:127.0.0.1")}};
    int serial = 2;
    for (const auto &[name, altName] : servers) {
        QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=" +
                  altName.toLatin1() + '\n');
        ext.close();
        const QString cn = name == QStringLiteral("wrong") ? QStringLiteral("/CN=wrong.example")
                                                           : QStringLiteral("/CN=127.0.0.1");
        if (!run(QStringList{QStringLiteral("req")} + ec +
                 QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                             QStringLiteral("-out"), name + QStringLiteral(".csr"),
                             QStringLiteral("-subj"), cn}))
            return false;
        if (!run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                  name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                  QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
                  QString::number(serial++), QStringLiteral("-days"), QStringLiteral("3650"),
                  QStringLiteral("-extfile"), name + QStringLiteral(".ext"), QStringLiteral("-out"),
                  name + QStringLiteral(".pem")}))
            return false;
    }
    return true;
}

FaultServer *tst_HttpClient::tlsServer(const QString &name, QList<FaultServer::Behaviour> script)
{
    auto readAll = [this](const QString &file) {
        QFile f(m_dir.filePath(file));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    auto *server = new FaultServer(std::move(script), this);
    server->setTls(QSslCertificate::fromData(readAll(name + QStringLiteral(".pem"))) +
                       QSslCertificate::fromData(readAll(QStringLiteral("ca.pem"))),
                   QSslKey(readAll(name + QStringLiteral(".key")), QSsl::Ec));
    return server;
}

#define REQUIRE_CERTIFICATES()                                                                     \
    do {                                                                                           \
        if (!m_haveCertificates) {                                                                 \
            if (remotesRequired())                                                                 \
                QFAIL(qPrintable(m_certificateProblem));                                           \
            QSKIP(qPrintable(m_certificateProblem));                                               \
        }                                                                                          \
    } while (false)

void tst_HttpClient::shouldRefuseCertificateForWrongHost()
{
    REQUIRE_CERTIFICATES();
    std::unique_ptr<FaultServer> server(
        tlsServer(QStringLiteral("wrong"), {FaultServer::respond(200, "{}")}));
    QVERIFY(server->start());
    RemoteOptions options = fastOptions();
    options.caCertificatesFile = m_dir.filePath(QStringLiteral("ca.pem"));
    Client client(options);
    QVERIFY(client.prepare().ok());
    client.setBackoffForTesting(10, 50);

    const Reply reply = client.sendAndWait(get(server->url(QStringLiteral("/"))));

    QCOMPARE(reply.failure, Failure::Tls);
    QCOMPARE(reply.attempts, 1);
    QCOMPARE(reply.toError().kind, ErrorKind::Connection);
    QVERIFY2(reply.errorText.contains(QStringLiteral("127.0.0.1")), qPrintable(reply.errorText));
    QVERIFY2(reply.errorText.contains(QSslError(QSslError::HostNameMismatch).errorString()),
             qPrintable(reply.errorText));
    QTest::qWait(200); // a repeat would have come by now
    QCOMPARE(server->connections(), 1);
    QCOMPARE(server->received().size(), 0);
}

void tst_HttpClient::shouldRefuseCertificateFromUnknownCa()
{
    REQUIRE_CERTIFICATES();
    std::unique_ptr<FaultServer> server(
        tlsServer(QStringLiteral("right"), {FaultServer::respond(200, "{}")}));
    QVERIFY(server->start());
    Client client(fastOptions()); // the remote's CA not given
    client.setBackoffForTesting(10, 50);

    const Reply reply = client.sendAndWait(get(server->url(QStringLiteral("/"))));

    QCOMPARE(reply.failure, Failure::Tls);
    QCOMPARE(reply.attempts, 1);
    QVERIFY2(reply.errorText.contains(QStringLiteral("127.0.0.1")), qPrintable(reply.errorText));
    QCOMPARE(server->received().size(), 0);
}

void tst_HttpClient::shouldTrustTheRemotesOwnCa()
{
    REQUIRE_CERTIFICATES();
    std::unique_ptr<FaultServer> server(
        tlsServer(QStringLiteral("right"), {FaultServer::respond(200, R"({"ok":1})")}));
    QVERIFY(server->start());
    RemoteOptions options = fastOptions();
    options.caCertificatesFile = m_dir.filePath(QStringLiteral("ca.pem"));
    Client client(options);
    QVERIFY(client.prepare().ok());

    const Reply reply = client.sendAndWait(get(server->url(QStringLiteral("/secure"))));

    QVERIFY2(reply.ok(), qPrintable(reply.errorText));
    QCOMPARE(reply.status, 200);
    QCOMPARE(parseJsonObject(reply)->value(QStringLiteral("ok")).toInt(), 1);
    QCOMPARE(server->received().size(), 1);
    QCOMPARE(server->received().constFirst().header("Authorization"), authorization);
}

void tst_HttpClient::shouldKeepSecretsOutOfErrorTexts()
{
    // A server that echoes the credential in its error message, and URLs with secrets in the
    // user info and the query string.
    FaultServer server(
        {FaultServer::respond(401, R"({"message":"bad credential token )" + secret + R"("})"),
         FaultServer::fault(FaultServer::Kind::DropMidReply)});
    QVERIFY(server.start());
    Client client(fastOptions());
    client.setBackoffForTesting(10, 50);
    QUrl url = server.url(QStringLiteral("/x?api_key=query-secret-99"));
    url.setUserInfo(QStringLiteral("alice:password-secret-77"));

    const Reply refused = client.sendAndWait(get(url));
    QCOMPARE(refused.failure, Failure::Http);
    QCOMPARE(refused.status, 401);
    QCOMPARE(server.received().constFirst().header("Authorization"), authorization);

    Request post = get(url);
    post.method = "POST";
    post.body = R"({"Subject":"x"})";
    post.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    const Reply dropped = client.sendAndWait(post);
    QCOMPARE(dropped.failure, Failure::Network);

    for (const Reply &reply : {refused, dropped}) {
        QVERIFY(!reply.errorText.isEmpty());
        for (const QString &text :
             {reply.errorText, reply.toError().message, reply.url.toString()}) {
            QVERIFY2(!text.contains(QString::fromLatin1(secret)), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("query-secret-99")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("password-secret-77")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("alice")), qPrintable(text));
        }
        QVERIFY2(reply.errorText.contains(server.url(QStringLiteral("/x")).toString()),
                 qPrintable(reply.errorText));
    }
}

void tst_HttpClient::shouldKeepSecretsOutOfLogs()
{
    QStringList lines;
    {
        QMutexLocker lock(&logMutex);
        lines = logLines;
    }
    // The debug lines were on: without any, this check would prove nothing.
    const bool anyHttpLine = std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(QStringLiteral("attempt"));
    });
    QVERIFY2(anyHttpLine, "no log line of the HTTP core was recorded");
    for (const QString &line : std::as_const(lines)) {
        QVERIFY2(!line.contains(QString::fromLatin1(secret)), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("query-secret-99")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("password-secret-77")), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
