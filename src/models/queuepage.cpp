// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuepage.h"

#include "storage/database.h"
#include "storage/nativequery.h"
#include "storage/query/queuesort.h"

#include "core/timestamps.h"

#include <algorithm>

#include <QSqlError>
#include <QSqlQuery>

namespace ServiceDeck::Models::Internal {

namespace {

// References are resolved by primary-key joins on the page's rows only.
const char selectColumns[] =
    "SELECT t.id, t.number, t.kind, t.title, t.state, t.priority, t.impact, t.urgency, "
    "t.category, a.login, r.login, g.name, s.name, c.name, t.opened, t.updated, t.resolved, "
    "t.closed, t.planned_start, t.planned_end, t.response_due, t.resolution_due, "
    "t.sla_warning_at, t.pending_since, p.resolution_minutes, p.calendar_id";

const char joins[] = " LEFT JOIN users a ON a.id = t.assignee_id"
                     " LEFT JOIN users r ON r.id = t.requester_id"
                     " LEFT JOIN support_groups g ON g.id = t.group_id"
                     " LEFT JOIN cis s ON s.id = t.service_id"
                     " LEFT JOIN cis c ON c.id = t.ci_id"
                     " LEFT JOIN sla_policies p ON p.id = t.sla_policy_id";

char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char c)
{
    return char16_t(uchar(c));
}

template<typename Char> int digits(const Char *text, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = unit(text[i]);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Instants are stored as fixed-width ISO UTC text on SQLite (toIsoUtc): read that form directly,
// anything else through the general parser. A page holds a thousand of them.
template<typename Char> std::optional<QDateTime> storedInstant(const Char *c, qsizetype size)
{
    if (size != 24 || unit(c[10]) != u'T' || unit(c[23]) != u'Z')
        return std::nullopt;
    const QDate date(digits(c, 4), digits(c + 5, 2), digits(c + 8, 2));
    const QTime time(digits(c + 11, 2), digits(c + 14, 2), digits(c + 17, 2), digits(c + 20, 3));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QDateTime instant(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    const QString text = value.toString();
    if (auto stored = storedInstant(text.constData(), text.size()))
        return *stored;
    return parseIsoInstant(text).value_or(QDateTime());
}

QDateTime instant(const Storage::NativeQuery &query, int column)
{
    if (query.isNull(column))
        return {};
    const QByteArrayView text = query.utf8(column);
    if (auto stored = storedInstant(text.data(), text.size()))
        return *stored;
    return parseIsoInstant(QString::fromUtf8(text)).value_or(QDateTime());
}

QUuid uuid(const Storage::NativeQuery &query, int column)
{
    if (query.isNull(column))
        return {};
    const QByteArrayView text = query.utf8(column);
    return QUuid::fromString(QUtf8StringView(text.data(), text.size()));
}

// The same row from either way of reading; the columns are selectColumns'.
template<typename Query, typename Text, typename Number, typename Instant, typename Id>
QueueRow rowFrom(const Query &query, Text text, Number number, Instant when, Id id)
{
    QueueRow row;
    row.id = id(query, 0);
    row.number = text(query, 1);
    row.kind = text(query, 2);
    row.title = text(query, 3);
    row.state = text(query, 4);
    row.priority = int(number(query, 5));
    row.impact = int(number(query, 6));
    row.urgency = int(number(query, 7));
    row.category = text(query, 8);
    row.assignee = text(query, 9);
    row.requester = text(query, 10);
    row.group = text(query, 11);
    row.service = text(query, 12);
    row.ci = text(query, 13);
    row.opened = when(query, 14);
    row.updated = when(query, 15);
    row.resolved = when(query, 16);
    row.closed = when(query, 17);
    row.plannedStart = when(query, 18);
    row.plannedEnd = when(query, 19);
    row.due.responseDue = when(query, 20);
    row.due.resolutionDue = when(query, 21);
    row.due.warningAt = when(query, 22);
    row.pendingSince = when(query, 23);
    row.resolutionMinutes = number(query, 24);
    row.calendarId = id(query, 25);
    return row;
}

qint64 integer(const QSqlQuery &query, int column)
{
    return query.value(column).toLongLong();
}

qint64 integer(const Storage::NativeQuery &query, int column)
{
    return query.integer(column);
}

QueueRow rowFrom(const QSqlQuery &query)
{
    return rowFrom(
        query, [](const QSqlQuery &q, int c) { return q.value(c).toString(); },
        [](const QSqlQuery &q, int c) { return integer(q, c); },
        [](const QSqlQuery &q, int c) { return instant(q.value(c)); },
        [](const QSqlQuery &q, int c) { return Storage::Database::toUuid(q.value(c)); });
}

QueueRow rowFrom(const Storage::NativeQuery &query)
{
    return rowFrom(
        query, [](const Storage::NativeQuery &q, int c) { return q.text(c); },
        [](const Storage::NativeQuery &q, int c) { return q.integer(c); },
        [](const Storage::NativeQuery &q, int c) { return instant(q, c); },
        [](const Storage::NativeQuery &q, int c) { return uuid(q, c); });
}

} // namespace

qint64 QueueRow::bytes() const
{
    qint64 text = 0;
    for (const QString *s :
         {&number, &kind, &title, &state, &category, &assignee, &requester, &group, &service, &ci})
        text += s->capacity() * qint64(sizeof(QChar)) + (s->isEmpty() ? 0 : 16);
    return qint64(sizeof(QueueRow)) + text;
}

QueuePageReader::QueuePageReader(Storage::Database &db)
    : m_db(db)
    , m_native(Storage::NativeQuery::isAvailable(db))
{}

Result<QueueSql> QueuePageReader::compile(const QString &where, const QVariantList &binds,
                                          const QList<Query::SortKey> &keys, Storage::Database &db,
                                          const QString &sortIndexWhere,
                                          const QString &countStatement)
{
    const auto stable = Storage::stableSortKeys(keys);
    if (!stable)
        return stable.error();
    auto forward = Storage::compileQueueSort(*stable, db.dialect());
    if (!forward)
        return forward.error();
    auto backward = Storage::compileQueueSort(Storage::reversedSortKeys(*stable), db.dialect());
    if (!backward)
        return backward.error();
    QueueSql sql{where, binds, *forward, *backward, sortIndexWhere, 0, countStatement};
    if (db.dialect() == Storage::Dialect::Sqlite && !sortIndexWhere.isEmpty() &&
        sortIndexWhere != where) {
        // max(rowid) is one step down the table's b-tree; close enough to its size.
        auto rows = db.exec(QStringLiteral("SELECT max(rowid) FROM tickets"));
        if (!rows)
            return rows.error();
        sql.tableRows = rows->next() ? rows->value(0).toLongLong() : 0;
    }
    return sql;
}

QString QueuePageReader::countStatement(const QueueSql &sql)
{
    if (!sql.countStatement.isEmpty())
        return sql.countStatement;
    // Without a WHERE, SQLite counts the narrowest index instead of evaluating "1=1" per row.
    if (sql.where == u"1=1")
        return QStringLiteral("SELECT COUNT(*) FROM tickets t");
    return QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ") + sql.where;
}

Result<QSqlQuery *> QueuePageReader::run(const QString &sql, const QVariantList &binds,
                                         const QString &what)
{
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end()) {
        // A queue uses a handful; filters typed one after another would pile up.
        if (m_prepared.size() >= 16)
            m_prepared.clear();
        QSqlQuery query(m_db.sql());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return m_db.sqlError(query.lastError(), what);
        found = m_prepared.insert(sql, query);
    }
    QSqlQuery &query = *found;
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    if (!query.exec()) {
        auto failed = m_db.sqlError(query.lastError(), what);
        m_prepared.erase(found);
        return failed;
    }
    return &query;
}

template<typename Take>
Result<void> QueuePageReader::eachRow(const QString &sql, const QVariantList &binds,
                                      const QString &what, Take take)
{
    if (m_native) {
        Storage::NativeQuery query(m_db, sql);
        if (auto run = query.exec(binds, what); !run)
            return run;
        while (query.next())
            take(query);
        return query.finish();
    }
    auto query = run(sql, binds, what);
    if (!query)
        return query.error();
    while ((*query)->next())
        take(**query);
    (*query)->finish(); // SQLite keeps a read transaction open under an unfinished statement
    return {};
}

Result<qint64> QueuePageReader::count(const QueueSql &sql)
{
    const QString statement = countStatement(sql);
    qint64 total = 0;
    auto counted = eachRow(statement, sql.where == u"1=1" ? QVariantList() : sql.binds, statement,
                           [&total](const auto &query) { total = integer(query, 0); });
    if (!counted)
        return counted.error();
    return total;
}

bool QueuePageReader::walksSortIndex(const QueueSql &sql, qint64 first, qint64 count, qint64 total)
{
    if (sql.tableRows <= 0 || total <= 0)
        return false;
    const qint64 fromEnd = total - (first + count);
    const qint64 skipped = std::max<qint64>(0, std::min(first, fromEnd));
    // Walking passes about tableRows / total index entries per hit up to the page's end; sorting
    // reads and sorts every hit, which measured some twenty times the cost of a walked entry.
    const double walked = double(sql.tableRows) / double(total) * double(skipped + count);
    return walked < 20.0 * double(total);
}

QString QueuePageReader::pageStatement(const QueueSql &sql, bool reversed, bool bySortIndex) const
{
    const bool sqlite = m_db.dialect() == Storage::Dialect::Sqlite;
    // The inner query skips rows on the sort index reading keys only; CROSS JOIN keeps SQLite
    // from reordering the join, so the outer loop runs over the page's keys.
    const QString key = sqlite ? QStringLiteral("t.rowid") : QStringLiteral("t.id");
    return QString::fromLatin1(selectColumns) + QStringLiteral(" FROM (SELECT ") + key +
           QStringLiteral(" AS k FROM tickets t WHERE ") +
           (bySortIndex ? sql.sortIndexWhere : sql.where) + QStringLiteral(" ORDER BY ") +
           (reversed ? sql.reversedOrderBy : sql.orderBy) +
           QStringLiteral(" LIMIT ? OFFSET ?) page CROSS JOIN tickets t") +
           QString::fromLatin1(joins) + QStringLiteral(" WHERE ") + key +
           QStringLiteral(" = page.k ORDER BY ") + sql.orderBy;
}

QVariantList QueuePageReader::pageBinds(const QueueSql &sql, qint64 first, qint64 count,
                                        qint64 total, bool *reversed)
{
    // Read from whichever end of the result is nearer.
    const qint64 fromEnd = total - (first + count);
    const bool backwards = fromEnd < first;
    if (reversed)
        *reversed = backwards;
    return sql.binds + QVariantList{count, backwards ? std::max<qint64>(0, fromEnd) : first};
}

Result<QList<QueueRow>> QueuePageReader::read(const QueueSql &sql, qint64 first, qint64 count,
                                              qint64 total)
{
    bool reversed = false;
    const QVariantList binds = pageBinds(sql, first, count, total, &reversed);
    const QString statement =
        pageStatement(sql, reversed, walksSortIndex(sql, first, count, total));
    QList<QueueRow> rows;
    rows.reserve(count);
    auto read = eachRow(statement, binds, QStringLiteral("reading a page of the queue"),
                        [&rows](const auto &query) { rows << rowFrom(query); });
    if (!read)
        return read.error();
    return rows;
}

} // namespace ServiceDeck::Models::Internal
