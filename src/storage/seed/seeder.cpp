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

#include "core/tr.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace ServiceDeck::Storage {

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

// SQLite settings for the bulk load on this connection, undone when the seeding ends.
class BulkLoadSettings
{
public:
    explicit BulkLoadSettings(Database &db)
        : m_db(db)
    {}
    ~BulkLoadSettings()
    {
        if (!m_applied)
            return;
        m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

    Result<void> apply(qint64 tickets)
    {
        if (m_db.dialect() != Dialect::Sqlite)
            return {};
        // At least 256 MB of page cache, and for a big seed enough to hold the tickets table:
        // its indexes are built at the end of the phase (IndexDeferral), each by a full scan,
        // and scans from the cache took half the time of scans through the WAL file. About
        // 2 KB a ticket, at most 2 GB; SQLite takes the memory only as pages fill it.
        const qint64 cacheKiB = std::clamp<qint64>(tickets * 2, 262144, 2097152);
        // Constraint checks cost SQLite more than the rows: six foreign-key lookups per ticket
        // take three times its insert, and each CHECK with an IN list builds a temporary b-tree
        // per row. The generator only refers to records it wrote before and only writes values
        // the lifecycle rules allow; PostgreSQL, which checks everything, runs the same
        // generator in the tests, and the SQLite tests run PRAGMA foreign_key_check afterwards.
        // The deferred index builds are sorts; SQLite can spread a sort over helper threads.
        const int sortThreads = std::clamp(QThread::idealThreadCount(), 1, 8);
        m_applied = true;
        for (const QString &pragma : {QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB),
                                      QStringLiteral("PRAGMA threads = %1").arg(sortThreads),
                                      QStringLiteral("PRAGMA temp_store = MEMORY"),
                                      QStringLiteral("PRAGMA foreign_keys = OFF"),
                                      QStringLiteral("PRAGMA ignore_check_constraints = ON")}) {
            if (auto done = m_db.exec(pragma); !done)
                return done.error();
        }
        return {};
    }

private:
    Database &m_db;
    bool m_applied = false;
};

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
    SeedOptions resolved = options;
    if (!resolved.until.isValid())
        resolved.until = QDateTime::currentDateTimeUtc().date();
    if (auto empty = checkEmpty(m_db); !empty)
        return empty.error();
    BulkLoadSettings settings(m_db);
    if (auto tuned = settings.apply(resolved.tickets); !tuned)
        return tuned.error();

    Internal::SeedContext context(m_db, resolved, progress);
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
    context.report.elapsedMs = timer.elapsed();
    return context.report;
}

} // namespace ServiceDeck::Storage
