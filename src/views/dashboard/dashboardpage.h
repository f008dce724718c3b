// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardchart.h"
#include "dashboardrepository.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QLabel;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

// The state of the service desk as charts for a team lead: open tickets by priority and by
// group, the backlog's inflow and outflow per day, SLA compliance per week, changes per week by
// risk and by review outcome, and the mean time to resolve per priority. Clicking a bar (or
// pressing Enter on it) asks for the queue of exactly its tickets.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Chart {
        OpenByPriority,
        OpenByGroup,
        Backlog,
        SlaCompliance,
        MeanTimeToResolve,
        ChangesByRisk,
        ChangesByOutcome,
    };
    Q_ENUM(Chart)

    // The database must outlive the page.
    explicit DashboardPage(Storage::Database &db, QWidget *parent = nullptr);

    DashboardChart *chart(Chart which) const { return m_charts.value(which); }
    QList<DashboardChart *> charts() const;
    // The period shown, as of the last refresh.
    const DashboardPeriod &period() const { return m_period; }
    // The instant the period ends at; invalid (the default) follows the clock.
    void setNow(const QDateTime &now) { m_now = now; }

public slots:
    // Reads every figure again; while the page is hidden, when it is shown next.
    void refresh();

signals:
    // The queue of a bar's tickets, and a title that says what they are.
    void queueRequested(const QString &expression, const QString &title);

protected:
    void showEvent(QShowEvent *event) override;

private:
    DashboardChart *addChart(Chart which, const QString &title, DashboardChart::Layout layout);
    void load();
    void showFigure(Chart which, const Result<DashboardFigure> &figure);
    void openBar(Chart which, int set, int category);
    QString categoryLabel(Chart which, const QString &category) const;
    QString setName(Chart which, const QString &key) const;
    QString describe(Chart which, int set, int category) const;
    QString queueTitle(Chart which, int set, int category) const;

    Storage::Database &m_db;
    QHash<Chart, DashboardChart *> m_charts;
    QLabel *m_periodLabel;
    QLabel *m_errorLabel;
    QDateTime m_now;
    DashboardPeriod m_period;
    bool m_stale = true;
};

} // namespace ServiceDeck::Views
