// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuesort.h"

#include "ticketcolumns.h"

#include "core/tr.h"

namespace ServiceDeck::Storage {

namespace {

using Internal::TicketColumn;

// Sorting is allowed on the core's sortable fields only, each through the shared column map.
const TicketColumn *findColumn(const QString &field)
{
    return Query::sortableFields().contains(field) ? Internal::ticketColumn(field) : nullptr;
}

} // namespace

Result<QList<Query::SortKey>> stableSortKeys(const QList<Query::SortKey> &keys)
{
    QList<Query::SortKey> stable;
    QStringList seen;
    for (const Query::SortKey &key : keys) {
        const QString field = Query::sortFieldName(key.field);
        if (field.isEmpty() || !findColumn(field))
            return invalidData(
                Tr::tr("Unknown sort field \"%1\"; sortable fields are: %2")
                    .arg(key.field.left(40), Query::sortableFields().join(QStringLiteral(", "))));
        if (seen.contains(field))
            continue;
        seen << field;
        stable << Query::SortKey{field, key.descending};
    }
    if (!seen.contains(QStringLiteral("number")))
        stable << Query::SortKey{QStringLiteral("number"),
                                 !stable.isEmpty() && stable.constLast().descending};
    return stable;
}

QList<Query::SortKey> reversedSortKeys(const QList<Query::SortKey> &keys)
{
    QList<Query::SortKey> reversed = keys;
    for (Query::SortKey &key : reversed)
        key.descending = !key.descending;
    return reversed;
}

Result<QString> compileQueueSort(const QList<Query::SortKey> &keys, Dialect dialect)
{
    const Result<QList<Query::SortKey>> stable = stableSortKeys(keys);
    if (!stable)
        return stable.error();
    QStringList terms;
    for (const Query::SortKey &key : *stable) {
        const TicketColumn *column = findColumn(key.field);
        const QString sql = column->sqlText();
        const QLatin1String direction =
            key.descending ? QLatin1String(" DESC") : QLatin1String(" ASC");
        if (!column->nullable)
            terms << sql + direction;
        else if (dialect == Dialect::Sqlite) // false (0) sorts before true (1): NULLs last
            terms << sql + QLatin1String(" IS NULL") + direction + QLatin1String(", ") + sql +
                         direction;
        else
            terms << sql + direction +
                         (key.descending ? QLatin1String(" NULLS FIRST")
                                         : QLatin1String(" NULLS LAST"));
    }
    return terms.join(QStringLiteral(", "));
}

} // namespace ServiceDeck::Storage
