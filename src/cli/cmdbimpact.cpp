// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbimpact.h"

#include "clicontext.h"

#include "storage/cirepository.h"
#include "storage/cmdb/cicataloguerepository.h"
#include "storage/cmdb/cmdbgraph.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ServiceDeck::Cli {

namespace {

using Storage::Database;

struct ImpactView
{
    const Cmdb::ImpactClosure &closure;
    QHash<QUuid, Storage::CiSummary> cis;
    Cmdb::CiCatalogue catalogue;
    Cmdb::ImpactDirection direction;
};

QString ciText(const ImpactView &view, const QUuid &id)
{
    const Storage::CiSummary ci = view.cis.value(id);
    return QStringLiteral("%1 (%2)").arg(ci.name, ci.ciClass);
}

// The label of the step as it reads from the CI above it: "runs on" going down, "hosts" up.
QString relationLabel(const ImpactView &view, const QString &type)
{
    const Cmdb::RelationType *relation = view.catalogue.findRelationType(type);
    if (!relation)
        return type;
    return view.direction == Cmdb::ImpactDirection::Down ? relation->forwardLabel
                                                         : relation->reverseLabel;
}

void printTree(QTextStream &out, const ImpactView &view, const QUuid &ci, int depth)
{
    for (const QUuid &child : view.closure.childrenOf(ci)) {
        const Cmdb::ImpactStep *step = view.closure.step(child);
        out << QString(2 * (depth + 1), u' ') << relationLabel(view, step->relationType)
            << QStringLiteral(": ") << ciText(view, child) << Qt::endl;
        printTree(out, view, child, depth + 1);
    }
}

QJsonObject toJson(const ImpactView &view)
{
    QJsonArray cis;
    for (const Cmdb::ImpactStep &step : view.closure.steps()) {
        QJsonArray path;
        for (const Cmdb::ImpactStep &on : view.closure.pathTo(step.ci))
            path << view.cis.value(on.ci).name;
        const Storage::CiSummary ci = view.cis.value(step.ci);
        cis << QJsonObject{{QStringLiteral("name"), ci.name},
                           {QStringLiteral("class"), ci.ciClass},
                           {QStringLiteral("status"), ci.status},
                           {QStringLiteral("depth"), step.depth},
                           {QStringLiteral("relation"), step.relationType.isEmpty()
                                                            ? QJsonValue()
                                                            : QJsonValue(step.relationType)},
                           {QStringLiteral("path"), path}};
    }
    return QJsonObject{{QStringLiteral("start"), view.cis.value(view.closure.start()).name},
                       {QStringLiteral("direction"), Cmdb::impactDirectionName(view.direction)},
                       {QStringLiteral("cis"), cis}};
}

} // namespace

int runCmdbImpact(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption directionOption(QStringLiteral("direction"),
                                             Tr::tr("down: what the CI needs; up: what needs "
                                                    "the CI (default down)."),
                                             Tr::tr("up|down"), QStringLiteral("down"));
    const QCommandLineOption depthOption(
        QStringLiteral("depth"), Tr::tr("Follow at most this many relations."), Tr::tr("n"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("text or json."),
                                          Tr::tr("format"));
    parser.addOptions({directionOption, depthOption, formatOption});
    if (!parser.parse(context.arguments.mid(1)) || parser.positionalArguments().size() != 1)
        return fail(context, Error{ErrorKind::Usage,
                                   parser.errorText().isEmpty()
                                       ? Tr::tr("usage: cmdb impact CI [--direction up|down] "
                                                "[--depth N] [--format json]")
                                       : parser.errorText()});
    if (parser.isSet(formatOption)) {
        const QString format = parser.value(formatOption);
        if (format != u"json" && format != u"text")
            return fail(context,
                        Error{ErrorKind::Usage,
                              Tr::tr("Option --format: \"%1\" is not text or json").arg(format)});
        context.format = format == u"json" ? OutputFormat::Json : OutputFormat::Text;
    }
    Cmdb::ImpactOptions options;
    const QString direction = parser.value(directionOption);
    if (direction == u"up")
        options.direction = Cmdb::ImpactDirection::Up;
    else if (direction != u"down")
        return fail(context,
                    Error{ErrorKind::Usage,
                          Tr::tr("Option --direction: \"%1\" is not up or down").arg(direction)});
    if (parser.isSet(depthOption)) {
        bool ok = false;
        options.maxDepth = parser.value(depthOption).toInt(&ok);
        if (!ok || options.maxDepth < 0)
            return fail(context,
                        Error{ErrorKind::Usage, Tr::tr("Option --depth: \"%1\" is not a count")
                                                    .arg(parser.value(depthOption))});
    }

    auto db =
        context.openDatabase(Database::OpenMode::MustExist, Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    Storage::CiRepository repository(**db);
    const QString name = parser.positionalArguments().at(0);
    auto start = repository.findByName(name);
    if (!start)
        return fail(context, start.error());
    if (!start->has_value())
        return fail(context, invalidData(Tr::tr("No configuration item \"%1\"").arg(name)));
    auto closure = Storage::CmdbGraph(**db).closure((*start)->id, options);
    if (!closure)
        return fail(context, closure.error());
    QList<QUuid> ids;
    for (const Cmdb::ImpactStep &step : closure->steps())
        ids << step.ci;
    auto summaries = repository.summaries(ids);
    if (!summaries)
        return fail(context, summaries.error());
    auto catalogue = Storage::CiCatalogueRepository(**db).load();
    if (!catalogue)
        return fail(context, catalogue.error());
    ImpactView view{*closure, {}, *catalogue, options.direction};
    for (const Storage::CiSummary &ci : std::as_const(*summaries))
        view.cis.insert(ci.id, ci);

    QTextStream &out = context.out();
    if (context.format == OutputFormat::Json) {
        out << QString::fromUtf8(QJsonDocument(toJson(view)).toJson(QJsonDocument::Indented));
    } else {
        out << ciText(view, closure->start()) << Qt::endl;
        printTree(out, view, closure->start(), 0);
        out << Tr::tr("%n configuration item(s) reached", nullptr, int(closure->steps().size() - 1))
            << Qt::endl;
    }
    out.flush();
    return 0;
}

} // namespace ServiceDeck::Cli
