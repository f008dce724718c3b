// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldpredicates.h"
#include "sqlfragment.h"

namespace ServiceDeck::Storage::Internal {

// `active:true` — the state is one where somebody still has to act (core's isActiveState).
SqlFragment activePredicate(bool active);
// `sla:ok|warning|breached|paused` over resolution_due, sla_warning_at and pending_since,
// evaluated at context.now. Tickets that are no longer active have no SLA status.
SqlFragment slaPredicate(const QString &status, const PredicateContext &context);

} // namespace ServiceDeck::Storage::Internal
