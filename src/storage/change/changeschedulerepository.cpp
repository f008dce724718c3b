// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeschedulerepository.h"

#include "blackoutsinrange.h"
#include "closurecache.h"

#include "storage/cmdb/cmdbgraph.h"
#include "storage/database.h"

#include "core/timestamps.h"
#include "core/tr.h"

#include <QElapsedTimer>

namespace ServiceDeck::Storage {

namespace {

using Change::TimeSpan;
using Internal::rangeValues;
using Internal::spanOf;

// The changes of the range, as a condition both the change query and its CI query use, so
// the CIs are read by one join instead of an IN list of thousands of ids. Cancelled and closed
// changes never collide; drafts do, so planners see collisions while they plan.
QLatin1String changesInRange(ChangeScheduleRepository::States states)
{
    return states == ChangeScheduleRepository::States::Scheduled
               ? QLatin1String("t.kind = 'change' AND t.planned_start IS NOT NULL "
                               "AND t.planned_end IS NOT NULL AND t.planned_start < ? "
                               "AND t.planned_end > ? "
                               "AND t.state NOT IN ('cancelled', 'closed')")
               : QLatin1String("t.kind = 'change' AND t.planned_start IS NOT NULL "
                               "AND t.planned_end IS NOT NULL AND t.planned_start < ? "
                               "AND t.planned_end > ?");
}

void addUnique(QList<QUuid> &list, const QUuid &id)
{
    if (!id.isNull() && !list.contains(id))
        list << id;
}

} // namespace

Result<ScheduleLoad> ChangeScheduleRepository::load(const TimeSpan &range, States states)
{
    m_states = states;
    QElapsedTimer timer;
    timer.start();
    ScheduleLoad loaded;
    Change::ScheduleInput &input = loaded.input;
    if (auto done = loadChanges(range, input); !done)
        return done.error();
    if (auto done = loadChangeCis(range, input); !done)
        return done.error();
    if (auto done = loadBlackouts(range, input); !done)
        return done.error();
    if (auto done = loadMaintenance(input); !done)
        return done.error();
    if (auto done = loadClosures(input, loaded.stats); !done)
        return done.error();
    loaded.stats.changes = input.changes.size();
    for (const Change::PlannedChange &change : std::as_const(input.changes))
        loaded.stats.changeCis += change.cis.size();
    loaded.stats.milliseconds = timer.elapsed();
    return loaded;
}

Result<void> ChangeScheduleRepository::loadChanges(const TimeSpan &range,
                                                   Change::ScheduleInput &input)
{
    auto query = m_db.exec(QStringLiteral("SELECT t.id, t.number, t.state, t.planned_start, "
                                          "t.planned_end, t.assignee_id, u.display_name, "
                                          "t.service_id, s.name, t.ci_id, c.name "
                                          "FROM tickets t "
                                          "LEFT JOIN users u ON u.id = t.assignee_id "
                                          "LEFT JOIN cis s ON s.id = t.service_id "
                                          "LEFT JOIN cis c ON c.id = t.ci_id WHERE %1 "
                                          "ORDER BY t.planned_start, t.number")
                               .arg(changesInRange(m_states)),
                           rangeValues(range));
    if (!query)
        return query.error();
    while (query->next()) {
        Change::PlannedChange change;
        change.id = Database::toUuid(query->value(0));
        change.number = query->value(1).toString();
        change.state = query->value(2).toString();
        change.window = spanOf(query->value(3), query->value(4));
        change.implementer = Database::toUuid(query->value(5));
        change.implementerName = query->value(6).toString();
        const QUuid service = Database::toUuid(query->value(7));
        if (!service.isNull()) {
            change.services << service;
            input.ciNames.insert(service, query->value(8).toString());
        }
        // The ticket's own CI is affected too, whether or not change_cis repeats it.
        const QUuid ci = Database::toUuid(query->value(9));
        if (!ci.isNull()) {
            change.cis << ci;
            input.ciNames.insert(ci, query->value(10).toString());
        }
        input.changes << change;
    }
    return {};
}

Result<void> ChangeScheduleRepository::loadChangeCis(const TimeSpan &range,
                                                     Change::ScheduleInput &input)
{
    QHash<QUuid, qsizetype> index;
    for (qsizetype i = 0; i < input.changes.size(); ++i)
        index.insert(input.changes.at(i).id, i);
    auto query = m_db.exec(QStringLiteral("SELECT cc.change_id, cc.ci_id, c.name "
                                          "FROM change_cis cc JOIN tickets t ON t.id = cc.change_id "
                                          "JOIN cis c ON c.id = cc.ci_id WHERE %1")
                               .arg(changesInRange(m_states)),
                           rangeValues(range));
    if (!query)
        return query.error();
    while (query->next()) {
        const auto it = index.constFind(Database::toUuid(query->value(0)));
        if (it == index.cend())
            continue;
        const QUuid ci = Database::toUuid(query->value(1));
        addUnique(input.changes[*it].cis, ci);
        input.ciNames.insert(ci, query->value(2).toString());
    }
    return {};
}

Result<void> ChangeScheduleRepository::loadBlackouts(const TimeSpan &range,
                                                     Change::ScheduleInput &input)
{
    auto blackouts = Internal::blackoutsInRange(m_db, range);
    if (!blackouts)
        return blackouts.error();
    for (const Internal::BlackoutInRange &read : std::as_const(*blackouts)) {
        Change::BlackoutWindow blackout;
        blackout.id = read.id;
        blackout.name = read.name;
        blackout.window = read.window;
        blackout.global = read.global;
        for (qsizetype i = 0; i < read.scopeIds.size(); ++i) {
            addUnique(blackout.scope, read.scopeIds.at(i));
            input.ciNames.insert(read.scopeIds.at(i), read.scopeNames.at(i));
        }
        input.blackouts << blackout;
    }
    return {};
}

Result<void> ChangeScheduleRepository::loadMaintenance(Change::ScheduleInput &input)
{
    // Few rows (a window or two per service): all of them, then kept for the services at hand.
    auto query = m_db.exec(QStringLiteral("SELECT m.id, m.service_id, m.name, m.weekday, "
                                          "m.start_minute, m.duration_minutes, m.time_zone, "
                                          "c.name FROM maintenance_windows m "
                                          "JOIN cis c ON c.id = m.service_id"));
    if (!query)
        return query.error();
    QHash<QString, QTimeZone> zones; // constructing a QTimeZone reads the zone database
    while (query->next()) {
        Change::MaintenanceWindow window;
        window.id = Database::toUuid(query->value(0));
        window.service = Database::toUuid(query->value(1));
        window.name = query->value(2).toString();
        window.weekday = query->value(3).toInt();
        window.startMinute = query->value(4).toInt();
        window.durationMinutes = query->value(5).toInt();
        const QString zoneId = query->value(6).toString();
        auto zone = zones.find(zoneId);
        if (zone == zones.end())
            zone = zones.insert(zoneId, QTimeZone(zoneId.toUtf8()));
        if (!zone->isValid())
            return invalidData(Tr::tr("Maintenance window \"%1\" of %2: \"%3\" is not a known "
                                      "time zone")
                                   .arg(window.name, query->value(7).toString(), zoneId));
        window.zone = *zone;
        input.maintenance[window.service] << window;
        input.ciNames.insert(window.service, query->value(7).toString());
    }
    // A change keeps to the windows of its service and of every affected CI that has some
    // (services listed among the CIs).
    for (Change::PlannedChange &change : input.changes) {
        for (const QUuid &ci : std::as_const(change.cis)) {
            if (input.maintenance.contains(ci))
                addUnique(change.services, ci);
        }
    }
    return {};
}

Result<void> ChangeScheduleRepository::loadClosures(Change::ScheduleInput &input,
                                                    ScheduleLoadStats &stats)
{
    QList<QUuid> starts;
    QSet<QUuid> seen;
    auto want = [&](const QUuid &ci) {
        if (!seen.contains(ci)) {
            seen.insert(ci);
            starts << ci;
        }
    };
    for (const Change::PlannedChange &change : std::as_const(input.changes)) {
        for (const QUuid &ci : change.cis)
            want(ci);
    }
    for (const Change::BlackoutWindow &blackout : std::as_const(input.blackouts)) {
        for (const QUuid &ci : blackout.scope)
            want(ci);
    }
    CmdbGraph graph(m_db);
    ClosureCache cache(graph);
    if (auto fetched = cache.prefetch(starts); !fetched)
        return fetched.error();
    for (Change::PlannedChange &change : input.changes) {
        for (const QUuid &ci : std::as_const(change.cis))
            change.closures << cache.closure(ci);
    }
    for (Change::BlackoutWindow &blackout : input.blackouts) {
        for (const QUuid &ci : std::as_const(blackout.scope))
            blackout.scopeClosures << cache.closure(ci);
    }
    stats.closureCis = starts.size();
    stats.relations = cache.relationCount();
    return {};
}

} // namespace ServiceDeck::Storage
