// SPDX-License-Identifier: GPL-3.0-or-later
#include "rtclient.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ServiceDeck::Connectors::Rt::Internal {

namespace {

constexpr int pageSize = 100; // REST2's largest page

Result<QJsonValue> parseAny(const Http::Reply &reply)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull())
        return invalidData(Tr::tr("%1 answered with malformed JSON: %2")
                               .arg(Http::safeUrl(reply.url), parseError.errorString()));
    if (document.isArray())
        return QJsonValue(document.array());
    return QJsonValue(document.object());
}

} // namespace

RtClient::RtClient(const QUrl &baseUrl, const QByteArray &token, const QString &caCertificatesFile)
    : m_base(baseUrl)
{
    Http::RemoteOptions options;
    options.authorization = QByteArrayLiteral("token ") + token;
    options.caCertificatesFile = caCertificatesFile;
    options.userAgent = QByteArrayLiteral("ServiceDeck RT connector");
    m_client = std::make_unique<Http::Client>(options);
}

RtClient::~RtClient() = default;

QUrl RtClient::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/REST/2.0/") + path);
    url.setQuery(query);
    return url;
}

Http::Reply RtClient::send(Http::Request request)
{
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    return m_client->sendAndWait(request);
}

Result<QJsonObject> RtClient::getObject(const QString &path, const QUrlQuery &query)
{
    Http::Request request;
    request.url = endpoint(path, query);
    const Http::Reply reply = send(request);
    if (!reply.ok())
        return reply.toError();
    return Http::parseJsonObject(reply);
}

Result<QList<QJsonObject>> RtClient::attachments(const QString &ticketId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"),
                       QStringLiteral("Content,ContentType,TransactionId"));
    return getAll(QStringLiteral("ticket/%1/attachments").arg(ticketId), query);
}

Result<QList<QJsonObject>> RtClient::getAll(const QString &path, QUrlQuery query)
{
    QList<QJsonObject> items;
    query.addQueryItem(QStringLiteral("per_page"), QString::number(pageSize));
    for (int page = 1;; ++page) {
        QUrlQuery pageQuery = query;
        pageQuery.addQueryItem(QStringLiteral("page"), QString::number(page));
        auto object = getObject(path, pageQuery);
        if (!object)
            return object.error();
        const QJsonValue itemsValue = object->value(QStringLiteral("items"));
        if (!itemsValue.isArray())
            return invalidData(
                Tr::tr("%1 answered without a list of items").arg(Http::safeUrl(endpoint(path))));
        for (const QJsonValue &item : itemsValue.toArray()) {
            if (!item.isObject())
                return invalidData(Tr::tr("%1 answered with an item that is not an object")
                                       .arg(Http::safeUrl(endpoint(path))));
            items << item.toObject();
        }
        const int pages = object->value(QStringLiteral("pages")).toInt(1);
        if (page >= pages || itemsValue.toArray().isEmpty())
            break;
    }
    return items;
}

Result<RtTicket> RtClient::ticket(const QString &id)
{
    Http::Request request;
    request.url = endpoint(QStringLiteral("ticket/") + id);
    const Http::Reply reply = send(request);
    if (!reply.ok())
        return reply.toError();
    auto object = Http::parseJsonObject(reply);
    if (!object)
        return object.error();
    if (object->value(QStringLiteral("id")).toVariant().toString() != id)
        return invalidData(
            Tr::tr("%1 answered with a different ticket").arg(Http::safeUrl(reply.url)));
    RtTicket ticket;
    ticket.id = id;
    ticket.json = *object;
    ticket.etag = reply.header("ETag");
    return ticket;
}

Result<QList<QJsonObject>> RtClient::searchTickets(const QString &ticketSql, const QString &fields,
                                                   const QString &orderBy)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), ticketSql);
    query.addQueryItem(QStringLiteral("fields"), fields);
    if (!orderBy.isEmpty()) {
        query.addQueryItem(QStringLiteral("orderby"), orderBy);
        query.addQueryItem(QStringLiteral("order"), QStringLiteral("ASC"));
    }
    return getAll(QStringLiteral("tickets"), query);
}

Result<QJsonValue> RtClient::post(const QString &path, const QJsonObject &body, const QString &opId)
{
    Http::Request request;
    request.method = QByteArrayLiteral("POST");
    request.url = endpoint(path);
    request.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.opId = opId;
    // RT cannot recognise a repeated POST: it is never retried blindly. Creates are made safe
    // across runs by the 'creating' link and the search for the ServiceDeck id instead.
    request.idempotent = false;
    const Http::Reply reply = send(request);
    if (!reply.ok())
        return reply.toError();
    return parseAny(reply);
}

Result<QJsonValue> RtClient::put(const QString &path, const QJsonObject &body,
                                 const QByteArray &etag, const QString &opId)
{
    Http::Request request;
    request.method = QByteArrayLiteral("PUT");
    request.url = endpoint(path);
    request.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!etag.isEmpty())
        request.headers.append({QByteArrayLiteral("If-Match"), etag});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.opId = opId;
    request.idempotent = !etag.isEmpty();
    const Http::Reply reply = send(request);
    if (!reply.ok())
        return reply.toError();
    return parseAny(reply);
}

} // namespace ServiceDeck::Connectors::Rt::Internal
