// SPDX-License-Identifier: GPL-3.0-or-later
#include "changescommand.h"

#include "clicontext.h"

#include "core/change/collisionengine.h"
#include "core/timestamps.h"
#include "storage/change/changeschedulerepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ServiceDeck::Cli {

namespace {

constexpr qint64 DefaultDays = 90;

QJsonObject toJson(const Change::Collision &collision, const Change::ScheduleInput &input)
{
    QJsonArray changes, cis, windows;
    for (qsizetype i = 0; i < collision.changes.size(); ++i)
        changes.append(QJsonObject{
            {QStringLiteral("id"), collision.changes.at(i).toString(QUuid::WithoutBraces)},
            {QStringLiteral("number"), collision.numbers.value(i)}});
    for (const QUuid &ci : collision.cis)
        cis.append(QJsonObject{{QStringLiteral("id"), ci.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("name"), input.ciNames.value(ci)}});
    for (const QUuid &window : collision.windows)
        windows.append(window.toString(QUuid::WithoutBraces));
    return {{QStringLiteral("kind"), Change::collisionKindName(collision.kind)},
            {QStringLiteral("severity"), Change::severityName(collision.severity)},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("cis"), cis},
            {QStringLiteral("windows"), windows},
            {QStringLiteral("start"), toIsoUtc(collision.when.startTime())},
            {QStringLiteral("end"), toIsoUtc(collision.when.endTime())},
            {QStringLiteral("explanation"), collision.explanation}};
}

Result<QDateTime> instantOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                const QDateTime &fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const auto parsed = parseIsoInstant(parser.value(option));
    if (!parsed)
        return Error{ErrorKind::Usage,
                     Tr::tr("Option --%1: \"%2\" is not an ISO 8601 date or date-time")
                         .arg(option.names().constFirst(), parser.value(option))};
    return *parsed;
}

int runConflicts(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Tr::tr("Start of the range (ISO date), default today."),
                                        Tr::tr("date"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      Tr::tr("End of the range (ISO date, exclusive), default "
                                             "90 days after the start."),
                                      Tr::tr("date"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("text or json."),
                                          Tr::tr("format"));
    parser.addOptions({fromOption, toOption, formatOption});
    if (!parser.parse(arguments))
        return fail(context, Error{ErrorKind::Usage, parser.errorText()});
    if (!parser.positionalArguments().isEmpty())
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("changes conflicts takes no arguments, only options")});
    bool json = context.format == OutputFormat::Json;
    if (parser.isSet(formatOption)) {
        const QString name = parser.value(formatOption);
        if (name != u"json" && name != u"text")
            return fail(context, Error{ErrorKind::Usage,
                                       Tr::tr("Option --format: \"%1\" is not text or json")
                                           .arg(name)});
        json = name == u"json";
    }
    const QDateTime today(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
    auto from = instantOption(parser, fromOption, today);
    if (!from)
        return fail(context, from.error());
    auto to = instantOption(parser, toOption, from->addDays(DefaultDays));
    if (!to)
        return fail(context, to.error());
    if (*to <= *from)
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("Option --to: the range must end after it starts")});

    auto db = context.openDatabase(Storage::Database::OpenMode::MustExist,
                                   Storage::Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    auto loaded = Storage::ChangeScheduleRepository(**db).load(
        Change::TimeSpan::fromDateTimes(*from, *to));
    if (!loaded)
        return fail(context, loaded.error());
    const QList<Change::Collision> collisions = Change::findCollisions(loaded->input);

    QTextStream &out = context.out();
    if (json) {
        QJsonArray array;
        for (const Change::Collision &collision : collisions)
            array.append(toJson(collision, loaded->input));
        const QJsonObject document{{QStringLiteral("from"), toIsoUtc(*from)},
                                   {QStringLiteral("to"), toIsoUtc(*to)},
                                   {QStringLiteral("changes"), qint64(loaded->stats.changes)},
                                   {QStringLiteral("collisions"), array}};
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const Change::Collision &collision : collisions)
        out << Change::severityName(collision.severity).leftJustified(8)
            << Change::collisionKindName(collision.kind).leftJustified(20)
            << collision.numbers.join(QLatin1Char(',')).leftJustified(22)
            << collision.explanation << Qt::endl;
    out << Tr::tr("%n collision(s) among %1 changes from %2 to %3", nullptr,
                  int(collisions.size()))
               .arg(loaded->stats.changes)
               .arg(toIsoUtc(*from), toIsoUtc(*to))
        << Qt::endl;
    return 0;
}

} // namespace

int runChanges(CliContext &context)
{
    // arguments: "changes", subcommand, options…
    const QString sub = context.arguments.value(1);
    if (sub == u"conflicts")
        return runConflicts(context, context.arguments.mid(1));
    return fail(context, Error{ErrorKind::Usage,
                               sub.isEmpty() ? Tr::tr("changes needs a subcommand: conflicts")
                                             : Tr::tr("changes: unknown subcommand \"%1\"; "
                                                      "known: conflicts")
                                                   .arg(sub)});
}

} // namespace ServiceDeck::Cli
