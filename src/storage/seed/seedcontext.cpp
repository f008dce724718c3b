// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedcontext.h"

#include "storage/bulkinsert.h"
#include "storage/pragmascope.h"
#include "ftsdeferral.h"
#include "indexdeferral.h"

#include "core/tr.h"

#include <QThread>

#include <algorithm>
#include <functional>

namespace ServiceDeck::Storage::Internal {

namespace {

QDate lastDay(const SeedOptions &options)
{
    // Seeder::run resolves an invalid date to today before it gets here; this is a safety net.
    return options.until.isValid() ? options.until : QDateTime::currentDateTimeUtc().date();
}

} // namespace

SeedContext::SeedContext(Database &database, const SeedOptions &seedOptions,
                         const SeedProgress &progress)
    : db(database)
    , options(seedOptions)
    , historyStart(msecsOf(lastDay(seedOptions).addYears(-3).addDays(1)))
    , historyEnd(msecsOf(lastDay(seedOptions).addDays(1)))
    , nullText(QMetaType(QMetaType::QString))
    , berlin(QByteArrayLiteral("Europe/Berlin"), historyStart - 400 * DayMs,
             historyEnd + 400 * DayMs)
    , m_progress(progress)
{
    groupBySpec.fill(-1);
    QList<Holiday> holidays;
    for (int year = QDateTime::fromMSecsSinceEpoch(historyStart, Qt::UTC).date().year() - 1;
         year <= QDateTime::fromMSecsSinceEpoch(historyEnd, Qt::UTC).date().year() + 1; ++year)
        holidays << germanHolidays(year);
    m_officeHours =
        std::make_unique<OfficeHours>(berlin, 8 * 60, 18 * 60, holidays,
                                      dayNumber(historyStart) - 60, dayNumber(historyEnd) + 400);
}

bool SeedContext::proceed(const QString &phase, qint64 done, qint64 total) const
{
    return !m_progress || m_progress(phase, done, total);
}

Error SeedContext::cancelled()
{
    return Error{ErrorKind::Usage, Tr::tr("Seeding cancelled")};
}

int SeedContext::groupFor(GroupIndex spec) const
{
    // Fallbacks chain towards the Service Desk, which every organisation has.
    for (int hops = 0; hops < GroupCount; ++hops) {
        if (groupBySpec[spec] >= 0)
            return groupBySpec[spec];
        spec = groupSpecs().at(spec).fallback;
    }
    return groups.isEmpty() ? -1 : 0;
}

qint64 SeedContext::dueAfter(const SlaTarget &target, qint64 from, qint64 durationMs) const
{
    if (target.aroundTheClock)
        return from + durationMs;
    return m_officeHours->addBusinessTime(from, durationMs);
}

int SeedContext::popularService(double draw) const
{
    if (serviceWeights.isEmpty())
        return -1;
    const double target = draw * serviceWeights.last();
    const auto it = std::upper_bound(serviceWeights.cbegin(), serviceWeights.cend(), target);
    return int(std::min<qsizetype>(it - serviceWeights.cbegin(), serviceWeights.size() - 1));
}

Result<void> SeedContext::advanceSequence(TicketKind kind, qint64 nextValue)
{
    auto updated = db.exec(QStringLiteral("UPDATE number_sequences SET next_value = ? "
                                          "WHERE kind = ? AND next_value < ?"),
                           {nextValue, kindName(kind), nextValue});
    if (!updated)
        return updated.error();
    return {};
}

std::unique_ptr<BulkInsert> creationJournal(Database &db, const char *entity)
{
    // One row per created record with no field: the history shows "created", and origin
    // 'seed' tells it from what people did. The constants are the seeder's own.
    auto journal = std::make_unique<BulkInsert>(
        db, QStringLiteral("journal"),
        QStringList{QStringLiteral("op_id"), QStringLiteral("entity_id"), QStringLiteral("at")});
    journal->setConstant(QStringLiteral("action"), QStringLiteral("'create'"));
    journal->setConstant(QStringLiteral("entity"),
                         QLatin1Char('\'') + QString::fromLatin1(entity) + QLatin1Char('\''));
    journal->setConstant(QStringLiteral("origin"), QStringLiteral("'seed'"));
    return journal;
}

SeedPhase::SeedPhase(SeedContext &context, const QString &name, qint64 total)
    : m_context(context)
    , m_name(name)
    , m_total(total)
    , m_transaction(context.db)
{}

SeedPhase::~SeedPhase()
{
    // A failure or a stop leaves the batch in hand to finish before the transaction rolls back.
    if (m_writing.valid())
        m_writing.wait();
}

Result<void> SeedPhase::start()
{
    if (!m_context.proceed(m_name, 0, m_total))
        return SeedContext::cancelled();
    if (auto begun = begin(); !begun)
        return begun;
    m_background = writesInBackground();
    return m_indexes ? m_indexes->begin() : Result<void>();
}

bool SeedPhase::writesInBackground() const
{
    if (!m_indexes || QThread::idealThreadCount() < 2)
        return false;
    if (m_fts && !m_fts->indexesNatively())
        return false;
    return std::all_of(m_inserts.cbegin(), m_inserts.cend(),
                       [](const BulkInsert *insert) { return insert->writesNatively(); });
}

void SeedPhase::writeInBackground()
{
    QList<std::function<Result<void>()>> writes;
    for (BulkInsert *insert : std::as_const(m_inserts))
        writes << insert->takeWrite();
    m_writing =
        std::async(std::launch::async, [writes = std::move(writes), fts = m_fts]() -> Result<void> {
            for (const auto &write : writes) {
                if (auto written = write(); !written)
                    return written;
            }
            return fts ? fts->indexNewRows() : Result<void>();
        });
}

Result<void> SeedPhase::settle()
{
    if (!m_writing.valid())
        return {};
    return m_writing.get();
}

Result<void> SeedPhase::begin()
{
    if (auto begun = m_transaction.begin(); !begun)
        return begun;
    return m_fts ? m_fts->begin() : Result<void>();
}

Result<void> SeedPhase::flush()
{
    for (BulkInsert *insert : std::as_const(m_inserts)) {
        if (auto flushed = insert->flush(); !flushed)
            return flushed;
    }
    return m_fts ? m_fts->indexNewRows() : Result<void>();
}

Result<void> SeedPhase::commit(qint64 done)
{
    if (m_fts) {
        if (auto ended = m_fts->end(); !ended)
            return ended;
    }
    // Asked before the commit: a "stop" discards what is in hand with its transaction.
    if (!m_context.proceed(m_name, done, m_total))
        return SeedContext::cancelled();
    return m_transaction.commit();
}

Result<void> SeedPhase::checkpoint(qint64 done)
{
    if (m_background) {
        if (auto written = settle(); !written)
            return written;
        writeInBackground();
        if (m_context.proceed(m_name, done, m_total))
            return {};
        // Nothing may still be writing once the phase gives up: the caller's objects that the
        // write uses (the full-text deferral) go before the phase does.
        if (auto written = settle(); !written)
            return written;
        return SeedContext::cancelled();
    }
    if (auto flushed = flush(); !flushed)
        return flushed;
    if (m_indexes) // one transaction: only ask whether to go on
        return m_context.proceed(m_name, done, m_total) ? Result<void>() : SeedContext::cancelled();
    if (auto committed = commit(done); !committed)
        return committed;
    return begin();
}

Result<void> SeedPhase::finish()
{
    if (auto written = settle(); !written)
        return written;
    if (auto flushed = flush(); !flushed)
        return flushed;
    if (m_indexes) {
        // Building an index over a million rows takes seconds: report each one.
        const QString step = m_name + QStringLiteral(" indexes");
        PragmaScope sorting(m_context.db);
        if (auto tuned = IndexDeferral::tuneSorter(sorting); !tuned)
            return tuned;
        for (qsizetype i = 0; i < m_indexes->count(); ++i) {
            if (!m_context.proceed(step, i, m_indexes->count()))
                return SeedContext::cancelled();
            if (auto rebuilt = m_indexes->rebuild(i); !rebuilt)
                return rebuilt;
        }
    }
    return commit(m_total);
}

} // namespace ServiceDeck::Storage::Internal
