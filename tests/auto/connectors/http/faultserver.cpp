// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultserver.h"

#include <QSslSocket>

namespace ServiceDeck::Tests {

namespace {

const char bufferProperty[] = "faultserver_buffer";
const char remainingProperty[] = "faultserver_remaining";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

FaultServer::Behaviour FaultServer::respond(int status, QByteArray body,
                                            QList<QPair<QByteArray, QByteArray>> headers)
{
    return Behaviour{Kind::Respond, status, std::move(body), std::move(headers)};
}

FaultServer::Behaviour FaultServer::fault(Kind kind)
{
    Behaviour behaviour;
    behaviour.kind = kind;
    behaviour.body = QByteArray(4000, 'x');
    return behaviour;
}

QByteArray FaultServer::Received::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

FaultServer::FaultServer(QList<Behaviour> script, QObject *parent)
    : QTcpServer(parent)
    , m_script(std::move(script))
{
    Q_ASSERT(!m_script.isEmpty());
    m_clock.start();
}

FaultServer::~FaultServer() = default;

void FaultServer::setTls(QList<QSslCertificate> chain, QSslKey key)
{
    m_chain = std::move(chain);
    m_key = std::move(key);
}

bool FaultServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FaultServer::url(const QString &pathAndQuery) const
{
    const QString scheme = m_chain.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(serverPort()).arg(pathAndQuery));
}

void FaultServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    if (m_chain.isEmpty()) {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        serve(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(descriptor);
    socket->setLocalCertificateChain(m_chain);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    serve(socket);
    socket->startServerEncryption();
}

void FaultServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 written) {
        m_bytesSent += written;
        streamHuge(socket);
    });
}

void FaultServer::onData(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(bufferProperty).toByteArray() + socket->readAll();
    socket->setProperty(bufferProperty, buffer);
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    Received request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length)
        return;
    request.body = buffer.mid(headEnd + 4, length);
    request.atMs = m_clock.elapsed();
    socket->setProperty(bufferProperty, QByteArray());
    const int index = int(m_received.size());
    m_received.append(request);
    answer(socket, m_script.value(index, m_script.constLast()));
}

void FaultServer::answer(QTcpSocket *socket, const Behaviour &behaviour)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(behaviour.status) + ' ' +
                      reasonPhrase(behaviour.status) + "\r\nConnection: close\r\n";
    for (const auto &h : behaviour.headers)
        head += h.first + ": " + h.second + "\r\n";
    switch (behaviour.kind) {
    case Kind::Respond:
        socket->write(head + "Content-Length: " + QByteArray::number(behaviour.body.size()) +
                      "\r\n\r\n" + behaviour.body);
        socket->disconnectFromHost();
        return;
    case Kind::DropMidReply:
        socket->write(head + "Content-Length: " + QByteArray::number(behaviour.body.size()) +
                      "\r\n\r\n" + behaviour.body.left(behaviour.body.size() / 2));
        socket->disconnectFromHost(); // after the half is written
        return;
    case Kind::Silent:
        return;
    case Kind::Huge:
        head += "Content-Length: " + QByteArray::number(hugeSize) + "\r\n";
        break;
    case Kind::HugeUnannounced:
        break;
    }
    socket->write(head + "Content-Type: application/octet-stream\r\n\r\n");
    socket->setProperty(remainingProperty, hugeSize);
    streamHuge(socket);
}

// A chunk at a time, as the client takes them: the client has to stop it, not the server.
void FaultServer::streamHuge(QTcpSocket *socket)
{
    const qint64 remaining = socket->property(remainingProperty).toLongLong();
    if (remaining <= 0 || socket->state() != QAbstractSocket::ConnectedState ||
        socket->bytesToWrite() > 256 * 1024)
        return;
    const qint64 chunk = std::min<qint64>(remaining, 64 * 1024);
    socket->setProperty(remainingProperty, remaining - chunk);
    socket->write(QByteArray(chunk, 'y'));
    if (remaining - chunk == 0)
        socket->disconnectFromHost();
}

} // namespace ServiceDeck::Tests
