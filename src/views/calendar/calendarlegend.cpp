// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarlegend.h"

#include "calendarstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

#include <functional>

namespace ServiceDeck::Views {

namespace {

QPixmap swatch(const std::function<void(QPainter &, const QRect &)> &paint)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(painter, QRect(0, 0, 13, 13));
    return pixmap;
}

} // namespace

CalendarLegend::CalendarLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarLegend"));
    // Two rows, states above risks and marks: in one row the legend needs more width than a
    // window at 200 % has, and its labels were cut short.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(6, 2, 6, 2);
    rows->setSpacing(2);
    // A narrow window cuts the legend off rather than being held wide by it.
    rows->setSizeConstraint(QLayout::SetNoConstraint);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(4);
    rows->addLayout(layout);
    const auto add = [&](const QPixmap &pixmap, const QString &text) {
        auto *icon = new QLabel(this);
        icon->setPixmap(pixmap);
        auto *label = new QLabel(text, this);
        icon->setAccessibleName(text);
        layout->addWidget(icon);
        layout->addWidget(label);
        layout->addSpacing(6);
    };
    const auto heading = [&](const QString &text) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), this);
        layout->addWidget(label);
    };
    heading(tr("State:"));
    for (const auto &[state, label] : CalendarStyle::states()) {
        const QColor color = CalendarStyle::stateColor(state);
        add(swatch([color](QPainter &p, const QRect &r) {
                p.setPen(QColor(0, 0, 0, 70));
                p.setBrush(color);
                p.drawRect(r);
            }),
            label);
    }
    layout->addStretch(1);
    layout = new QHBoxLayout;
    layout->setSpacing(4);
    rows->addLayout(layout);
    heading(tr("Risk:"));
    for (const auto &[risk, label] : CalendarStyle::risks()) {
        const QColor color = CalendarStyle::riskColor(risk);
        add(swatch([color](QPainter &p, const QRect &r) {
                p.fillRect(QRect(r.left() + 4, r.top(), 5, r.height()), color);
            }),
            label);
    }
    layout->addSpacing(6);
    add(swatch([](QPainter &p, const QRect &r) {
            p.fillRect(r, CalendarStyle::stateColor(QStringLiteral("scheduled")));
            p.fillRect(QRect(r.right() - 5, r.top(), 6, 6), CalendarStyle::collisionColor(true));
        }),
        tr("Collision"));
    add(swatch([](QPainter &p, const QRect &r) {
            p.fillRect(r, CalendarStyle::blackoutTint());
            p.fillRect(r, CalendarStyle::blackoutBrush());
        }),
        tr("Freeze"));
    add(swatch([](QPainter &p, const QRect &r) { p.fillRect(r, CalendarStyle::maintenanceTint()); }),
        tr("Maintenance window"));
    layout->addStretch(1);
}

} // namespace ServiceDeck::Views
