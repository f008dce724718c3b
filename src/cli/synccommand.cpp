// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommand.h"

#include "clicontext.h"

#include "sync/conflictrepository.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace ServiceDeck::Cli {

using Storage::Database;

namespace {

QString stageName(Sync::SyncEngine::Stage stage)
{
    switch (stage) {
    case Sync::SyncEngine::Stage::Connecting: return Tr::tr("connecting");
    case Sync::SyncEngine::Stage::Downloading: return Tr::tr("downloading");
    case Sync::SyncEngine::Stage::Pushing: return Tr::tr("pushing");
    case Sync::SyncEngine::Stage::Pulling: return Tr::tr("pulling");
    case Sync::SyncEngine::Stage::Done: return Tr::tr("done");
    }
    return {};
}

QJsonObject toJson(const Sync::Conflict &c)
{
    return {{QStringLiteral("id"), c.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("kind"), c.kind},
            {QStringLiteral("entity"), c.entity},
            {QStringLiteral("entity_id"), c.entityId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("base"), c.base},
            {QStringLiteral("local"), c.mine},
            {QStringLiteral("remote"), c.theirs},
            {QStringLiteral("created"), c.created}};
}

int listConflicts(CliContext &context, Database &db)
{
    auto conflicts = Sync::ConflictRepository(db).open();
    if (!conflicts)
        return fail(context, conflicts.error());
    QTextStream &out = context.out();
    if (context.format == OutputFormat::Json) {
        QJsonArray array;
        for (const Sync::Conflict &c : *conflicts)
            array.append(toJson(c));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        out.flush();
        return 0;
    }
    if (conflicts->isEmpty())
        out << Tr::tr("No open conflicts") << Qt::endl;
    for (const Sync::Conflict &c : *conflicts) {
        out << c.id.toString(QUuid::WithoutBraces).left(8) << QStringLiteral("  ")
            << Sync::ConflictRepository::describe(c) << Qt::endl;
        if (c.kind == u"field")
            out << QStringLiteral("          ")
                << Tr::tr("base: %1 | local: %2 | remote: %3")
                       .arg(c.base.isEmpty() ? Tr::tr("(empty)") : c.base,
                            c.mine.isEmpty() ? Tr::tr("(empty)") : c.mine,
                            c.theirs.isEmpty() ? Tr::tr("(empty)") : c.theirs)
                << Qt::endl;
    }
    out.flush();
    return 0;
}

int resolveConflict(CliContext &context, Database &db)
{
    QCommandLineParser parser;
    const QCommandLineOption take(QStringLiteral("take"),
                                  Tr::tr("local, remote or value=V."), Tr::tr("choice"));
    parser.addOption(take);
    QStringList arguments = context.arguments.mid(1);
    arguments.prepend(QStringLiteral("conflicts"));
    if (!parser.parse(arguments))
        return fail(context, Error{ErrorKind::Usage, parser.errorText()});
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(take))
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("usage: conflicts resolve ID "
                                          "--take local|remote|value=V")});
    const QString choice = parser.value(take);
    Sync::ConflictRepository::Take how;
    QString value;
    if (choice == u"local") {
        how = Sync::ConflictRepository::Take::Local;
    } else if (choice == u"remote") {
        how = Sync::ConflictRepository::Take::Remote;
    } else if (choice.startsWith(u"value=")) {
        how = Sync::ConflictRepository::Take::Value;
        value = choice.mid(6);
    } else {
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("Option --take: \"%1\" is not local, remote or "
                                          "value=V")
                                       .arg(choice)});
    }
    auto actor = context.actor();
    if (!actor)
        return fail(context, actor.error());
    if (auto resolved = Sync::ConflictRepository(db).resolve(positional.at(1), how, value,
                                                             actor->id);
        !resolved)
        return fail(context, resolved.error());
    if (context.format == OutputFormat::Text)
        context.out() << Tr::tr("Resolved; the resolution syncs with the next sync") << Qt::endl;
    return 0;
}

} // namespace

