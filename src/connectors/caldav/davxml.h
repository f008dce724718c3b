// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// The few WebDAV/CalDAV XML bodies the publisher sends, and the multistatus replies it reads
// (RFC 4918, RFC 4791).
namespace ServiceDeck::Connectors::CalDav::DavXml {

// One <response> of a multistatus: the properties found (propstat 200) for one href.
struct Resource
{
    QUrl url;         // the href resolved against the request's URL
    int status = 200; // the response's own status, when it has one instead of propstats
    QByteArray etag;  // getetag as sent, quotes included; empty when not found
    QString displayName;
    bool collection = false;
    bool calendar = false;
};

// PROPFIND asking for getetag, resourcetype and displayname.
QByteArray propfindBody();
// MKCALENDAR setting the displayname and restricting the collection to events.
QByteArray mkcalendarBody(const QString &displayName);

// A 207 reply body; InvalidData names the URL and what is wrong with the XML.
Result<QList<Resource>> parseMultistatus(const QByteArray &body, const QUrl &requestUrl);

// Whether two URLs name the same resource: same path once percent-decoded (hrefs come back
// encoded as the server likes).
bool samePath(const QUrl &a, const QUrl &b);

} // namespace ServiceDeck::Connectors::CalDav::DavXml
