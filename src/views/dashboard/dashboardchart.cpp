// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardchart.h"

#include <QAccessible>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ServiceDeck::Views {

namespace {

// Bars of one set show their values when there are few enough to leave room for the labels.
constexpr int maxLabelledCategories = 8;

} // namespace

DashboardChart::DashboardChart(const QString &title, Layout layout, QWidget *parent)
    : QChartView(parent)
    , m_title(title)
    , m_layout(layout)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAccessibleName(title);
    chart()->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart()->setTitleFont(titleFont);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    applyPalette();
}

QBarSet *DashboardChart::barSet(int set) const
{
    if (!m_series || set < 0 || set >= m_series->count())
        return nullptr;
    return m_series->barSets().at(set);
}

bool DashboardChart::hasBar(int set, int category) const
{
    return set >= 0 && set < m_figure.sets.size() && category >= 0
           && category < m_figure.sets.at(set).bars.size();
}

void DashboardChart::setFigure(const DashboardFigure &figure, const QStringList &labels,
                               const QList<SetStyle> &styles, const Describe &describe)
{
    m_figure = figure;
    m_labels = labels;
    m_styles = styles;
    m_describe = describe;
    m_current = {-1, -1};

    chart()->removeAllSeries();
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }

    switch (m_layout) {
    case Layout::Grouped:
        m_series = new QBarSeries(chart());
        break;
    case Layout::Stacked:
        m_series = new QStackedBarSeries(chart());
        break;
    case Layout::Horizontal:
        m_series = new QHorizontalBarSeries(chart());
        break;
    }
    double top = 0;
    QList<double> stacks(labels.size());
    for (int set = 0; set < figure.sets.size(); ++set) {
        const SetStyle style = set < styles.size() ? styles.at(set) : SetStyle{};
        auto *bars = new QBarSet(style.name, m_series);
        if (style.color.isValid()) {
            bars->setColor(style.color);
            bars->setBorderColor(style.color);
        }
        for (int category = 0; category < figure.sets.at(set).bars.size(); ++category) {
            const double value = figure.sets.at(set).bars.at(category).value;
            bars->append(value);
            if (category < stacks.size())
                stacks[category] += value;
            top = std::max(top, m_layout == Layout::Stacked ? stacks.at(category) : value);
        }
        connect(bars, &QBarSet::clicked, this, [this, set](int index) { activate(set, index); });
        connect(bars, &QBarSet::hovered, this, [this, set](bool over, int index) {
            if (over && m_describe)
                QToolTip::showText(QCursor::pos(), m_describe(set, index), this);
            else
                QToolTip::hideText();
        });
        m_series->append(bars);
    }
    const bool labelled = figure.sets.size() == 1 && labels.size() <= maxLabelledCategories;
    m_series->setLabelsVisible(labelled);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPrecision(4);
    chart()->addSeries(m_series);

    auto *categories = new QBarCategoryAxis(chart());
    categories->append(labels);
    auto *values = new QValueAxis(chart());
    values->setRange(0, top > 0 ? top * (labelled ? 1.15 : 1.05) : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    if (m_layout == Layout::Horizontal) {
        // The first category (the busiest) at the top.
        categories->setReverse(true);
        chart()->addAxis(categories, Qt::AlignLeft);
        chart()->addAxis(values, Qt::AlignBottom);
    } else {
        if (labels.size() > 14)
            categories->setLabelsAngle(-90);
        chart()->addAxis(categories, Qt::AlignBottom);
        chart()->addAxis(values, Qt::AlignLeft);
    }
    m_series->attachAxis(categories);
    m_series->attachAxis(values);
    chart()->legend()->setVisible(figure.sets.size() > 1);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    applyPalette();
    updateDescription();
}

QPoint DashboardChart::barCenter(int set, int category) const
{
    if (!m_series || !hasBar(set, category))
        return {};
    const double value = m_figure.sets.at(set).bars.at(category).value;
    if (value <= 0)
        return {};
    // Bar series place category i at i; grouped sets share the bar width side by side.
    const double width = m_series->barWidth();
    const int count = int(m_figure.sets.size());
    const double across = category - width / 2 + (set + 0.5) * width / count;
    QPointF point;
    switch (m_layout) {
    case Layout::Grouped:
        point = QPointF(across, value / 2);
        break;
    case Layout::Stacked: {
        double below = 0;
        for (int lower = 0; lower < set; ++lower)
            below += std::max(0.0, m_figure.sets.at(lower).bars.at(category).value);
        point = QPointF(category, below + value / 2);
        break;
    }
    case Layout::Horizontal:
        point = QPointF(value / 2, across);
        break;
    }
    const QPointF inChart = chart()->mapToPosition(point, m_series);
    return mapFromScene(chart()->mapToScene(inChart));
}

