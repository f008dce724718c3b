// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardrepository.h"

#include "storage/database.h"
#include "storage/query/queuecompiler.h"

#include "core/fields.h"
#include "core/query/queuefields.h"
#include "core/query/queueformat.h"
#include "core/timestamps.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace ServiceDeck::Views {

using Query::Comparison;
using Query::FieldTerm;
using Storage::Database;

namespace {

FieldTerm term(const char *field, const QStringList &values,
               Comparison comparison = Comparison::Equal, bool negated = false)
{
    FieldTerm result;
    result.field = QString::fromLatin1(field);
    result.comparison = comparison;
    result.values = values;
    result.negated = negated;
    return result;
}

QString expressionOf(const QList<FieldTerm> &terms)
{
    Query::QueueQuery query;
    query.fields = terms;
    return Query::formatQueueQuery(query);
}

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// The first instant of a UTC day, as the database stores instants.
QVariant startOf(const QDate &day)
{
    return toIsoUtc(QDateTime(day, QTime(0, 0), QTimeZone::utc()));
}

// `field>=first field<after`: the half-open range of whole UTC days the queue language writes.
QList<FieldTerm> daysTerms(const char *field, const QDate &first, const QDate &after)
{
    return {term(field, {isoDay(first)}, Comparison::GreaterEqual),
            term(field, {isoDay(after)}, Comparison::Less)};
}

QStringList choicesOf(const char *ticketField)
{
    const FieldDef *def = findTicketField(QString::fromLatin1(ticketField));
    return def ? def->choices : QStringList();
}

DashboardFigure::Set emptySet(const QString &key, qsizetype size)
{
    return DashboardFigure::Set{key, QList<DashboardBar>(size)};
}

} // namespace

qint64 DashboardFigure::total() const
{
    qint64 sum = 0;
    for (const Set &set : sets) {
        for (const DashboardBar &bar : set.bars)
            sum += bar.count;
    }
    return sum;
}

DashboardPeriod DashboardPeriod::endingAt(const QDateTime &now)
{
    const QDate today = now.toUTC().date();
    DashboardPeriod period;
    const QDate thisWeek = today.addDays(1 - today.dayOfWeek());
    period.firstWeek = thisWeek.addDays(-7 * (period.weeks - 1));
    period.firstDay = today.addDays(1 - period.days);
    return period;
}

bool DashboardRepository::canSelectReviewOutcome()
{
    return Query::findQueueField(u"review_outcome") != nullptr;
}

// The UTC day of an instant as ISO text. SQLite stores instants as ISO UTC text, whose first
// ten characters are the day; PostgreSQL's timestamptz is formatted in UTC.
QString DashboardRepository::dayOf(const QString &column) const
{
    if (m_db.dialect() == Storage::Dialect::Postgres)
        return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD')").arg(column);
    return QStringLiteral("substr(%1, 1, 10)").arg(column);
}

// `column >= ? AND column < ?` for a nullable instant. SQLite indexes nullable sort columns as
// (column IS NULL, column, number) (see schema step 2): naming that first key lets it seek.
QString DashboardRepository::rangeOf(const QString &column) const
{
    const QString range = QStringLiteral("%1 >= ? AND %1 < ?").arg(column);
    if (m_db.dialect() == Storage::Dialect::Postgres)
        return range;
    return QStringLiteral("(%1 IS NULL) = 0 AND ").arg(column) + range;
}

// What `active:true` selects, from the queue compiler itself, so that the chart and the queue
// a bar opens can never disagree on which states are open.
Result<QString> DashboardRepository::activeFilter(QVariantList &binds)
{
    Query::QueueQuery query;
    query.fields << term("active", {QStringLiteral("true")});
    auto compiled = Storage::compileQueueQuery(query, m_db.dialect(),
                                               Storage::QueueSqlContext{{}, QDateTime()});
    if (!compiled)
        return compiled.error();
    binds << compiled->binds;
    return compiled->where;
}

Result<DashboardFigure> DashboardRepository::openByPriority()
{
    QVariantList binds;
    auto active = activeFilter(binds);
    if (!active)
        return active.error();
    auto rows = m_db.exec(QStringLiteral("SELECT t.priority, COUNT(*) FROM tickets t WHERE ") +
                              *active + QStringLiteral(" GROUP BY t.priority"),
                          binds);
    if (!rows)
        return rows.error();
    DashboardFigure figure;
    figure.sets << emptySet(QStringLiteral("open"), 5);
    for (int priority = 1; priority <= 5; ++priority) {
        const QString digit = QString::number(priority);
        figure.categories << digit;
        figure.sets[0].bars[priority - 1].expression =
            expressionOf({term("active", {QStringLiteral("true")}), term("priority", {digit})});
    }
    while (rows->next()) {
        const int priority = rows->value(0).toInt();
        if (priority < 1 || priority > 5)
            continue;
        DashboardBar &bar = figure.sets[0].bars[priority - 1];
        bar.count = rows->value(1).toLongLong();
        bar.value = double(bar.count);
    }
    return figure;
}

