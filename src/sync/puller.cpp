// SPDX-License-Identifier: GPL-3.0-or-later
#include "puller.h"

#include "outbox.h"
#include "syncstate.h"

#include "storage/database.h"

#include "core/tr.h"

namespace ServiceDeck::Sync {

using Storage::Database;
using Storage::Transaction;

namespace {

Error cancelled()
{
    return Error{ErrorKind::Usage, Tr::tr("Sync cancelled")};
}

// One row of the hub's journal into the replica's, as history (origin 'hub', never pushed).
// `first`: the column of op_id; action, entity, entity_id, field, old_value, new_value,
// base_version, actor_id and at follow it.
Result<void> storeHubJournalRow(Database &local, SqlRun &row, int first)
{
    QVariantList binds;
    for (int i = first; i < first + 10; ++i) {
        const QVariant value = row.value(i);
        const int column = i - first;
        if (column == 0 || column == 3 || column == 8)
            binds << (value.isNull() ? value : QVariant(journalText(ColumnType::Id, value)));
        else if (column == 9)
            binds << Database::instantText(value);
        else
            binds << value;
    }
    auto stored = runSql(local, QStringLiteral("INSERT INTO journal (op_id, action, entity, "
                                               "entity_id, field, old_value, new_value, "
                                               "base_version, actor_id, at, origin) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'hub')"),
                         binds);
    if (!stored)
        return stored.error();
    return {};
}

} // namespace

Result<qint64> Puller::download(const Progress &progress)
{
    Database &local = m_local.database();
    SyncState state(local);
    auto status = state.value(StateKey::download);
    if (!status)
        return status.error();
    if (*status == u"done")
        return 0;
    // A replica downloading afresh after the hub pruned changes it had not pulled keeps its
    // history, its conflicts and its (pushed) outbox: only the records are copied again.
    const bool refresh = *status == u"refresh" || *status == u"refreshing";
    const QStringList tables = m_hub.schema().tables();
    if (status->isEmpty() || *status == u"refresh") {
        // A fresh replica: whatever the local file held is replaced by the hub's records.
        auto horizon = m_hub.run(
                              QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
        if (!horizon)
            return horizon.error();
        horizon->next();
        const QString xmin = horizon->value(0).toString();
        Transaction tx(local);
        if (auto begun = tx.begin(); !begun)
            return begun.error();
        for (const QString &table : tables) {
            if (auto wiped = runSql(local, QStringLiteral("DELETE FROM %1").arg(table)); !wiped)
                return wiped.error();
        }
        for (const char *statement : {"DELETE FROM journal", "DELETE FROM sync_conflicts",
                                      "DELETE FROM sync_refetch"}) {
            if (refresh && QByteArrayView(statement) != "DELETE FROM sync_refetch")
                continue;
            if (auto wiped = runSql(local, QString::fromLatin1(statement)); !wiped)
                return wiped.error();
        }
        // Every local op is pushed before a refresh: the outbox starts after the history kept.
        auto pushed = runSql(local, QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal"));
        if (!pushed)
            return pushed.error();
        pushed->next();
        const QString pushSeq = refresh ? pushed->value(0).toString() : QStringLiteral("0");
        pushed->finish();
        // Changes from the horizon on come through the feed; the copy may hold some of them
        // already, which re-applies harmlessly.
        QList<std::pair<const char *, QString>> values{
            {StateKey::downloadXmin, xmin},
            {StateKey::pullTxid, xmin},
            {StateKey::pullSeq, QStringLiteral("0")},
            {StateKey::pushSeq, pushSeq},
            {StateKey::downloadTable, tables.value(0)},
            {StateKey::downloadAfter, QString()},
            {StateKey::download, refresh ? QStringLiteral("refreshing") : QStringLiteral("running")}};
        if (!refresh) // the hub's history is not pruned: a refresh pulls it on from its cursor
            values << std::pair{StateKey::journalTxid, xmin}
                   << std::pair{StateKey::journalSeq, QStringLiteral("0")};
        for (const auto &[key, value] : std::as_const(values)) {
            if (auto set = state.setValue(key, value); !set)
                return set.error();
        }
        if (auto committed = tx.commit(); !committed)
            return committed.error();
    }

    qint64 total = 0;
    for (const QString &table : tables) {
        auto count = m_hub.run(
                            QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!count)
            return count.error();
        count->next();
        total += count->value(0).toLongLong();
    }
    auto current = state.value(StateKey::downloadTable);
    auto after = state.value(StateKey::downloadAfter);
    auto xmin = state.value(StateKey::downloadXmin);
    if (!current || !after || !xmin)
        return Error{ErrorKind::Connection, Tr::tr("Cannot read the replica's download state")};
    qint64 done = 0;
    for (qsizetype index = tables.indexOf(*current); index >= 0 && index < tables.size();
         ++index) {
        const QString table = tables.at(index);
        QString last = index == tables.indexOf(*current) ? *after : QString();
        forever {
            QStringList columns;
            for (const Column &column : m_hub.schema().columns(table))
                columns << column.name;
            auto page = m_hub.run(
                               QStringLiteral("SELECT %1 FROM %2 WHERE id > ?::uuid ORDER BY id "
                                              "LIMIT %3")
                                   .arg(columns.join(QStringLiteral(", ")), table)
                                   .arg(m_pageSize),
                               {last.isEmpty() ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                                               : last});
            if (!page)
                return page.error();
            Transaction tx(local);
            if (auto begun = tx.begin(); !begun)
                return begun.error();
            int rows = 0;
            while (page->next()) {
                Row row;
                for (int i = 0; i < columns.size(); ++i)
                    row.insert(columns.at(i), page->value(i));
                if (auto stored = m_local.upsert(table, row); !stored)
                    return stored.error();
                last = journalText(ColumnType::Id, row.value(QStringLiteral("id")));
                ++rows;
            }
            if (auto set = state.setValue(StateKey::downloadTable, table); !set)
                return set.error();
            if (auto set = state.setValue(StateKey::downloadAfter, last); !set)
                return set.error();
            if (auto committed = tx.commit(); !committed)
                return committed.error();
            done += rows;
            if (progress && !progress(done, total))
                return cancelled();
            if (rows < m_pageSize)
                break;
        }
        m_touched.insert(table);
    }

    // The history from before the horizon (kept by a refresh); the feed brings the rest.
    qint64 afterSeq = 0;
    while (!refresh) {
        auto page = m_hub.run(
                           QStringLiteral("SELECT seq, op_id, action, entity, entity_id, field, "
                                          "old_value, new_value, base_version, actor_id, at, "
                                          "origin FROM journal WHERE txid < ?::xid8 AND seq > ? "
                                          "ORDER BY seq LIMIT %1")
                               .arg(m_pageSize),
                           {*xmin, afterSeq});
        if (!page)
            return page.error();
        Transaction tx(local);
        if (auto begun = tx.begin(); !begun)
            return begun.error();
        int rows = 0;
        while (page->next()) {
            afterSeq = page->value(0).toLongLong();
            if (auto stored = storeHubJournalRow(local, *page, 1); !stored)
                return stored.error();
            ++rows;
        }
        if (rows == 0)
            break;
        if (auto committed = tx.commit(); !committed)
            return committed.error();
    }
    if (auto set = state.setValue(StateKey::download, QStringLiteral("done")); !set)
        return set.error();
    return done;
}

Result<bool> Puller::refreshIfPruned()
{
    SyncState state(m_local.database());
    auto txid = state.value(StateKey::pullTxid);
    auto seq = state.number(StateKey::pullSeq);
    if (!txid || !seq)
        return Error{ErrorKind::Connection, Tr::tr("Cannot read the replica's pull cursor")};
    if (txid->isEmpty())
        return false;
    auto pruned = m_hub.run(QStringLiteral("SELECT count(*) FROM change_log_pruned "
                                           "WHERE (txid, seq) > (?::xid8, ?)"),
                            {*txid, *seq});
    if (!pruned)
        return pruned.error();
    pruned->next();
    const bool behind = pruned->value(0).toLongLong() > 0;
    pruned->finish();
    if (!behind)
        return false;
    if (auto set = state.setValue(StateKey::download, QStringLiteral("refresh")); !set)
        return set.error();
    return true;
}

Result<qint64> Puller::pull(const Progress &progress)
{
    qint64 applied = 0;
    bool more = true;
    while (more) {
        auto page = pullPage(&more, true);
        if (!page)
            return page.error();
        applied += *page;
        if (progress && !progress(applied, 0))
            return cancelled();
    }
    // Then everything committed beyond the horizon, page by page from the cursor, which stays.
    std::optional<FeedPosition> ahead;
    more = true;
    while (more) {
        auto page = pullPage(&more, false, &ahead);
        if (!page)
            return page.error();
        applied += *page;
        if (progress && !progress(applied, 0))
            return cancelled();
    }
    return applied;
}

Result<qint64> Puller::pullPage(bool *more, bool advance, std::optional<FeedPosition> *ahead)
{
    Database &local = m_local.database();
    SyncState state(local);
    auto txid = state.value(StateKey::pullTxid);
    auto seq = state.number(StateKey::pullSeq);
    auto pushed = state.number(StateKey::pushSeq);
    if (!txid || !seq || !pushed)
        return Error{ErrorKind::Connection, Tr::tr("Cannot read the replica's sync cursor")};
    if (!advance && ahead && ahead->has_value()) {
        *txid = (*ahead)->txid; // a look ahead goes on where its last page ended
        *seq = (*ahead)->seq;
    }
    // The cursor only moves over transactions older than every one still running: one that
    // commits late is never skipped, it is simply not yet eligible. A look ahead applies what
    // is already committed beyond that horizon (held back by some unrelated long transaction)
    // without moving the cursor, so it is applied again, harmlessly, when it becomes eligible.
    auto feed = m_hub.run(
                       QStringLiteral("SELECT seq, txid::text, entity, entity_id "
                                      "FROM change_log WHERE (txid, seq) > (?::xid8, ?) %1"
                                      "ORDER BY txid, seq LIMIT %2")
                           .arg(advance ? QStringLiteral("AND txid < pg_snapshot_xmin("
                                                         "pg_current_snapshot()) ")
                                        : QString())
                           .arg(m_pageSize),
                       {*txid, *seq});
    if (!feed)
        return feed.error();
    // Each record once: it is applied as the hub has it now, whatever its changes were.
    struct Change
    {
        QString entity;
        QUuid id;
    };
    QList<Change> changes;
    QSet<QString> seen; // entity/id
    QString lastTxid = *txid;
    qint64 lastSeq = *seq;
    int rows = 0;
    while (feed->next()) {
        ++rows;
        lastSeq = feed->value(0).toLongLong();
        lastTxid = feed->value(1).toString();
        Change change{feed->value(2).toString(), Database::toUuid(feed->value(3))};
        const QString key = change.entity + QLatin1Char('/') + change.id.toString();
        if (seen.contains(key))
            continue;
        const auto taken = m_taken.constFind(key);
        const quint64 writer = lastTxid.toULongLong();
        if (taken != m_taken.cend() && (*taken)->sees(writer))
            continue; // already in the row this pull took
        seen.insert(key);
        changes << change;
    }
    *more = rows == m_pageSize;
    if (!advance && ahead)
        *ahead = FeedPosition{lastTxid, lastSeq};
    if (rows == 0)
        return 0;

    // The current hub rows of everything that changed: the replica takes each record as the
    // hub has it now (or drops it when the hub has it no more), whatever order it comes in.
    QHash<QString, QList<QUuid>> wanted;
    for (const Change &change : changes) {
        if (m_hub.schema().hasTable(change.entity))
            wanted[change.entity] << change.id;
    }
    QHash<QString, Row> rowsById;
    auto snapshot = fetchRows(wanted, &rowsById);
    if (!snapshot)
        return snapshot.error();

    Outbox outbox(local);
    Transaction tx(local);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    qint64 applied = 0;
    // Read under the write lock the page is applied with: no local op can slip in between.
    auto pending = outbox.pendingRecords(*pushed);
    if (!pending)
        return pending.error();
    for (const Change &change : changes) {
        if (!m_local.schema().hasTable(change.entity))
            continue;
        const QString key = change.entity + QLatin1Char('/') + change.id.toString();
        if (pending->contains(key)) {
            // Rebased later: the local op is pushed first, and the merged record comes back.
            auto deferred = runSql(local, QStringLiteral("INSERT INTO sync_refetch (entity, "
                                                         "entity_id) VALUES (?, ?) "
                                                         "ON CONFLICT DO NOTHING"),
                                   {change.entity, Database::idValue(change.id)});
            if (!deferred)
                return deferred.error();
            continue;
        }
        const auto row = rowsById.constFind(key);
        if (row == rowsById.cend()) {
            if (auto removed = m_local.remove(change.entity, change.id); !removed)
                return removed.error();
        } else if (auto stored = m_local.upsert(change.entity, *row); !stored) {
            return stored.error();
        }
        m_touched.insert(change.entity);
        if (m_hub.schema().hasTable(change.entity))
            m_taken.insert(key, *snapshot);
        ++applied;
    }
    if (advance) {
        if (auto set = state.setValue(StateKey::pullTxid, lastTxid); !set)
            return set.error();
        if (auto set = state.setValue(StateKey::pullSeq, QString::number(lastSeq)); !set)
            return set.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return applied;
}

Result<std::shared_ptr<const Puller::Snapshot>>
Puller::fetchRows(const QHash<QString, QList<QUuid>> &wanted, QHash<QString, Row> *rowsById)
{
    Database &hub = m_hub.database();
    Transaction tx(hub);
    if (auto begun = tx.begin(); !begun)
        return Error{ErrorKind::Connection, begun.error().message};
    // One snapshot for every table read, and the snapshot itself to compare the feed with.
    {
        QSqlQuery repeatable(hub.sql()); // not a preparable statement on PostgreSQL
        if (!repeatable.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, "
                                            "READ ONLY")))
            return hub.sqlError(repeatable.lastError(), QStringLiteral("SET TRANSACTION"));
    }
    auto current = m_hub.run(QStringLiteral("SELECT pg_snapshot_xmin(s)::text, "
                                            "pg_snapshot_xmax(s)::text, "
                                            "ARRAY(SELECT pg_snapshot_xip(s))::text "
                                            "FROM pg_current_snapshot() s"));
    if (!current)
        return current.error();
    auto snapshot = std::make_shared<Snapshot>();
    if (current->next()) {
        snapshot->xmin = current->value(0).toString().toULongLong();
        snapshot->xmax = current->value(1).toString().toULongLong();
        QString list = current->value(2).toString();
        list.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        for (const QString &txid : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
            snapshot->running.insert(txid.toULongLong());
    }
    current->finish();
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        auto fetched = m_hub.readMany(it.key(), it.value());
        if (!fetched)
            return fetched.error();
        for (const Row &row : *fetched)
            rowsById->insert(it.key() + QLatin1Char('/') +
                                 Database::toUuid(row.value(QStringLiteral("id"))).toString(),
                             row);
    }
    if (auto committed = tx.commit(); !committed)
        return Error{ErrorKind::Connection, committed.error().message};
    return std::shared_ptr<const Snapshot>(snapshot);
}

Result<qint64> Puller::pullJournal()
{
    Database &local = m_local.database();
    SyncState state(local);
    qint64 total = 0;
    forever {
        auto txid = state.value(StateKey::journalTxid);
        auto seq = state.number(StateKey::journalSeq);
        if (!txid || !seq)
            return Error{ErrorKind::Connection, Tr::tr("Cannot read the replica's sync cursor")};
        auto page = m_hub.run(
                           QStringLiteral("SELECT seq, txid::text, op_id, action, entity, "
                                          "entity_id, field, old_value, new_value, base_version, "
                                          "actor_id, at FROM journal "
                                          "WHERE (txid, seq) > (?::xid8, ?) "
                                          "AND txid < pg_snapshot_xmin(pg_current_snapshot()) "
                                          "ORDER BY txid, seq LIMIT %1")
                               .arg(m_pageSize),
                           {*txid, *seq});
        if (!page)
            return page.error();
        Transaction tx(local);
        if (auto begun = tx.begin(); !begun)
            return begun.error();
        int rows = 0;
        QString lastTxid = *txid;
        qint64 lastSeq = *seq;
        QHash<QString, bool> own;
        while (page->next()) {
            ++rows;
            lastSeq = page->value(0).toLongLong();
            lastTxid = page->value(1).toString();
            const QString opId = journalText(ColumnType::Id, page->value(2));
            auto known = own.constFind(opId);
            if (known == own.cend()) {
                auto mine = runSql(local, QStringLiteral("SELECT 1 FROM journal WHERE op_id = ? "
                                                         "AND origin <> 'hub' LIMIT 1"),
                                   {opId});
                if (!mine)
                    return mine.error();
                known = own.insert(opId, mine->next());
            }
            if (*known)
                continue; // this replica's own op, already in its journal
            if (auto stored = storeHubJournalRow(local, *page, 2); !stored)
                return stored.error();
            ++total;
        }
        if (rows == 0)
            break;
        if (auto set = state.setValue(StateKey::journalTxid, lastTxid); !set)
            return set.error();
        if (auto set = state.setValue(StateKey::journalSeq, QString::number(lastSeq)); !set)
            return set.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        if (rows < m_pageSize)
            break;
    }
    return total;
}

Result<qint64> Puller::refetch()
{
    Database &local = m_local.database();
    auto pushed = SyncState(local).number(StateKey::pushSeq);
    if (!pushed)
        return pushed.error();
    auto queued = runSql(local, QStringLiteral("SELECT entity, entity_id, with_children "
                                               "FROM sync_refetch"));
    if (!queued)
        return queued.error();
    QList<std::tuple<QString, QUuid, bool>> entries;
    while (queued->next())
        entries << std::tuple{queued->value(0).toString(), Database::toUuid(queued->value(1)),
                              queued->value(2).toBool()};
    queued->finish();
    Outbox outbox(local);
    qint64 done = 0;
    for (const auto &[entity, id, withChildren] : entries) {
        auto pending = outbox.hasPending(*pushed, entity, id);
        if (!pending)
            return pending.error();
        if (*pending)
            continue;
        Transaction tx(local);
        if (auto begun = tx.begin(); !begun)
            return begun.error();
        if (auto fetched = refetchOne(entity, id, withChildren); !fetched)
            return fetched.error();
        auto cleared = runSql(local, QStringLiteral("DELETE FROM sync_refetch "
                                                    "WHERE entity = ? AND entity_id = ?"),
                              {entity, Database::idValue(id)});
        if (!cleared)
            return cleared.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        m_touched.insert(entity);
        ++done;
    }
    return done;
}

Result<void> Puller::refetchOne(const QString &entity, const QUuid &id, bool withChildren)
{
    auto row = m_hub.read(entity, id);
    if (!row)
        return row.error();
    if (!row->has_value())
        return m_local.remove(entity, id);
    if (auto stored = m_local.upsert(entity, **row); !stored)
        return stored.error();
    if (!withChildren)
        return {};
    // Records that point at it and went with it when it was deleted here (a ticket's comments,
    // work log, links, approvals): one level, as the hub's foreign keys declare them.
    auto references = m_hub.run(
                             QStringLiteral("SELECT c.conrelid::regclass::text, a.attname "
                                            "FROM pg_constraint c JOIN pg_attribute a "
                                            "ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                                            "WHERE c.contype = 'f' AND c.confrelid = ?::regclass"),
                             {entity});
    if (!references)
        return references.error();
    QList<std::pair<QString, QString>> children;
    while (references->next())
        children << std::pair{references->value(0).toString(), references->value(1).toString()};
    for (const auto &[table, column] : children) {
        auto rows = m_hub.readWhere(table, column, id);
        if (!rows)
            return rows.error();
        for (const Row &child : *rows) {
            if (auto stored = m_local.upsert(table, child); !stored)
                return stored.error();
        }
    }
    return {};
}

} // namespace ServiceDeck::Sync
