// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

// One bar of a dashboard chart: the figure it shows and the queue expression that selects
// exactly the tickets it counts.
struct DashboardBar
{
    qint64 count = 0;   // tickets the expression selects
    double value = 0;   // what the bar shows: the count, a percentage or hours
    qint64 part = 0;    // SLA compliance: tickets resolved within their target
    QString expression; // the queue of those tickets; empty when nothing can be selected

    friend bool operator==(const DashboardBar &, const DashboardBar &) = default;
};

// A chart's data: categories along one axis and one or more sets of bars over them.
struct DashboardFigure
{
    struct Set
    {
        QString key; // "open", "opened", "resolved", "sla", "mttr", a risk or a review outcome
        QList<DashboardBar> bars; // one per category
    };

    // Priorities as digits, group names ("" for tickets without a group) or ISO dates (a
    // day, or the Monday of a week); the view makes labels of them.
    QStringList categories;
    QList<Set> sets;

    qint64 total() const;
};

// The stretch of time the charts cover: the last quarter in whole weeks (Monday to Sunday, in
// UTC like the queue language's dates) up to the current week, and the last days up to today.
struct DashboardPeriod
{
    QDate firstWeek; // a Monday
    int weeks = 13;
    QDate firstDay;
    int days = 30;

    static DashboardPeriod endingAt(const QDateTime &now);
    QDate weekAfterLast() const { return firstWeek.addDays(7 * weeks); }
    QDate dayAfterLast() const { return firstDay.addDays(days); }
};

// The dashboard's figures, each counted by one or two SQL aggregates on indexed columns, so
// that a million tickets cost no more than the tickets of the period. Works on both dialects:
// only the expression that turns an instant into its UTC day differs.
class DashboardRepository
{
public:
    DashboardRepository(Storage::Database &db, const DashboardPeriod &period)
        : m_db(db), m_period(period)
    {
    }

    // Active tickets (those `active:true` selects) by priority 1 … 5 and by support group.
    Result<DashboardFigure> openByPriority();
    Result<DashboardFigure> openByGroup();
    // Per week: tickets resolved that week that had a resolution target, and the share of
    // them resolved by it (value: percent; part: within target).
    Result<DashboardFigure> slaComplianceByWeek();
    // Per day: tickets opened and tickets resolved.
    Result<DashboardFigure> backlogByDay();
    // Changes planned to start in each week, by risk and by post-implementation review outcome.
    Result<DashboardFigure> changesByRisk();
    Result<DashboardFigure> changesByOutcome();
    // Tickets resolved since the first week, by priority: the mean hours from opened to resolved.
    Result<DashboardFigure> meanTimeToResolve();

    // The review_outcome field is new to the queue language: without it, outcome bars cannot
    // name their tickets and carry no expression.
    static bool canSelectReviewOutcome();

private:
    QString dayOf(const QString &column) const;
    QString rangeOf(const QString &column) const;
    Result<QString> activeFilter(QVariantList &binds);
    Result<DashboardFigure> changesBy(const QString &column, const QString &field,
                                      bool selectable);

    Storage::Database &m_db;
    DashboardPeriod m_period;
};

} // namespace ServiceDeck::Views
