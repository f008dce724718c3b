// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuesort.h"

#include "core/tr.h"

namespace ServiceDeck::Storage {

namespace {

struct SortColumn
{
    const char *field;
    const char *column;
    bool nullable;
};

// The fixed map from sort names to columns: names are looked up here, never spliced.
const SortColumn sortColumns[] = {
    {"number", "t.number", false},
    {"title", "t.title", false},
    {"state", "t.state", false},
    {"priority", "t.priority", false},
    {"impact", "t.impact", false},
    {"urgency", "t.urgency", false},
    {"kind", "t.kind", false},
    {"category", "t.category", true},
    {"assignee", "t.assignee_id", true},
    {"group", "t.group_id", true},
    {"opened", "t.opened", false},
    {"updated", "t.updated", false},
    {"resolved", "t.resolved", true},
    {"closed", "t.closed", true},
    {"planned_start", "t.planned_start", true},
    {"planned_end", "t.planned_end", true},
    {"resolution_due", "t.resolution_due", true},
};

const SortColumn *findColumn(const QString &field)
{
    for (const SortColumn &column : sortColumns) {
        if (field == QLatin1String(column.field))
            return &column;
    }
    return nullptr;
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
        const SortColumn *column = findColumn(key.field);
        const QString sql = QLatin1String(column->column);
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
