// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>
#include <QStringList>

#include <optional>

namespace ServiceDeck {

// The four ITIL record kinds and what is fixed per kind: identifier, number prefix, states.
enum class TicketKind { Incident, Request, Problem, Change };

QList<TicketKind> allTicketKinds();
QString kindName(TicketKind kind);         // "incident" …: the canonical identifier
QString kindLabel(TicketKind kind);        // translated, for people
QString numberPrefix(TicketKind kind);     // "INC" …
std::optional<TicketKind> kindFromName(QStringView name);
std::optional<TicketKind> kindFromNumber(QStringView number);
QString formatNumber(TicketKind kind, qint64 sequence); // INC0000001
// A number a replica gives offline until the hub assigns the final one: INC~1a2b3c4d.
QString provisionalNumber(TicketKind kind, const QUuid &id);
bool isProvisionalNumber(QStringView number);

QStringList states(TicketKind kind);       // every state of the lifecycle, in lifecycle order
QString initialState(TicketKind kind);
bool isState(TicketKind kind, QStringView state);
// Active means somebody still has to act: not resolved, fulfilled, closed, cancelled or rejected.
bool isActiveState(TicketKind kind, QStringView state);
QString stateLabel(QStringView state);     // translated, for people

} // namespace ServiceDeck
