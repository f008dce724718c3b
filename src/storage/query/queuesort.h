// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseurl.h"

#include "core/error.h"
#include "core/query/sortspec.h"

#include <QList>
#include <QString>

namespace ServiceDeck::Storage {

// The ORDER BY list (without the keywords) for a queue's sort keys over alias `t`, always ending
// with the unique t.number so that paging is stable; an empty key list sorts by number alone.
// Every key is a plain indexed column: assignee and group sort by their id column (rows of one
// assignee or group stay together, in no alphabetical order). Empty values (NULL) sort after
// every value ascending and before them descending, the same on both dialects.
Result<QString> compileQueueSort(const QList<Query::SortKey> &keys, Dialect dialect);

} // namespace ServiceDeck::Storage
