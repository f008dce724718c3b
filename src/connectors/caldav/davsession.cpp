// SPDX-License-Identifier: GPL-3.0-or-later
#include "davsession.h"

#include "caldavsettings.h"

#include <utility>

namespace ServiceDeck::Connectors::CalDav {

namespace {

Http::RemoteOptions optionsFor(const QString &userName, const QByteArray &password,
                               const QString &caCertificatesFile)
{
    Http::RemoteOptions options;
    options.caCertificatesFile = caCertificatesFile;
    if (!userName.isEmpty())
        options.authorization =
            QByteArrayLiteral("Basic ") + (userName.toUtf8() + ':' + password).toBase64();
    return options;
}

const QByteArray XmlType = QByteArrayLiteral("application/xml; charset=utf-8");

} // namespace

QUrl collectionUrl(const QUrl &url)
{
    QUrl collection = url;
    if (!collection.path().endsWith(QLatin1Char('/')))
        collection.setPath(collection.path() + QLatin1Char('/'));
    return collection;
}

DavSession::DavSession(const QString &userName, const QByteArray &password,
                       const QString &caCertificatesFile)
    : m_client(optionsFor(userName, password, caCertificatesFile))
{}

Http::Reply DavSession::propfind(const QUrl &url, int depth)
{
    Http::Request request;
    request.method = QByteArrayLiteral("PROPFIND");
    request.url = url;
    request.headers = {{QByteArrayLiteral("Depth"), QByteArray::number(depth)},
                       {QByteArrayLiteral("Content-Type"), XmlType}};
    request.body = DavXml::propfindBody();
    request.idempotent = true;
    return m_client.sendAndWait(request);
}

Http::Reply DavSession::mkcalendar(const QUrl &url, const QString &displayName)
{
    Http::Request request;
    request.method = QByteArrayLiteral("MKCALENDAR");
    request.url = url;
    request.headers = {{QByteArrayLiteral("Content-Type"), XmlType}};
    request.body = DavXml::mkcalendarBody(displayName);
    // Repeating it is harmless: a second MKCALENDAR on an existing collection fails with 405,
    // which the publisher reads as "there now".
    request.idempotent = true;
    return m_client.sendAndWait(request);
}

Http::Reply DavSession::put(const QUrl &url, const QByteArray &body, const QByteArray &etag)
{
    Http::Request request;
    request.method = QByteArrayLiteral("PUT");
    request.url = url;
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/calendar; charset=utf-8")}};
    if (etag.isEmpty())
        request.headers.append({QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("*")});
    else
        request.headers.append({QByteArrayLiteral("If-Match"), etag});
    request.body = body;
    request.idempotent = true; // conditional
    return m_client.sendAndWait(request);
}

Http::Reply DavSession::remove(const QUrl &url, const QByteArray &etag)
{
    Http::Request request;
    request.method = QByteArrayLiteral("DELETE");
    request.url = url;
    if (!etag.isEmpty())
        request.headers = {{QByteArrayLiteral("If-Match"), etag}};
    request.idempotent = !etag.isEmpty();
    return m_client.sendAndWait(request);
}

Http::Reply DavSession::get(const QUrl &url)
{
    Http::Request request;
    request.url = url;
    request.idempotent = true;
    return m_client.sendAndWait(request);
}

Result<std::optional<QByteArray>> DavSession::etagOf(const QUrl &url)
{
    const Http::Reply reply = propfind(url, 0);
    if (reply.status == 404)
        return std::optional<QByteArray>();
    if (!reply.ok())
        return reply.toError();
    auto resources = DavXml::parseMultistatus(reply.body, url);
    if (!resources)
        return resources.error();
    for (const DavXml::Resource &resource : std::as_const(*resources)) {
        if (!DavXml::samePath(resource.url, url))
            continue;
        if (resource.status == 404)
            return std::optional<QByteArray>();
        if (!resource.etag.isEmpty())
            return std::optional<QByteArray>(resource.etag);
    }
    return invalidData(Tr::tr("%1 did not say the ETag of the resource").arg(Http::safeUrl(url)));
}

} // namespace ServiceDeck::Connectors::CalDav
