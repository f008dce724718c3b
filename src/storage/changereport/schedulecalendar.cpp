// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulecalendar.h"

#include "core/ticketkind.h"
#include "core/tr.h"

namespace ServiceDeck::Storage {

namespace {

namespace ICalendar = Change::ICalendar;

QString riskText(const ReportedChange &change)
{
    return change.risk ? Change::riskLevelLabel(*change.risk) : Tr::tr("not assessed");
}

QString describe(const ReportedChange &change, const ChangeReport &report)
{
    QStringList lines;
    lines << Tr::tr("Type: %1").arg(Change::changeTypeLabel(change.type))
          << Tr::tr("Risk: %1").arg(riskText(change))
          << Tr::tr("State: %1").arg(stateLabel(change.state))
          << Tr::tr("CIs: %1").arg(change.cis.isEmpty() ? Tr::tr("none")
                                                          : change.cis.join(QStringLiteral(", ")));
    if (!change.service.isEmpty())
        lines << Tr::tr("Service: %1").arg(change.service);
    if (!change.implementer.isEmpty())
        lines << Tr::tr("Implementer: %1").arg(change.implementer);
    const QString approval = Change::approvalStateLabel(change.approval.state);
    lines << (change.approval.reasons.isEmpty()
                  ? Tr::tr("Approval: %1").arg(approval)
                  : Tr::tr("Approval: %1 (%2)")
                        .arg(approval, change.approval.reasons.join(QLatin1Char(' '))));
    for (const Change::Collision &collision : report.collisionsOf(change.id))
        lines << Tr::tr("Collision: %1").arg(collision.explanation);
    return lines.join(QLatin1Char('\n'));
}

ICalendar::Event changeEvent(const ReportedChange &change, const ChangeReport &report)
{
    ICalendar::Event event;
    event.uid = changeEventUid(change.id);
    event.when = change.window;
    event.summary = Tr::tr("%1: %2").arg(change.number, change.title);
    event.description = describe(change, report);
    event.status = ICalendar::statusOfChange(change.state);
    event.categories = {Tr::tr("Change"), Change::changeTypeLabel(change.type)};
    event.lastModified = change.updated;
    return event;
}

ICalendar::Event blackoutEvent(const ReportedBlackout &blackout)
{
    ICalendar::Event event;
    event.uid = blackoutEventUid(blackout.id);
    event.when = blackout.window;
    event.summary = Tr::tr("Change freeze: %1").arg(blackout.name);
    QStringList lines;
    if (!blackout.reason.isEmpty())
        lines << blackout.reason;
    lines << (blackout.global || blackout.scope.isEmpty()
                  ? Tr::tr("Scope: every CI")
                  : Tr::tr("Scope: %1").arg(blackout.scope.join(QStringLiteral(", "))));
    event.description = lines.join(QLatin1Char('\n'));
    event.status = ICalendar::EventStatus::Confirmed;
    event.categories = {Tr::tr("Change freeze")};
    return event;
}

} // namespace

QString changeEventUid(const QUuid &change)
{
    return QStringLiteral("change-%1@servicedeck").arg(change.toString(QUuid::WithoutBraces));
}

QString blackoutEventUid(const QUuid &blackout)
{
    return QStringLiteral("blackout-%1@servicedeck").arg(blackout.toString(QUuid::WithoutBraces));
}

ICalendar::Calendar scheduleCalendar(const ChangeReport &report, const QDateTime &stamp)
{
    ICalendar::Calendar calendar;
    calendar.productId = QStringLiteral("-//ServiceDeck//Change schedule//EN");
    calendar.name = Tr::tr("Change schedule");
    calendar.stamp = stamp;
    for (const ReportedChange &change : report.changes)
        calendar.events << changeEvent(change, report);
    for (const ReportedBlackout &blackout : report.blackouts)
        calendar.events << blackoutEvent(blackout);
    return calendar;
}

QByteArray scheduleICalendar(const ChangeReport &report, const QDateTime &stamp)
{
    return ICalendar::write(scheduleCalendar(report, stamp));
}

} // namespace ServiceDeck::Storage
