// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/query/sortspec.h"
#include "core/sla/slaclock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Models::Internal {

// One ticket of a queue as a view shows it: references already resolved to names.
struct QueueRow
{
    QUuid id;
    QString number;
    QString kind;
    QString title;
    QString state;
    QString category;
    QString assignee; // logins and names; empty when not set
    QString requester;
    QString group;
    QString service;
    QString ci;
    int priority = 0;
    int impact = 0;
    int urgency = 0;
    QDateTime opened;
    QDateTime updated;
    QDateTime resolved;
    QDateTime closed;
    QDateTime plannedStart;
    QDateTime plannedEnd;
    SlaDue due;
    QDateTime pendingSince;
    qint64 resolutionMinutes = 0; // of the SLA policy; 0: no SLA
    QUuid calendarId;
    // The SLA clock as last evaluated, and the clock tick it was evaluated for.
    SlaStatus sla;
    int slaTick = -1;

    qint64 bytes() const; // heap and inline bytes, for the model's memory figure
};

// The SQL of a queue over alias `t`: filter (compileQueueQuery) and total order
// (compileQueueSort of stableSortKeys), forwards and backwards.
struct QueueSql
{
    QString where;
    QVariantList binds;
    QString orderBy;
    QString reversedOrderBy;
    QString sortIndexWhere; // CompiledQueueQuery::sortIndexWhere; empty: same as where
    qint64 tableRows = 0;   // tickets in the table when sortIndexWhere differs from where
    QString countStatement; // CompiledQueueQuery::countStatement; empty: count with where
};

// Counts and pages a queue. A page at a large offset is found by skipping rows on the covering
// sort index (keys only) and then joining the few rows it keeps; pages in the second half of
// the result are read with the order reversed, so no OFFSET exceeds half the result.
class QueuePageReader
{
public:
    explicit QueuePageReader(Storage::Database &db);

    static Result<QueueSql> compile(const QString &where, const QVariantList &binds,
                                    const QList<Query::SortKey> &keys, Storage::Database &db,
                                    const QString &sortIndexWhere = {},
                                    const QString &countStatement = {});

    Result<qint64> count(const QueueSql &sql);
    // Whether the page is cheaper found by walking the sort index (sortIndexWhere) than by
    // sorting every hit of the full-text match (where): true for a page near either end of a
    // result of many hits.
    static bool walksSortIndex(const QueueSql &sql, qint64 first, qint64 count, qint64 total);
    // Rows [first, first + count) of a result of `total` rows, in queue order.
    Result<QList<QueueRow>> read(const QueueSql &sql, qint64 first, qint64 count, qint64 total);

    // The statements read() runs, for the benchmark's baseline: the SQL and its binds.
    static QString countStatement(const QueueSql &sql);
    QString pageStatement(const QueueSql &sql, bool reversed, bool bySortIndex = false) const;
    static QVariantList pageBinds(const QueueSql &sql, qint64 first, qint64 count, qint64 total,
                                  bool *reversed = nullptr);

private:
    // The statement for `sql`, prepared on first use and kept: scrolling reads page after page
    // with the same few statements (forwards, backwards, the count), and preparing the page
    // statement with its joins cost a quarter of a page's read. Bound and run by position.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &binds, const QString &what);
    // Runs `sql` and hands each row to `take`, a QSqlQuery or a Storage::NativeQuery.
    template<typename Take>
    Result<void> eachRow(const QString &sql, const QVariantList &binds, const QString &what,
                         Take take);

    Storage::Database &m_db;
    // Through SQLite's C API where that is safe (NativeQuery): Qt's driver turns each of a
    // page's 2,600 values into a QVariant of UTF-16, a quarter of the time a page takes.
    const bool m_native;
    QHash<QString, QSqlQuery> m_prepared;
};

} // namespace ServiceDeck::Models::Internal
