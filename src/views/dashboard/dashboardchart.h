// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardrepository.h"

#include <QChartView>
#include <QColor>

#include <functional>

class QAbstractBarSeries;
class QBarSet;

namespace ServiceDeck::Views {

// One bar chart of the dashboard: draws a DashboardFigure in the window's palette (light or
// dark) and reports the bar a person activates, by mouse or by keyboard (arrows choose a bar,
// Enter or Space opens it). Its accessible description reads out every bar.
class DashboardChart : public QChartView
{
    Q_OBJECT

public:
    enum class Layout { Grouped, Stacked, Horizontal };

    struct SetStyle
    {
        QString name; // in the legend; none is shown for a chart of one set
        QColor color;
    };
    // A bar as a sentence: tool tip and screen reader text ("P2: 14 open tickets").
    using Describe = std::function<QString(int set, int category)>;

    DashboardChart(const QString &title, Layout layout, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    // Draws the figure; `labels` name its categories, `styles` its sets (in order).
    void setFigure(const DashboardFigure &figure, const QStringList &labels,
                   const QList<SetStyle> &styles, const Describe &describe);
    const DashboardFigure &figure() const { return m_figure; }
    QAbstractBarSeries *series() const { return m_series; }
    QBarSet *barSet(int set) const;
    // The middle of a bar in viewport coordinates; null when the bar has no height.
    QPoint barCenter(int set, int category) const;
    // The bar the keyboard is on: (set, category), or (-1, -1).
    QPair<int, int> currentBar() const { return m_current; }

signals:
    // A bar with an expression was clicked or opened by keyboard.
    void barActivated(int set, int category);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void applyPalette();
    void activate(int set, int category);
    void setCurrent(int set, int category);
    void updateDescription();
    bool hasBar(int set, int category) const;

    QString m_title;
    Layout m_layout;
    DashboardFigure m_figure;
    QList<SetStyle> m_styles;
    QStringList m_labels;
    Describe m_describe;
    QAbstractBarSeries *m_series = nullptr;
    QPair<int, int> m_current{-1, -1};
};

} // namespace ServiceDeck::Views
