// SPDX-License-Identifier: GPL-3.0-or-later
#include "slasettings.h"

#include "core/roles.h"
#include "storage/database.h"
#include "storage/ids.h"
#include "storage/journal.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>

#include <algorithm>

namespace ServiceDeck::Views {

using Storage::Database;

namespace {

struct SlaTr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Views::SlaSettings)
};

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> parseMinute(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (minute > 59 || hour > 24 || (hour == 24 && minute != 0))
        return std::nullopt;
    return hour * 60 + minute;
}

Storage::JournalOp op(Storage::JournalOp::Action action, const QString &entity, const QUuid &id,
                      int baseVersion, const User &actor, QList<Storage::FieldChange> changes)
{
    Storage::JournalOp result;
    result.opId = Storage::newId();
    result.action = action;
    result.entity = entity;
    result.entityId = id;
    result.baseVersion = baseVersion;
    result.actorId = actor.id;
    result.changes = std::move(changes);
    return result;
}

Error notAllowed()
{
    return invalidData(SlaTr::tr("Only an administrator may change SLA calendars and policies."));
}

} // namespace

QString hoursText(const QList<WorkingHours> &spans)
{
    QStringList parts;
    for (const WorkingHours &span : spans)
        parts << minuteText(span.startMinute) + QStringLiteral("–") + minuteText(span.endMinute);
    return parts.join(QStringLiteral(", "));
}

Result<QList<WorkingHours>> parseHoursText(int weekday, const QString &text)
{
    QList<WorkingHours> spans;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    static const QRegularExpression dash(QStringLiteral("[-–]"));
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const QStringList ends = part.split(dash);
        const auto start = ends.size() == 2 ? parseMinute(ends.at(0)) : std::nullopt;
        const auto end = ends.size() == 2 ? parseMinute(ends.at(1)) : std::nullopt;
        if (!start || !end || *end <= *start || *start >= 1440)
            return invalidData(SlaTr::tr("Hours on %1: \"%2\" is not a span like 08:00–17:00")
                                   .arg(QLocale().dayName(weekday), part.trimmed()));
        for (const WorkingHours &other : spans) {
            if (*start < other.endMinute && other.startMinute < *end)
                return invalidData(SlaTr::tr("Hours on %1: \"%2\" overlaps another span")
                                       .arg(QLocale().dayName(weekday), part.trimmed()));
        }
        spans << WorkingHours{weekday, *start, *end};
    }
    std::sort(spans.begin(), spans.end(), [](const WorkingHours &a, const WorkingHours &b) {
        return a.startMinute < b.startMinute;
    });
    return spans;
}

bool SlaSettings::mayEdit(const User &actor)
{
    return actor.active && actor.hasRole(roleName(Role::Admin));
}

Result<QList<CalendarSettings>> SlaSettings::calendars()
{
    auto rows = m_db.exec(QStringLiteral("SELECT id, version, name, time_zone, around_the_clock "
                                         "FROM business_calendars ORDER BY name"));
    if (!rows)
        return rows.error();
    QList<CalendarSettings> result;
    while (rows->next()) {
        result << CalendarSettings{Database::toUuid(rows->value(0)), rows->value(1).toInt(),
                                   rows->value(2).toString(), rows->value(3).toString(),
                                   rows->value(4).toBool(), {}};
    }
    auto hours = m_db.exec(QStringLiteral("SELECT calendar_id, weekday, start_minute, end_minute "
                                          "FROM calendar_hours ORDER BY weekday, start_minute"));
    if (!hours)
        return hours.error();
    while (hours->next()) {
        const QUuid calendarId = Database::toUuid(hours->value(0));
        for (CalendarSettings &calendar : result) {
            if (calendar.id == calendarId)
                calendar.hours << WorkingHours{hours->value(1).toInt(), hours->value(2).toInt(),
                                               hours->value(3).toInt()};
        }
    }
    return result;
}

Result<QList<PolicySettings>> SlaSettings::policies()
{
    auto rows = m_db.exec(QStringLiteral("SELECT id, version, name, kind, priority, calendar_id, "
                                         "response_minutes, resolution_minutes FROM sla_policies"));
    if (!rows)
        return rows.error();
    QList<PolicySettings> result;
    while (rows->next()) {
        const auto kind = kindFromName(rows->value(3).toString());
        if (!kind)
            continue;
        result << PolicySettings{Database::toUuid(rows->value(0)), rows->value(1).toInt(),
                                 rows->value(2).toString(), *kind, rows->value(4).toInt(),
                                 Database::toUuid(rows->value(5)), rows->value(6).toLongLong(),
                                 rows->value(7).toLongLong()};
    }
    const QList<TicketKind> kinds = allTicketKinds();
    std::sort(result.begin(), result.end(), [&kinds](const PolicySettings &a, const PolicySettings &b) {
        const auto ka = kinds.indexOf(a.kind);
        const auto kb = kinds.indexOf(b.kind);
        return ka != kb ? ka < kb : a.priority < b.priority;
    });
    return result;
}

