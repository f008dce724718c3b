// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace ServiceDeck::Tests {

// An HTTP/1.1 server on 127.0.0.1 that answers each request with the next behaviour of a script
// (the last one repeats), to put the HTTP core through the faults a real remote shows. Every
// answer closes its connection, so a request is a connection. With a certificate it speaks TLS.
class FaultServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Kind {
        Respond,         // status, headers, body
        DropMidReply,    // headers announcing the body, half of it, then the connection closes
        Silent,          // reads the request and says nothing
        Huge,            // 10 MiB body with a Content-Length
        HugeUnannounced, // 10 MiB body without Content-Length, ended by closing
    };
    struct Behaviour
    {
        Kind kind = Kind::Respond;
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    static Behaviour respond(int status, QByteArray body = {},
                             QList<QPair<QByteArray, QByteArray>> headers = {});
    static Behaviour fault(Kind kind);

    struct Received
    {
        QByteArray method;
        QByteArray target; // path and query
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 atMs = 0; // on the server's monotonic clock

        QByteArray header(QByteArrayView name) const;
    };

    static constexpr qint64 hugeSize = 10 * 1024 * 1024;

    explicit FaultServer(QList<Behaviour> script, QObject *parent = nullptr);
    ~FaultServer() override;

    // Serve TLS with this certificate (and its chain) and key.
    void setTls(QList<QSslCertificate> chain, QSslKey key);
    bool start();
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;

    const QList<Received> &received() const { return m_received; }
    int connections() const { return m_connections; }
    qint64 bytesSent() const { return m_bytesSent; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket *socket);
    void onData(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Behaviour &behaviour);
    void streamHuge(QTcpSocket *socket);

    QList<Behaviour> m_script;
    QList<Received> m_received;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QElapsedTimer m_clock;
    int m_connections = 0;
    qint64 m_bytesSent = 0;
};

} // namespace ServiceDeck::Tests
