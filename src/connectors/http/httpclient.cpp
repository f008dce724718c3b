// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace ServiceDeck::Connectors::Http {

namespace {

// Quiet unless asked for (QT_LOGGING_RULES="servicedeck.http.debug=true"): the CLI's output stays
// clean in every build type.
Q_LOGGING_CATEGORY(lcHttp, "servicedeck.http", QtInfoMsg)

struct HttpTr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Connectors::Http)
};

bool sameName(const QByteArray &a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto &h) { return sameName(h.first, name); });
}

// The codes QNetworkReply gives for a complete reply with an error status, as opposed to a
// transfer that broke off (where the status attribute may still hold the headers' status).
bool isStatusError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

bool isTransient(int status)
{
    return status == 429 || (status >= 500 && status <= 599);
}

// Retry-After as delta-seconds or as an HTTP date (IMF-fixdate); nothing when unreadable.
std::optional<qint64> retryAfterMs(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

// Takes out of a text from Qt or a server anything that could carry a secret: the URL with its
// query string or user info, and the Authorization value.
QString scrub(QString text, const QUrl &url, const QByteArray &authorization)
{
    const QString safe = safeUrl(url);
    const QString forms[] = {url.toString(), url.toString(QUrl::FullyEncoded),
                             url.toDisplayString(), url.toString(QUrl::RemoveUserInfo),
                             url.toString(QUrl::RemovePassword)};
    for (const QString &form : forms) {
        if (!form.isEmpty())
            text.replace(form, safe);
    }
    const QString ellipsis = QStringLiteral("…");
    for (const QString &part : {url.query(QUrl::FullyEncoded), url.query(QUrl::FullyDecoded),
                                url.userInfo(QUrl::FullyEncoded), url.password()}) {
        if (part.size() > 1)
            text.replace(part, ellipsis);
    }
    if (!authorization.isEmpty()) {
        text.replace(QString::fromLatin1(authorization), ellipsis);
        // "token abc": the credential alone, too.
        const qsizetype space = authorization.indexOf(' ');
        const QByteArray credential = authorization.mid(space + 1).trimmed();
        if (credential.size() > 3)
            text.replace(QString::fromLatin1(credential), ellipsis);
    }
    return text;
}

// What a server says about an error, when it says it as {"message": "…"} (RT, many REST APIs).
QString serverMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString message = doc.object().value(QStringLiteral("message")).toString().simplified();
    return message.left(300);
}

QString sslErrorsText(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors) {
        if (!texts.contains(error.errorString()))
            texts << error.errorString();
    }
    return texts.join(QStringLiteral("; "));
}

} // namespace

QString safeUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

bool Request::isIdempotent() const
{
    if (idempotent)
        return true;
    const QByteArray verb = method.toUpper();
    if (verb == "GET" || verb == "HEAD" || verb == "OPTIONS" || verb == "PROPFIND" ||
        verb == "REPORT")
        return true;
    if (verb == "PUT" || verb == "DELETE")
        return hasHeader(headers, "If-Match") || hasHeader(headers, "If-None-Match");
    return false;
}

QByteArray Reply::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (sameName(h.first, name))
            return h.second;
    }
    return {};
}

Error Reply::toError() const
{
    switch (failure) {
    case Failure::None:
        return Error{ErrorKind::InvalidData, errorText};
    case Failure::Network:
    case Failure::Timeout:
    case Failure::Tls:
        return Error{ErrorKind::Connection, errorText};
    case Failure::TooLarge:
        return Error{ErrorKind::InvalidData, errorText};
    case Failure::Http:
        if (status == 409 || status == 412)
            return Error{ErrorKind::Conflict, errorText};
        if (isTransient(status))
            return Error{ErrorKind::Connection, errorText};
        return Error{ErrorKind::InvalidData, errorText};
    }
    return Error{ErrorKind::InvalidData, errorText};
}

namespace {

Result<QJsonDocument> parseJson(const Reply &reply)
{
    if (!reply.ok())
        return reply.toError();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalidData(HttpTr::tr("The reply from %1 is not valid JSON: %2 at offset %3.")
                               .arg(safeUrl(reply.url), parseError.errorString())
                               .arg(parseError.offset));
    }
    return doc;
}

} // namespace

