// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlfragment.h"

#include "storage/databaseurl.h"

#include "core/query/queuequery.h"

namespace ServiceDeck::Storage::Internal {

// An FTS5 query in which the text is data only: one double-quoted string ("" for a quote inside),
// which FTS5 reads as a phrase of the tokens in it, never as operators, columns or prefixes.
QString fts5String(QStringView text);

// The full-text predicates of a query's words and phrases, all ANDed by the caller: one for the
// positive words and phrases together, one per negated term. Words without a letter or digit
// are skipped: no tokenizer indexes them, so they could only ever match nothing.
//
// On SQLite the positive match is a rowid IN (hits) test. HitsFirst lets the planner start from
// the hits and sort them; SortIndexFirst (`+t.rowid`, which no index can serve) makes it walk the
// queue's sort index and probe the hits instead, which finds a first page of many hits without
// sorting them all. QueuePageReader picks one by the size of the result.
enum class FullTextPlan { HitsFirst, SortIndexFirst };
QList<SqlFragment> fullTextPredicates(const QList<Query::TextTerm> &terms, Dialect dialect,
                                      FullTextPlan plan = FullTextPlan::HitsFirst);

} // namespace ServiceDeck::Storage::Internal
