// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 2: indexes for million-ticket queues. Every sortable column gets an index that
// ends with the unique number (the queue's tie-breaker), so that a sort in either direction is
// one index scan, the OFFSET of a jump is a covering index scan, and the standard queues count
// on covering indexes.
#include "migrations.h"

namespace ServiceDeck::Storage {

namespace {

const char *const commonStatements[] = {
    // Superseded by (column, number) below.
    "DROP INDEX tickets_opened",
    "DROP INDEX tickets_updated",
    "CREATE INDEX tickets_sort_opened ON tickets (opened, number)",
    "CREATE INDEX tickets_sort_updated ON tickets (updated, number)",
    "CREATE INDEX tickets_sort_title ON tickets (title, number)",
    "CREATE INDEX tickets_sort_state ON tickets (state, number)",
    "CREATE INDEX tickets_sort_priority ON tickets (priority, number)",
    "CREATE INDEX tickets_sort_impact ON tickets (impact, number)",
    "CREATE INDEX tickets_sort_urgency ON tickets (urgency, number)",
    "CREATE INDEX tickets_sort_kind ON tickets (kind, number)",
    // sla:ok|warning|breached|paused and active:true, answered from the index alone.
    "CREATE INDEX tickets_sla ON tickets (state, pending_since, resolution_due, sla_warning_at)",
};

// Nullable sort columns. SQLite keeps NULLs first in an index and cannot use it for NULLS LAST,
// so its sort is spelt `col IS NULL, col` (see compileQueueSort) over an expression index;
// PostgreSQL's b-tree orders NULLS LAST ascending already.
const char *const nullableColumns[] = {
    "category", "assignee_id", "group_id", "resolved", "closed",
    "planned_start", "planned_end", "resolution_due",
};

QStringList commonList()
{
    QStringList list;
    for (const char *statement : commonStatements)
        list << QString::fromUtf8(statement);
    return list;
}

QStringList nullableIndexes(bool sqlite)
{
    QStringList list;
    for (const char *name : nullableColumns) {
        const QString column = QString::fromLatin1(name);
        const QString key = sqlite ? QStringLiteral("%1 IS NULL, %1, number").arg(column)
                                   : QStringLiteral("%1, number").arg(column);
        list << QStringLiteral("CREATE INDEX tickets_sort_%1 ON tickets (%2)").arg(column, key);
    }
    return list;
}

} // namespace

Migration queueIndexes()
{
    return Migration{2, QStringLiteral("queue indexes"), commonList(), nullableIndexes(true),
                     nullableIndexes(false), {}};
}

} // namespace ServiceDeck::Storage