Result<QJsonObject> parseJsonObject(const Reply &reply)
{
    auto doc = parseJson(reply);
    if (!doc)
        return doc.error();
    if (!doc->isObject()) {
        return invalidData(HttpTr::tr("The reply from %1 is a JSON array where an object was "
                                      "expected.")
                               .arg(safeUrl(reply.url)));
    }
    return doc->object();
}

Result<QJsonArray> parseJsonArray(const Reply &reply)
{
    auto doc = parseJson(reply);
    if (!doc)
        return doc.error();
    if (!doc->isArray()) {
        return invalidData(HttpTr::tr("The reply from %1 is a JSON object where an array was "
                                      "expected.")
                               .arg(safeUrl(reply.url)));
    }
    return doc->array();
}

struct Client::Attempt
{
    Request request;
    std::function<void(const Reply &)> done;
    int number = 0; // of the attempt running or last run, from 1
    QByteArray body;
    QList<QSslError> sslErrors;
    bool tooLarge = false;
    bool finished = false;
    QElapsedTimer clock;

    QString what() const
    {
        return QString::fromLatin1(request.method.toUpper()) + u' ' + safeUrl(request.url);
    }
};

Client::Client(RemoteOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

Client::~Client()
{
    // A reply finishing while the manager is torn down must not call back into this object.
    if (m_manager) {
        const auto replies = m_manager->findChildren<QNetworkReply *>();
        for (QNetworkReply *reply : replies) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

Result<void> Client::prepare()
{
    m_prepared = false;
    m_trustedCas.clear();
    const QString &path = m_options.caCertificatesFile;
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return invalidData(HttpTr::tr("Cannot read the CA certificates file %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        const QList<QSslCertificate> own = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (own.isEmpty()) {
            return invalidData(HttpTr::tr("The CA certificates file %1 holds no PEM certificate.")
                                   .arg(QDir::toNativeSeparators(path)));
        }
        m_trustedCas = QSslConfiguration::systemCaCertificates() + own;
    }
    m_prepared = true;
    return {};
}

void Client::setBackoffForTesting(int initialMs, int maxMs)
{
    m_options.initialBackoffMs = initialMs;
    m_options.maxBackoffMs = maxMs;
}

QNetworkAccessManager *Client::manager()
{
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        // Same origin only: a redirect elsewhere would carry the Authorization header along.
        m_manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    }
    return m_manager;
}

void Client::send(const Request &request, std::function<void(const Reply &)> done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->request = request;
    attempt->done = std::move(done);
    if (!m_prepared) {
        const Result<void> prepared = prepare();
        if (!prepared) {
            Reply reply;
            reply.failure = Failure::Tls;
            reply.url = QUrl(safeUrl(request.url));
            reply.errorText = prepared.error().message;
            QMetaObject::invokeMethod(
                this, [this, attempt, reply] { finish(attempt, reply); }, Qt::QueuedConnection);
            return;
        }
    }
    start(attempt);
}

Reply Client::sendAndWait(const Request &request)
{
    QEventLoop loop;
    Reply result;
    bool finished = false;
    send(request, [&](const Reply &reply) {
        result = reply;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

void Client::start(std::shared_ptr<Attempt> attempt)
{
    ++attempt->number;
    attempt->body.clear();
    attempt->sslErrors.clear();
    attempt->tooLarge = false;
    attempt->finished = false;
    attempt->clock.start();

    const Request &request = attempt->request;
    QNetworkRequest nr(request.url);
    nr.setTransferTimeout(m_options.transferTimeoutMs);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &h : request.headers)
        nr.setRawHeader(h.first, h.second);
    // Qt guesses a form encoding otherwise, with a warning; the caller names JSON or XML.
    const QByteArray verb = request.method.toUpper();
    const bool sendsBody = !request.body.isEmpty() || verb == "POST" || verb == "PUT";
    if (sendsBody && !hasHeader(request.headers, "Content-Type"))
        nr.setRawHeader("Content-Type", "application/octet-stream");
    if (!m_options.userAgent.isEmpty())
        nr.setRawHeader("User-Agent", m_options.userAgent);
    if (!m_options.authorization.isEmpty())
        nr.setRawHeader("Authorization", m_options.authorization);
    // Verification stays on whatever the remote: its own CAs are added to the system's, and an
    // SSL error is never ignored.
    QSslConfiguration tls = nr.sslConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_trustedCas.isEmpty())
        tls.setCaCertificates(m_trustedCas);
    nr.setSslConfiguration(tls);

    qCDebug(lcHttp).noquote() << attempt->what() << "attempt" << attempt->number;

    QNetworkAccessManager *nam = manager();
    QNetworkReply *reply = nullptr;
    if (verb == "GET" && request.body.isEmpty())
        reply = nam->get(nr);
    else if (verb == "HEAD")
        reply = nam->head(nr);
    else if (verb == "POST")
        reply = nam->post(nr, request.body);
    else if (verb == "PUT")
        reply = nam->put(nr, request.body);
    else if (verb == "DELETE" && request.body.isEmpty())
        reply = nam->deleteResource(nr);
    else
        reply = nam->sendCustomRequest(nr, verb, request.body);

    const qint64 cap = m_options.maxReplyBytes;
    auto abortTooLarge = [attempt, reply] {
        if (attempt->tooLarge || attempt->finished)
            return;
        attempt->tooLarge = true;
        attempt->body.clear();
        reply->abort();
    };
    connect(reply, &QNetworkReply::sslErrors, this,
            [attempt](const QList<QSslError> &errors) { attempt->sslErrors += errors; });
    // Refused upfront when announced too long; counted as it comes otherwise.
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, cap, abortTooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            abortTooLarge();
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [cap, abortTooLarge](qint64 received, qint64 total) {
                if (received > cap || total > cap)
                    abortTooLarge();
            });
    connect(reply, &QNetworkReply::readyRead, this, [attempt, reply, cap, abortTooLarge] {
        if (attempt->tooLarge)
            return;
        attempt->body += reply->readAll();
        if (attempt->body.size() > cap)
            abortTooLarge();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, attempt, reply] { onFinished(attempt, reply); });
}

void Client::onFinished(std::shared_ptr<Attempt> attempt, QNetworkReply *nr)
{
    if (attempt->finished)
        return;
    attempt->finished = true;
    nr->deleteLater();
    if (!attempt->tooLarge && nr->isOpen()) { // an aborted reply is closed
        attempt->body += nr->readAll();
        if (attempt->body.size() > m_options.maxReplyBytes) {
            attempt->tooLarge = true;
            attempt->body.clear();
        }
    }

    const Request &request = attempt->request;
    const QNetworkReply::NetworkError error = nr->error();
    Reply reply;
    reply.attempts = attempt->number;
    reply.url = QUrl(safeUrl(request.url));
    reply.status = nr->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.headers = nr->rawHeaderPairs();

    qCDebug(lcHttp).noquote() << attempt->what() << "attempt" << attempt->number << "status"
                              << reply.status << "error" << int(error) << "after"
                              << attempt->clock.elapsed() << "ms";

    const QString what = attempt->what();
    const bool mayRetry = request.isIdempotent() && attempt->number < m_options.maxAttempts;
    const QString tries = HttpTr::tr("%n attempt(s)", nullptr, attempt->number);

    if (attempt->tooLarge) {
        reply.failure = Failure::TooLarge;
        reply.errorText = HttpTr::tr("%1: the reply is larger than the limit of %2 bytes.")
                              .arg(what)
                              .arg(m_options.maxReplyBytes);
        finish(attempt, reply);
        return;
    }

    if (!attempt->sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        reply.failure = Failure::Tls;
        reply.status = 0;
        const QString detail = attempt->sslErrors.isEmpty()
                                   ? scrub(nr->errorString(), request.url, m_options.authorization)
                                   : sslErrorsText(attempt->sslErrors);
        reply.errorText = HttpTr::tr("%1: the secure connection to %2 failed: %3")
                              .arg(what, request.url.host(), detail);
        finish(attempt, reply);
        return;
    }

    if (reply.status >= 300 && reply.status <= 399 &&
        (error == QNetworkReply::InsecureRedirectError ||
         error == QNetworkReply::TooManyRedirectsError)) {
        reply.failure = Failure::Http;
        reply.errorText =
            HttpTr::tr("%1: the server redirects to another site or in a loop.").arg(what);
        finish(attempt, reply);
        return;
    }

    // Qt at times finishes without an error a reply whose connection closed before the body
    // it announced had all arrived; a short body is a broken-off reply like any other.
    const QVariant announced = nr->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = nr->rawHeader("Content-Encoding");
    const bool cutShort = request.method != "HEAD" && reply.status != 204 && reply.status != 304 &&
                          announced.isValid() && (encoding.isEmpty() || encoding == "identity") &&
                          attempt->body.size() < announced.toLongLong();
    const bool complete =
        reply.status != 0 && !cutShort && (error == QNetworkReply::NoError || isStatusError(error));
    if (!complete) {
        // Broken off: what came is not the reply.
        reply.status = 0;
        const bool timedOut =
            error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
        reply.failure = timedOut ? Failure::Timeout : Failure::Network;
        if (mayRetry) {
            retryLater(attempt, backoffMs(attempt->number));
            return;
        }
        if (timedOut)
            reply.errorText = HttpTr::tr("%1: nothing received for %2 ms (%3).")
                                  .arg(what)
                                  .arg(m_options.transferTimeoutMs)
                                  .arg(tries);
        else if (cutShort)
            reply.errorText =
                HttpTr::tr("%1: the connection closed after %2 of %3 bytes of the reply (%4).")
                    .arg(what)
                    .arg(attempt->body.size())
                    .arg(announced.toLongLong())
                    .arg(tries);
        else
            reply.errorText =
                HttpTr::tr("%1: %2 (%3).")
                    .arg(what, scrub(nr->errorString(), request.url, m_options.authorization),
                         tries);
        finish(attempt, reply);
        return;
    }

    reply.body = attempt->body;
    if (reply.status >= 400) {
        if (isTransient(reply.status) && mayRetry) {
            const std::optional<qint64> wait = retryAfterMs(reply.header("Retry-After"));
            const qint64 delay =
                wait ? std::min<qint64>(*wait, m_options.maxBackoffMs) : backoffMs(attempt->number);
            retryLater(attempt, delay);
            return;
        }
        reply.failure = Failure::Http;
        const QString reason =
            nr->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().simplified();
        QString text = HttpTr::tr("%1: the server replied %2 %3 (%4).")
                           .arg(what)
                           .arg(reply.status)
                           .arg(reason, tries);
        const QString message = serverMessage(reply.body);
        if (!message.isEmpty())
            text += u' ' + message;
        reply.errorText = scrub(text, request.url, m_options.authorization);
    }
    finish(attempt, reply);
}

qint64 Client::backoffMs(int retry) const
{
    qint64 base = std::max(1, m_options.initialBackoffMs);
    for (int i = 1; i < retry && base < m_options.maxBackoffMs; ++i)
        base *= 2;
    base = std::min<qint64>(base, m_options.maxBackoffMs);
    // ±50 %: clients that failed together do not come back together.
    const double factor = 0.5 + QRandomGenerator::global()->generateDouble();
    return std::min<qint64>(qint64(double(base) * factor), m_options.maxBackoffMs);
}

void Client::retryLater(std::shared_ptr<Attempt> attempt, qint64 delayMs)
{
    qCDebug(lcHttp).noquote() << attempt->what() << "retry in" << delayMs << "ms";
    QTimer::singleShot(std::chrono::milliseconds(delayMs), this,
                       [this, attempt] { start(attempt); });
}

void Client::finish(std::shared_ptr<Attempt> attempt, Reply reply)
{
    if (!reply.ok())
        qCDebug(lcHttp).noquote() << reply.errorText;
    auto done = std::move(attempt->done);
    attempt->done = nullptr;
    if (done)
        done(reply);
}

} // namespace ServiceDeck::Connectors::Http
