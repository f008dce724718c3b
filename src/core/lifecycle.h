// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "ticketkind.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace ServiceDeck {

// One allowed step of a lifecycle and the fields that must hold a value once it is taken
// (a resolution note to resolve, a root cause to close a problem, a window to schedule).
struct Transition
{
    QString from;
    QString to;
    QStringList requiredFields;
};

// The lifecycles of DESIGN.md, checked here and nowhere else.
QList<Transition> transitions(TicketKind kind);
// The states reachable from `from` in one step, in lifecycle order.
QStringList allowedTransitions(TicketKind kind, QStringView from);
// Checks that `from` → `to` is allowed and that `fields` (the ticket as it will be after the
// step, canonical names → values) has every required field. The error names the allowed
// transitions or the missing fields.
Result<void> checkTransition(TicketKind kind, const QString &from, const QString &to,
                             const QMap<QString, QString> &fields);

// The fields the step from → to requires that are still empty in `fields`, in lifecycle order:
// what a form or a bulk move has to ask for before it takes the step.
QStringList missingTransitionFields(TicketKind kind, const QString &from, const QString &to,
                                    const QMap<QString, QString> &fields);

// What a step does to the timestamps kept by ServiceDeck: set `resolved`/`closed` on entry,
// clear `resolved` on reopen. Returns the fields to change (empty value clears).
QMap<QString, QString> transitionEffects(TicketKind kind, const QString &from, const QString &to,
                                         const QString &nowIso);

} // namespace ServiceDeck
