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

Result<QString> compileQueueSort(const QList<Query::SortKey> &keys, Dialect dialect)
{
    Q_UNUSED(dialect) // both dialects spell NULLS FIRST/LAST alike (SQLite 3.30 and later)
    QStringList terms;
    QStringList seen;
    for (const Query::SortKey &key : keys) {
        const QString field = Query::sortFieldName(key.field);
        const SortColumn *column = field.isEmpty() ? nullptr : findColumn(field);
        if (!column)
            return invalidData(
                Tr::tr("Unknown sort field \"%1\"; sortable fields are: %2")
                    .arg(key.field.left(40), Query::sortableFields().join(QStringLiteral(", "))));
        if (seen.contains(field))
            continue;
        seen << field;
        QString term = QLatin1String(column->column) +
                       (key.descending ? QLatin1String(" DESC") : QLatin1String(" ASC"));
        if (column->nullable)
            term += key.descending ? QLatin1String(" NULLS FIRST") : QLatin1String(" NULLS LAST");
        terms << term;
    }
    if (!seen.contains(QStringLiteral("number")))
        terms << QStringLiteral("t.number ASC");
    return terms.join(QStringLiteral(", "));
}

} // namespace ServiceDeck::Storage
