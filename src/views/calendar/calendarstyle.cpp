// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarstyle.h"

#include "calendarschedule.h"

#include "core/change/changetype.h"
#include "core/change/risk.h"
#include "core/ticketkind.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace ServiceDeck::Views {

QColor CalendarStyle::stateColor(const QString &state)
{
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("draft"), QColor(0xcf, 0xd4, 0xda)},
        {QStringLiteral("assessing"), QColor(0xbc, 0xd7, 0xee)},
        {QStringLiteral("awaiting_approval"), QColor(0xfd, 0xdc, 0x9e)},
        {QStringLiteral("approved"), QColor(0xb7, 0xe0, 0xb0)},
        {QStringLiteral("rejected"), QColor(0xe3, 0xc4, 0xc4)},
        {QStringLiteral("scheduled"), QColor(0x8e, 0xc0, 0xe8)},
        {QStringLiteral("implementing"), QColor(0xc2, 0xb5, 0xe8)},
        {QStringLiteral("review"), QColor(0xd8, 0xe8, 0xb0)},
    };
    return colors.value(state, QColor(0xdd, 0xdd, 0xdd));
}

QColor CalendarStyle::riskColor(const QString &risk)
{
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("low"), QColor(0x2e, 0x9e, 0x4f)},
        {QStringLiteral("medium"), QColor(0xe6, 0xb0, 0x20)},
        {QStringLiteral("high"), QColor(0xe8, 0x6a, 0x10)},
        {QStringLiteral("very_high"), QColor(0xc0, 0x14, 0x1c)},
    };
    return colors.value(risk, QColor(0x90, 0x90, 0x90));
}

QColor CalendarStyle::collisionColor(bool error)
{
    return error ? QColor(0xd0, 0x20, 0x20) : QColor(0xf0, 0x8c, 0x00);
}

QBrush CalendarStyle::blackoutBrush()
{
    return QBrush(QColor(0x60, 0x20, 0x20, 90), Qt::BDiagPattern);
}

QColor CalendarStyle::blackoutTint()
{
    return QColor(0x90, 0x30, 0x30, 28);
}

QColor CalendarStyle::maintenanceTint()
{
    return QColor(0x40, 0xa0, 0x40, 40);
}

QColor CalendarStyle::todayColor()
{
    return QColor(0xd0, 0x20, 0x20);
}

QColor CalendarStyle::dragColor(bool collides, bool error)
{
    return collides ? collisionColor(error) : QColor(0x20, 0x70, 0xd0);
}

QList<QPair<QString, QString>> CalendarStyle::states()
{
    QList<QPair<QString, QString>> list;
    for (const QString &state : ServiceDeck::states(TicketKind::Change)) {
        if (Change::isScheduled(state))
            list << qMakePair(state, stateLabel(state));
    }
    return list;
}

QList<QPair<QString, QString>> CalendarStyle::risks()
{
    QList<QPair<QString, QString>> list;
    for (auto level : {Change::RiskLevel::Low, Change::RiskLevel::Medium, Change::RiskLevel::High,
                       Change::RiskLevel::VeryHigh})
        list << qMakePair(Change::riskLevelName(level), Change::riskLevelLabel(level));
    return list;
}

QList<QPair<QString, QString>> CalendarStyle::types()
{
    QList<QPair<QString, QString>> list;
    for (Change::ChangeType type : Change::allChangeTypes())
        list << qMakePair(Change::changeTypeName(type), Change::changeTypeLabel(type));
    return list;
}

QString CalendarStyle::riskLabel(const QString &risk)
{
    const auto level = Change::riskLevelFromName(risk);
    return level ? Change::riskLevelLabel(*level) : tr("not assessed");
}

QString CalendarStyle::typeLabel(const QString &type)
{
    const auto changeType = Change::changeTypeFromName(type);
    return changeType ? Change::changeTypeLabel(*changeType) : tr("no type");
}

QRectF CalendarStyle::paintBar(QPainter &painter, const QRectF &rect, const CalendarItem &item,
                               bool selected)
{
    // Plain fills only: a month of a busy organisation paints hundreds of bars a frame, and
    // fills are what the raster engine does fastest.
    static const QColor shade(0, 0, 0, 60);
    painter.fillRect(rect, stateColor(item.state));
    painter.fillRect(QRectF(rect.left(), rect.bottom() - 1, rect.width(), 1), shade);
    const double stripe = std::min(4.0, rect.width() / 3);
    painter.fillRect(QRectF(rect.left(), rect.top(), stripe, rect.height()), riskColor(item.risk));
    if (selected) {
        static const QPen selectedPen(QColor(0x20, 0x50, 0xa0), 2);
        painter.setPen(selectedPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
    }
    QRectF text;
    if (rect.width() > 24 && rect.height() >= 10)
        text = rect.adjusted(stripe + 3, 0, item.collisions.isEmpty() ? -2 : -8, 0);
    if (!item.collisions.isEmpty()) {
        // The collision mark: a square in the top right corner, red for an error.
        const double size = std::min({6.0, rect.height() / 2, rect.width() / 3});
        painter.fillRect(QRectF(rect.right() - size, rect.top(), size, size),
                         collisionColor(item.hasError));
    }
    return text;
}

QString CalendarStyle::barText(const CalendarItem &item)
{
    return item.title.isEmpty() ? item.number
                                : tr("%1 %2", "number and title of a change")
                                      .arg(item.number, item.title);
}

QString CalendarStyle::spanText(const Change::TimeSpan &span, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(span.start, zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(span.end, zone);
    if (start.date() == end.date())
        return tr("%1 – %2", "a time range on one day")
            .arg(locale.toString(start, QLocale::ShortFormat),
                 locale.toString(end.time(), QLocale::ShortFormat));
    return tr("%1 – %2", "a time range over days")
        .arg(locale.toString(start, QLocale::ShortFormat),
             locale.toString(end, QLocale::ShortFormat));
}

QString CalendarStyle::toolTip(const CalendarSchedule &schedule, int index, const QTimeZone &zone)
{
    const CalendarItem &item = schedule.items().at(index);
    QString text = QStringLiteral("<b>%1</b> %2<br/>%3<br/>")
                       .arg(item.number.toHtmlEscaped(), item.title.toHtmlEscaped(),
                            spanText(item.window, zone).toHtmlEscaped());
    text += tr("State: %1 · Type: %2 · Risk: %3")
                .arg(stateLabel(item.state), typeLabel(item.type), riskLabel(item.risk))
                .toHtmlEscaped();
    if (!item.groupName.isEmpty())
        text += QStringLiteral("<br/>") + tr("Group: %1").arg(item.groupName).toHtmlEscaped();
    QStringList cis;
    for (const QUuid &ci : item.cis)
        cis << schedule.ciName(ci);
    if (!cis.isEmpty())
        text += QStringLiteral("<br/>")
                + tr("Affects: %1").arg(cis.join(QStringLiteral(", "))).toHtmlEscaped();
    for (int collision : item.collisions) {
        const Change::Collision &c = schedule.collisions().at(collision);
        text += QStringLiteral("<br/><span style=\"color:%1\">⚠ %2</span>")
                    .arg(collisionColor(c.severity == Change::Severity::Error).name(),
                         c.explanation.toHtmlEscaped());
    }
    return text;
}

} // namespace ServiceDeck::Views
