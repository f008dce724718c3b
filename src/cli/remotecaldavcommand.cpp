// SPDX-License-Identifier: GPL-3.0-or-later
// `remote publish caldav`: the change schedule published to a CalDAV calendar collection.
#include "clicontext.h"
#include "remotecommand.h"

#include "connectors/caldav/caldavpublisher.h"
#include "connectors/remote/remoterepository.h"
#include "connectors/remoterun.h"
#include "core/timestamps.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ServiceDeck::Cli {

namespace {

using Connectors::Remote;
using Connectors::RemoteKind;
using Connectors::RemoteRunReport;

// The password never comes from the command line, where other users could read it.
constexpr char PasswordVariable[] = "SERVICEDECK_CALDAV_PASSWORD";

Result<QDateTime> instant(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return QDateTime();
    const auto parsed = parseIsoInstant(parser.value(option));
    if (!parsed)
        return Error{ErrorKind::Usage,
                     Tr::tr("Option --%1: \"%2\" is not an ISO 8601 date or date-time")
                         .arg(option.names().constFirst(), parser.value(option))};
    return *parsed;
}

// "host:port/path" names a remote made on the command line unless --name says otherwise.
QString defaultName(const QUrl &url)
{
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return QStringLiteral("%1:%2%3").arg(url.host()).arg(port).arg(url.path());
}

Result<Remote> savedRemote(Storage::Database &db, const QString &name, const QUrl &url,
                           const QString &user)
{
    Connectors::RemoteRepository remotes(db);
    auto existing = remotes.findByName(name);
    if (!existing)
        return existing.error();
    Remote remote;
    if (*existing) {
        remote = **existing;
        if (remote.kind != RemoteKind::CalDav)
            return Error{
                ErrorKind::Usage,
                Tr::tr("Remote \"%1\" is not a CalDAV calendar; choose another --name").arg(name)};
    } else {
        remote.kind = RemoteKind::CalDav;
        remote.name = name;
        remote.settings = Connectors::CalDav::CalDavSettings().toJson();
    }
    remote.baseUrl = url;
    remote.userName = user;
    return remotes.save(remote);
}

QJsonObject toJson(const Remote &remote, const RemoteRunReport &report)
{
    return {{QStringLiteral("remote"), remote.name},
            {QStringLiteral("url"), remote.baseUrl.toString(QUrl::RemoveUserInfo)},
            {QStringLiteral("created"), report.created},
            {QStringLiteral("updated"), report.pushed - report.created},
            {QStringLiteral("deleted"), report.deleted},
            {QStringLiteral("unchanged"), report.unchanged},
            {QStringLiteral("errors"), report.errors}};
}

} // namespace

int runRemotePublishCaldav(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption urlOption(QStringLiteral("url"),
                                       Tr::tr("The calendar collection's URL."), Tr::tr("url"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        Tr::tr("The user name for basic authentication; the "
                                               "password is read from %1.")
                                            .arg(QLatin1String(PasswordVariable)),
                                        Tr::tr("user"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Tr::tr("Start of the range (ISO date), default 30 days "
                                               "before today."),
                                        Tr::tr("date"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      Tr::tr("End of the range (ISO date, exclusive), default "
                                             "180 days after today."),
                                      Tr::tr("date"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        Tr::tr("The remote's name, default host:port/path."),
                                        Tr::tr("name"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("text or json."),
                                          Tr::tr("format"));
    parser.addOptions({urlOption, userOption, fromOption, toOption, nameOption, formatOption});
    if (!parser.parse(context.arguments))
        return fail(context, Error{ErrorKind::Usage, parser.errorText()});
    if (parser.positionalArguments() !=
            QStringList{QStringLiteral("publish"), QStringLiteral("caldav")} ||
        !parser.isSet(urlOption))
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("Usage: remote publish caldav --url URL [--user U] "
                                          "[--from D --to D] [--name N]")});
    bool json = context.format == OutputFormat::Json;
    if (parser.isSet(formatOption)) {
        const QString format = parser.value(formatOption);
        if (format != u"json" && format != u"text")
            return fail(context,
                        Error{ErrorKind::Usage,
                              Tr::tr("Option --format: \"%1\" is not text or json").arg(format)});
        json = format == u"json";
    }
    const QUrl url(parser.value(urlOption), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
        url.host().isEmpty())
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("Option --url: \"%1\" is not an http or https URL")
                                       .arg(parser.value(urlOption))});
    if (!url.userInfo().isEmpty())
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("Option --url: give the user with --user and the "
                                          "password in %1, not in the URL")
                                       .arg(QLatin1String(PasswordVariable))});
    const auto from = instant(parser, fromOption);
    if (!from)
        return fail(context, from.error());
    const auto to = instant(parser, toOption);
    if (!to)
        return fail(context, to.error());
    if (from->isValid() != to->isValid())
        return fail(context, Error{ErrorKind::Usage, Tr::tr("Give both --from and --to, or "
                                                            "neither")});

    auto db = context.openDatabase(Storage::Database::OpenMode::MustExist,
                                   Storage::Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    auto actor = context.actor();
    if (!actor)
        return fail(context, actor.error());
    const QString name = parser.isSet(nameOption) ? parser.value(nameOption) : defaultName(url);
    auto remote = savedRemote(**db, name, url, parser.value(userOption));
    if (!remote)
        return fail(context, remote.error());

    const QByteArray password = qgetenv(PasswordVariable);
    auto report = Connectors::CalDav::publish(**db, *remote, password, actor->id, *from, *to);
    Connectors::recordRun(**db, remote->id, report);
    if (!report)
        return fail(context, report.error());

    QTextStream &out = context.out();
    if (json)
        out << QString::fromUtf8(
                   QJsonDocument(toJson(*remote, *report)).toJson(QJsonDocument::Compact))
            << Qt::endl;
    else
        out << Tr::tr("Published to %1: %2 created, %3 updated, %4 deleted, %5 unchanged, "
                      "%6 errors")
                   .arg(remote->baseUrl.toString(QUrl::RemoveUserInfo))
                   .arg(report->created)
                   .arg(report->pushed - report->created)
                   .arg(report->deleted)
                   .arg(report->unchanged)
                   .arg(report->errors)
            << Qt::endl;
    if (report->errors > 0)
        return fail(context, invalidData(Tr::tr("%n resource(s) could not be published; the "
                                                "remote's errors say why",
                                                nullptr, report->errors)));
    return 0;
}

} // namespace ServiceDeck::Cli
