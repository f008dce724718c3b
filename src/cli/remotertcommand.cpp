// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "remotecommand.h"

#include "connectors/remote/remoterepository.h"
#include "connectors/remoterun.h"
#include "connectors/rt/rtconnector.h"
#include "connectors/rt/rtsettings.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace ServiceDeck::Cli {

using Storage::Database;

namespace {

// The group for a queue: the one given, else one named like the queue, else the first by name.
Result<QString> groupFor(Database &db, const QString &given, const QString &queue)
{
    if (!given.isEmpty())
        return given;
    auto named = db.exec(QStringLiteral("SELECT name FROM support_groups WHERE lower(name) = "
                                        "lower(?)"),
                         {queue});
    if (!named)
        return named.error();
    if (named->next())
        return named->value(0).toString();
    auto first = db.exec(QStringLiteral("SELECT name FROM support_groups ORDER BY name"));
    if (!first)
        return first.error();
    if (first->next())
        return first->value(0).toString();
    return invalidData(Tr::tr("Option --group: there is no support group to map the RT queue "
                              "\"%1\" to")
                           .arg(queue));
}

Result<int> openConflicts(Database &db, const QUuid &remoteId)
{
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE resolved IS "
                                        "NULL AND remote_id = ?"),
                         {Database::idValue(remoteId)});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace

int runRemoteSyncRt(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), Tr::tr("RT's base URL."), Tr::tr("url"));
    const QCommandLineOption token(QStringLiteral("token"), Tr::tr("An RT auth token."),
                                   Tr::tr("token"));
    const QCommandLineOption queue(QStringLiteral("queue"),
                                   Tr::tr("The RT queue to exchange (default General)."),
                                   Tr::tr("queue"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   Tr::tr("The support group its tickets belong to."),
                                   Tr::tr("group"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Tr::tr("The kind of ticket RT's tickets become (default "
                                         "incident)."),
                                  Tr::tr("kind"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Tr::tr("The remote's name (default: the URL's host:port)."),
                                  Tr::tr("name"));
    parser.addOptions({url, token, queue, group, kind, name});
    if (!parser.parse(context.arguments))
        return fail(context, Error{ErrorKind::Usage, parser.errorText()});
    if (!parser.isSet(url) || !parser.isSet(token) || parser.positionalArguments().size() != 2)
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("usage: remote sync rt --url URL --token T [--queue Q] "
                                          "[--group G] [--kind K] [--name N]")});
    const QUrl baseUrl = QUrl::fromUserInput(parser.value(url));
    if (!baseUrl.isValid() || (baseUrl.scheme() != u"http" && baseUrl.scheme() != u"https"))
        return fail(
            context,
            Error{ErrorKind::Usage,
                  Tr::tr("Option --url: \"%1\" is not an http or https URL").arg(parser.value(url))});
    const QString queueName =
        parser.isSet(queue) ? parser.value(queue).trimmed() : QStringLiteral("General");
    const QString kindName = parser.isSet(kind) ? parser.value(kind) : QStringLiteral("incident");
    const auto ticketKind = kindFromName(kindName);
    if (!ticketKind)
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("Option --kind: unknown kind \"%1\"").arg(kindName)});

    auto db =
        context.openDatabase(Database::OpenMode::MustExist, Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    auto actor = context.actor();
    if (!actor)
        return fail(context, actor.error());
    auto groupName = groupFor(**db, parser.value(group).trimmed(), queueName);
    if (!groupName)
        return fail(context, groupName.error());

    Connectors::RemoteRepository remotes(**db);
    const QString remoteName =
        parser.isSet(name) ? parser.value(name).trimmed()
                           : QStringLiteral("%1:%2")
                                 .arg(baseUrl.host())
                                 .arg(baseUrl.port(baseUrl.scheme() == u"https" ? 443 : 80));
    auto existing = remotes.findByName(remoteName);
    if (!existing)
        return fail(context, existing.error());
    Connectors::Remote remote;
    if (existing->has_value()) {
        remote = **existing;
        if (remote.kind != Connectors::RemoteKind::RequestTracker)
            return fail(
                context,
                Error{ErrorKind::Usage,
                      Tr::tr("The remote \"%1\" is not a Request Tracker").arg(remoteName)});
    } else {
        remote.kind = Connectors::RemoteKind::RequestTracker;
        remote.name = remoteName;
    }
    remote.baseUrl = baseUrl;
    auto settings = Connectors::Rt::RtSettings::fromJson(remote.settings);
    if (!settings)
        return fail(context, settings.error());
    // The queue given here is mapped as given; other queues keep their mappings.
    settings->queues.removeIf([&](const Connectors::Rt::QueueMapping &m) {
        return m.queue.compare(queueName, Qt::CaseInsensitive) == 0;
    });
    settings->queues << Connectors::Rt::QueueMapping{queueName, *groupName, *ticketKind};
    remote.settings = settings->toJson();
    auto saved = remotes.save(remote);
    if (!saved)
        return fail(context, saved.error());

    auto report = Connectors::runRemote(**db, *saved, parser.value(token).toUtf8(), actor->id);
    if (!report)
        return fail(context, report.error());
    auto conflicts = openConflicts(**db, saved->id);
    if (!conflicts)
        return fail(context, conflicts.error());
    if (context.format == OutputFormat::Json) {
        const QJsonObject object{{QStringLiteral("remote"), saved->name},
                                 {QStringLiteral("pushed"), report->pushed},
                                 {QStringLiteral("created"), report->created},
                                 {QStringLiteral("pulled"), report->pulled},
                                 {QStringLiteral("unchanged"), report->unchanged},
                                 {QStringLiteral("new_conflicts"), report->conflicts},
                                 {QStringLiteral("open_conflicts"), *conflicts},
                                 {QStringLiteral("errors"), report->errors}};
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                      << Qt::endl;
    } else {
        context.out() << Tr::tr("%1: pushed %2, created %3 in RT, pulled %4, unchanged %5; %6 "
                                "open conflicts")
                             .arg(saved->name)
                             .arg(report->pushed)
                             .arg(report->created)
                             .arg(report->pulled)
                             .arg(report->unchanged)
                             .arg(*conflicts)
                      << Qt::endl;
    }
    if (*conflicts > 0) {
        context.err() << Tr::tr("%n conflict(s) need a decision: see conflicts list", nullptr,
                                *conflicts)
                      << Qt::endl;
        return int(ErrorKind::Conflict);
    }
    return 0;
}

} // namespace ServiceDeck::Cli