Result<DashboardFigure> DashboardRepository::openByGroup()
{
    QVariantList binds;
    auto active = activeFilter(binds);
    if (!active)
        return active.error();
    auto rows = m_db.exec(QStringLiteral("SELECT t.group_id, COUNT(*) FROM tickets t WHERE ") +
                              *active + QStringLiteral(" GROUP BY t.group_id"),
                          binds);
    if (!rows)
        return rows.error();
    QList<QPair<QUuid, qint64>> counts;
    while (rows->next())
        counts.append({Database::toUuid(rows->value(0)), rows->value(1).toLongLong()});

    auto groups = m_db.exec(QStringLiteral("SELECT id, name FROM support_groups"));
    if (!groups)
        return groups.error();
    QHash<QUuid, QString> names;
    while (groups->next())
        names.insert(Database::toUuid(groups->value(0)), groups->value(1).toString());

    // The busiest group first; the tickets without a group last.
    struct Row
    {
        QString name;
        qint64 count;
    };
    QList<Row> list;
    for (const auto &[id, count] : counts)
        list.append({id.isNull() ? QString() : names.value(id), count});
    std::sort(list.begin(), list.end(), [](const Row &a, const Row &b) {
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        if (a.count != b.count)
            return a.count > b.count;
        return a.name < b.name;
    });

    DashboardFigure figure;
    figure.sets << emptySet(QStringLiteral("open"), 0);
    for (const Row &row : list) {
        figure.categories << row.name;
        DashboardBar bar;
        bar.count = row.count;
        bar.value = double(row.count);
        bar.expression = expressionOf(
            {term("active", {QStringLiteral("true")}),
             term("group", {row.name.isEmpty() ? QStringLiteral("none") : row.name})});
        figure.sets[0].bars << bar;
    }
    return figure;
}

Result<DashboardFigure> DashboardRepository::slaComplianceByWeek()
{
    const QString resolved = QStringLiteral("t.resolved");
    auto rows = m_db.exec(
        QStringLiteral("SELECT %1, COUNT(*), "
                       "SUM(CASE WHEN t.resolved <= t.resolution_due THEN 1 ELSE 0 END) "
                       "FROM tickets t WHERE %2 AND t.resolution_due IS NOT NULL GROUP BY 1")
            .arg(dayOf(resolved), rangeOf(resolved)),
        {startOf(m_period.firstWeek), startOf(m_period.weekAfterLast())});
    if (!rows)
        return rows.error();
    DashboardFigure figure;
    figure.sets << emptySet(QStringLiteral("sla"), m_period.weeks);
    for (int week = 0; week < m_period.weeks; ++week) {
        const QDate monday = m_period.firstWeek.addDays(7 * week);
        figure.categories << isoDay(monday);
        QList<FieldTerm> terms = daysTerms("resolved", monday, monday.addDays(7));
        terms << term("resolution_due", {QStringLiteral("none")}, Comparison::Equal, true);
        figure.sets[0].bars[week].expression = expressionOf(terms);
    }
    while (rows->next()) {
        const QDate day = QDate::fromString(rows->value(0).toString(), Qt::ISODate);
        const qint64 week = m_period.firstWeek.daysTo(day) / 7;
        if (!day.isValid() || week < 0 || week >= m_period.weeks)
            continue;
        DashboardBar &bar = figure.sets[0].bars[week];
        bar.count += rows->value(1).toLongLong();
        bar.part += rows->value(2).toLongLong();
    }
    for (DashboardBar &bar : figure.sets[0].bars)
        bar.value = bar.count > 0 ? 100.0 * double(bar.part) / double(bar.count) : 0.0;
    return figure;
}

Result<DashboardFigure> DashboardRepository::backlogByDay()
{
    DashboardFigure figure;
    for (int day = 0; day < m_period.days; ++day)
        figure.categories << isoDay(m_period.firstDay.addDays(day));
    const QVariantList range = {startOf(m_period.firstDay), startOf(m_period.dayAfterLast())};
    const struct
    {
        const char *field;
        QString sql;
    } sides[] = {
        {"opened", QStringLiteral("t.opened >= ? AND t.opened < ?")},
        {"resolved", rangeOf(QStringLiteral("t.resolved"))},
    };
    for (const auto &side : sides) {
        const QString field = QString::fromLatin1(side.field);
        DashboardFigure::Set set = emptySet(field, m_period.days);
        for (int day = 0; day < m_period.days; ++day) {
            set.bars[day].expression =
                expressionOf({term(side.field, {figure.categories.at(day)})});
        }
        auto rows = m_db.exec(QStringLiteral("SELECT %1, COUNT(*) FROM tickets t WHERE %2 "
                                             "GROUP BY 1")
                                  .arg(dayOf(QStringLiteral("t.") + field), side.sql),
                              range);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const QDate day = QDate::fromString(rows->value(0).toString(), Qt::ISODate);
            const qint64 index = m_period.firstDay.daysTo(day);
            if (!day.isValid() || index < 0 || index >= m_period.days)
                continue;
            set.bars[index].count = rows->value(1).toLongLong();
            set.bars[index].value = double(set.bars[index].count);
        }
        figure.sets << set;
    }
    return figure;
}

