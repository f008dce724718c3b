// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketkind.h"

#include "tr.h"

namespace ServiceDeck {

QList<TicketKind> allTicketKinds()
{
    return {TicketKind::Incident, TicketKind::Request, TicketKind::Problem, TicketKind::Change};
}

QString kindName(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Incident: return QStringLiteral("incident");
    case TicketKind::Request: return QStringLiteral("request");
    case TicketKind::Problem: return QStringLiteral("problem");
    case TicketKind::Change: return QStringLiteral("change");
    }
    return {};
}

QString kindLabel(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Incident: return Tr::tr("Incident");
    case TicketKind::Request: return Tr::tr("Service request");
    case TicketKind::Problem: return Tr::tr("Problem");
    case TicketKind::Change: return Tr::tr("Change");
    }
    return {};
}

QString numberPrefix(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Incident: return QStringLiteral("INC");
    case TicketKind::Request: return QStringLiteral("REQ");
    case TicketKind::Problem: return QStringLiteral("PRB");
    case TicketKind::Change: return QStringLiteral("CHG");
    }
    return {};
}

std::optional<TicketKind> kindFromName(QStringView name)
{
    for (TicketKind kind : allTicketKinds()) {
        if (name.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

std::optional<TicketKind> kindFromNumber(QStringView number)
{
    for (TicketKind kind : allTicketKinds()) {
        if (number.startsWith(numberPrefix(kind), Qt::CaseInsensitive))
            return kind;
    }
    return std::nullopt;
}

QString formatNumber(TicketKind kind, qint64 sequence)
{
    return numberPrefix(kind) + QStringLiteral("%1").arg(sequence, 7, 10, QLatin1Char('0'));
}

QString provisionalNumber(TicketKind kind, const QUuid &id)
{
    return numberPrefix(kind) + QLatin1Char('~') + id.toString(QUuid::Id128).left(8);
}

bool isProvisionalNumber(QStringView number)
{
    return number.contains(u'~');
}

QStringList states(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Incident:
        return {QStringLiteral("new"), QStringLiteral("assigned"), QStringLiteral("in_progress"),
                QStringLiteral("pending"), QStringLiteral("resolved"), QStringLiteral("closed"),
                QStringLiteral("cancelled")};
    case TicketKind::Request:
        return {QStringLiteral("new"), QStringLiteral("approved"), QStringLiteral("fulfilling"),
                QStringLiteral("pending"), QStringLiteral("fulfilled"), QStringLiteral("closed"),
                QStringLiteral("rejected")};
    case TicketKind::Problem:
        return {QStringLiteral("new"), QStringLiteral("investigating"),
                QStringLiteral("known_error"), QStringLiteral("resolved"),
                QStringLiteral("closed")};
    case TicketKind::Change:
        return {QStringLiteral("draft"), QStringLiteral("assessing"),
                QStringLiteral("awaiting_approval"), QStringLiteral("approved"),
                QStringLiteral("rejected"), QStringLiteral("scheduled"),
                QStringLiteral("implementing"), QStringLiteral("review"),
                QStringLiteral("closed"), QStringLiteral("cancelled")};
    }
    return {};
}

QString initialState(TicketKind kind)
{
    return kind == TicketKind::Change ? QStringLiteral("draft") : QStringLiteral("new");
}

bool isState(TicketKind kind, QStringView state)
{
    return states(kind).contains(state);
}

bool isActiveState(TicketKind kind, QStringView state)
{
    static const QStringList done = {QStringLiteral("resolved"), QStringLiteral("fulfilled"),
                                     QStringLiteral("closed"), QStringLiteral("cancelled"),
                                     QStringLiteral("rejected")};
    return isState(kind, state) && !done.contains(state);
}

QString stateLabel(QStringView state)
{
    if (state == u"new") return Tr::tr("New");
    if (state == u"assigned") return Tr::tr("Assigned");
    if (state == u"in_progress") return Tr::tr("In progress");
    if (state == u"pending") return Tr::tr("Pending");
    if (state == u"resolved") return Tr::tr("Resolved");
    if (state == u"closed") return Tr::tr("Closed");
    if (state == u"cancelled") return Tr::tr("Cancelled");
    if (state == u"approved") return Tr::tr("Approved");
    if (state == u"fulfilling") return Tr::tr("Fulfilling");
    if (state == u"fulfilled") return Tr::tr("Fulfilled");
    if (state == u"rejected") return Tr::tr("Rejected");
    if (state == u"investigating") return Tr::tr("Investigating");
    if (state == u"known_error") return Tr::tr("Known error");
    if (state == u"draft") return Tr::tr("Draft");
    if (state == u"assessing") return Tr::tr("Assessing");
    if (state == u"awaiting_approval") return Tr::tr("Awaiting approval");
    if (state == u"scheduled") return Tr::tr("Scheduled");
    if (state == u"implementing") return Tr::tr("Implementing");
    if (state == u"review") return Tr::tr("Review");
    return state.toString();
}

} // namespace ServiceDeck
