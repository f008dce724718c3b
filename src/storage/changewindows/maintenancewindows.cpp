// SPDX-License-Identifier: GPL-3.0-or-later
// WindowRepository's maintenance windows: the weekly slots of a service.
#include "windowrepository.h"

#include "windowchanges.h"

#include "storage/database.h"
#include "storage/ids.h"
#include "storage/journal.h"

#include "core/tr.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace ServiceDeck::Storage {

namespace {

const QString maintenanceEntity = QStringLiteral("maintenance_windows");
const QString serviceClass = QStringLiteral("business_service");
constexpr int minutesPerWeek = 7 * 24 * 60;

const QString selectWindows = QStringLiteral("SELECT m.id, m.version, m.service_id, c.name, "
                                             "m.name, m.weekday, m.start_minute, "
                                             "m.duration_minutes, m.time_zone "
                                             "FROM maintenance_windows m "
                                             "JOIN cis c ON c.id = m.service_id ");

StoredMaintenanceWindow windowFromRow(const QSqlQuery &query)
{
    StoredMaintenanceWindow window;
    window.id = Database::toUuid(query.value(0));
    window.version = query.value(1).toInt();
    window.serviceId = Database::toUuid(query.value(2));
    window.serviceName = query.value(3).toString();
    window.name = query.value(4).toString();
    window.weekday = query.value(5).toInt();
    window.startMinute = query.value(6).toInt();
    window.durationMinutes = query.value(7).toInt();
    window.timeZone = query.value(8).toString();
    return window;
}

} // namespace

Result<QStringList> WindowRepository::serviceClasses()
{
    // business_service and every class that derives from it, however deep.
    auto query = m_db.exec(QStringLiteral("SELECT name, parent FROM ci_classes"));
    if (!query)
        return query.error();
    QHash<QString, QString> parents;
    while (query->next())
        parents.insert(query->value(0).toString(), query->value(1).toString());
    QStringList classes;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        QString ancestor = it.key();
        for (int depth = 0; !ancestor.isEmpty() && depth <= parents.size(); ++depth) {
            if (ancestor == serviceClass) {
                classes << it.key();
                break;
            }
            ancestor = parents.value(ancestor);
        }
    }
    classes.sort();
    return classes;
}

Result<QList<ScopeCi>> WindowRepository::services(int limit)
{
    auto classes = serviceClasses();
    if (!classes)
        return classes.error();
    QList<ScopeCi> list;
    if (classes->isEmpty())
        return list;
    QStringList marks;
    QVariantList values;
    for (const QString &name : std::as_const(*classes)) {
        marks << QStringLiteral("?");
        values << name;
    }
    values << std::max(0, limit);
    auto query = m_db.exec(QStringLiteral("SELECT id, name FROM cis WHERE class IN (%1) "
                                          "ORDER BY name LIMIT ?")
                               .arg(marks.join(QStringLiteral(", "))),
                           values);
    if (!query)
        return query.error();
    while (query->next())
        list << ScopeCi{Database::toUuid(query->value(0)), query->value(1).toString()};
    return list;
}

Result<QList<StoredMaintenanceWindow>> WindowRepository::maintenanceWindows(const QUuid &serviceId)
{
    auto query = m_db.exec(selectWindows + QStringLiteral("WHERE m.service_id = ? ORDER BY "
                                                          "m.weekday, m.start_minute, m.name"),
                           {Database::idValue(serviceId)});
    if (!query)
        return query.error();
    QList<StoredMaintenanceWindow> list;
    while (query->next())
        list << windowFromRow(*query);
    return list;
}