// sync prune [--keep-days N]: on a hub (--db), drops the change feed older than N days (90).
int pruneChangeFeed(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption keep(QStringLiteral("keep-days"),
                                  Tr::tr("Keep the changes of the last N days (default 90)."),
                                  Tr::tr("N"), QStringLiteral("90"));
    parser.addOption(keep);
    QStringList arguments = context.arguments;
    arguments.removeAt(1); // "prune"
    if (!parser.parse(arguments))
        return fail(context, Error{ErrorKind::Usage, parser.errorText()});
    bool ok = false;
    const int days = parser.value(keep).toInt(&ok);
    if (!ok || days < 0 || !parser.positionalArguments().isEmpty())
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("usage: sync prune [--keep-days N] (the hub is --db; "
                                          "N a whole number of days, 0 or more)")});
    auto db = context.openDatabase(Database::OpenMode::MustExist,
                                   Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    if ((*db)->dialect() != Storage::Dialect::Postgres)
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("Only a hub (a PostgreSQL database) has a change feed "
                                          "to prune: %1")
                                       .arg((*db)->url().displayName())});
    auto pruned = (*db)->exec(QStringLiteral("SELECT servicedeck_prune_change_log("
                                             "make_interval(days => ?))"),
                              {days});
    if (!pruned)
        return fail(context, pruned.error());
    pruned->next();
    const qint64 removed = pruned->value(0).toLongLong();
    if (context.format == OutputFormat::Json)
        context.out() << QString::fromUtf8(
                             QJsonDocument(QJsonObject{{QStringLiteral("removed"), removed}})
                                 .toJson(QJsonDocument::Compact))
                      << Qt::endl;
    else
        context.out() << Tr::tr("Removed %n change feed row(s) older than %1 days", nullptr,
                                int(std::min<qint64>(removed, std::numeric_limits<int>::max())))
                             .arg(days)
                      << Qt::endl;
    return 0;
}

int runSync(CliContext &context)
{
    if (context.arguments.value(1) == u"prune")
        return pruneChangeFeed(context);
    QCommandLineParser parser;
    const QCommandLineOption hub(QStringLiteral("hub"),
                                 Tr::tr("The hub: postgresql://USER@HOST[:PORT]/DB."),
                                 Tr::tr("url"));
    parser.addOption(hub);
    if (!parser.parse(context.arguments))
        return fail(context, Error{ErrorKind::Usage, parser.errorText()});
    if (!parser.isSet(hub) || !parser.positionalArguments().isEmpty())
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("usage: sync --hub URL (the replica is --db)")});
    // A new or empty replica file is made here and filled by the first download.
    auto db = context.openDatabase(Database::OpenMode::CreateIfMissing,
                                   Database::SchemaPolicy::Migrate);
    if (!db)
        return fail(context, db.error());
    Sync::SyncEngine::Stage shown = Sync::SyncEngine::Stage::Done;
    qint64 tenths = 0;
    QTextStream &err = context.err();
    auto report = Sync::SyncEngine(**db).run(
        parser.value(hub), [&](Sync::SyncEngine::Stage stage, qint64 done, qint64 total) {
            if (stage != shown) {
                shown = stage;
                err << Tr::tr("sync: %1").arg(stageName(stage)) << Qt::endl;
            } else if (stage == Sync::SyncEngine::Stage::Downloading && total > 0 &&
                       done * 10 / total > tenths) {
                tenths = done * 10 / total;
                err << Tr::tr("sync: downloaded %1 of %2 records").arg(done).arg(total)
                    << Qt::endl;
            }
            return true;
        });
    if (!report)
        return fail(context, report.error());
    if (context.format == OutputFormat::Json) {
        const QJsonObject object{{QStringLiteral("downloaded"), report->downloaded},
                                 {QStringLiteral("pushed"), report->pushed},
                                 {QStringLiteral("pulled"), report->pulled},
                                 {QStringLiteral("new_conflicts"), report->newConflicts},
                                 {QStringLiteral("open_conflicts"), report->openConflicts},
                                 {QStringLiteral("pending"), report->pending}};
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                      << Qt::endl;
    } else {
        context.out() << Tr::tr("Downloaded %1, pushed %2, pulled %3; %4 open conflicts")
                             .arg(report->downloaded)
                             .arg(report->pushed)
                             .arg(report->pulled)
                             .arg(report->openConflicts)
                      << Qt::endl;
    }
    if (report->openConflicts > 0) {
        err << Tr::tr("%n conflict(s) need a decision: see conflicts list", nullptr,
                      int(report->openConflicts))
            << Qt::endl;
        return int(ErrorKind::Conflict);
    }
    return 0;
}

int runConflictQueue(CliContext &context)
{
    const QString verb = context.arguments.value(1);
    if (verb != u"list" && verb != u"resolve")
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("conflicts needs list or resolve, not \"%1\"").arg(verb)});
    auto db = context.openDatabase(Database::OpenMode::MustExist,
                                   Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    return verb == u"list" ? listConflicts(context, **db) : resolveConflict(context, **db);
}

} // namespace ServiceDeck::Cli
