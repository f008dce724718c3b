// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ServiceDeck::Connectors::Http {

// How one remote is talked to. Secrets (the Authorization header value) are held here in memory
// only; they come from the keychain and never reach a log line or an error text.
struct RemoteOptions
{
    int transferTimeoutMs = 30000; // no byte for this long: the attempt fails as a timeout
    int maxAttempts = 5;           // first try included
    int initialBackoffMs = 500;    // doubled per retry, with ±50 % jitter, capped below
    int maxBackoffMs = 60000;      // also caps an honoured Retry-After
    qint64 maxReplyBytes = 16 * 1024 * 1024; // a longer reply is aborted and an error
    QString caCertificatesFile; // PEM file of extra CAs trusted for this remote (optional)
    QByteArray authorization;   // the Authorization header value, e.g. "token abc…"
    QByteArray userAgent = QByteArrayLiteral("ServiceDeck");
};

struct Request
{
    QByteArray method = QByteArrayLiteral("GET"); // also PUT POST DELETE PROPFIND REPORT MKCALENDAR
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Authorization and User-Agent
    QByteArray body;
    // Requests that may be repeated without doing twice what they do: GET, HEAD, PROPFIND and
    // REPORT always are; a PUT or DELETE is when conditional (If-Match / If-None-Match); any
    // write is when it carries an op id the remote can recognise (the caller says so here).
    bool idempotent = false;
    QString opId; // for error records and logs; never sent by the core itself

    bool isIdempotent() const;
};

enum class Failure {
    None,
    Network,  // refused, dropped, DNS, … (after the retries)
    Timeout,  // no progress within transferTimeoutMs (after the retries)
    Tls,      // certificate not trusted, wrong host, …: never retried, never ignored
    TooLarge, // the reply passed maxReplyBytes
    Http,     // a status ≥ 400 that is not retried or still failed after the retries
};

// The URL as it may be shown or logged: without user info, query string and fragment.
QString safeUrl(const QUrl &url);

struct Reply
{
    Failure failure = Failure::None;
    int status = 0; // HTTP status; 0 without a reply
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // as received
    int attempts = 0;
    QString errorText; // for people: what failed, on which URL (no credentials, no query string)
    QUrl url;          // the request's URL without user info, query string and fragment

    bool ok() const { return failure == Failure::None; }
    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    // The Error a connector records against its op: Connection for network, timeout, TLS and
    // 5xx/429 failures (the op stays queued and is tried again later); InvalidData for other
    // 4xx replies and for a reply over the size cap; Conflict for 409 and 412. The message is
    // errorText. Not meant for an ok() reply (it gives InvalidData with an empty message).
    Error toError() const;
};

// A JSON reply checked before use: the body parses and its top level is an object (or an
// array, for parseJsonArray). The Error names the URL and what was wrong.
Result<QJsonObject> parseJsonObject(const Reply &reply);
Result<QJsonArray> parseJsonArray(const Reply &reply);

// Asynchronous requests with a transfer timeout, retries with exponential backoff and jitter on
// network errors, 429 and 5xx (honouring Retry-After, in seconds or as an HTTP date) for
// idempotent requests only, TLS verification always on (plus the remote's own CAs), and a size
// cap on replies. Lives in the thread that uses it.
class Client : public QObject
{
    Q_OBJECT
public:
    explicit Client(RemoteOptions options, QObject *parent = nullptr);
    ~Client() override;

    const RemoteOptions &options() const { return m_options; }
    // Loads caCertificatesFile; an unreadable or empty file is an error before any request.
    Result<void> prepare();

    // Sends, retrying as allowed; `done` runs once, in this object's thread, never before send()
    // returns. Destroying the Client drops the requests still running without calling `done`.
    // prepare() is called here when it was not yet (a bad CA file fails the request as Tls).
    void send(const Request &request, std::function<void(const Reply &)> done);
    // Sends and waits in a local event loop: for a worker thread or the command line.
    Reply sendAndWait(const Request &request);

    // For tests: the delays between attempts (the jitter is still applied).
    void setBackoffForTesting(int initialMs, int maxMs);

private:
    struct Attempt;
    void start(std::shared_ptr<Attempt> attempt);
    void onFinished(std::shared_ptr<Attempt> attempt, QNetworkReply *networkReply);
    void retryLater(std::shared_ptr<Attempt> attempt, qint64 delayMs);
    qint64 backoffMs(int retry) const;
    void finish(std::shared_ptr<Attempt> attempt, Reply reply);
    QNetworkAccessManager *manager();

    RemoteOptions m_options;
    QNetworkAccessManager *m_manager = nullptr; // created on first use, in the thread of use
    bool m_prepared = false;
    QList<QSslCertificate> m_trustedCas; // system CAs + the remote's, when it has its own
};

} // namespace ServiceDeck::Connectors::Http
