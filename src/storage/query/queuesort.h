// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseurl.h"

#include "core/error.h"
#include "core/query/sortspec.h"

#include <QList>
#include <QString>

namespace ServiceDeck::Storage {

// The sort keys as compiled: canonical names, repeats dropped, and the unique "number" appended
// (in the direction of the last key) unless already there, so that the order is total. An
// unknown field is an InvalidData Error.
Result<QList<Query::SortKey>> stableSortKeys(const QList<Query::SortKey> &keys);
// The same total order backwards (every key flipped): page from the end of a result.
QList<Query::SortKey> reversedSortKeys(const QList<Query::SortKey> &keys);

// The ORDER BY list (without the keywords) for a queue's sort keys over alias `t`, always ending
// with the unique t.number so that paging is stable; an empty key list sorts by number alone.
// Ties of the last key are broken by number in that key's direction, so a single-key sort in
// either direction is one index scan (forwards or backwards) over (column, number).
// Every key is a plain indexed column: assignee and group sort by their id column (rows of one
// assignee or group stay together, in no alphabetical order). Empty values (NULL) sort after
// every value ascending and before them descending, the same on both dialects (on SQLite spelt
// `col IS NULL, col`, which its sort indexes cover; NULLS LAST/FIRST could not use an index).
Result<QString> compileQueueSort(const QList<Query::SortKey> &keys, Dialect dialect);

} // namespace ServiceDeck::Storage
