// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "views/calendar/calendarstyle.h"
#include "views/queues/prioritydelegate.h"

#include "core/change/risk.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace ServiceDeck::Views {

namespace {

using Layout = DashboardChart::Layout;

const QColor openColor(0x1e, 0x88, 0xe5);
const QColor resolvedColor(0x43, 0xa0, 0x47);
const QColor slaColor(0x00, 0x96, 0x88);
const QColor resolveTimeColor(0xab, 0x47, 0xbc);

QColor outcomeColor(const QString &outcome)
{
    if (outcome == u"successful")
        return QColor(0x2e, 0x9e, 0x4f);
    if (outcome == u"partially_successful")
        return QColor(0xe6, 0xb0, 0x20);
    if (outcome == u"failed")
        return QColor(0xd3, 0x2f, 0x2f);
    return QColor(0x8e, 0x5c, 0xc2); // backed out
}

int clampedCount(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

} // namespace

DashboardPage::DashboardPage(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_periodLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_periodLabel->setObjectName(QStringLiteral("dashboardPeriod"));
    m_errorLabel->setObjectName(QStringLiteral("dashboardError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_errorLabel->hide();

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    auto place = [grid](DashboardChart *chart, int row, int column, int span = 1) {
        grid->addWidget(chart, row, column, 1, span);
    };
    place(addChart(Chart::OpenByPriority, tr("Open tickets by priority"), Layout::Grouped), 0, 0);
    place(addChart(Chart::OpenByGroup, tr("Open tickets by group"), Layout::Horizontal), 0, 1);
    place(addChart(Chart::Backlog, tr("Backlog: opened and resolved per day"), Layout::Grouped),
          1, 0, 2);
    place(addChart(Chart::SlaCompliance, tr("SLA compliance per week (%)"), Layout::Grouped), 2,
          0);
    place(addChart(Chart::MeanTimeToResolve, tr("Mean time to resolve (hours)"),
                   Layout::Grouped),
          2, 1);
    place(addChart(Chart::ChangesByRisk, tr("Changes per week by risk"), Layout::Stacked), 3, 0);
    place(addChart(Chart::ChangesByOutcome, tr("Changes per week by review outcome"),
                   Layout::Stacked),
          3, 1);
    for (int row = 0; row < 4; ++row)
        grid->setRowMinimumHeight(row, 280);
    setFocusProxy(m_charts.value(Chart::OpenByPriority));
    setAccessibleName(tr("Dashboard"));

    auto *content = new QWidget;
    content->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(scroll, 1);
}

QList<DashboardChart *> DashboardPage::charts() const
{
    QList<DashboardChart *> list;
    for (Chart which : {Chart::OpenByPriority, Chart::OpenByGroup, Chart::Backlog,
                        Chart::SlaCompliance, Chart::MeanTimeToResolve, Chart::ChangesByRisk,
                        Chart::ChangesByOutcome})
        list << m_charts.value(which);
    return list;
}

DashboardChart *DashboardPage::addChart(Chart which, const QString &title, Layout layout)
{
    auto *chart = new DashboardChart(title, layout, this);
    chart->setObjectName(QStringLiteral("dashboardChart%1").arg(int(which)));
    connect(chart, &DashboardChart::barActivated, this,
            [this, which](int set, int category) { openBar(which, set, category); });
    m_charts.insert(which, chart);
    return chart;
}

void DashboardPage::refresh()
{
    m_stale = true;
    if (isVisible())
        load();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void DashboardPage::load()
{
    m_stale = false;
    m_period = DashboardPeriod::endingAt(m_now.isValid() ? m_now
                                                         : QDateTime::currentDateTimeUtc());
    const QLocale locale;
    m_periodLabel->setText(
        tr("Weekly figures from %1 to %2; daily figures from %3; open tickets as of now.")
            .arg(locale.toString(m_period.firstWeek, QLocale::ShortFormat),
                 locale.toString(m_period.weekAfterLast().addDays(-1), QLocale::ShortFormat),
                 locale.toString(m_period.firstDay, QLocale::ShortFormat)));
    m_errorLabel->clear();
    m_errorLabel->hide();

    DashboardRepository repository(m_db, m_period);
    showFigure(Chart::OpenByPriority, repository.openByPriority());
    showFigure(Chart::OpenByGroup, repository.openByGroup());
    showFigure(Chart::Backlog, repository.backlogByDay());
    showFigure(Chart::SlaCompliance, repository.slaComplianceByWeek());
    showFigure(Chart::MeanTimeToResolve, repository.meanTimeToResolve());
    showFigure(Chart::ChangesByRisk, repository.changesByRisk());
    showFigure(Chart::ChangesByOutcome, repository.changesByOutcome());
}

void DashboardPage::showFigure(Chart which, const Result<DashboardFigure> &figure)
{
    DashboardChart *chart = m_charts.value(which);
    if (!figure) {
        m_errorLabel->setText(tr("“%1” could not be read: %2")
                                  .arg(chart->title(), figure.error().message));
        m_errorLabel->show();
        chart->setFigure({}, {}, {}, {});
        return;
    }
    QStringList labels;
    for (const QString &category : figure->categories)
        labels << categoryLabel(which, category);
    QList<DashboardChart::SetStyle> styles;
    for (const DashboardFigure::Set &set : figure->sets) {
        QColor color = openColor;
        if (set.key == u"resolved")
            color = resolvedColor;
        else if (set.key == u"sla")
            color = slaColor;
        else if (set.key == u"mttr")
            color = resolveTimeColor;
        else if (which == Chart::ChangesByRisk)
            color = CalendarStyle::riskColor(set.key);
        else if (which == Chart::ChangesByOutcome)
            color = outcomeColor(set.key);
        styles << DashboardChart::SetStyle{setName(which, set.key), color};
    }
    chart->setFigure(*figure, labels, styles, [this, which](int set, int category) {
        return describe(which, set, category);
    });
}

QString DashboardPage::categoryLabel(Chart which, const QString &category) const
{
    switch (which) {
    case Chart::OpenByPriority:
    case Chart::MeanTimeToResolve:
        return tr("P%1").arg(category);
    case Chart::OpenByGroup:
        return category.isEmpty() ? tr("No group") : category;
    default:
        break;
    }
    const QDate day = QDate::fromString(category, Qt::ISODate);
    return QLocale().toString(day, tr("d MMM", "short day and month on a chart axis"));
}

QString DashboardPage::setName(Chart which, const QString &key) const
{
    if (key == u"opened")
        return tr("Opened");
    if (key == u"resolved")
        return tr("Resolved");
    if (which == Chart::ChangesByRisk) {
        if (key.isEmpty())
            return tr("Not assessed");
        const auto level = Change::riskLevelFromName(key);
        return level ? Change::riskLevelLabel(*level) : key;
    }
    if (which == Chart::ChangesByOutcome) {
        if (key == u"successful")
            return tr("Successful");
        if (key == u"partially_successful")
            return tr("Partially successful");
        if (key == u"failed")
            return tr("Failed");
        if (key == u"backed_out")
            return tr("Backed out");
    }
    return {};
}

QString DashboardPage::describe(Chart which, int set, int category) const
{
    const DashboardChart *chart = m_charts.value(which);
    const DashboardFigure &figure = chart->figure();
    if (set < 0 || set >= figure.sets.size() || category < 0
        || category >= figure.categories.size())
        return {};
    const DashboardBar &bar = figure.sets.at(set).bars.at(category);
    const QString label = categoryLabel(which, figure.categories.at(category));
    const QString key = figure.sets.at(set).key;
    const int count = clampedCount(bar.count);
    switch (which) {
    case Chart::OpenByPriority:
    case Chart::OpenByGroup:
        return tr("%1: %n open ticket(s)", nullptr, count).arg(label);
    case Chart::Backlog:
        return key == u"opened" ? tr("%1: %n ticket(s) opened", nullptr, count).arg(label)
                                : tr("%1: %n ticket(s) resolved", nullptr, count).arg(label);
    case Chart::SlaCompliance:
        if (bar.count == 0)
            return tr("Week of %1: no tickets with an SLA resolved").arg(label);
        return tr("Week of %1: %2 % of %n resolved ticket(s) within target", nullptr, count)
            .arg(label, QLocale().toString(bar.value, 'f', 1));
    case Chart::MeanTimeToResolve:
        if (bar.count == 0)
            return tr("%1: no tickets resolved").arg(label);
        return tr("%1: %2 hours on average over %n resolved ticket(s)", nullptr, count)
            .arg(label, QLocale().toString(bar.value, 'f', 1));
    case Chart::ChangesByRisk:
    case Chart::ChangesByOutcome:
        return tr("Week of %1, %2: %n change(s)", nullptr, count)
            .arg(label, setName(which, key));
    }
    return {};
}

QString DashboardPage::queueTitle(Chart which, int set, int category) const
{
    const DashboardFigure &figure = m_charts.value(which)->figure();
    const QString categoryKey = figure.categories.at(category);
    const QString label = categoryLabel(which, categoryKey);
    const QLocale locale;
    const QDate day = QDate::fromString(categoryKey, Qt::ISODate);
    const QString date = locale.toString(day, QLocale::ShortFormat);
    const QString key = figure.sets.at(set).key;
    switch (which) {
    case Chart::OpenByPriority:
    case Chart::OpenByGroup:
        return tr("Open tickets: %1").arg(label);
    case Chart::Backlog:
        return key == u"opened" ? tr("Opened on %1").arg(date) : tr("Resolved on %1").arg(date);
    case Chart::SlaCompliance:
        return tr("Resolved with an SLA in the week of %1").arg(date);
    case Chart::MeanTimeToResolve:
        return tr("%1 resolved since %2")
            .arg(label, locale.toString(m_period.firstWeek, QLocale::ShortFormat));
    case Chart::ChangesByRisk:
    case Chart::ChangesByOutcome:
        return tr("Changes in the week of %1: %2").arg(date, setName(which, key));
    }
    return {};
}

void DashboardPage::openBar(Chart which, int set, int category)
{
    const DashboardFigure &figure = m_charts.value(which)->figure();
    const QString expression = figure.sets.at(set).bars.at(category).expression;
    if (!expression.isEmpty())
        emit queueRequested(expression, queueTitle(which, set, category));
}

} // namespace ServiceDeck::Views
