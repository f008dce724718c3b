// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarfigures.h"

#include "core/timestamps.h"
#include "storage/change/approvalrepository.h"
#include "storage/database.h"
#include "views/calendar/calendarbench.h"

#include <QHash>

namespace ServiceDeck::Cli {

namespace {

constexpr int Frames = 40;

// The first day of the local month with the most planned changes, and how many it has.
Result<QPair<QDate, qsizetype>> busiestMonth(Storage::Database &db)
{
    auto query = db.exec(QStringLiteral("SELECT planned_start FROM tickets "
                                        "WHERE kind = 'change' AND planned_start IS NOT NULL"));
    if (!query)
        return query.error();
    QHash<QDate, qsizetype> perMonth;
    while (query->next()) {
        const auto start = parseIsoInstant(Storage::Database::instantText(query->value(0)));
        if (!start)
            continue;
        const QDate day = start->toLocalTime().date();
        ++perMonth[QDate(day.year(), day.month(), 1)];
    }
    QPair<QDate, qsizetype> best{QDate(), 0};
    for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it) {
        if (it.value() > best.second || (it.value() == best.second && it.key() < best.first))
            best = {it.key(), it.value()};
    }
    return best;
}

} // namespace

Result<void> measureCalendar(Storage::Database &db, const QUuid &actorId,
                             const std::function<void(const Measurement &)> &add)
{
    auto month = busiestMonth(db);
    if (!month)
        return month.error();
    if (!month->first.isValid())
        return {};
    auto actor = Storage::ApprovalRepository(db).user(actorId);
    if (!actor)
        return actor.error();
    auto busy = Views::measureCalendarPaint(db, month->first, *actor, Frames);
    if (!busy)
        return busy.error();
    // The baseline: the same views painting a month without changes (years before the data).
    auto empty = Views::measureCalendarPaint(db, QDate(1990, 1, 1), *actor, Frames);
    if (!empty)
        return empty.error();
    const QString target =
        QStringLiteral("no visible lag (a frame well inside 16 ms) at 2,000 changes a month; "
                       "%1 changes in %2, %3 frames at 1600 x 1000; baseline: an empty month")
            .arg(busy->changes)
            .arg(month->first.toString(QStringLiteral("yyyy-MM")))
            .arg(Frames);
    const QList<std::pair<const char *, Views::CalendarViewFigures Views::CalendarPaintFigures::*>>
        views = {{"calendar.month_frame", &Views::CalendarPaintFigures::month},
                 {"calendar.week_frame", &Views::CalendarPaintFigures::week},
                 {"calendar.timeline_frame", &Views::CalendarPaintFigures::timeline}};
    for (const auto &[name, figures] : views) {
        add({QLatin1String(name), ((*busy).*figures).meanMs, QStringLiteral("ms"),
             ((*empty).*figures).meanMs, target});
        add({QLatin1String(name) + QStringLiteral("_max"), ((*busy).*figures).maxMs,
             QStringLiteral("ms"), ((*empty).*figures).maxMs,
             QStringLiteral("(reference: the slowest frame)")});
    }
    add({QStringLiteral("calendar.load"), double(busy->loadMs), QStringLiteral("ms"),
         double(empty->loadMs),
         QStringLiteral("(reference: reading the month's schedule and its collisions)")});
    return {};
}

} // namespace ServiceDeck::Cli
