// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/collision.h"
#include "core/change/timespan.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Views {

// One change as the calendar shows it: what the collision engine knows plus the fields people
// read on a bar (title, type, risk, group) and the version a move is based on.
struct CalendarItem
{
    QUuid id;
    QString number;
    QString title;
    QString state;
    QString type; // "standard", "normal", "emergency"; empty when not set
    QString risk; // "low" … "very_high"; empty when not assessed
    QUuid groupId;
    QString groupName;
    int version = 0;
    Change::TimeSpan window;
    QList<QUuid> cis;
    QList<QUuid> services;
    QList<int> collisions; // indexes into CalendarSchedule::collisions()
    bool hasError = false; // one of its collisions is an error
};

// What the calendar shows: each criterion that is set must match; null ids and empty names
// match everything.
struct CalendarFilter
{
    QUuid service;
    QUuid group;
    QString type;
    QString state;
    QString risk;

    bool matches(const CalendarItem &item) const;
    bool isEmpty() const
    {
        return service.isNull() && group.isNull() && type.isEmpty() && state.isEmpty()
               && risk.isEmpty();
    }
    friend bool operator==(const CalendarFilter &, const CalendarFilter &) = default;
};

// A maintenance window occurrence of one service inside the loaded range.
struct MaintenanceSlot
{
    QUuid service;
    Change::TimeSpan span;
};

} // namespace ServiceDeck::Views
