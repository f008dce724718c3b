// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedcontext.h"

#include "bulkinsert.h"
#include "ftsdeferral.h"

#include "core/tr.h"

#include <algorithm>

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
    m_officeHours = std::make_unique<OfficeHours>(berlin, 8 * 60, 18 * 60, holidays,
                                                  dayNumber(historyStart) - 60,
                                                  dayNumber(historyEnd) + 400);
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

qint64 SeedContext::dueAfter(const SlaTarget &target, qint64 from, qint64 minutes) const
{
    if (target.aroundTheClock)
        return from + minutes * MinuteMs;
    return m_officeHours->addBusinessMinutes(from, minutes);
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

Result<void> SeedPhase::start()
{
    if (!m_context.proceed(m_name, 0, m_total))
        return SeedContext::cancelled();
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

Result<void> SeedPhase::checkpoint(qint64 done)
{
    if (auto flushed = flush(); !flushed)
        return flushed;
    return m_context.proceed(m_name, done, m_total) ? Result<void>() : SeedContext::cancelled();
}

Result<void> SeedPhase::finish()
{
    if (auto flushed = flush(); !flushed)
        return flushed;
    if (m_fts) {
        if (auto ended = m_fts->end(); !ended)
            return ended;
    }
    // Asked before the commit: a "stop" now still discards the whole phase.
    if (!m_context.proceed(m_name, m_total, m_total))
        return SeedContext::cancelled();
    return m_transaction.commit();
}

} // namespace ServiceDeck::Storage::Internal
