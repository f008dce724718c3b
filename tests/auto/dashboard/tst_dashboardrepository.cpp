// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "core/fields.h"
#include "core/query/queueparser.h"
#include "core/ticketkind.h"
#include "storage/database.h"
#include "storage/query/queuecompiler.h"
#include "storage/seed/seeder.h"
#include "views/dashboard/dashboardrepository.h"

#include <QHash>
#include <QMap>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace ServiceDeck;
using Storage::Database;
using Views::DashboardBar;
using Views::DashboardFigure;
using Views::DashboardPeriod;
using Views::DashboardRepository;

namespace {

// The seeded history ends the day before "now", so that every chart has tickets.
const QDateTime now(QDate(2026, 11, 26), QTime(15, 0), QTimeZone::utc());

// One ticket as the test reads it, independent of the repository's SQL.
struct TicketRow
{
    QString kind;
    QString state;
    int priority = 0;
    QString group; // name; empty without a group
    QDateTime opened;
    QDateTime resolved;
    QDateTime resolutionDue;
    QString risk;
    QString outcome;
    QDateTime plannedStart;
};

QDateTime instant(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(Database::instantText(value), Qt::ISODateWithMs).toUTC();
}

QList<TicketRow> readTickets(Database &db)
{
    QHash<QUuid, QString> groups;
    auto names = db.exec(QStringLiteral("SELECT id, name FROM support_groups"));
    while (names && names->next())
        groups.insert(Database::toUuid(names->value(0)), names->value(1).toString());
    QList<TicketRow> rows;
    auto query = db.exec(QStringLiteral(
        "SELECT kind, state, priority, group_id, opened, resolved, resolution_due, risk, "
        "review_outcome, planned_start FROM tickets"));
    while (query && query->next()) {
        TicketRow row;
        row.kind = query->value(0).toString();
        row.state = query->value(1).toString();
        row.priority = query->value(2).toInt();
        const QUuid group = Database::toUuid(query->value(3));
        row.group = group.isNull() ? QString() : groups.value(group);
        row.opened = instant(query->value(4));
        row.resolved = instant(query->value(5));
        row.resolutionDue = instant(query->value(6));
        row.risk = query->value(7).toString();
        row.outcome = query->value(8).toString();
        row.plannedStart = instant(query->value(9));
        rows << row;
    }
    return rows;
}

bool isActive(const TicketRow &row)
{
    const auto kind = kindFromName(row.kind);
    return kind && isActiveState(*kind, row.state);
}

// The week (0 … weeks - 1) of an instant, or -1 outside the period.
int weekOf(const DashboardPeriod &period, const QDateTime &at)
{
    if (!at.isValid())
        return -1;
    const qint64 days = period.firstWeek.daysTo(at.toUTC().date());
    if (days < 0 || days >= 7 * period.weeks)
        return -1;
    return int(days / 7);
}

int dayOf(const DashboardPeriod &period, const QDateTime &at)
{
    if (!at.isValid())
        return -1;
    const qint64 days = period.firstDay.daysTo(at.toUTC().date());
    return days < 0 || days >= period.days ? -1 : int(days);
}

qint64 countQueue(Database &db, const QString &expression)
{
    const auto parsed = Query::parseQueueQuery(expression);
    if (!parsed.ok()) {
        qWarning() << "does not parse:" << expression << parsed.error.message;
        return -1;
    }
    auto compiled = Storage::compileQueueQuery(*parsed.query, db.dialect(), {QUuid(), now});
    if (!compiled) {
        qWarning() << "does not compile:" << expression << compiled.error().message;
        return -1;
    }
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ") +
                             compiled->where,
                         compiled->binds);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

// Every bar's expression selects exactly the tickets the bar counts.
void verifyExpressions(Database &db, const DashboardFigure &figure, bool needExpressions = true)
{
    for (const DashboardFigure::Set &set : figure.sets) {
        QCOMPARE(set.bars.size(), figure.categories.size());
        for (int i = 0; i < set.bars.size(); ++i) {
            const DashboardBar &bar = set.bars.at(i);
            if (!needExpressions && bar.expression.isEmpty())
                continue;
            QVERIFY2(!bar.expression.isEmpty(), qPrintable(set.key));
            QCOMPARE(countQueue(db, bar.expression), bar.count);
        }
    }
}

QList<qint64> counts(const DashboardFigure::Set &set)
{
    QList<qint64> list;
    for (const DashboardBar &bar : set.bars)
        list << bar.count;
    return list;
}

} // namespace

