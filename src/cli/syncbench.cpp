// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncbench.h"

#include "clicontext.h"

#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/seed/seeder.h"
#include "storage/ticketrepository.h"
#include "sync/rowcodec.h"
#include "sync/schemainfo.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace ServiceDeck::Cli {

using Storage::Database;

namespace {

constexpr int pushOps = 10000;
constexpr int pushRounds = 3;
constexpr int pullRounds = 10; // × 10,000 tickets = 100,000 changes

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The stages of one sync, timed from its progress reports.
struct StageTimes
{
    qint64 pushStart = -1, pullStart = -1, done = -1;
};

Result<StageTimes> timedSync(Database &replica, const QString &hubUrl)
{
    QElapsedTimer clock;
    clock.start();
    StageTimes times;
    auto report =
        Sync::SyncEngine(replica).run(hubUrl, [&](Sync::SyncEngine::Stage stage, qint64, qint64) {
            const qint64 now = clock.nsecsElapsed();
            if (stage == Sync::SyncEngine::Stage::Pushing && times.pushStart < 0)
                times.pushStart = now;
            if (stage == Sync::SyncEngine::Stage::Pulling && times.pullStart < 0)
                times.pullStart = now;
            if (stage == Sync::SyncEngine::Stage::Done)
                times.done = now;
            return true;
        });
    if (!report)
        return report.error();
    return times;
}

// The baseline: the same number of ticket rows written by a plain batched INSERT (500 rows a
// statement, one transaction) into a scratch table shaped like tickets: bare, or with the
// tickets table's indexes and generated search column (what any writer of tickets pays).
enum class Scratch { Bare, Indexed };

Result<double> rawInsert(Database &hub, const Sync::SchemaInfo &schema,
                         const QList<Sync::Row> &rows, int times, Scratch scratch = Scratch::Bare)
{
    QStringList columns;
    for (const Sync::Column &column : schema.columns(QStringLiteral("tickets")))
        columns << column.name;
    for (const char *statement :
         {"DROP TABLE IF EXISTS bench_raw_tickets",
          scratch == Scratch::Bare
              ? "CREATE TABLE bench_raw_tickets AS SELECT * FROM tickets WITH NO DATA"
              : "CREATE TABLE bench_raw_tickets (LIKE tickets INCLUDING ALL)"}) {
        QSqlQuery ddl(hub.sql()); // DDL is not preparable on PostgreSQL
        if (!ddl.exec(QString::fromLatin1(statement)))
            return hub.sqlError(ddl.lastError(), QString::fromLatin1(statement));
    }
    constexpr int batch = 500;
    const QString row = QStringLiteral("(") +
                        QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QStringLiteral(")");
    QElapsedTimer clock;
    clock.start();
    Storage::Transaction tx(hub);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    QList<Sync::Row> all;
    for (int i = 0; i < times; ++i)
        all += rows;
    for (qsizetype from = 0; from < all.size(); from += batch) {
        const qsizetype count = std::min<qsizetype>(batch, all.size() - from);
        QVariantList binds;
        binds.reserve(count * columns.size());
        for (qsizetype i = from; i < from + count; ++i) {
            for (const Sync::Column &column : schema.columns(QStringLiteral("tickets")))
                binds << Sync::storedValue(column.type, all.at(i).value(column.name),
                                           Storage::Dialect::Postgres);
        }
        auto inserted = Sync::runSql(hub,
                                     QStringLiteral("INSERT INTO bench_raw_tickets (%1) VALUES %2")
                                         .arg(columns.join(QStringLiteral(", ")),
                                              QStringList(count, row).join(QLatin1Char(','))),
                                     binds);
        if (!inserted)
            return inserted.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    const double ms = clock.nsecsElapsed() / 1e6;
    QSqlQuery(hub.sql()).exec(QStringLiteral("DROP TABLE bench_raw_tickets"));
    return ms;
}

} // namespace

Result<void> measureSync(const QString &hubUrl, const std::function<void(const Measurement &)> &add)
{
    auto url = Storage::DatabaseUrl::parse(hubUrl);
    if (!url)
        return url.error();
    auto hub = Database::open(*url, Database::OpenMode::MustExist, Database::SchemaPolicy::Migrate);
    if (!hub)
        return hub.error();
    auto held = Sync::runSql(**hub, QStringLiteral("SELECT count(*) FROM tickets"));
    if (!held)
        return held.error();
    held->next();
    if (held->value(0).toLongLong() > 0)
        return Error{ErrorKind::Usage, Tr::tr("Option --hub: the sync benchmark fills the hub "
                                              "with its own data; give it an empty database")};
    held->finish();
    if (auto admin = Storage::DirectoryRepository(**hub).ensureAdmin(); !admin)
        return admin.error();
    Storage::SeedOptions options;
    options.tickets = pushOps;
    options.cis = 500;
    options.changes = 50;
    if (auto seeded = Storage::Seeder(**hub).run(options); !seeded)
        return seeded.error();

    QTemporaryDir dir;
    auto replicaUrl = Storage::DatabaseUrl::parse(QStringLiteral("sqlite:") +
                                                  dir.filePath(QStringLiteral("replica.db")));
    auto replica = Database::open(*replicaUrl);
    if (!replica)
        return replica.error();
    QElapsedTimer clock;
    clock.start();
    if (auto first = Sync::SyncEngine(**replica).run(**hub); !first)
        return first.error();
    add({QStringLiteral("sync.first_download"), clock.nsecsElapsed() / 1e6, QStringLiteral("ms"),
         std::nullopt,
         QStringLiteral("(no target; %1 tickets with their CIs and history)").arg(pushOps)});

    // Push: one edit of each ticket, queued offline, pushed; three rounds, each beside its
    // baselines, the medians reported (a hub's autovacuum and checkpoints come and go).
    auto admin = Storage::DirectoryRepository(**replica).findUser(QStringLiteral("admin"));
    if (!admin || !admin->has_value())
        return Error{ErrorKind::InvalidData, Tr::tr("The replica has no admin user")};
    QStringList numbers;
    auto listed = Sync::runSql(**replica, QStringLiteral("SELECT number FROM tickets "
                                                         "ORDER BY number LIMIT %1")
                                              .arg(pushOps));
    if (!listed)
        return listed.error();
    while (listed->next())
        numbers << listed->value(0).toString();
    listed->finish();
    auto schema = Sync::SchemaInfo::readHub(**hub);
    if (!schema)
        return schema.error();
    if (auto restricted = schema->restrictTo(**replica); !restricted)
        return restricted.error();
    Sync::RowCodec local(**replica, *schema);
    QList<QUuid> ids;
    auto idQuery = Sync::runSql(**replica, QStringLiteral("SELECT id FROM tickets"));
    if (!idQuery)
        return idQuery.error();
    while (idQuery->next())
        ids << Database::toUuid(idQuery->value(0));
    idQuery->finish();
    Storage::TicketRepository tickets(**replica);
    QList<double> pushTimes, bareTimes, indexedTimes;
    std::optional<QList<Sync::Row>> rows;
    for (int round = 0; round < pushRounds; ++round) {
        const QString text = QStringLiteral("Edited offline (%1)").arg(round + 1);
        for (const QString &number : std::as_const(numbers)) {
            if (auto updated =
                    tickets.update(number, {{QStringLiteral("description"), text}}, (*admin)->id);
                !updated)
                return updated.error();
        }
        auto pushed = timedSync(**replica, (*hub)->url().toString(true));
        if (!pushed)
            return pushed.error();
        pushTimes << (pushed->pullStart - pushed->pushStart) / 1e6;
        auto read = local.readMany(QStringLiteral("tickets"), ids);
        if (!read)
            return read.error();
        rows = *read;
        auto bare = rawInsert(**hub, *schema, *rows, 1);
        if (!bare)
            return bare.error();
        bareTimes << *bare;
        auto indexed = rawInsert(**hub, *schema, *rows, 1, Scratch::Indexed);
        if (!indexed)
            return indexed.error();
        indexedTimes << *indexed;
    }
    const double pushMs = median(pushTimes);
    add({QStringLiteral("sync.push_10k_ops"), pushMs, QStringLiteral("ms"), median(bareTimes),
         QStringLiteral("<= 10 s and <= 3x a raw batched insert of the same rows")});
    add({QStringLiteral("sync.push_10k_ops.vs_indexed_insert"), pushMs, QStringLiteral("ms"),
         median(indexedTimes),
         QStringLiteral("(reference: the baseline inserts into a table with the tickets "
                        "table's indexes)")});

    // Pull: ten rounds of edits of every ticket on the hub, by a direct client's SQL.
    for (int round = 0; round < pullRounds; ++round) {
        if (auto edited = Sync::runSql(**hub,
                                       QStringLiteral("UPDATE tickets SET description = ?, "
                                                      "version = version + 1"),
                                       {QStringLiteral("hub round %1").arg(round)});
            !edited)
            return edited.error();
    }
    auto pulled = timedSync(**replica, (*hub)->url().toString(true));
    if (!pulled)
        return pulled.error();
    auto rawPull = rawInsert(**hub, *schema, *rows, pullRounds);
    if (!rawPull)
        return rawPull.error();
    add({QStringLiteral("sync.pull_100k_changes"), (pulled->done - pulled->pullStart) / 1e6,
         QStringLiteral("ms"), *rawPull,
         QStringLiteral("<= 20 s and <= 3x a raw batched insert of the same rows")});
    return {};
}

} // namespace ServiceDeck::Cli