Result<std::optional<StoredMaintenanceWindow>>
WindowRepository::findMaintenanceWindow(const QUuid &id)
{
    auto query =
        m_db.exec(selectWindows + QStringLiteral("WHERE m.id = ?"), {Database::idValue(id)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<StoredMaintenanceWindow>();
    return std::optional<StoredMaintenanceWindow>(windowFromRow(*query));
}

Result<StoredMaintenanceWindow>
WindowRepository::checkMaintenanceWindow(const StoredMaintenanceWindow &input)
{
    StoredMaintenanceWindow window = input;
    window.name = window.name.trimmed();
    window.timeZone = window.timeZone.trimmed();
    if (window.timeZone.isEmpty())
        window.timeZone = QStringLiteral("UTC");
    if (window.serviceId.isNull())
        return invalidData(Tr::tr("Field \"service\": a maintenance window needs a service"));
    auto service = m_db.exec(QStringLiteral("SELECT name, class FROM cis WHERE id = ?"),
                             {Database::idValue(window.serviceId)});
    if (!service)
        return service.error();
    if (!service->next())
        return invalidData(Tr::tr("Field \"service\": there is no configuration item with the "
                                  "id %1")
                               .arg(window.serviceId.toString(QUuid::WithoutBraces)));
    window.serviceName = service->value(0).toString();
    const QString ciClass = service->value(1).toString();
    service->finish();
    auto classes = serviceClasses();
    if (!classes)
        return classes.error();
    if (!classes->contains(ciClass))
        return invalidData(Tr::tr("Field \"service\": \"%1\" is of class %2, not a business "
                                  "service; maintenance windows belong to services")
                               .arg(window.serviceName, ciClass));
    if (window.weekday < 1 || window.weekday > 7)
        return invalidData(Tr::tr("Field \"weekday\": %1 is not a weekday (1 = Monday … "
                                  "7 = Sunday)")
                               .arg(window.weekday));
    if (window.startMinute < 0 || window.startMinute > 1439)
        return invalidData(Tr::tr("Field \"start_minute\": %1 is not a time of day (0 … 1439 "
                                  "minutes after midnight)")
                               .arg(window.startMinute));
    if (window.durationMinutes < 1 || window.durationMinutes > minutesPerWeek)
        return invalidData(Tr::tr("Field \"duration_minutes\": a maintenance window lasts "
                                  "from 1 to %1 minutes (one week), not %2")
                               .arg(minutesPerWeek)
                               .arg(window.durationMinutes));
    if (!QTimeZone::isTimeZoneIdAvailable(window.timeZone.toUtf8()))
        return invalidData(
            Tr::tr("Field \"time_zone\": \"%1\" is not a known time zone").arg(window.timeZone));
    return window;
}

Result<StoredMaintenanceWindow>
WindowRepository::createMaintenanceWindow(const StoredMaintenanceWindow &input, const User &actor)
{
    if (auto allowed = checkMayManageWindows(actor); !allowed)
        return allowed.error();
    auto checked = checkMaintenanceWindow(input);
    if (!checked)
        return checked.error();
    StoredMaintenanceWindow window = *checked;

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    window.id = newId();
    window.version = 1;
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO maintenance_windows (id, service_id, "
                                             "name, weekday, start_minute, duration_minutes, "
                                             "time_zone) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {Database::idValue(window.id), Database::idValue(window.serviceId),
                               Database::optionalText(window.name), window.weekday,
                               window.startMinute, window.durationMinutes, window.timeZone});
    if (!inserted)
        return inserted.error();
    const JournalOp op =
        Internal::windowOp(JournalOp::Action::Create, maintenanceEntity, window.id, 0, actor.id,
                           Internal::maintenanceChanges(std::nullopt, window));
    if (auto committed = Internal::journalAndCommit(m_db, tx, op); !committed)
        return committed.error();
    return window;
}

Result<StoredMaintenanceWindow>
WindowRepository::updateMaintenanceWindow(const StoredMaintenanceWindow &input, const User &actor)
{
    Transaction tx(m_db);
    if (auto begun = Internal::beginWindowWrite(tx, actor); !begun)
        return begun.error();
    const auto stored = Internal::storedAtVersion(
        findMaintenanceWindow(input.id), input.version,
        Tr::tr("The maintenance window was deleted by someone else meanwhile"),
        Tr::tr("The maintenance window of %1 was changed by someone else meanwhile "
               "(version %2, edited from version %3); reload it and edit again"),
        &StoredMaintenanceWindow::serviceName);
    if (!stored)
        return stored.error();
    const StoredMaintenanceWindow &current = *stored;
    auto checked = checkMaintenanceWindow(input);
    if (!checked)
        return checked.error();
    StoredMaintenanceWindow window = *checked;
    const QList<FieldChange> changes = Internal::maintenanceChanges(current, window);
    if (changes.isEmpty())
        return current;

    auto updated =
        m_db.exec(QStringLiteral("UPDATE maintenance_windows SET service_id = ?, "
                                 "name = ?, weekday = ?, start_minute = ?, "
                                 "duration_minutes = ?, time_zone = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"),
                  {Database::idValue(window.serviceId), Database::optionalText(window.name),
                   window.weekday, window.startMinute, window.durationMinutes, window.timeZone,
                   Database::idValue(current.id), current.version});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{ErrorKind::Conflict,
                     Tr::tr("The maintenance window of %1 was changed by someone else meanwhile")
                         .arg(current.serviceName)};
    const JournalOp op = Internal::windowOp(JournalOp::Action::Update, maintenanceEntity,
                                            current.id, current.version, actor.id, changes);
    if (auto committed = Internal::journalAndCommit(m_db, tx, op); !committed)
        return committed.error();
    window.version = current.version + 1;
    return window;
}

Result<void> WindowRepository::removeMaintenanceWindow(const QUuid &id, int expectedVersion,
                                                       const User &actor)
{
    Transaction tx(m_db);
    if (auto begun = Internal::beginWindowWrite(tx, actor); !begun)
        return begun.error();
    const auto stored = Internal::storedAtVersion(
        findMaintenanceWindow(id), expectedVersion,
        Tr::tr("The maintenance window was deleted by someone else meanwhile"),
        Tr::tr("The maintenance window of %1 was changed by someone else meanwhile "
               "(version %2, read at version %3); reload it before deleting it"),
        &StoredMaintenanceWindow::serviceName);
    if (!stored)
        return stored.error();
    const StoredMaintenanceWindow &current = *stored;
    auto removed = m_db.exec(QStringLiteral("DELETE FROM maintenance_windows "
                                            "WHERE id = ? AND version = ?"),
                             {Database::idValue(id), current.version});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() != 1)
        return Error{ErrorKind::Conflict,
                     Tr::tr("The maintenance window of %1 was changed by someone else meanwhile")
                         .arg(current.serviceName)};
    const JournalOp op =
        Internal::windowOp(JournalOp::Action::Delete, maintenanceEntity, id, current.version,
                           actor.id, Internal::maintenanceChanges(current, std::nullopt));
    return Internal::journalAndCommit(m_db, tx, op);
}

} // namespace ServiceDeck::Storage
