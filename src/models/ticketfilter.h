// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketkind.h"

#include <QStringList>

#include <optional>

namespace ServiceDeck::Models {

// Which tickets a list shows: one kind or all, and whether only the active ones.
struct TicketFilter
{
    std::optional<TicketKind> kind; // nullopt: every kind
    bool activeOnly = false;

    friend bool operator==(const TicketFilter &, const TicketFilter &) = default;
};

// The states that end a ticket's active life (resolved, fulfilled, closed, …), derived from the
// core's lifecycles so that the SQL filter and isActiveState() never disagree.
QStringList inactiveStates();

} // namespace ServiceDeck::Models
