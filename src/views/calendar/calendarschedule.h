// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendaritem.h"

#include "core/change/collision.h"
#include "core/change/schedule.h"
#include "core/directory.h"
#include "core/error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

// The change schedule of a range of time that every calendar view shows: the changes with
// their display fields, the collisions among them, the freezes and the maintenance windows.
// All views observe one object, so that a change moved in one view moves in the others the
// moment changed() is emitted. Moves are written through the ticket repository, which checks
// the actor's right and journals them; the schedule then reads the range again.
class CalendarSchedule : public QObject
{
    Q_OBJECT

public:
    // The database must outlive the schedule; `actor` is who moves changes.
    CalendarSchedule(Storage::Database &db, const User &actor, QObject *parent = nullptr);

    // Reads the changes overlapping `range` and finds their collisions.
    Result<void> load(const Change::TimeSpan &range);
    Result<void> reload() { return load(m_range); }
    Change::TimeSpan range() const { return m_range; }
    qint64 loadMilliseconds() const { return m_loadMs; }

    const User &actor() const { return m_actor; }
    // Whether the actor may move changes at all; the repository has the last word.
    bool maySchedule() const;

    // Every loaded change, ordered by start; the views show visibleItems(), those matching the
    // filter.
    const QList<CalendarItem> &items() const { return m_items; }
    const QList<int> &visibleItems() const { return m_visible; }
    int indexOf(const QString &number) const;
    int indexOf(const QUuid &id) const { return m_index.value(id, -1); }

    const CalendarFilter &filter() const { return m_filter; }
    void setFilter(const CalendarFilter &filter);

    const QList<Change::Collision> &collisions() const { return m_collisions; }
    const QList<Change::BlackoutWindow> &blackouts() const { return m_input.blackouts; }
    // The maintenance window occurrences of every service, merged per service.
    const QList<MaintenanceSlot> &maintenance() const { return m_maintenance; }
    QString ciName(const QUuid &ci) const { return m_input.ciNames.value(ci); }
    // Services and groups of the loaded changes, by name, for the filters.
    QList<QPair<QUuid, QString>> services() const;
    QList<QPair<QUuid, QString>> groups() const;

    // The collisions the item would have in `window`: what a view shows while it is dragged.
    QList<Change::Collision> collisionsIfMoved(int item, const Change::TimeSpan &window) const;
    // Writes the item's new window (journaled, checked against the actor's role and the
    // version that was read) and reads the range again. The error is a sentence to show.
    Result<void> move(int item, const Change::TimeSpan &window);

signals:
    // The items, collisions or filter changed: views lay out and repaint.
    void changed();

private:
    void applyFilter();

    Storage::Database &m_db;
    User m_actor;
    Change::TimeSpan m_range;
    Change::ScheduleInput m_input;
    QList<CalendarItem> m_items;
    QHash<QUuid, int> m_index;
    QList<int> m_visible;
    QList<Change::Collision> m_collisions;
    QList<MaintenanceSlot> m_maintenance;
    CalendarFilter m_filter;
    qint64 m_loadMs = 0;
};

} // namespace ServiceDeck::Views
