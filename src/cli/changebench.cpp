// SPDX-License-Identifier: GPL-3.0-or-later
#include "changebench.h"

#include "core/change/collisionengine.h"
#include "core/timestamps.h"
#include "storage/change/changeschedulerepository.h"
#include "storage/database.h"

#include <QElapsedTimer>

#include <algorithm>

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
    return {};
}

} // namespace ServiceDeck::Cli
