// SPDX-License-Identifier: GPL-3.0-or-later
#include "slarepository.h"

#include "database.h"

#include "core/timestamps.h"
#include "core/tr.h"

namespace ServiceDeck::Storage {

namespace {

QDateTime instant(const QVariant &value)
{
    const QString text = Database::instantText(value);
    return text.isEmpty() ? QDateTime() : parseIsoInstant(text).value_or(QDateTime());
}

} // namespace

Result<std::optional<SlaPolicy>> SlaRepository::policyFor(TicketKind kind, int priority)
{
    auto query = m_db.exec(QStringLiteral("SELECT id, name, response_minutes, resolution_minutes, "
                                          "calendar_id FROM sla_policies WHERE kind = ? AND "
                                          "priority = ?"),
                           {kindName(kind), priority});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<SlaPolicy>();
    return std::optional<SlaPolicy>(SlaPolicy{Database::toUuid(query->value(0)),
                                              query->value(1).toString(),
                                              query->value(2).toLongLong(),
                                              query->value(3).toLongLong(),
                                              Database::toUuid(query->value(4))});
}

Result<BusinessCalendar> SlaRepository::calendar(const QUuid &calendarId)
{
    if (auto it = m_calendars.constFind(calendarId); it != m_calendars.cend())
        return *it;
    auto header = m_db.exec(QStringLiteral("SELECT time_zone, around_the_clock FROM "
                                           "business_calendars WHERE id = ?"),
                            {Database::idValue(calendarId)});
    if (!header)
        return header.error();
    if (!header->next())
        return invalidData(Tr::tr("No business calendar %1").arg(calendarId.toString()));
    const QString zoneName = header->value(0).toString();
    if (header->value(1).toBool())
        return *m_calendars.insert(calendarId, BusinessCalendar::aroundTheClock());
    const QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid())
        return invalidData(Tr::tr("Business calendar: unknown time zone \"%1\"").arg(zoneName));
    QList<WorkingHours> hours;
    auto rows = m_db.exec(QStringLiteral("SELECT weekday, start_minute, end_minute FROM "
                                         "calendar_hours WHERE calendar_id = ?"),
                          {Database::idValue(calendarId)});
    if (!rows)
        return rows.error();
    while (rows->next())
        hours << WorkingHours{rows->value(0).toInt(), rows->value(1).toInt(), rows->value(2).toInt()};
    QSet<QDate> holidays;
    auto days = m_db.exec(QStringLiteral("SELECT day FROM calendar_holidays WHERE calendar_id = ?"),
                          {Database::idValue(calendarId)});
    if (!days)
        return days.error();
    while (days->next())
        holidays.insert(days->value(0).toDate());
    return *m_calendars.insert(calendarId, BusinessCalendar(zone, hours, holidays));
}

Result<SlaColumns> SlaRepository::columnsFor(TicketKind kind, int priority,
                                             const QDateTime &opened, qint64 pausedSeconds)
{
    auto policy = policyFor(kind, priority);
    if (!policy)
        return policy.error();
    if (!policy->has_value())
        return SlaColumns{};
    auto cal = calendar((*policy)->calendarId);
    if (!cal)
        return cal.error();
    return SlaColumns{(*policy)->id,
                      computeSlaDue(*cal, opened, (*policy)->responseMinutes,
                                    (*policy)->resolutionMinutes, pausedSeconds)};
}

Result<qint64> SlaRepository::pausedBusinessSeconds(TicketKind kind, int priority,
                                                    const QDateTime &from, const QDateTime &to)
{
    auto policy = policyFor(kind, priority);
    if (!policy)
        return policy.error();
    if (!policy->has_value())
        return std::max<qint64>(0, from.secsTo(to));
    auto cal = calendar((*policy)->calendarId);
    if (!cal)
        return cal.error();
    return cal->businessSeconds(from, to);
}

Result<SlaStatus> SlaRepository::status(const QUuid &ticketId, const QDateTime &now)
{
    auto row = m_db.exec(QStringLiteral("SELECT t.kind, t.state, t.response_due, "
                                        "t.resolution_due, t.sla_warning_at, t.pending_since, "
                                        "p.resolution_minutes, p.calendar_id FROM tickets t "
                                        "LEFT JOIN sla_policies p ON p.id = t.sla_policy_id "
                                        "WHERE t.id = ?"),
                         {Database::idValue(ticketId)});
    if (!row)
        return row.error();
    if (!row->next() || row->value(7).isNull())
        return SlaStatus{};
    const auto kind = kindFromName(row->value(0).toString());
    const bool active = kind && isActiveState(*kind, row->value(1).toString());
    const SlaDue due{instant(row->value(2)), instant(row->value(3)), instant(row->value(4))};
    const QDateTime pendingSince = instant(row->value(5));
    const qint64 resolutionMinutes = row->value(6).toLongLong();
    auto cal = calendar(Database::toUuid(row->value(7)));
    if (!cal)
        return cal.error();
    return evaluateSla(*cal, due, resolutionMinutes, pendingSince, active, now);
}

} // namespace ServiceDeck::Storage
