// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/timespan.h"
#include "core/error.h"

#include <QHash>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

// The fields of a change that a bar shows but the collision engine does not need.
struct ChangeDisplayFields
{
    QString title;
    QString type;
    QString risk;
    QUuid groupId;
    QString groupName;
    int version = 0;
};

// Reads the display fields of the changes whose window overlaps a range: the same rows as
// Storage::ChangeScheduleRepository::load, by the same condition, in one query.
class CalendarDisplayLoader
{
public:
    explicit CalendarDisplayLoader(Storage::Database &db) : m_db(db) {}

    Result<QHash<QUuid, ChangeDisplayFields>> load(const Change::TimeSpan &range);

private:
    Storage::Database &m_db;
};

} // namespace ServiceDeck::Views
