// SPDX-License-Identifier: GPL-3.0-or-later
#include "changescommand.h"

#include "clicontext.h"

#include "core/change/collisionengine.h"
#include "core/timestamps.h"
#include "storage/change/changeschedulerepository.h"
#include "storage/changereport/changereport.h"
#include "storage/changereport/schedulecalendar.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <utility>

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

// The --from/--to options that `changes conflicts` and `changes ics` share.
struct RangeOptions
{
    QCommandLineOption from{QStringLiteral("from"),
                            Tr::tr("Start of the range (ISO date), default today."),
                            Tr::tr("date")};
    QCommandLineOption to{QStringLiteral("to"),
                          Tr::tr("End of the range (ISO date, exclusive), default 90 days "
                                 "after the start."),
                          Tr::tr("date")};
};

struct Range
{
    QDateTime from;
    QDateTime to;
};

Result<Range> rangeOf(const QCommandLineParser &parser, const RangeOptions &options)
{
    const QDateTime today(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
    auto from = instantOption(parser, options.from, today);
    if (!from)
        return from.error();
    auto to = instantOption(parser, options.to, from->addDays(DefaultDays));
    if (!to)
        return to.error();
    if (*to <= *from)
        return Error{ErrorKind::Usage, Tr::tr("Option --to: the range must end after it starts")};
    return Range{*from, *to};
}

// What a repository (the schedule's or the report's) loads of the range from the database.
template<typename Repository>
auto loadRange(CliContext &context, const Range &range)
    -> decltype(Repository(std::declval<Storage::Database &>()).load(Change::TimeSpan()))
{
    auto db = context.openDatabase(Storage::Database::OpenMode::MustExist,
                                   Storage::Database::SchemaPolicy::RequireSchema);
    if (!db)
        return db.error();
    return Repository(**db).load(Change::TimeSpan::fromDateTimes(range.from, range.to));
}

int runConflicts(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const RangeOptions rangeOptions;
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("text or json."),
                                          Tr::tr("format"));
    parser.addOptions({rangeOptions.from, rangeOptions.to, formatOption});
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
    const auto range = rangeOf(parser, rangeOptions);
    if (!range)
        return fail(context, range.error());
    auto loaded = loadRange<Storage::ChangeScheduleRepository>(context, *range);
    if (!loaded)
        return fail(context, loaded.error());
    const QList<Change::Collision> collisions = Change::findCollisions(loaded->input);

    QTextStream &out = context.out();
    if (json) {
        QJsonArray array;
        for (const Change::Collision &collision : collisions)
            array.append(toJson(collision, loaded->input));
        const QJsonObject document{{QStringLiteral("from"), toIsoUtc(range->from)},
                                   {QStringLiteral("to"), toIsoUtc(range->to)},
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
               .arg(toIsoUtc(range->from), toIsoUtc(range->to))
        << Qt::endl;
    return 0;
}

int runIcs(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const RangeOptions rangeOptions;
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Write to this file instead of stdout."),
                                          Tr::tr("file"));
    parser.addOptions({rangeOptions.from, rangeOptions.to, outputOption});
    if (!parser.parse(arguments))
        return fail(context, Error{ErrorKind::Usage, parser.errorText()});
    if (!parser.positionalArguments().isEmpty())
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("usage: changes ics [--from D --to D] [-o FILE]")});
    const auto range = rangeOf(parser, rangeOptions);
    if (!range)
        return fail(context, range.error());
    auto report = loadRange<Storage::ChangeReportRepository>(context, *range);
    if (!report)
        return fail(context, report.error());
    const QByteArray calendar =
        Storage::scheduleICalendar(*report, QDateTime::currentDateTimeUtc());
    if (!parser.isSet(outputOption)) {
        // The text stream writes UTF-8; -o writes the exact bytes where a platform's console
        // would translate line ends.
        context.out() << QString::fromUtf8(calendar);
        context.out().flush();
        return 0;
    }
    // QSaveFile: a failed export leaves the file that was there, not half a new one.
    const QString path = parser.value(outputOption);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size()
        || !file.commit())
        return fail(context, invalidData(Tr::tr("Cannot write %1: %2")
                                             .arg(QDir::toNativeSeparators(path),
                                                  file.errorString())));
    const int events = int(report->changes.size() + report->blackouts.size());
    context.out() << Tr::tr("Exported %n event(s) of the change schedule from %1 to %2 to %3.",
                            nullptr, events)
                         .arg(toIsoUtc(range->from), toIsoUtc(range->to),
                              QDir::toNativeSeparators(path))
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
    if (sub == u"ics")
        return runIcs(context, context.arguments.mid(1));
    return fail(context, Error{ErrorKind::Usage,
                               sub.isEmpty() ? Tr::tr("changes needs a subcommand: conflicts, ics")
                                             : Tr::tr("changes: unknown subcommand \"%1\"; "
                                                      "known: conflicts, ics")
                                                   .arg(sub)});
}

} // namespace ServiceDeck::Cli
