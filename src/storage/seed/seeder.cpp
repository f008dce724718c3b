// SPDX-License-Identifier: GPL-3.0-or-later
#include "seeder.h"

#include "calendarseeder.h"
#include "changeseeder.h"
#include "cmdbseeder.h"
#include "peopleseeder.h"
#include "seedcontext.h"
#include "ticketseeder.h"
#include "windowseeder.h"

#include "storage/database.h"
#include "storage/pragmascope.h"

#include "core/tr.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ServiceDeck::Storage {

using Internal::PragmaScope;

namespace {

Result<void> checkEmpty(Database &db)
{
    // Demo data goes into a fresh database; mixing it with real records would be a mess to
    // undo, and CI names and logins would clash half-way through.
    for (const QString &table : {QStringLiteral("tickets"), QStringLiteral("cis")}) {
        auto query = db.exec(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" LIMIT 1"));
        if (!query)
            return query.error();
        if (query->next())
            return invalidData(Tr::tr("The database %1 already holds tickets or configuration "
                                      "items; seed demo data only into a new database")
                                   .arg(db.url().displayName()));
    }
    return {};
}

// SQLite settings for the bulk load on this connection, put back when the seeding ends.
Result<void> tuneForBulkLoad(PragmaScope &pragmas, qint64 tickets)
{
    // At least 256 MB of page cache, and for a big seed enough to hold the tickets table: the
    // rows go into indexes keyed by random UUIDs (journal, attributes, relations), which from a
    // small cache went to disk page by page. About 2 KB a ticket, at most 2 GB; SQLite takes
    // the memory only as pages fill it. The index builds at the end of the ticket phase use a
    // small cache of their own (IndexDeferral).
    const qint64 cacheKiB = std::clamp<qint64>(tickets * 2, 262144, 2097152);
    // Constraint checks cost SQLite more than the rows: six foreign-key lookups per ticket
    // take three times its insert, and each CHECK with an IN list builds a temporary b-tree
    // per row. The generator only refers to records it wrote before and only writes values
    // the lifecycle rules allow; PostgreSQL, which checks everything, runs the same
    // generator in the tests, and the SQLite tests run PRAGMA foreign_key_check afterwards.
    //
    // No fsync while seeding, and a rollback journal instead of the write-ahead log: a million
    // tickets make a 2.4 GB file, every commit's checkpoint waited for the disk, and the log
    // had every page written twice, once into it and once from it into the file. A new page
    // needs no rollback journal (a rollback cuts the file back), so each is written once. The
    // settings are put back in reverse: synchronous first, so that going back to the log
    // syncs the file, and Seeder::run checkpoints for when the mode could not change (another
    // connection has the database open). A seed stays all-or-nothing against failures and a
    // killed program; only an operating-system crash or power loss while it runs can damage
    // the file, and the demo data is generated again by running the same command into a new
    // file.
    const std::pair<const char *, QString> settings[] = {
        {"journal_mode", QStringLiteral("DELETE")},
        {"cache_size", QStringLiteral("-%1").arg(cacheKiB)},
        {"synchronous", QStringLiteral("OFF")},
        {"foreign_keys", QStringLiteral("OFF")},
        {"ignore_check_constraints", QStringLiteral("ON")},
    };
    for (const auto &[name, value] : settings) {
        if (auto done = pragmas.set(name, value); !done)
            return done;
    }
    // The index builds sort through temporary files (IndexDeferral). That is SQLite's own
    // default; it is changed only from memory, because SQLite refuses the change while any
    // statement on the connection still reads temporary tables.
    auto tempStore = pragmas.get("temp_store");
    if (!tempStore)
        return tempStore.error();
    if (*tempStore == u"2")
        return pragmas.set("temp_store", QStringLiteral("FILE"));
    return {};
}

// The phases, under the bulk-load settings, which are put back when this returns.
Result<SeedReport> seedTuned(Database &db, const SeedOptions &options, const SeedProgress &progress)
{
    PragmaScope pragmas(db);
    if (auto tuned = tuneForBulkLoad(pragmas, options.tickets); !tuned)
        return tuned.error();
    Internal::SeedContext context(db, options, progress);
    if (auto done = Internal::PeopleSeeder(context).run(); !done)
        return done.error();
    if (auto done = Internal::CalendarSeeder(context).run(); !done)
        return done.error();
    if (auto done = Internal::CmdbSeeder(context).run(); !done)
        return done.error();
    if (auto done = Internal::TicketSeeder(context).run(); !done)
        return done.error();
    if (auto done = Internal::ChangeSeeder(context).run(); !done)
        return done.error();
    if (auto done = Internal::WindowSeeder(context).run(); !done)
        return done.error();
    return context.report;
}

} // namespace

Result<SeedReport> Seeder::run(const SeedOptions &options, const SeedProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (options.tickets < 0 || options.cis < 0 || options.changes < 0)
        return Error{ErrorKind::Usage, Tr::tr("Seed counts must not be negative (tickets %1, "
                                              "CIs %2, changes %3)")
                                           .arg(options.tickets)
                                           .arg(options.cis)
                                           .arg(options.changes)};
    if (options.ticketBatch < 1)
        return Error{ErrorKind::Usage,
                     Tr::tr("The seed's ticket batch must hold at least one ticket (it is %1)")
                         .arg(options.ticketBatch)};
    SeedOptions resolved = options;
    if (!resolved.until.isValid())
        resolved.until = QDateTime::currentDateTimeUtc().date();
    if (auto empty = checkEmpty(m_db); !empty)
        return empty.error();
    Result<SeedReport> report = seedTuned(m_db, resolved, progress);
    if (!report)
        return report;
    // Written without fsync (tuneForBulkLoad). Where the seed ran in the write-ahead log, this
    // moves it into the database file and onto the disk before the command says it is done,
    // and gives the log's gigabytes back to the file system. Only the main database: the
    // temporary one, which the sorts used, reports itself locked.
    if (m_db.dialect() == Dialect::Sqlite) {
        if (auto flushed = m_db.exec(QStringLiteral("PRAGMA main.wal_checkpoint(TRUNCATE)"));
            !flushed)
            return flushed.error();
    }
    report->elapsedMs = timer.elapsed();
    return report;
}

} // namespace ServiceDeck::Storage
