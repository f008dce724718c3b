// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlfragment.h"

#include "storage/databaseurl.h"

#include "core/error.h"
#include "core/query/queuefields.h"
#include "core/query/queuequery.h"

#include <QDateTime>
#include <QUuid>

namespace ServiceDeck::Storage::Internal {

struct PredicateContext
{
    Dialect dialect = Dialect::Sqlite;
    QUuid actorId;
    QDateTime now; // UTC
};

// The predicate of a checked field term, ignoring its negation. It is two-valued (never NULL,
// also on empty columns), so that NOT of it is exactly the complement: `-assignee:alice` keeps
// unassigned tickets.
Result<SqlFragment> fieldPredicate(const Query::FieldTerm &term, const Query::QueueField &field,
                                   const PredicateContext &context);

} // namespace ServiceDeck::Storage::Internal
