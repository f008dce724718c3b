// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseurl.h"

#include "core/error.h"
#include "core/query/queuequery.h"

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace ServiceDeck::Storage {

// What a queue expression is evaluated against: who "me" is and what "now" is (relative dates,
// `today`, SLA status). A null actorId makes `me` an error; an invalid `now` means the clock.
struct QueueSqlContext
{
    QUuid actorId;
    QDateTime now;
};

// A boolean SQL expression over the alias `t` (tickets), "1=1" when the query is empty, with
// positional `?` placeholders whose values are `binds`, in order. No user text is in `where`.
struct CompiledQueueQuery
{
    QString where;
    QVariantList binds;
    // The same predicate with the same binds, written so that SQLite pages a full-text result by
    // walking the sort index rather than sorting every hit (see FullTextPlan); equal to `where`
    // when there is no full-text term or the dialect is PostgreSQL.
    QString sortIndexWhere;
    // When the query is only full-text words on SQLite: a statement counting the hits from the
    // FTS index alone, with the same binds (every hit is a ticket, the index is kept by
    // triggers). Empty otherwise; count with `where` then.
    QString countStatement;
};

// Compiles a parsed queue query for the dialect. The query is checked again (a query built in
// code may be wrong), so an unknown field or value is an InvalidData Error, never SQL.
Result<CompiledQueueQuery> compileQueueQuery(const Query::QueueQuery &query, Dialect dialect,
                                             const QueueSqlContext &context);

} // namespace ServiceDeck::Storage