class tst_DashboardRepository : public QObject
{
    Q_OBJECT

private:
    // A seeded database with a fixed random seed, and its tickets read back independently.
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    QList<TicketRow> m_rows;
    DashboardPeriod m_period;

    bool prepare(std::unique_ptr<Test::TestDatabase> testDb)
    {
        m_testDb = std::move(testDb);
        auto opened = m_testDb->open();
        if (!opened) {
            qWarning() << "opening failed:" << opened.error().message;
            return false;
        }
        m_db = std::move(*opened);
        Storage::SeedOptions options;
        options.tickets = 3000;
        options.cis = 80;
        options.changes = 600;
        options.randomSeed = 8;
        options.until = now.date().addDays(-1);
        if (auto seeded = Storage::Seeder(*m_db).run(options); !seeded) {
            qWarning() << "seeding failed:" << seeded.error().message;
            return false;
        }
        m_rows = readTickets(*m_db);
        m_period = DashboardPeriod::endingAt(now);
        return true;
    }

private slots:
    void cleanup()
    {
        m_db.reset();
        m_testDb.reset();
        m_rows.clear();
    }

    void shouldCoverTheLastQuarterInWholeWeeks()
    {
        // Thursday 26 November 2026
        const DashboardPeriod period = DashboardPeriod::endingAt(now);
        QCOMPARE(period.firstWeek.dayOfWeek(), 1);
        QCOMPARE(period.weekAfterLast(), QDate(2026, 11, 30));
        QCOMPARE(period.firstWeek, QDate(2026, 8, 31));
        QCOMPARE(period.firstDay, QDate(2026, 10, 28));
        QCOMPARE(period.dayAfterLast(), QDate(2026, 11, 27));
    }

    void shouldCountOpenTicketsByPriority_data() { Test::addDriverRows(); }
    void shouldCountOpenTicketsByPriority()
    {
        SD_TEST_DATABASE(testDb);
        QVERIFY(prepare(std::move(testDb)));
        // When the open tickets are counted by priority
        auto figure = DashboardRepository(*m_db, m_period).openByPriority();
        QVERIFY2(figure.ok(), qPrintable(figure.ok() ? QString() : figure.error().message));
        // Then there is a bar for each of P1 … P5 with the active tickets of that priority
        QCOMPARE(figure->categories, QStringList({QStringLiteral("1"), QStringLiteral("2"),
                                                  QStringLiteral("3"), QStringLiteral("4"),
                                                  QStringLiteral("5")}));
        QList<qint64> expected(5);
        for (const TicketRow &row : std::as_const(m_rows)) {
            if (isActive(row))
                ++expected[row.priority - 1];
        }
        QCOMPARE(counts(figure->sets.at(0)), expected);
        QVERIFY(figure->total() > 0);
        QCOMPARE(figure->sets.at(0).bars.at(1).expression,
                 QStringLiteral("active:true priority:2"));
        verifyExpressions(*m_db, *figure);
    }

    void shouldCountOpenTicketsByGroup_data() { Test::addDriverRows(); }
    void shouldCountOpenTicketsByGroup()
    {
        SD_TEST_DATABASE(testDb);
        QVERIFY(prepare(std::move(testDb)));
        auto figure = DashboardRepository(*m_db, m_period).openByGroup();
        QVERIFY2(figure.ok(), qPrintable(figure.ok() ? QString() : figure.error().message));
        QMap<QString, qint64> expected;
        for (const TicketRow &row : std::as_const(m_rows)) {
            if (isActive(row))
                ++expected[row.group];
        }
        QMap<QString, qint64> actual;
        for (int i = 0; i < figure->categories.size(); ++i)
            actual.insert(figure->categories.at(i), figure->sets.at(0).bars.at(i).count);
        QCOMPARE(actual, expected);
        QVERIFY(expected.size() > 2);
        // The busiest group comes first
        const auto bars = counts(figure->sets.at(0));
        QVERIFY(figure->categories.first().isEmpty() || bars.first() >= bars.at(1));
        verifyExpressions(*m_db, *figure);
    }

