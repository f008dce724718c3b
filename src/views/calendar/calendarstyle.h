// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendaritem.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

class QPainter;
class QRectF;

namespace ServiceDeck::Views {

class CalendarSchedule;

// How the calendar views colour and describe a change, in one place so that the month, the
// week and the timeline read alike: the fill tells the state, the stripe on the left the risk,
// a red or orange corner mark a collision.
class CalendarStyle
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Views::CalendarStyle)

public:
    static QColor stateColor(const QString &state);
    static QColor riskColor(const QString &risk);
    static QColor collisionColor(bool error);
    static QBrush blackoutBrush();
    static QColor blackoutTint();
    static QColor maintenanceTint();
    static QColor todayColor();
    static QColor dragColor(bool collides, bool error);

    // The states and risks the legend and the filters offer, as (name, label) pairs.
    static QList<QPair<QString, QString>> states();
    static QList<QPair<QString, QString>> risks();
    static QList<QPair<QString, QString>> types();
    static QString riskLabel(const QString &risk);
    static QString typeLabel(const QString &type);

    // Paints a change's bar: fill by state, risk stripe, collision mark. Returns where its text
    // goes, empty when there is no room for text.
    static QRectF paintBar(QPainter &painter, const QRectF &rect, const CalendarItem &item,
                           bool selected);

    // "CHG0000012 Patch the web servers", what a bar says when there is room.
    static QString barText(const CalendarItem &item);
    // A time range in the local time of `zone`, through the locale.
    static QString spanText(const Change::TimeSpan &span, const QTimeZone &zone);
    // The tooltip of a change: number, title, window, state, type, risk, group, and the
    // explanation of every collision.
    static QString toolTip(const CalendarSchedule &schedule, int item, const QTimeZone &zone);
};

} // namespace ServiceDeck::Views
