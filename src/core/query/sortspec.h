// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ServiceDeck::Query {

// One column of a queue's sort order, e.g. "-updated" is {"updated", true}.
struct SortKey
{
    QString field; // one of sortableFields()
    bool descending = false;

    friend bool operator==(const SortKey &, const SortKey &) = default;
};

// The fields a queue can be sorted on, in this order. "sla" is accepted as another name of
// "resolution_due" (the SLA's due instant).
QStringList sortableFields();
// Canonical sortable name (case-insensitive, "sla" → "resolution_due"); empty when unknown.
QString sortFieldName(QStringView name);

// Reads "priority,-updated" (as given to --sort and stored with a saved queue): fields separated
// by commas, '-' before a field sorts it descending ('+' ascending). An empty spec is an empty
// list. Unknown, empty or repeated fields are errors that name the column.
Result<QList<SortKey>> parseSortSpec(QStringView spec);
QString formatSortSpec(const QList<SortKey> &keys);

} // namespace ServiceDeck::Query
