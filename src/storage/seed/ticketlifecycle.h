// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketkind.h"

#include <QString>

namespace ServiceDeck::Storage::Internal {

class SeedRandom;

// Where an incident, request or problem opened at `opened` stands at the end of the history,
// and when it got there: the state and the instants agree with each other and with the
// lifecycle rules (resolved only when resolved or closed, closed for finished tickets, …).
struct TicketTimeline
{
    QString state;
    qint64 firstResponse = -1; // -1: not yet
    qint64 resolved = -1;      // resolved or fulfilled
    qint64 closed = -1;        // closed, cancelled or rejected
    qint64 pendingSince = -1;
    qint64 updated = 0;
    bool knownError = false; // problems: went through known_error
    bool worked = false;     // somebody took it: it has an assignee (required past
                             // assigned/approved by the lifecycle rules)
    bool cancelled = false;  // cancelled or rejected
};

TicketTimeline simulateTicket(TicketKind kind, int priority, qint64 opened, qint64 now,
                              SeedRandom &random);

} // namespace ServiceDeck::Storage::Internal
