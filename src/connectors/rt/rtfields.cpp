// SPDX-License-Identifier: GPL-3.0-or-later
#include "rtfields.h"

#include <QRegularExpression>

namespace ServiceDeck::Connectors::Rt::Internal {

namespace {

const QString remoteKey = QStringLiteral("_remote");

} // namespace

const QStringList &mappedFields()
{
    static const QStringList fields = {QStringLiteral("title"), QStringLiteral("state"),
                                       QStringLiteral("urgency")};
    return fields;
}

QString rtFieldName(const QString &field)
{
    if (field == u"title")
        return QStringLiteral("Subject");
    if (field == u"state")
        return QStringLiteral("Status");
    if (field == u"urgency")
        return QStringLiteral("Priority");
    return {};
}

QString remoteValue(const QString &field, const QJsonObject &ticket)
{
    const QJsonValue value = ticket.value(rtFieldName(field));
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QString toLocal(const RtSettings &settings, const QString &field, const QString &remote)
{
    if (field == u"state")
        return settings.stateFor(remote);
    if (field == u"urgency")
        return settings.urgencyFor(remote);
    return remote;
}

QString toRemote(const RtSettings &settings, const QString &field, const QString &local)
{
    if (field == u"state")
        return settings.statusFor(local);
    if (field == u"urgency")
        return settings.priorityFor(local);
    return local;
}

QJsonValue remoteJson(const QString &field, const QString &remote)
{
    if (field == u"urgency")
        return remote.toInt();
    return remote;
}

QString baseLocal(const QJsonObject &base, const QString &field)
{
    return base.value(field).toString();
}

QString baseRemote(const RtSettings &settings, const QJsonObject &base, const QString &field)
{
    const QJsonObject remote = base.value(remoteKey).toObject();
    if (remote.contains(field))
        return remote.value(field).toString();
    return toRemote(settings, field, baseLocal(base, field));
}

void setBase(QJsonObject &base, const QString &field, const QString &local, const QString &remote)
{
    base.insert(field, local);
    QJsonObject remoteValues = base.value(remoteKey).toObject();
    remoteValues.insert(field, remote);
    base.insert(remoteKey, remoteValues);
}

QString ticketSqlQuote(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString plainText(const QString &content, const QString &contentType)
{
    if (!contentType.startsWith(u"text/html", Qt::CaseInsensitive))
        return content.trimmed();
    QString text = content;
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/div|/li)[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.trimmed();
}

} // namespace ServiceDeck::Connectors::Rt::Internal
