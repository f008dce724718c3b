// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/http/httpclient.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace ServiceDeck::Connectors::Rt::Internal {

// A ticket as RT's REST2 returns it, with the ETag to send back in If-Match.
struct RtTicket
{
    QString id;
    QJsonObject json;
    QByteArray etag;
};

// RT's REST2 API (`<base>/REST/2.0/…`, `Authorization: token …`) over the HTTP core: every
// reply is checked before use and a failure comes back as the Error the op records.
class RtClient
{
public:
    RtClient(const QUrl &baseUrl, const QByteArray &token, const QString &caCertificatesFile);
    ~RtClient();

    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;

    Result<QJsonObject> getObject(const QString &path, const QUrlQuery &query = {});
    // Every item of a paged collection (page/per_page), in the server's order.
    Result<QList<QJsonObject>> getAll(const QString &path, QUrlQuery query);
    Result<RtTicket> ticket(const QString &id);
    // Every attachment of a ticket with its Content, ContentType and TransactionId.
    Result<QList<QJsonObject>> attachments(const QString &ticketId);
    // TicketSQL search; `fields` as REST2 takes them ("Subject,Status,…").
    Result<QList<QJsonObject>> searchTickets(const QString &ticketSql, const QString &fields,
                                             const QString &orderBy = {});

    // POST with a JSON body; the reply's JSON (object or array) is checked and returned.
    Result<QJsonValue> post(const QString &path, const QJsonObject &body, const QString &opId);
    // PUT with If-Match; a 412 comes back as ErrorKind::Conflict.
    Result<QJsonValue> put(const QString &path, const QJsonObject &body, const QByteArray &etag,
                           const QString &opId);

private:
    Http::Reply send(Http::Request request);

    QUrl m_base;
    std::unique_ptr<Http::Client> m_client;
};

} // namespace ServiceDeck::Connectors::Rt::Internal