    void shouldMeasureSlaCompliancePerWeek_data() { Test::addDriverRows(); }
    void shouldMeasureSlaCompliancePerWeek()
    {
        SD_TEST_DATABASE(testDb);
        QVERIFY(prepare(std::move(testDb)));
        auto figure = DashboardRepository(*m_db, m_period).slaComplianceByWeek();
        QVERIFY2(figure.ok(), qPrintable(figure.ok() ? QString() : figure.error().message));
        QCOMPARE(figure->categories.size(), m_period.weeks);
        QCOMPARE(figure->categories.first(), QStringLiteral("2026-08-31"));
        QList<qint64> resolved(m_period.weeks);
        QList<qint64> met(m_period.weeks);
        for (const TicketRow &row : std::as_const(m_rows)) {
            const int week = weekOf(m_period, row.resolved);
            if (week < 0 || !row.resolutionDue.isValid())
                continue;
            ++resolved[week];
            if (row.resolved <= row.resolutionDue)
                ++met[week];
        }
        const DashboardFigure::Set &set = figure->sets.at(0);
        QCOMPARE(counts(set), resolved);
        qint64 breached = 0;
        for (int week = 0; week < m_period.weeks; ++week) {
            QCOMPARE(set.bars.at(week).part, met.at(week));
            breached += resolved.at(week) - met.at(week);
            const double percent = resolved.at(week)
                                       ? 100.0 * double(met.at(week)) / double(resolved.at(week))
                                       : 0.0;
            QVERIFY(std::abs(set.bars.at(week).value - percent) < 1e-9);
        }
        QVERIFY(figure->total() > 0);
        QVERIFY(breached > 0);
        QCOMPARE(set.bars.at(0).expression,
                 QStringLiteral("resolved>=2026-08-31 resolved<2026-09-07 -resolution_due:none"));
        verifyExpressions(*m_db, *figure);
    }

    void shouldCountOpenedAndResolvedPerDay_data() { Test::addDriverRows(); }
    void shouldCountOpenedAndResolvedPerDay()
    {
        SD_TEST_DATABASE(testDb);
        QVERIFY(prepare(std::move(testDb)));
        auto figure = DashboardRepository(*m_db, m_period).backlogByDay();
        QVERIFY2(figure.ok(), qPrintable(figure.ok() ? QString() : figure.error().message));
        QCOMPARE(figure->categories.size(), m_period.days);
        QCOMPARE(figure->sets.size(), 2);
        QList<qint64> opened(m_period.days);
        QList<qint64> resolved(m_period.days);
        for (const TicketRow &row : std::as_const(m_rows)) {
            if (const int day = dayOf(m_period, row.opened); day >= 0)
                ++opened[day];
            if (const int day = dayOf(m_period, row.resolved); day >= 0)
                ++resolved[day];
        }
        QCOMPARE(figure->sets.at(0).key, QStringLiteral("opened"));
        QCOMPARE(counts(figure->sets.at(0)), opened);
        QCOMPARE(counts(figure->sets.at(1)), resolved);
        QVERIFY(figure->total() > 0);
        QCOMPARE(figure->sets.at(1).bars.at(0).expression, QStringLiteral("resolved:2026-10-28"));
        verifyExpressions(*m_db, *figure);
    }