Result<DashboardFigure> DashboardRepository::changesByRisk()
{
    return changesBy(QStringLiteral("t.risk"), QStringLiteral("risk"), true);
}

Result<DashboardFigure> DashboardRepository::changesByOutcome()
{
    return changesBy(QStringLiteral("t.review_outcome"), QStringLiteral("review_outcome"),
                     canSelectReviewOutcome());
}

// Changes by the week their planned start falls in, one set per value of `column` and, for
// risk, one for changes not assessed yet (the outcome chart leaves out changes not reviewed).
Result<DashboardFigure> DashboardRepository::changesBy(const QString &column,
                                                       const QString &field, bool selectable)
{
    const bool withUnset = field == u"risk";
    const QString planned = QStringLiteral("t.planned_start");
    QString sql = QStringLiteral("SELECT %1, %2, COUNT(*) FROM tickets t "
                                 "WHERE t.kind = ? AND %3")
                      .arg(dayOf(planned), column, rangeOf(planned));
    if (!withUnset)
        sql += QStringLiteral(" AND %1 IS NOT NULL").arg(column);
    auto rows = m_db.exec(sql + QStringLiteral(" GROUP BY 1, 2"),
                          {QStringLiteral("change"), startOf(m_period.firstWeek),
                           startOf(m_period.weekAfterLast())});
    if (!rows)
        return rows.error();

    const QStringList choices = choicesOf(field.toLatin1().constData());
    DashboardFigure figure;
    for (int week = 0; week < m_period.weeks; ++week)
        figure.categories << isoDay(m_period.firstWeek.addDays(7 * week));
    QStringList keys = choices;
    if (withUnset)
        keys << QString();
    for (const QString &key : keys) {
        DashboardFigure::Set set = emptySet(key, m_period.weeks);
        for (int week = 0; week < m_period.weeks && selectable; ++week) {
            const QDate monday = m_period.firstWeek.addDays(7 * week);
            QList<FieldTerm> terms = {term("kind", {QStringLiteral("change")})};
            const QByteArray name = field.toLatin1();
            if (key.isEmpty())
                terms << term(name.constData(), choices, Comparison::Equal, true);
            else
                terms << term(name.constData(), {key});
            terms << daysTerms("planned_start", monday, monday.addDays(7));
            set.bars[week].expression = expressionOf(terms);
        }
        figure.sets << set;
    }
    while (rows->next()) {
        const QDate day = QDate::fromString(rows->value(0).toString(), Qt::ISODate);
        const qint64 week = m_period.firstWeek.daysTo(day) / 7;
        const qsizetype set = keys.indexOf(rows->value(1).toString());
        if (!day.isValid() || week < 0 || week >= m_period.weeks || set < 0)
            continue;
        DashboardBar &bar = figure.sets[set].bars[week];
        bar.count += rows->value(2).toLongLong();
        bar.value = double(bar.count);
    }
    // An empty "not assessed" set would only add a legend entry.
    if (withUnset) {
        const auto &unset = figure.sets.constLast().bars;
        if (std::all_of(unset.begin(), unset.end(),
                        [](const DashboardBar &bar) { return bar.count == 0; }))
            figure.sets.removeLast();
    }
    return figure;
}

Result<DashboardFigure> DashboardRepository::meanTimeToResolve()
{
    const QString seconds =
        m_db.dialect() == Storage::Dialect::Postgres
            ? QStringLiteral("EXTRACT(EPOCH FROM (t.resolved - t.opened))")
            : QStringLiteral("(julianday(t.resolved) - julianday(t.opened)) * 86400.0");
    QString since = QStringLiteral("t.resolved >= ?");
    if (m_db.dialect() != Storage::Dialect::Postgres)
        since.prepend(QStringLiteral("(t.resolved IS NULL) = 0 AND "));
    auto rows = m_db.exec(QStringLiteral("SELECT t.priority, COUNT(*), AVG(%1) FROM tickets t "
                                         "WHERE %2 GROUP BY t.priority")
                              .arg(seconds, since),
                          {startOf(m_period.firstWeek)});
    if (!rows)
        return rows.error();
    DashboardFigure figure;
    figure.sets << emptySet(QStringLiteral("mttr"), 5);
    for (int priority = 1; priority <= 5; ++priority) {
        const QString digit = QString::number(priority);
        figure.categories << digit;
        figure.sets[0].bars[priority - 1].expression = expressionOf(
            {term("priority", {digit}),
             term("resolved", {isoDay(m_period.firstWeek)}, Comparison::GreaterEqual)});
    }
    while (rows->next()) {
        const int priority = rows->value(0).toInt();
        if (priority < 1 || priority > 5)
            continue;
        DashboardBar &bar = figure.sets[0].bars[priority - 1];
        bar.count = rows->value(1).toLongLong();
        bar.value = rows->value(2).toDouble() / 3600.0;
    }
    return figure;
}

} // namespace ServiceDeck::Views
