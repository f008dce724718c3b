// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbcommand.h"

#include "clicontext.h"
#include "cmdbimpact.h"

#include "storage/cmdbcsv/cmdbexport.h"
#include "storage/cmdbcsv/cmdbimport.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ServiceDeck::Cli {

namespace {

using Storage::Database;

// --format given after the command wins over the global one.
Result<void> takeFormat(CliContext &context, const QCommandLineParser &parser,
                        const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return {};
    const QString format = parser.value(option);
    if (format != u"json" && format != u"text")
        return Error{ErrorKind::Usage,
                     Tr::tr("Option --format: \"%1\" is not text or json").arg(format)};
    context.format = format == u"json" ? OutputFormat::Json : OutputFormat::Text;
    return {};
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), Tr::tr("text or json."), Tr::tr("format"));
}

void printErrors(CliContext &context, const QString &file, const Storage::ImportPlan &plan)
{
    for (const Storage::ImportError &error : plan.errors) {
        QString where = file;
        if (error.line > 0)
            where += u':' + QString::number(error.line);
        if (error.line > 0 && !error.column.isEmpty())
            where += u':' + error.column;
        context.err() << where << QStringLiteral(": ") << error.message << Qt::endl;
    }
    if (plan.moreErrors > 0)
        context.err() << file << QStringLiteral(": ")
                      << Tr::tr("… and %n more error(s)", nullptr, int(plan.moreErrors))
                      << Qt::endl;
}

int import(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    if (!parser.parse(context.arguments.mid(1)) || parser.positionalArguments().size() != 1)
        return fail(context, Error{ErrorKind::Usage, parser.errorText().isEmpty()
                                                         ? Tr::tr("usage: cmdb import FILE.csv")
                                                         : parser.errorText()});
    if (auto taken = takeFormat(context, parser, format); !taken)
        return fail(context, taken.error());
    const QString path = parser.positionalArguments().at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(context,
                    invalidData(Tr::tr("Cannot read %1: %2").arg(path, file.errorString())));
    const QByteArray content = file.readAll();
    auto db =
        context.openDatabase(Database::OpenMode::MustExist, Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    auto actor = context.actor();
    if (!actor)
        return fail(context, actor.error());

    Storage::CmdbImport importer(**db);
    QElapsedTimer sinceReport;
    sinceReport.start();
    QString phase = Tr::tr("checking");
    // About a line a second, so that a small file prints nothing and a big one shows it moves.
    importer.setProgress([&](qint64 done, qint64 total) {
        if (sinceReport.elapsed() >= 1000) {
            context.err() << Tr::tr("cmdb import: %1 %2/%3").arg(phase).arg(done).arg(total)
                          << Qt::endl;
            sinceReport.restart();
        }
        return true;
    });
    auto plan = importer.prepare(content);
    if (!plan)
        return fail(context, plan.error());
    if (!plan->ok()) {
        printErrors(context, path, *plan);
        return fail(context, invalidData(Tr::tr("%1: %n error(s), nothing was imported", nullptr,
                                                int(plan->errors.size() + plan->moreErrors))
                                             .arg(path)));
    }
    phase = Tr::tr("writing");
    auto report = importer.apply(*plan, actor->id);
    if (!report)
        return fail(context, report.error());
    if (context.format == OutputFormat::Json) {
        const QJsonObject object{{QStringLiteral("file"), path},
                                 {QStringLiteral("kind"), Storage::importKindName(report->kind)},
                                 {QStringLiteral("rows"), plan->rows},
                                 {QStringLiteral("created"), report->created},
                                 {QStringLiteral("updated"), report->updated},
                                 {QStringLiteral("unchanged"), report->unchanged},
                                 {QStringLiteral("duplicates"), plan->duplicates},
                                 {QStringLiteral("elapsed_ms"), report->elapsedMs}};
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        if (report->kind == Storage::ImportKind::Cis)
            context.out() << Tr::tr("Imported %1: %2 CIs created, %3 updated, %4 unchanged")
                                 .arg(path)
                                 .arg(report->created)
                                 .arg(report->updated)
                                 .arg(report->unchanged);
        else
            context.out() << Tr::tr("Imported %1: %2 relations created, %3 present already")
                                 .arg(path)
                                 .arg(report->created)
                                 .arg(report->unchanged);
        if (plan->duplicates > 0)
            context.out() << Tr::tr(" (%n repeated row(s) written once)", nullptr,
                                    int(plan->duplicates));
        context.out() << u'.' << Qt::endl;
    }
    return 0;
}

int exportCmdb(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption relationsOption(QStringLiteral("relations"),
                                             Tr::tr("Export the relations instead of the CIs."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Write to this file instead of stdout."),
                                          Tr::tr("file"));
    parser.addOptions({relationsOption, outputOption});
    if (!parser.parse(context.arguments.mid(1)) || !parser.positionalArguments().isEmpty())
        return fail(context, Error{ErrorKind::Usage,
                                   parser.errorText().isEmpty()
                                       ? Tr::tr("usage: cmdb export [--relations] [-o FILE]")
                                       : parser.errorText()});
    auto db =
        context.openDatabase(Database::OpenMode::MustExist, Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    Storage::CmdbExport exporter(**db);
    const bool relations = parser.isSet(relationsOption);
    const auto write = [&](QIODevice &device) {
        return relations ? exporter.writeRelations(device) : exporter.writeCis(device);
    };
    if (!parser.isSet(outputOption)) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = write(buffer);
        if (!written)
            return fail(context, written.error());
        context.out() << QString::fromUtf8(buffer.data());
        context.out().flush();
        return 0;
    }
    // QSaveFile: a failed export leaves the file that was there, not half a new one.
    const QString path = parser.value(outputOption);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(context,
                    invalidData(Tr::tr("Cannot write %1: %2").arg(path, file.errorString())));
    auto written = write(file);
    if (!written)
        return fail(context, written.error());
    if (!file.commit())
        return fail(context,
                    invalidData(Tr::tr("Cannot write %1: %2").arg(path, file.errorString())));
    context.out() << (relations ? Tr::tr("Exported %1 relations to %2.")
                                : Tr::tr("Exported %1 CIs to %2."))
                         .arg(*written)
                         .arg(path)
                  << Qt::endl;
    return 0;
}

} // namespace

int runCmdb(CliContext &context)
{
    const QString sub = context.arguments.value(1);
    if (sub == u"import")
        return import(context);
    if (sub == u"export")
        return exportCmdb(context);
    if (sub == u"impact")
        return runCmdbImpact(context);
    return fail(context, Error{ErrorKind::Usage,
                               sub.isEmpty() ? Tr::tr("usage: cmdb import|export|impact …")
                                             : Tr::tr("Unknown cmdb command \"%1\"; use import, "
                                                      "export or impact")
                                                   .arg(sub)});
}

} // namespace ServiceDeck::Cli