    void shouldCountChangesPerWeekByRiskAndOutcome_data() { Test::addDriverRows(); }
    void shouldCountChangesPerWeekByRiskAndOutcome()
    {
        SD_TEST_DATABASE(testDb);
        QVERIFY(prepare(std::move(testDb)));
        DashboardRepository repository(*m_db, m_period);
        auto byRisk = repository.changesByRisk();
        QVERIFY2(byRisk.ok(), qPrintable(byRisk.ok() ? QString() : byRisk.error().message));
        auto byOutcome = repository.changesByOutcome();
        QVERIFY2(byOutcome.ok(),
                 qPrintable(byOutcome.ok() ? QString() : byOutcome.error().message));
        QHash<QString, QList<qint64>> risks;
        QHash<QString, QList<qint64>> outcomes;
        for (const TicketRow &row : std::as_const(m_rows)) {
            const int week = weekOf(m_period, row.plannedStart);
            if (row.kind != u"change" || week < 0)
                continue;
            if (!risks.contains(row.risk))
                risks.insert(row.risk, QList<qint64>(m_period.weeks));
            ++risks[row.risk][week];
            if (row.outcome.isEmpty())
                continue;
            if (!outcomes.contains(row.outcome))
                outcomes.insert(row.outcome, QList<qint64>(m_period.weeks));
            ++outcomes[row.outcome][week];
        }
        for (const DashboardFigure::Set &set : byRisk->sets)
            QCOMPARE(counts(set), risks.value(set.key, QList<qint64>(m_period.weeks)));
        for (const DashboardFigure::Set &set : byOutcome->sets)
            QCOMPARE(counts(set), outcomes.value(set.key, QList<qint64>(m_period.weeks)));
        qint64 changes = 0;
        for (const auto &weeks : std::as_const(risks)) {
            for (qint64 count : weeks)
                changes += count;
        }
        QCOMPARE(byRisk->total(), changes);
        QVERIFY(changes > 0);
        QVERIFY(byOutcome->total() > 0);
        QCOMPARE(byRisk->sets.at(2).bars.at(0).expression,
                 QStringLiteral("kind:change risk:high planned_start>=2026-08-31 "
                                "planned_start<2026-09-07"));
        verifyExpressions(*m_db, *byRisk);
        // Outcome bars name their tickets once the queue language knows the field.
        if (DashboardRepository::canSelectReviewOutcome())
            verifyExpressions(*m_db, *byOutcome);
        else
            verifyExpressions(*m_db, *byOutcome, false);
    }

    void shouldAverageTheTimeToResolvePerPriority_data() { Test::addDriverRows(); }
    void shouldAverageTheTimeToResolvePerPriority()
    {
        SD_TEST_DATABASE(testDb);
        QVERIFY(prepare(std::move(testDb)));
        auto figure = DashboardRepository(*m_db, m_period).meanTimeToResolve();
        QVERIFY2(figure.ok(), qPrintable(figure.ok() ? QString() : figure.error().message));
        QList<qint64> resolved(5);
        QList<double> seconds(5);
        const QDateTime since(m_period.firstWeek, QTime(0, 0), QTimeZone::utc());
        for (const TicketRow &row : std::as_const(m_rows)) {
            if (!row.resolved.isValid() || row.resolved < since)
                continue;
            ++resolved[row.priority - 1];
            seconds[row.priority - 1] += double(row.opened.msecsTo(row.resolved)) / 1000.0;
        }
        QCOMPARE(counts(figure->sets.at(0)), resolved);
        for (int p = 0; p < 5; ++p) {
            const double hours = resolved.at(p) ? seconds.at(p) / resolved.at(p) / 3600.0 : 0.0;
            // julianday arithmetic on SQLite rounds to about a millisecond per ticket
            QVERIFY2(std::abs(figure->sets.at(0).bars.at(p).value - hours) < 0.01,
                     qPrintable(QStringLiteral("P%1: %2 vs %3")
                                    .arg(p + 1)
                                    .arg(figure->sets.at(0).bars.at(p).value)
                                    .arg(hours)));
        }
        QVERIFY(figure->total() > 0);
        QCOMPARE(figure->sets.at(0).bars.at(0).expression,
                 QStringLiteral("priority:1 resolved>=2026-08-31"));
        verifyExpressions(*m_db, *figure);
    }
};

QTEST_GUILESS_MAIN(tst_DashboardRepository)
#include "tst_dashboardrepository.moc"
