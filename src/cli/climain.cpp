// SPDX-License-Identifier: GPL-3.0-or-later
#include "climain.h"

#include "benchcommand.h"
#include "clicontext.h"
#include "changescommand.h"
#include "remotecommand.h"
#include "synccommand.h"
#include "cmdbcommand.h"
#include "initcommand.h"
#include "querycommand.h"
#include "seedcommand.h"
#include "ticketcommand.h"

#include <QCommandLineParser>

namespace ServiceDeck::Cli {

namespace {

QString commandSummary()
{
    return Tr::tr("Commands:\n"
                  "  init                          create or upgrade the database schema\n"
                  "  seed --tickets N --cis N --changes N [--random-seed S] [--until D]\n"
                  "       [--change-month YYYY-MM]\n"
                  "                                fill the database with demo data\n"
                  "  query [EXPR] [--sort F,-F] [--limit N] [--format table|json|csv]\n"
                  "  ticket create --kind K --title T [--set F=V …]\n"
                  "  ticket show NUMBER\n"
                  "  ticket update NUMBER F=V …\n"
                  "  ticket transition NUMBER STATE [--set F=V …]\n"
                  "  ticket comment NUMBER TEXT [--internal] [--minutes M]\n"
                  "  ticket delete NUMBER          delete a ticket (administrators)\n"
                  "  cmdb import FILE.csv          import CIs or relations from CSV\n"
                  "  cmdb export [--relations] [-o FILE]\n"
                  "                                the CIs (or relations) as CSV\n"
                  "  cmdb impact CI [--direction up|down] [--depth N] [--format json]\n"
                  "                                what a CI's outage reaches\n"
                  "  changes conflicts [--from D --to D] [--format json]\n"
                  "                                collisions in the change schedule\n"
                  "  changes ics [--from D --to D] [-o FILE]\n"
                  "                                the change schedule as iCalendar\n"
                  "  sync --hub URL                push the outbox and pull the hub's changes\n"
                  "                                into the replica named by --db\n"
                  "  sync prune [--keep-days N]    drop a hub's change feed older than N days\n"
                  "  conflicts list                what a sync could not merge\n"
                  "  conflicts resolve ID --take local|remote|value=V\n"
                  "  remote sync rt --url URL --token T [--queue Q] [--group G]\n"
                  "                                exchange tickets with a Request Tracker\n"
                  "  remote publish caldav --url URL [--user U] [--from D --to D]\n"
                  "                                publish the change schedule to a calendar\n"
                  "                                (password in SERVICEDECK_CALDAV_PASSWORD)\n"
                  "  bench [--tickets N] [--only queues,cmdb,changes,calendar]\n"
                  "                                queue, CMDB, change schedule and calendar benchmarks\n");
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliContext context(out, err);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("ServiceDeck command-line tool.") + QLatin1Char('\n')
                                     + commandSummary());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Tr::tr("The database: sqlite:PATH or "
                                             "postgresql://USER@HOST[:PORT]/DB."),
                                      Tr::tr("url"));
    const QCommandLineOption asOption(QStringLiteral("as"),
                                      Tr::tr("Act as this user (default: admin)."),
                                      Tr::tr("login"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Tr::tr("Output format: text or json."),
                                          Tr::tr("format"), QStringLiteral("text"));
    parser.addOptions({dbOption, asOption, formatOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("The command to run."));

    if (!parser.parse(arguments))
        return fail(context, Error{ErrorKind::Usage, parser.errorText()});
    if (parser.isSet(versionOption)) {
        out << QStringLiteral("servicedeck-cli ")
            << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return 0;
    }
    context.databaseUrl = parser.value(dbOption);
    context.actorLogin = parser.value(asOption);
    const QString format = parser.value(formatOption);
    if (format == u"json")
        context.format = OutputFormat::Json;
    else if (format != u"text")
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("Option --format: \"%1\" is not text or json")
                                       .arg(format)});
    context.arguments = parser.positionalArguments();
    if (context.arguments.isEmpty())
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("No command given; see --help for the commands")});

    const QString command = context.arguments.constFirst();
    if (command == u"init")
        return runInit(context);
    if (command == u"seed")
        return runSeed(context);
    if (command == u"ticket")
        return runTicket(context);
    if (command == u"query")
        return runQuery(context);
    if (command == u"cmdb")
        return runCmdb(context);
    if (command == u"changes")
        return runChanges(context);
    if (command == u"sync")
        return runSync(context);
    if (command == u"conflicts")
        return runConflictQueue(context);
    if (command == u"remote")
        return runRemote(context);
    if (command == u"bench")
        return runBench(context);
    return fail(context, Error{ErrorKind::Usage,
                               Tr::tr("Unknown command \"%1\"; see --help for the commands")
                                   .arg(command)});
}

} // namespace ServiceDeck::Cli
