// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkticketupdate.h"

#include "core/lifecycle.h"
#include "core/tr.h"
#include "storage/ticketrepository.h"

#include <QCoreApplication>

namespace ServiceDeck::Views {

namespace {

struct BulkTr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Views::BulkTicketUpdate)
};

} // namespace

QString BulkTicketUpdate::Outcome::summary() const
{
    QStringList lines;
    lines << BulkTr::tr("%n ticket(s) changed.", nullptr, int(updated.size()));
    if (!refused.isEmpty()) {
        lines << BulkTr::tr("%n ticket(s) refused:", nullptr, int(refused.size()));
        for (const auto &[number, reason] : refused)
            lines << BulkTr::tr("%1: %2").arg(number, reason);
    }
    return lines.join(QLatin1Char('\n'));
}

BulkTicketUpdate::Outcome BulkTicketUpdate::setField(const QStringList &numbers,
                                                     const QString &field, const QString &value)
{
    Storage::TicketRepository tickets(m_db);
    Outcome outcome;
    for (const QString &number : numbers) {
        auto updated = tickets.update(number, {{field, value}}, m_actorId);
        if (updated)
            outcome.updated << number;
        else
            outcome.refused.append({number, updated.error().message});
    }
    return outcome;
}

BulkTicketUpdate::MoveNeeds BulkTicketUpdate::moveNeeds(const QStringList &numbers,
                                                        const QString &state)
{
    Storage::TicketRepository tickets(m_db);
    MoveNeeds needs;
    for (const QString &number : numbers) {
        auto ticket = tickets.findByNumber(number);
        if (!ticket)
            continue; // reported per ticket when the move is made
        const QString from = ticket->fields.value(QStringLiteral("state"));
        const QStringList missing = missingTransitionFields(ticket->kind, from, state,
                                                            ticket->fields);
        if (missing.isEmpty())
            continue;
        if (needs.fields.isEmpty()) {
            needs.kind = ticket->kind;
            needs.fromState = from;
        }
        for (const QString &field : missing) {
            if (!needs.fields.contains(field))
                needs.fields << field;
        }
    }
    return needs;
}

BulkTicketUpdate::Outcome BulkTicketUpdate::moveTo(const QStringList &numbers,
                                                   const QString &state,
                                                   const Storage::FieldAssignments &given)
{
    Storage::TicketRepository tickets(m_db);
    Outcome outcome;
    for (const QString &number : numbers) {
        auto ticket = tickets.findByNumber(number);
        if (!ticket) {
            outcome.refused.append({number, ticket.error().message});
            continue;
        }
        Storage::FieldAssignments changes;
        for (const auto &[field, value] : given) {
            if (ticket->fields.value(field).trimmed().isEmpty())
                changes.append({field, value});
        }
        changes.append({QStringLiteral("state"), state});
        auto updated = tickets.update(number, changes, m_actorId);
        if (updated)
            outcome.updated << number;
        else
            outcome.refused.append({number, updated.error().message});
    }
    return outcome;
}

QStringList BulkTicketUpdate::commonTransitions(const QStringList &numbers)
{
    Storage::TicketRepository tickets(m_db);
    QStringList common;
    bool first = true;
    for (const QString &number : numbers) {
        auto ticket = tickets.findByNumber(number);
        if (!ticket)
            return {};
        const QStringList allowed = allowedTransitions(
            ticket->kind, ticket->fields.value(QStringLiteral("state")));
        if (first) {
            common = allowed;
            first = false;
        } else {
            QStringList both;
            for (const QString &state : std::as_const(common)) {
                if (allowed.contains(state))
                    both << state;
            }
            common = both;
        }
    }
    return common;
}

} // namespace ServiceDeck::Views
