// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedcommand.h"

#include "clicontext.h"

#include "storage/directoryrepository.h"
#include "storage/seed/seeder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace ServiceDeck::Cli {

namespace {

Result<qint64> count(const QCommandLineParser &parser, const QString &name, qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < 0)
        return Error{ErrorKind::Usage, Tr::tr("Option --%1: \"%2\" is not a count")
                                           .arg(name, parser.value(name))};
    return value;
}

} // namespace

int runSeed(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("tickets"), Tr::tr("Incidents, requests and problems to make."),
         Tr::tr("n")},
        {QStringLiteral("cis"), Tr::tr("Configuration items to make."), Tr::tr("n")},
        {QStringLiteral("changes"), Tr::tr("Changes to make."), Tr::tr("n")},
        {QStringLiteral("random-seed"), Tr::tr("Seed of the generator: same seed, same data."),
         Tr::tr("s")},
        {QStringLiteral("until"), Tr::tr("Last day of the history (default: today)."),
         Tr::tr("date")},
        {QStringLiteral("change-month"),
         Tr::tr("Plan every change in this month (yyyy-MM) instead of over the history."),
         Tr::tr("month")},
    });
    if (!parser.parse(context.arguments))
        return fail(context, Error{ErrorKind::Usage, parser.errorText()});
    if (!parser.positionalArguments().isEmpty()) // parse() took "seed" as the program name
        return fail(context, Error{ErrorKind::Usage, Tr::tr("seed takes options only")});

    Storage::SeedOptions options;
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("tickets"), &options.tickets},
          std::pair{QStringLiteral("cis"), &options.cis},
          std::pair{QStringLiteral("changes"), &options.changes}}) {
        auto value = count(parser, name, *target);
        if (!value)
            return fail(context, value.error());
        *target = *value;
    }
    auto seed = count(parser, QStringLiteral("random-seed"), options.randomSeed);
    if (!seed)
        return fail(context, seed.error());
    options.randomSeed = static_cast<quint32>(*seed);
    if (parser.isSet(QStringLiteral("until"))) {
        options.until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!options.until.isValid())
            return fail(context, Error{ErrorKind::Usage,
                                       Tr::tr("Option --until: \"%1\" is not an ISO date")
                                           .arg(parser.value(QStringLiteral("until")))});
    }

    if (parser.isSet(QStringLiteral("change-month"))) {
        options.changeMonth =
            QDate::fromString(parser.value(QStringLiteral("change-month")), QStringLiteral("yyyy-MM"));
        if (!options.changeMonth.isValid())
            return fail(context, Error{ErrorKind::Usage,
                                       Tr::tr("Option --change-month: \"%1\" is not a month "
                                              "(yyyy-MM)")
                                           .arg(parser.value(QStringLiteral("change-month")))});
    }

    auto db = context.openDatabase(Storage::Database::OpenMode::CreateIfMissing,
                                   Storage::Database::SchemaPolicy::Migrate);
    if (!db)
        return fail(context, db.error());
    if (auto admin = Storage::DirectoryRepository(**db).ensureAdmin(); !admin)
        return fail(context, admin.error());

    QElapsedTimer sinceReport;
    sinceReport.start();
    QString lastPhase;
    const auto progress = [&](const QString &phase, qint64 done, qint64 total) {
        // A line per phase and about one a second within it: readable in a log and a terminal.
        if (phase != lastPhase || done == total || sinceReport.elapsed() >= 1000) {
            context.err() << Tr::tr("seed: %1 %2/%3").arg(phase).arg(done).arg(total)
                          << Qt::endl;
            lastPhase = phase;
            sinceReport.restart();
        }
        return true;
    };
    auto report = Storage::Seeder(**db).run(options, progress);
    if (!report)
        return fail(context, report.error());
    if (context.format == OutputFormat::Json) {
        context.out() << QStringLiteral("{\"users\": %1, \"groups\": %2, \"cis\": %3, "
                                        "\"relations\": %4, \"tickets\": %5, \"changes\": %6, "
                                        "\"blackouts\": %7, \"elapsed_ms\": %8}")
                             .arg(report->users)
                             .arg(report->groups)
                             .arg(report->cis)
                             .arg(report->relations)
                             .arg(report->tickets)
                             .arg(report->changes)
                             .arg(report->blackouts)
                             .arg(report->elapsedMs)
                      << Qt::endl;
    } else {
        context.out() << Tr::tr("Seeded %1 tickets, %2 changes, %3 CIs with %4 relations, "
                                "%5 users in %6 groups in %7 s.")
                             .arg(report->tickets)
                             .arg(report->changes)
                             .arg(report->cis)
                             .arg(report->relations)
                             .arg(report->users)
                             .arg(report->groups)
                             .arg(double(report->elapsedMs) / 1000.0, 0, 'f', 1)
                      << Qt::endl;
    }
    return 0;
}

} // namespace ServiceDeck::Cli
