// SPDX-License-Identifier: GPL-3.0-or-later
#include "blackoutsinrange.h"

#include "storage/database.h"

#include "core/timestamps.h"

#include <QHash>

namespace ServiceDeck::Storage::Internal {

using Change::TimeSpan;

QVariantList rangeValues(const TimeSpan &range)
{
    return {toIsoUtc(range.endTime()), toIsoUtc(range.startTime())};
}

TimeSpan spanOf(const QVariant &start, const QVariant &end)
{
    return TimeSpan::fromIso(Database::instantText(start), Database::instantText(end));
}

Result<QList<BlackoutInRange>> blackoutsInRange(Database &db, const TimeSpan &range)
{
    auto query = db.exec(QStringLiteral("SELECT id, name, reason, starts, ends, global "
                                        "FROM blackout_windows WHERE starts < ? AND ends > ? "
                                        "ORDER BY starts, name"),
                         rangeValues(range));
    if (!query)
        return query.error();
    QList<BlackoutInRange> blackouts;
    QHash<QUuid, qsizetype> index;
    while (query->next()) {
        BlackoutInRange blackout;
        blackout.id = Database::toUuid(query->value(0));
        blackout.name = query->value(1).toString();
        blackout.reason = query->value(2).toString();
        blackout.window = spanOf(query->value(3), query->value(4));
        blackout.global = query->value(5).toBool();
        index.insert(blackout.id, blackouts.size());
        blackouts << blackout;
    }
    if (blackouts.isEmpty())
        return blackouts;
    auto scope = db.exec(QStringLiteral("SELECT s.blackout_id, s.ci_id, c.name "
                                        "FROM blackout_scope s "
                                        "JOIN blackout_windows b ON b.id = s.blackout_id "
                                        "JOIN cis c ON c.id = s.ci_id "
                                        "WHERE b.starts < ? AND b.ends > ? ORDER BY c.name"),
                         rangeValues(range));
    if (!scope)
        return scope.error();
    while (scope->next()) {
        const auto it = index.constFind(Database::toUuid(scope->value(0)));
        if (it == index.cend())
            continue;
        blackouts[*it].scopeIds << Database::toUuid(scope->value(1));
        blackouts[*it].scopeNames << scope->value(2).toString();
    }
    return blackouts;
}

} // namespace ServiceDeck::Storage::Internal
