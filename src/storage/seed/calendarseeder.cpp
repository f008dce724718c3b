// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarseeder.h"

#include "storage/bulkinsert.h"
#include "seedcontext.h"
#include "seedrandom.h"

#include "core/priority.h"
#include "core/sla/slaclock.h"
#include "core/ticketkind.h"

#include <QHash>

#include <cmath>

namespace ServiceDeck::Storage::Internal {

namespace {

constexpr quint32 Stream = 2;

struct Targets
{
    int response; // minutes, P1 … P5
    int resolution;
};

// Response and resolution targets in minutes of the policy's calendar, P1 first.
const Targets targets[4][5] = {
    {{15, 240}, {30, 480}, {120, 1440}, {480, 3000}, {960, 6000}},        // incident
    {{60, 480}, {120, 1200}, {240, 3000}, {480, 6000}, {960, 9000}},      // request
    {{60, 4800}, {240, 9600}, {480, 14400}, {960, 24000}, {1440, 36000}}, // problem
    {{60, 1440}, {240, 3000}, {480, 6000}, {960, 9000}, {1440, 12000}},   // change
};

} // namespace

Result<void> CalendarSeeder::run()
{
    SeedContext &c = m_context;
    SeedRandom random(c.options.randomSeed, Stream);

    // Reuse what a person made already: the names and (kind, priority) are unique.
    QHash<QString, QString> calendars;
    auto existing = c.db.exec(QStringLiteral("SELECT id, name FROM business_calendars"));
    if (!existing)
        return existing.error();
    while (existing->next())
        calendars.insert(existing->value(1).toString(),
                         Database::toUuid(existing->value(0)).toString(QUuid::WithoutBraces));
    QHash<QString, QVariant> policies;
    auto existingPolicies =
        c.db.exec(QStringLiteral("SELECT id, kind, priority FROM sla_policies"));
    if (!existingPolicies)
        return existingPolicies.error();
    while (existingPolicies->next())
        policies.insert(existingPolicies->value(1).toString() + QLatin1Char('/') +
                            existingPolicies->value(2).toString(),
                        Database::idValue(Database::toUuid(existingPolicies->value(0))));

    BulkInsert calendarRows(c.db, QStringLiteral("business_calendars"),
                            {QStringLiteral("id"), QStringLiteral("name"),
                             QStringLiteral("time_zone"), QStringLiteral("around_the_clock")});
    BulkInsert hourRows(c.db, QStringLiteral("calendar_hours"),
                        {QStringLiteral("id"), QStringLiteral("calendar_id"),
                         QStringLiteral("weekday"), QStringLiteral("start_minute"),
                         QStringLiteral("end_minute")});
    BulkInsert holidayRows(c.db, QStringLiteral("calendar_holidays"),
                           {QStringLiteral("id"), QStringLiteral("calendar_id"),
                            QStringLiteral("day"), QStringLiteral("name")});
    BulkInsert policyRows(c.db, QStringLiteral("sla_policies"),
                          {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                           QStringLiteral("priority"), QStringLiteral("calendar_id"),
                           QStringLiteral("response_minutes"),
                           QStringLiteral("resolution_minutes")});
    SeedPhase phase(c, QStringLiteral("calendars"), 1);
    phase.add(calendarRows);
    phase.add(hourRows);
    phase.add(holidayRows);
    phase.add(policyRows);
    if (auto started = phase.start(); !started)
        return started;

    const QString office = QStringLiteral("Office hours");
    const QString allDay = QStringLiteral("24x7");
    QString officeId = random.uuid();
    QString allDayId = random.uuid();
    if (calendars.contains(office)) {
        officeId = calendars.value(office);
    } else {
        calendarRows << officeId << office << QStringLiteral("Europe/Berlin") << QVariant(false);
        for (int weekday = 1; weekday <= 5; ++weekday)
            hourRows << random.uuid() << officeId << weekday << 8 * 60 << 18 * 60;
        const int firstYear = QDateTime::fromMSecsSinceEpoch(c.historyStart, Qt::UTC).date().year();
        const int lastYear =
            QDateTime::fromMSecsSinceEpoch(c.historyEnd, Qt::UTC).date().year() + 1;
        for (int year = firstYear; year <= lastYear; ++year) {
            for (const Holiday &holiday : germanHolidays(year))
                holidayRows << random.uuid() << officeId << holiday.day.toString(Qt::ISODate)
                            << holiday.name;
        }
    }
    if (calendars.contains(allDay)) {
        allDayId = calendars.value(allDay);
    } else {
        calendarRows << allDayId << allDay << QStringLiteral("UTC") << QVariant(true);
        for (int weekday = 1; weekday <= 7; ++weekday)
            hourRows << random.uuid() << allDayId << weekday << 0 << 24 * 60;
    }

    const QList<TicketKind> kinds = allTicketKinds();
    for (int k = 0; k < kinds.size(); ++k) {
        for (int priority = 1; priority <= 5; ++priority) {
            const Targets &t = targets[k][priority - 1];
            SlaTarget &target = c.sla[k][priority];
            target.responseMinutes = t.response;
            target.resolutionMinutes = t.resolution;
            target.warningSeconds = std::llround(double(t.resolution * 60) * slaWarningShare);
            // A P1 incident is worked around the clock; everything else in office hours.
            target.aroundTheClock = kinds.at(k) == TicketKind::Incident && priority == 1;
            const QString key =
                kindName(kinds.at(k)) + QLatin1Char('/') + QString::number(priority);
            const QString id = random.uuid();
            if (policies.contains(key)) {
                target.policyId = policies.value(key);
                continue;
            }
            target.policyId = id;
            // Demo data stays English whatever the locale: no kindLabel() here.
            QString name = kindName(kinds.at(k));
            name[0] = name.at(0).toUpper();
            policyRows << id
                       << name + QLatin1Char(' ') + priorityLabel(priority) +
                              (target.aroundTheClock ? QStringLiteral(" (24x7)") : QString())
                       << kindName(kinds.at(k)) << priority
                       << (target.aroundTheClock ? allDayId : officeId) << t.response
                       << t.resolution;
        }
    }
    return phase.finish();
}

} // namespace ServiceDeck::Storage::Internal