void DashboardChart::activate(int set, int category)
{
    if (!hasBar(set, category))
        return;
    setCurrent(set, category);
    if (!m_figure.sets.at(set).bars.at(category).expression.isEmpty())
        emit barActivated(set, category);
}

void DashboardChart::setCurrent(int set, int category)
{
    if (QBarSet *old = barSet(m_current.first))
        old->deselectAllBars();
    m_current = {set, category};
    if (QBarSet *bars = barSet(set); bars && hasFocus())
        bars->selectBar(category);
    updateDescription();
}

void DashboardChart::updateDescription()
{
    if (!m_describe)
        return;
    // The bar the keyboard is on first, then every bar that has tickets: what a screen reader
    // says of the chart.
    QStringList lines;
    if (hasBar(m_current.first, m_current.second))
        lines << m_describe(m_current.first, m_current.second);
    for (int set = 0; set < m_figure.sets.size(); ++set) {
        for (int category = 0; category < m_figure.sets.at(set).bars.size(); ++category) {
            if (m_figure.sets.at(set).bars.at(category).count > 0)
                lines << m_describe(set, category);
        }
    }
    if (lines.isEmpty())
        lines << tr("No tickets");
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void DashboardChart::keyPressEvent(QKeyEvent *event)
{
    if (m_figure.sets.isEmpty() || m_labels.isEmpty()) {
        QChartView::keyPressEvent(event);
        return;
    }
    int set = std::max(0, m_current.first);
    int category = std::max(0, m_current.second);
    const int sets = int(m_figure.sets.size());
    const int categories = int(m_figure.sets.first().bars.size());
    const bool horizontal = m_layout == Layout::Horizontal;
    // Left/Right step along the categories of a vertical chart, Up/Down along its sets; the
    // horizontal chart swaps them, so that the arrows always follow the drawing.
    int along = 0;
    int across = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        (horizontal ? across : along) = -1;
        break;
    case Qt::Key_Right:
        (horizontal ? across : along) = 1;
        break;
    case Qt::Key_Up:
        (horizontal ? along : across) = horizontal ? -1 : 1;
        break;
    case Qt::Key_Down:
        (horizontal ? along : across) = horizontal ? 1 : -1;
        break;
    case Qt::Key_Home:
        category = 0;
        break;
    case Qt::Key_End:
        category = categories - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(set, category);
        return;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    category = std::clamp(category + along, 0, categories - 1);
    set = std::clamp(set + across, 0, sets - 1);
    setCurrent(set, category);
    if (m_describe)
        QToolTip::showText(mapToGlobal(barCenter(set, category)), m_describe(set, category),
                           this);
}

void DashboardChart::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    if (!hasBar(m_current.first, m_current.second) && !m_figure.sets.isEmpty()
        && !m_figure.sets.first().bars.isEmpty())
        setCurrent(0, 0);
    else
        setCurrent(m_current.first, m_current.second);
}

void DashboardChart::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    if (QBarSet *bars = barSet(m_current.first))
        bars->deselectAllBars();
}

void DashboardChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

// The chart follows the window's palette, so that it reads in a dark appearance as well as
// in a light one; bar colours are mid tones that stand out on both.
void DashboardChart::applyPalette()
{
    const QPalette colours = palette();
    const QColor text = colours.color(QPalette::Text);
    QColor grid = colours.color(QPalette::Mid);
    setBackgroundBrush(colours.base());
    chart()->setBackgroundBrush(colours.base());
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->setPlotAreaBackgroundVisible(false);
    chart()->setTitleBrush(text);
    chart()->legend()->setLabelColor(text);
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
    if (m_series) {
        m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        const auto sets = m_series->barSets();
        for (QBarSet *bars : sets) {
            bars->setLabelColor(text);
            bars->setSelectedColor(colours.color(QPalette::Highlight));
        }
    }
}

} // namespace ServiceDeck::Views