Result<void> SlaSettings::saveCalendar(const CalendarSettings &before, const CalendarSettings &after,
                                       const User &actor)
{
    using Storage::FieldChange;
    using Storage::JournalOp;
    if (!mayEdit(actor))
        return notAllowed();
    if (!after.aroundTheClock && !QTimeZone(after.timeZone.toUtf8()).isValid())
        return invalidData(SlaTr::tr("Field \"time zone\": \"%1\" is not a known time zone")
                               .arg(after.timeZone));
    Storage::Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    Storage::Journal journal(m_db);
    QList<FieldChange> changes;
    if (before.timeZone != after.timeZone)
        changes << FieldChange{QStringLiteral("time_zone"), before.timeZone, after.timeZone};
    if (before.aroundTheClock != after.aroundTheClock)
        changes << FieldChange{QStringLiteral("around_the_clock"),
                               before.aroundTheClock ? QStringLiteral("true") : QStringLiteral("false"),
                               after.aroundTheClock ? QStringLiteral("true") : QStringLiteral("false")};
    if (!changes.isEmpty()) {
        auto updated = m_db.exec(QStringLiteral("UPDATE business_calendars SET time_zone = ?, "
                                                "around_the_clock = ?, version = version + 1 "
                                                "WHERE id = ? AND version = ?"),
                                 {after.timeZone, after.aroundTheClock,
                                  Database::idValue(after.id), before.version});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return Error{ErrorKind::Conflict,
                         SlaTr::tr("The calendar \"%1\" was changed meanwhile; reopen the "
                                   "settings and try again.")
                             .arg(before.name)};
        if (auto done = journal.append(op(JournalOp::Action::Update,
                                          QStringLiteral("business_calendars"), after.id,
                                          before.version, actor, changes));
            !done)
            return done;
    }
    if (hoursText(before.hours) != hoursText(after.hours)) {
        // Hours are rows of their own: the old ones go, the new ones come, each journaled.
        auto old = m_db.exec(QStringLiteral("SELECT id, version, weekday, start_minute, end_minute "
                                            "FROM calendar_hours WHERE calendar_id = ?"),
                             {Database::idValue(after.id)});
        if (!old)
            return old.error();
        QList<std::pair<QUuid, int>> oldRows;
        while (old->next())
            oldRows << std::pair{Database::toUuid(old->value(0)), old->value(1).toInt()};
        for (const auto &[id, version] : oldRows) {
            if (auto gone = m_db.exec(QStringLiteral("DELETE FROM calendar_hours WHERE id = ?"),
                                      {Database::idValue(id)});
                !gone)
                return gone.error();
            if (auto done = journal.append(op(JournalOp::Action::Delete,
                                              QStringLiteral("calendar_hours"), id, version,
                                              actor, {}));
                !done)
                return done;
        }
        for (const WorkingHours &span : after.hours) {
            const QUuid id = Storage::newId();
            if (auto added = m_db.exec(QStringLiteral("INSERT INTO calendar_hours (id, "
                                                      "calendar_id, weekday, start_minute, "
                                                      "end_minute) VALUES (?, ?, ?, ?, ?)"),
                                       {Database::idValue(id), Database::idValue(after.id),
                                        span.weekday, span.startMinute, span.endMinute});
                !added)
                return added.error();
            const QString none;
            if (auto done = journal.append(op(
                    JournalOp::Action::Create, QStringLiteral("calendar_hours"), id, 0, actor,
                    {{QStringLiteral("calendar"), none, after.id.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("weekday"), none, QString::number(span.weekday)},
                     {QStringLiteral("start_minute"), none, QString::number(span.startMinute)},
                     {QStringLiteral("end_minute"), none, QString::number(span.endMinute)}}));
                !done)
                return done;
        }
    }
    return tx.commit();
}

Result<void> SlaSettings::savePolicy(const PolicySettings &before, const PolicySettings &after,
                                     const User &actor)
{
    using Storage::FieldChange;
    if (!mayEdit(actor))
        return notAllowed();
    if (after.responseMinutes <= 0 || after.resolutionMinutes <= 0)
        return invalidData(SlaTr::tr("Policy \"%1\": response and resolution need at least "
                                     "one minute")
                               .arg(after.name));
    QList<FieldChange> changes;
    if (before.responseMinutes != after.responseMinutes)
        changes << FieldChange{QStringLiteral("response_minutes"),
                               QString::number(before.responseMinutes),
                               QString::number(after.responseMinutes)};
    if (before.resolutionMinutes != after.resolutionMinutes)
        changes << FieldChange{QStringLiteral("resolution_minutes"),
                               QString::number(before.resolutionMinutes),
                               QString::number(after.resolutionMinutes)};
    if (changes.isEmpty())
        return Result<void>();
    Storage::Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto updated = m_db.exec(QStringLiteral("UPDATE sla_policies SET response_minutes = ?, "
                                            "resolution_minutes = ?, version = version + 1 "
                                            "WHERE id = ? AND version = ?"),
                             {after.responseMinutes, after.resolutionMinutes,
                              Database::idValue(after.id), before.version});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{ErrorKind::Conflict,
                     SlaTr::tr("The policy \"%1\" was changed meanwhile; reopen the settings "
                               "and try again.")
                         .arg(before.name)};
    if (auto done = Storage::Journal(m_db).append(op(Storage::JournalOp::Action::Update,
                                                     QStringLiteral("sla_policies"), after.id,
                                                     before.version, actor, changes));
        !done)
        return done;
    return tx.commit();
}

} // namespace ServiceDeck::Views
