// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "davxml.h"

#include "connectors/http/httpclient.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace ServiceDeck::Connectors::CalDav {

// The WebDAV requests of the publisher, synchronous over one Http::Client with basic auth.
class DavSession
{
public:
    // `userName` empty: no Authorization header. `caCertificatesFile` as in Http::RemoteOptions.
    DavSession(const QString &userName, const QByteArray &password,
               const QString &caCertificatesFile);

    Http::Reply propfind(const QUrl &url, int depth);
    Http::Reply mkcalendar(const QUrl &url, const QString &displayName);
    // Creates (`etag` empty: If-None-Match: *) or replaces (If-Match: etag) a resource.
    Http::Reply put(const QUrl &url, const QByteArray &body, const QByteArray &etag);
    Http::Reply remove(const QUrl &url, const QByteArray &etag); // If-Match: etag
    Http::Reply get(const QUrl &url);

    // The resource's ETag by PROPFIND: nullopt when the server has no such resource (404);
    // an error when the server cannot be asked or answers something else.
    Result<std::optional<QByteArray>> etagOf(const QUrl &url);

    // For tests: shorter waits between retries.
    Http::Client &client() { return m_client; }

private:
    Http::Client m_client;
};

// The collection URL with a trailing slash, so that member hrefs resolve inside it.
QUrl collectionUrl(const QUrl &url);

} // namespace ServiceDeck::Connectors::CalDav
