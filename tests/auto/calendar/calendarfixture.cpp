// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarfixture.h"

#include "storage/database.h"
#include "storage/ids.h"

#include "core/timestamps.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace ServiceDeck::Test {

using Storage::Database;

Result<QUuid> insertChange(Database &db, const ChangeRow &row)
{
    const QUuid id = Storage::newId();
    const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
    auto inserted = db.exec(QStringLiteral("INSERT INTO tickets (id, number, kind, title, state, "
                                           "impact, urgency, priority, opened, updated, "
                                           "change_type, risk, planned_start, planned_end, "
                                           "service_id) "
                                           "VALUES (?, ?, 'change', ?, ?, 2, 2, 3, ?, ?, ?, ?, "
                                           "?, ?, ?)"),
                            {Database::idValue(id), row.number,
                             row.title.isEmpty() ? row.number : row.title, row.state, now, now,
                             row.type, row.risk, toIsoUtc(row.start), toIsoUtc(row.end),
                             Database::optionalId(row.service)});
    if (!inserted)
        return inserted.error();
    for (const QUuid &ci : row.cis) {
        auto linked = db.exec(QStringLiteral("INSERT INTO change_cis (id, change_id, ci_id) "
                                             "VALUES (?, ?, ?)"),
                              {Database::idValue(Storage::newId()), Database::idValue(id),
                               Database::idValue(ci)});
        if (!linked)
            return linked.error();
    }
    return id;
}

Result<QUuid> insertBlackout(Database &db, const QString &name, const QDateTime &start,
                             const QDateTime &end, const QList<QUuid> &scope)
{
    const QUuid id = Storage::newId();
    auto inserted = db.exec(QStringLiteral("INSERT INTO blackout_windows (id, name, starts, ends, "
                                           "global) VALUES (?, ?, ?, ?, ?)"),
                            {Database::idValue(id), name, toIsoUtc(start), toIsoUtc(end),
                             scope.isEmpty()});
    if (!inserted)
        return inserted.error();
    for (const QUuid &ci : scope) {
        auto scoped = db.exec(QStringLiteral("INSERT INTO blackout_scope (id, blackout_id, ci_id) "
                                             "VALUES (?, ?, ?)"),
                              {Database::idValue(Storage::newId()), Database::idValue(id),
                               Database::idValue(ci)});
        if (!scoped)
            return scoped.error();
    }
    return id;
}

Result<QPair<qint64, qint64>> plannedWindow(Database &db, const QString &number)
{
    auto query = db.exec(QStringLiteral("SELECT planned_start, planned_end FROM tickets "
                                        "WHERE number = ?"),
                         {number});
    if (!query)
        return query.error();
    if (!query->next())
        return invalidData(QStringLiteral("no ticket %1").arg(number));
    const auto start = parseIsoInstant(Database::instantText(query->value(0)));
    const auto end = parseIsoInstant(Database::instantText(query->value(1)));
    if (!start || !end)
        return invalidData(QStringLiteral("%1 has no planned window").arg(number));
    return qMakePair(start->toMSecsSinceEpoch(), end->toMSecsSinceEpoch());
}

Result<int> journaledChanges(Database &db, const QString &number, const QString &field)
{
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM journal j "
                                        "JOIN tickets t ON t.id = j.entity_id "
                                        "WHERE t.number = ? AND j.field = ?"),
                         {number, field});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<void> insertBusyMonth(Database &db, const QDate &month, int cis, int changes)
{
    Storage::Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
    QList<QUuid> servers;
    for (int i = 0; i < cis; ++i) {
        const QUuid id = Storage::newId();
        auto inserted = db.exec(QStringLiteral("INSERT INTO cis (id, name, class, status, "
                                               "created, updated) "
                                               "VALUES (?, ?, 'server', 'live', ?, ?)"),
                                {Database::idValue(id),
                                 QStringLiteral("srv%1").arg(i + 1, 4, 10, QLatin1Char('0')), now,
                                 now});
        if (!inserted)
            return inserted.error();
        servers << id;
    }
    QRandomGenerator random(20260301);
    const QStringList states = {QStringLiteral("draft"),     QStringLiteral("assessing"),
                                QStringLiteral("awaiting_approval"), QStringLiteral("approved"),
                                QStringLiteral("scheduled"), QStringLiteral("scheduled"),
                                QStringLiteral("scheduled"), QStringLiteral("implementing")};
    const QStringList risks = {QStringLiteral("low"), QStringLiteral("medium"),
                               QStringLiteral("high"), QStringLiteral("very_high")};
    const QStringList types = {QStringLiteral("standard"), QStringLiteral("normal"),
                               QStringLiteral("emergency")};
    const QDateTime first(QDate(month.year(), month.month(), 1), QTime(0, 0), QTimeZone::utc());
    const qint64 minutes = qint64(month.daysInMonth()) * 24 * 60;
    for (int i = 0; i < changes; ++i) {
        ChangeRow row;
        row.number = QStringLiteral("CHG%1").arg(900000 + i, 7, 10, QLatin1Char('0'));
        row.title = QStringLiteral("Planned work %1").arg(i + 1);
        // Starts on a quarter hour; one to eight hours long.
        row.start = first.addSecs(qint64(random.bounded(int(minutes - 8 * 60) / 15)) * 15 * 60);
        row.end = row.start.addSecs(qint64(1 + random.bounded(8)) * 3600);
        const int count = 1 + random.bounded(3);
        for (int c = 0; c < count; ++c) {
            const QUuid ci = servers.at(random.bounded(int(servers.size())));
            if (!row.cis.contains(ci))
                row.cis << ci;
        }
        row.state = states.at(random.bounded(int(states.size())));
        row.risk = risks.at(random.bounded(int(risks.size())));
        row.type = types.at(random.bounded(int(types.size())));
        if (auto inserted = insertChange(db, row); !inserted)
            return inserted.error();
    }
    const QDateTime freeze(QDate(month.year(), month.month(), month.daysInMonth() - 2),
                           QTime(0, 0), QTimeZone::utc());
    if (auto inserted = insertBlackout(db, QStringLiteral("Month-end close"), freeze,
                                       freeze.addDays(2));
        !inserted)
        return inserted.error();
    return tx.commit();
}

} // namespace ServiceDeck::Test
