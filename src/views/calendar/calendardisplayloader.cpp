// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendardisplayloader.h"

#include "storage/database.h"

#include "core/timestamps.h"

namespace ServiceDeck::Views {

using Storage::Database;

Result<QHash<QUuid, ChangeDisplayFields>> CalendarDisplayLoader::load(const Change::TimeSpan &range)
{
    // The condition of the schedule repository rather than an IN list of ids: a month of a busy
    // organisation holds thousands of changes, more than a statement should bind.
    auto query = m_db.exec(QStringLiteral("SELECT t.id, t.title, t.change_type, t.risk, "
                                          "t.group_id, g.name, t.version FROM tickets t "
                                          "LEFT JOIN support_groups g ON g.id = t.group_id "
                                          "WHERE t.kind = 'change' "
                                          "AND t.planned_start IS NOT NULL "
                                          "AND t.planned_end IS NOT NULL "
                                          "AND t.planned_start < ? AND t.planned_end > ? "
                                          "AND t.state NOT IN ('cancelled', 'closed')"),
                           {toIsoUtc(range.endTime()), toIsoUtc(range.startTime())});
    if (!query)
        return query.error();
    QHash<QUuid, ChangeDisplayFields> fields;
    while (query->next()) {
        ChangeDisplayFields row;
        row.title = query->value(1).toString();
        row.type = query->value(2).toString();
        row.risk = query->value(3).toString();
        row.groupId = Database::toUuid(query->value(4));
        row.groupName = query->value(5).toString();
        row.version = query->value(6).toInt();
        fields.insert(Database::toUuid(query->value(0)), row);
    }
    return fields;
}

} // namespace ServiceDeck::Views
