// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarschedule.h"

#include "calendardisplayloader.h"

#include "storage/change/changeschedulerepository.h"
#include "storage/ticketrepository.h"

#include "core/change/collisionengine.h"
#include "core/change/maintenancewindow.h"
#include "core/roles.h"
#include "core/timestamps.h"

#include <QCollator>
#include <QElapsedTimer>

#include <algorithm>

namespace ServiceDeck::Views {

bool CalendarFilter::matches(const CalendarItem &item) const
{
    return (service.isNull() || item.services.contains(service) || item.cis.contains(service))
           && (group.isNull() || item.groupId == group) && (type.isEmpty() || item.type == type)
           && (state.isEmpty() || item.state == state) && (risk.isEmpty() || item.risk == risk);
}

CalendarSchedule::CalendarSchedule(Storage::Database &db, const User &actor, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(actor)
{
}

bool CalendarSchedule::maySchedule() const
{
    return m_actor.hasRole(roleName(Role::ChangeManager));
}

Result<void> CalendarSchedule::load(const Change::TimeSpan &range)
{
    QElapsedTimer timer;
    timer.start();
    auto loaded = Storage::ChangeScheduleRepository(m_db).load(range);
    if (!loaded)
        return loaded.error();
    auto display = CalendarDisplayLoader(m_db).load(range);
    if (!display)
        return display.error();

    m_range = range;
    m_input = std::move(loaded->input);
    m_collisions = Change::findCollisions(m_input);
    m_items.clear();
    m_items.reserve(m_input.changes.size());
    m_index.clear();
    for (const Change::PlannedChange &change : std::as_const(m_input.changes)) {
        CalendarItem item;
        item.id = change.id;
        item.number = change.number;
        item.state = change.state;
        item.window = change.window;
        item.cis = change.cis;
        item.services = change.services;
        const ChangeDisplayFields fields = display->value(change.id);
        item.title = fields.title;
        item.type = fields.type;
        item.risk = fields.risk;
        item.groupId = fields.groupId;
        item.groupName = fields.groupName;
        item.version = fields.version;
        m_index.insert(item.id, int(m_items.size()));
        m_items << item;
    }
    for (int i = 0; i < m_collisions.size(); ++i) {
        const Change::Collision &collision = m_collisions.at(i);
        for (const QUuid &id : collision.changes) {
            const int at = m_index.value(id, -1);
            if (at < 0)
                continue;
            m_items[at].collisions << i;
            if (collision.severity == Change::Severity::Error)
                m_items[at].hasError = true;
        }
    }
    m_maintenance.clear();
    for (auto it = m_input.maintenance.cbegin(); it != m_input.maintenance.cend(); ++it) {
        for (const Change::TimeSpan &span : Change::mergedOccurrences(it.value(), range))
            m_maintenance << MaintenanceSlot{it.key(), span};
    }
    m_loadMs = timer.elapsed();
    applyFilter();
    emit changed();
    return {};
}

int CalendarSchedule::indexOf(const QString &number) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).number == number)
            return i;
    }
    return -1;
}

void CalendarSchedule::setFilter(const CalendarFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyFilter();
    emit changed();
}

void CalendarSchedule::applyFilter()
{
    m_visible.clear();
    m_visible.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_filter.matches(m_items.at(i)))
            m_visible << i;
    }
}

namespace {

QList<QPair<QUuid, QString>> sortedByName(const QHash<QUuid, QString> &names)
{
    QList<QPair<QUuid, QString>> list;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        list << qMakePair(it.key(), it.value());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });
    return list;
}

} // namespace

QList<QPair<QUuid, QString>> CalendarSchedule::services() const
{
    QHash<QUuid, QString> names;
    for (const CalendarItem &item : m_items) {
        for (const QUuid &service : item.services)
            names.insert(service, ciName(service));
    }
    return sortedByName(names);
}

QList<QPair<QUuid, QString>> CalendarSchedule::groups() const
{
    QHash<QUuid, QString> names;
    for (const CalendarItem &item : m_items) {
        if (!item.groupId.isNull())
            names.insert(item.groupId, item.groupName);
    }
    return sortedByName(names);
}

QList<Change::Collision> CalendarSchedule::collisionsIfMoved(int item,
                                                             const Change::TimeSpan &window) const
{
    if (item < 0 || item >= m_input.changes.size())
        return {};
    Change::PlannedChange candidate = m_input.changes.at(item);
    candidate.window = window;
    return Change::collisionsOf(candidate, m_input);
}

Result<void> CalendarSchedule::move(int item, const Change::TimeSpan &window)
{
    if (item < 0 || item >= m_items.size())
        return invalidData(tr("The change is no longer in the calendar."));
    const CalendarItem &moved = m_items.at(item);
    auto updated = Storage::TicketRepository(m_db).update(
        moved.number,
        {{QStringLiteral("planned_start"), toIsoUtc(window.startTime())},
         {QStringLiteral("planned_end"), toIsoUtc(window.endTime())}},
        m_actor.id, moved.version);
    if (!updated)
        return updated.error();
    return reload();
}

} // namespace ServiceDeck::Views
