// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rtsettings.h"

#include <QJsonObject>
#include <QStringList>

namespace ServiceDeck::Connectors::Rt::Internal {

// The ticket fields exchanged with RT, by their ServiceDeck names: title ↔ Subject,
// state ↔ Status, urgency ↔ Priority.
const QStringList &mappedFields();
QString rtFieldName(const QString &field);
// RT's value of a mapped field as text, from a ticket's JSON.
QString remoteValue(const QString &field, const QJsonObject &ticket);
QString toLocal(const RtSettings &settings, const QString &field, const QString &remote);
QString toRemote(const RtSettings &settings, const QString &field, const QString &local);
// The JSON value RT takes for a field in a create or update.
QJsonValue remoteJson(const QString &field, const QString &remote);

// A link's base (see rtconnector.h): local values by field, RT's raw values under "_remote",
// and the LastUpdated of the ticket as last pulled under "_lastUpdated".
QString baseLocal(const QJsonObject &base, const QString &field);
QString baseRemote(const RtSettings &settings, const QJsonObject &base, const QString &field);
void setBase(QJsonObject &base, const QString &field, const QString &local, const QString &remote);

// RT's TicketSQL string literal.
QString ticketSqlQuote(const QString &text);
// Plain text of a message part (HTML reduced to its text).
QString plainText(const QString &content, const QString &contentType);

} // namespace ServiceDeck::Connectors::Rt::Internal
