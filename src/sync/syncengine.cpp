// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "outbox.h"
#include "puller.h"
#include "pusher.h"
#include "rowcodec.h"
#include "syncstate.h"

#include "storage/database.h"
#include "storage/ids.h"

#include "core/timestamps.h"
#include "core/tr.h"

#include <QDateTime>

namespace ServiceDeck::Sync {

using Storage::Database;
using Storage::DatabaseUrl;

namespace {

// Foreign keys are the hub's to keep: a replica mirrors rows in the order the feed brings them,
// which may name a record before the page that creates it.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database &db) : m_db(db)
    {
        runSql(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff() { runSql(m_db, QStringLiteral("PRAGMA foreign_keys = ON")); }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Database &m_db;
};

// Records what the hub did with ops[from], ops[from + 1], … (one outcome each) in one replica
// transaction: their conflicts, and the push cursor past the last of them. The hub has them
// already: a crash before this commit only makes the next push find them done there.
Result<void> recordOutcomes(Database &replica, const QList<OutboxOp> &ops, qsizetype from,
                            const QList<PushOutcome> &outcomes)
{
    Storage::Transaction tx(replica);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const OutboxOp &op = ops.at(from + i);
        for (const ConflictRecord &conflict : outcomes.at(i).conflicts) {
            auto stored = runSql(
                replica,
                QStringLiteral("INSERT INTO sync_conflicts (id, op_id, kind, entity, entity_id, "
                               "field, base_value, local_value, remote_value, detail, actor_id, "
                               "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {Database::idValue(Storage::newId()), Database::idValue(op.op.opId),
                 conflict.kind, op.op.entity, Database::idValue(op.op.entityId),
                 Database::optionalText(conflict.field), Database::optionalText(conflict.base),
                 Database::optionalText(conflict.mine), Database::optionalText(conflict.theirs),
                 Database::optionalText(conflict.detail), Database::optionalId(op.op.actorId),
                 now});
            if (!stored)
                return stored.error();
            if (conflict.kind == u"delete_updated") {
                // Deleted here, kept there: it comes back with what depends on it.
                auto queued = runSql(replica,
                                     QStringLiteral("INSERT INTO sync_refetch (entity, entity_id, "
                                                    "with_children) VALUES (?, ?, 1) ON CONFLICT "
                                                    "(entity, entity_id) DO UPDATE SET "
                                                    "with_children = 1"),
                                     {op.op.entity, Database::idValue(op.op.entityId)});
                if (!queued)
                    return queued.error();
            }
        }
    }
    const qint64 last = ops.at(from + outcomes.size() - 1).lastSeq;
    if (auto moved = SyncState(replica).setValue(StateKey::pushSeq, QString::number(last));
        !moved)
        return moved.error();
    return tx.commit();
}

} // namespace

Result<qint64> SyncEngine::pendingOps(Database &replica)
{
    auto pushed = SyncState(replica).number(StateKey::pushSeq);
    if (!pushed)
        return pushed.error();
    return Outbox(replica).pendingCount(*pushed);
}

Result<qint64> SyncEngine::openConflicts(Database &replica)
{
    auto query = runSql(replica, QStringLiteral("SELECT count(*) FROM sync_conflicts "
                                                "WHERE resolved IS NULL"));
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toLongLong();
}

Result<SyncReport> SyncEngine::run(const QString &hubUrl, const Progress &progress)
{
    if (progress)
        progress(Stage::Connecting, 0, 0);
    auto url = DatabaseUrl::parse(hubUrl);
    if (!url)
        return url.error();
    if (url->dialect != Storage::Dialect::Postgres)
        return Error{ErrorKind::Usage, Tr::tr("The hub must be a PostgreSQL database: %1")
                                           .arg(url->displayName())};
    auto hub = Database::open(*url, Database::OpenMode::MustExist,
                              Database::SchemaPolicy::RequireSchema);
    if (!hub)
        return Error{ErrorKind::Connection, hub.error().message};
    return run(**hub, progress);
}

Result<SyncReport> SyncEngine::run(Database &hub, const Progress &progress)
{
    if (m_replica.dialect() != Storage::Dialect::Sqlite)
        return Error{ErrorKind::Usage, Tr::tr("A replica is a local SQLite database; %1 is not")
                                           .arg(m_replica.url().displayName())};
    auto report = runSteps(hub, progress);
    SyncState state(m_replica);
    if (report) {
        state.setValue(StateKey::lastSync, toIsoUtc(QDateTime::currentDateTimeUtc()));
        state.setValue(StateKey::lastError, QString());
    } else {
        state.setValue(StateKey::lastError, report.error().message);
    }
    return report;
}

Result<SyncReport> SyncEngine::runSteps(Database &hub, const Progress &progress)
{
    SyncReport report;
    SyncState state(m_replica);
    const QString hubName = hub.url().toString(false);
    auto known = state.value(StateKey::hub);
    if (!known)
        return known.error();
    if (!known->isEmpty() && *known != hubName)
        return Error{ErrorKind::Usage, Tr::tr("This replica belongs to the hub %1, not %2")
                                           .arg(*known, hubName)};
    auto schema = SchemaInfo::readHub(hub);
    if (!schema)
        return Error{ErrorKind::Connection, schema.error().message};
    if (auto restricted = schema->restrictTo(m_replica); !restricted)
        return restricted.error();
    if (known->isEmpty()) {
        // Only an empty database becomes a replica: its records are replaced by the hub's.
        auto own = runSql(m_replica, QStringLiteral("SELECT count(*) FROM tickets"));
        if (!own)
            return own.error();
        own->next();
        if (own->value(0).toLongLong() > 0)
            return Error{ErrorKind::Usage,
                         Tr::tr("%1 already holds tickets of its own; a replica starts from an "
                                "empty database")
                             .arg(m_replica.url().displayName())};
        if (auto set = state.setValue(StateKey::hub, hubName); !set)
            return set.error();
    }
    if (auto set = state.setValue(StateKey::schema, schema->toJson()); !set)
        return set.error();

    RowCodec local(m_replica, *schema);
    RowCodec remote(hub, *schema);
    ForeignKeysOff relaxed(m_replica);
    Puller puller(local, remote);

    auto downloaded = puller.download([&](qint64 done, qint64 total) {
        return !progress || progress(Stage::Downloading, done, total);
    });
    if (!downloaded)
        return downloaded.error();
    report.downloaded = *downloaded;

    // Local changes first, in order, each acknowledged before those after it.
    Pusher pusher(local, remote);
    Outbox outbox(m_replica);
    auto total = pendingOps(m_replica);
    if (!total)
        return total.error();
    if (progress && !progress(Stage::Pushing, 0, *total))
        return Error{ErrorKind::Usage, Tr::tr("Sync cancelled")};
    forever {
        auto pushed = state.number(StateKey::pushSeq);
        if (!pushed)
            return pushed.error();
        auto ops = outbox.pending(*pushed, 500);
        if (!ops)
            return ops.error();
        if (ops->isEmpty())
            break;
        for (qsizetype next = 0; next < ops->size();) {
            auto outcomes = pusher.pushSome(*ops, next);
            if (!outcomes)
                return outcomes.error();
            if (auto recorded = recordOutcomes(m_replica, *ops, next, *outcomes); !recorded)
                return recorded.error();
            next += outcomes->size();
            report.pushed += outcomes->size();
            for (const PushOutcome &outcome : std::as_const(*outcomes))
                report.newConflicts += outcome.conflicts.size();
            if (progress && !progress(Stage::Pushing, report.pushed, *total))
                return Error{ErrorKind::Usage, Tr::tr("Sync cancelled")};
        }
    }

    // A replica away for longer than the hub keeps its change feed downloads afresh.
    auto refresh = puller.refreshIfPruned();
    if (!refresh)
        return refresh.error();
    if (*refresh) {
        auto again = puller.download([&](qint64 done, qint64 records) {
            return !progress || progress(Stage::Downloading, done, records);
        });
        if (!again)
            return again.error();
        report.downloaded += *again;
    }

    if (progress && !progress(Stage::Pulling, 0, 0))
        return Error{ErrorKind::Usage, Tr::tr("Sync cancelled")};
    auto pulled = puller.pull([&](qint64 done, qint64) {
        return !progress || progress(Stage::Pulling, done, 0);
    });
    if (!pulled)
        return pulled.error();
    report.pulled = *pulled;
    if (auto history = puller.pullJournal(); !history)
        return history.error();
    if (auto refetched = puller.refetch(); !refetched)
        return refetched.error();
    report.touchedTables = puller.touchedTables();

    auto open = openConflicts(m_replica);
    if (!open)
        return open.error();
    report.openConflicts = *open;
    auto left = pendingOps(m_replica);
    if (!left)
        return left.error();
    report.pending = *left;
    if (progress)
        progress(Stage::Done, 0, 0);
    return report;
}

} // namespace ServiceDeck::Sync
