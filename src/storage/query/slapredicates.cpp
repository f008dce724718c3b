// SPDX-License-Identifier: GPL-3.0-or-later
// `active:` and `sla:` — defined over the columns the SLA clock keeps on each ticket.
#include "slapredicates.h"

#include "core/ticketkind.h"
#include "core/timestamps.h"

namespace ServiceDeck::Storage::Internal {

namespace {

// The states in which nobody has to act any more, from the core's lifecycles.
QVariantList doneStates()
{
    QVariantList done;
    for (TicketKind kind : allTicketKinds()) {
        for (const QString &state : states(kind)) {
            if (!isActiveState(kind, state) && !done.contains(state))
                done << state;
        }
    }
    return done;
}

// Every other state of every lifecycle. Listing them instead of writing NOT IN (done) lets the
// planner probe the state indexes once per state rather than scan the table.
QVariantList activeStates()
{
    const QVariantList done = doneStates();
    QVariantList active;
    for (TicketKind kind : allTicketKinds()) {
        for (const QString &state : states(kind)) {
            if (!done.contains(state) && !active.contains(state))
                active << state;
        }
    }
    return active;
}

} // namespace

SqlFragment activePredicate(bool active)
{
    return SqlFragment(QStringLiteral("t.state IN (")) +
           SqlFragment::placeholders(active ? activeStates() : doneStates()) +
           QStringLiteral(")");
}

SqlFragment slaPredicate(const QString &status, const PredicateContext &context)
{
    const QVariant now = toIsoUtc(context.now);
    SqlFragment sql = activePredicate(true);
    // As in evaluateSla: a pending clock stands at pending_since, so a ticket that breached
    // before it went pending stays breached rather than paused.
    sql += QStringLiteral(" AND t.resolution_due IS NOT NULL");
    if (status == u"paused")
        return sql + QStringLiteral(" AND t.pending_since IS NOT NULL "
                                    "AND t.resolution_due > t.pending_since");
    if (status == u"breached")
        return sql + SqlFragment(QStringLiteral(" AND ((t.pending_since IS NULL "
                                                "AND t.resolution_due <= ?) "
                                                "OR (t.pending_since IS NOT NULL "
                                                "AND t.resolution_due <= t.pending_since))"),
                                 {now});
    sql += QStringLiteral(" AND t.pending_since IS NULL");
    sql += SqlFragment(QStringLiteral(" AND t.resolution_due > ?"), {now});
    if (status == u"warning")
        return sql + SqlFragment(QStringLiteral(" AND t.sla_warning_at IS NOT NULL "
                                                "AND t.sla_warning_at <= ?"),
                                 {now});
    // ok: running, not yet at the warning mark (or no warning mark at all)
    return sql + SqlFragment(QStringLiteral(" AND (t.sla_warning_at IS NULL "
                                            "OR t.sla_warning_at > ?)"),
                             {now});
}

} // namespace ServiceDeck::Storage::Internal
