// SPDX-License-Identifier: GPL-3.0-or-later
#include "changebench.h"

#include "core/change/collisionengine.h"
#include "core/timestamps.h"
#include "storage/change/changeschedulerepository.h"
#include "storage/database.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>

namespace ServiceDeck::Cli {

namespace {

// Runs per figure; the median keeps one slow run from deciding it.
constexpr int Rounds = 5;
constexpr qint64 RangeDays = 90;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The baseline the sweep is measured against: every pair of changes tested, as a calendar
// that checks each change against all others would. Same pair rules as the engine's SameCi and
// ImpactCi kinds; returns the pairs in conflict so that the work cannot be optimised away.
qsizetype allPairsConflicts(const Change::ScheduleInput &input)
{
    qsizetype found = 0;
    const QList<Change::PlannedChange> &changes = input.changes;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change::PlannedChange &a = changes.at(i);
        for (qsizetype j = i + 1; j < changes.size(); ++j) {
            const Change::PlannedChange &b = changes.at(j);
            if (!a.window.overlaps(b.window))
                continue;
            const bool touches =
                std::any_of(a.cis.cbegin(), a.cis.cend(),
                            [&b](const QUuid &ci) { return b.closureContains(ci); })
                || std::any_of(b.cis.cbegin(), b.cis.cend(),
                               [&a](const QUuid &ci) { return a.closureContains(ci); });
            if (touches)
                ++found;
        }
    }
    return found;
}

// Every change of the database squeezed into the last `RangeDays` days: the seeder spreads its
// changes over three years of history, and the target is about a dense quarter. Each keeps its
// CIs, closures and length; its start moves proportionally, so the order stays; closed ones
// count as scheduled, since this is the forward schedule the history would have been.
Change::ScheduleInput squeezed(Change::ScheduleInput input, const Change::TimeSpan &into)
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const Change::PlannedChange &change : std::as_const(input.changes)) {
        first = std::min(first, change.window.start);
        last = std::max(last, change.window.start);
    }
    const double scale = last > first ? double(into.end - into.start) / double(last - first) : 0;
    for (Change::PlannedChange &change : input.changes) {
        change.state = QStringLiteral("scheduled"); // a forward schedule, not a history
        const qint64 length = change.window.end - change.window.start;
        change.window.start = into.start + qint64(double(change.window.start - first) * scale);
        change.window.end = change.window.start + length;
    }
    return input;
}

Result<void> measureDense(Storage::Database &db, const Change::TimeSpan &quarter,
                          const std::function<void(const Measurement &)> &add)
{
    auto first = db.exec(QStringLiteral("SELECT MIN(planned_start) FROM tickets "
                                        "WHERE kind = 'change' AND planned_start IS NOT NULL"));
    if (!first)
        return first.error();
    if (!first->next() || first->value(0).isNull())
        return {};
    const auto start = parseIsoInstant(Storage::Database::instantText(first->value(0)));
    first->finish();
    if (!start)
        return {};
    auto loaded = Storage::ChangeScheduleRepository(db).load(
        Change::TimeSpan{start->toMSecsSinceEpoch(), quarter.end},
        Storage::ChangeScheduleRepository::States::All);
    if (!loaded)
        return loaded.error();
    const Change::ScheduleInput input = squeezed(loaded->input, quarter);

    QList<double> engine, baseline;
    qsizetype collisions = 0, pairs = 0;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        collisions = Change::findCollisions(input).size();
        engine << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        pairs = allPairsConflicts(input);
        baseline << double(timer.nsecsElapsed()) / 1e6;
    }
    add({QStringLiteral("changes.collisions.dense"), median(engine), QStringLiteral("ms"),
         median(baseline),
         QStringLiteral("<= 200 ms for 10,000 changes; all %1 changes of the database in %2 "
                        "days on its CMDB, %3 collisions; baseline: every pair tested (%4 CI "
                        "conflicts), median of %5")
             .arg(input.changes.size())
             .arg(RangeDays)
             .arg(collisions)
             .arg(pairs)
             .arg(Rounds)});
    return {};
}

} // namespace

Result<void> measureChanges(Storage::Database &db,
                            const std::function<void(const Measurement &)> &add)
{
    auto last = db.exec(QStringLiteral("SELECT MAX(planned_end) FROM tickets "
                                       "WHERE kind = 'change' AND planned_end IS NOT NULL"));
    if (!last)
        return last.error();
    if (!last->next() || last->value(0).isNull())
        return {};
    const auto end = parseIsoInstant(Storage::Database::instantText(last->value(0)));
    last->finish();
    if (!end)
        return {};
    const Change::TimeSpan range =
        Change::TimeSpan::fromDateTimes(end->addDays(-RangeDays), *end);

    QList<double> loads, engine;
    qsizetype changes = 0, collisions = 0, closureCis = 0;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto loaded = Storage::ChangeScheduleRepository(db).load(range);
        if (!loaded)
            return loaded.error();
        loads << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const QList<Change::Collision> found = Change::findCollisions(loaded->input);
        engine << double(timer.nsecsElapsed()) / 1e6;
        changes = loaded->stats.changes;
        closureCis = loaded->stats.closureCis;
        collisions = found.size();
    }
    add({QStringLiteral("changes.collisions"), median(engine), QStringLiteral("ms"), {},
         QStringLiteral("<= 200 ms; the engine alone, %1 changes in %2 days, median of %3")
             .arg(changes)
             .arg(RangeDays)
             .arg(Rounds)});
    add({QStringLiteral("changes.collisions.load"), median(loads), QStringLiteral("ms"), {},
         QStringLiteral("(reference: reading changes, CIs, windows and %1 impact closures)")
             .arg(closureCis)});
    add({QStringLiteral("changes.collisions.found"), double(collisions),
         QStringLiteral("collisions"), {}, QStringLiteral("(reference)")});
    return measureDense(db, range, add);
}

} // namespace ServiceDeck::Cli
