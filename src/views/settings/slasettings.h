// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "core/error.h"
#include "core/sla/businesscalendar.h"
#include "core/ticketkind.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

// A business calendar as the settings edit it: zone and weekly hours (holidays stay as they are).
struct CalendarSettings
{
    QUuid id;
    int version = 0;
    QString name;
    QString timeZone;
    bool aroundTheClock = false;
    QList<WorkingHours> hours;
};

// An SLA policy's targets as the settings edit them.
struct PolicySettings
{
    QUuid id;
    int version = 0;
    QString name;
    TicketKind kind = TicketKind::Incident;
    int priority = 1;
    QUuid calendarId;
    qint64 responseMinutes = 0;
    qint64 resolutionMinutes = 0;
};

// "08:00–12:00, 13:00–18:00" for the spans of one weekday; empty for a day off.
QString hoursText(const QList<WorkingHours> &spans);
// The reverse, for `weekday`; accepts "-" or "–" between the times and "24:00" as the end.
Result<QList<WorkingHours>> parseHoursText(int weekday, const QString &text);

// Reads and changes business calendars and SLA policies; only administrators may change them,
// and every change is journaled like any other (so it syncs). New targets apply to tickets
// opened or re-prioritised afterwards.
class SlaSettings
{
public:
    explicit SlaSettings(Storage::Database &db) : m_db(db) {}

    static bool mayEdit(const User &actor);

    Result<QList<CalendarSettings>> calendars();
    Result<QList<PolicySettings>> policies();

    Result<void> saveCalendar(const CalendarSettings &before, const CalendarSettings &after,
                              const User &actor);
    Result<void> savePolicy(const PolicySettings &before, const PolicySettings &after,
                            const User &actor);

private:
    Storage::Database &m_db;
};

} // namespace ServiceDeck::Views
