// SPDX-License-Identifier: GPL-3.0-or-later
#include "rtconnector.h"

#include "rtclient.h"
#include "rtsync.h"

#include "core/tr.h"

#include <QJsonArray>

namespace ServiceDeck::Connectors::Rt {

namespace {

QString caFile(const Remote &remote)
{
    return remote.settings.value(QStringLiteral("caFile")).toString();
}

} // namespace

Result<QString> testConnection(const Remote &remote, const QByteArray &token)
{
    if (token.isEmpty())
        return Error{ErrorKind::Usage, Tr::tr("An RT token is needed")};
    Internal::RtClient client(remote.baseUrl, token, caFile(remote));
    auto rt = client.getObject(QStringLiteral("rt"));
    if (!rt)
        return rt.error();
    const QString version = rt->value(QStringLiteral("Version")).toString();
    if (version.isEmpty())
        return invalidData(Tr::tr("%1 does not answer like Request Tracker's REST2 API")
                               .arg(Http::safeUrl(client.endpoint(QStringLiteral("rt")))));
    QString who;
    // An RT auth token reads "<version>-<user id>-<secret>".
    const QList<QByteArray> parts = token.split('-');
    if (parts.size() >= 3) {
        auto user = client.getObject(QStringLiteral("user/") + QString::fromLatin1(parts.at(1)));
        if (user)
            who = user->value(QStringLiteral("Name")).toString();
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("Name"));
    auto queues = client.getAll(QStringLiteral("queues/all"), query);
    if (!queues)
        return queues.error();
    QStringList names;
    for (const QJsonObject &queue : *queues)
        names << queue.value(QStringLiteral("Name")).toString();
    const QString shortVersion = version.section(QLatin1Char('+'), 0, 0);
    QString text = who.isEmpty() ? Tr::tr("Request Tracker %1").arg(shortVersion)
                                 : Tr::tr("Request Tracker %1 as %2").arg(shortVersion, who);
    return Tr::tr("%1; queues: %2").arg(text, names.join(QStringLiteral(", ")));
}

Result<RemoteRunReport> synchronise(Storage::Database &db, const Remote &remote,
                                    const QByteArray &token, const QUuid &actorId)
{
    if (remote.kind != RemoteKind::RequestTracker)
        return Error{ErrorKind::Usage,
                     Tr::tr("The remote \"%1\" is not a Request Tracker").arg(remote.name)};
    if (token.isEmpty())
        return Error{ErrorKind::Usage, Tr::tr("An RT token is needed")};
    auto settings = RtSettings::fromJson(remote.settings);
    if (!settings)
        return settings.error();
    if (settings->queues.isEmpty())
        return Error{ErrorKind::Usage,
                     Tr::tr("The remote \"%1\" maps no RT queue to a group").arg(remote.name)};
    Internal::RtClient client(remote.baseUrl, token, caFile(remote));
    Internal::SyncRun run(db, remote, *settings, client, actorId);
    if (auto pushed = run.push(); !pushed)
        return pushed.error();
    if (auto pulled = run.pull(); !pulled)
        return pulled.error();
    return run.report();
}

} // namespace ServiceDeck::Connectors::Rt
