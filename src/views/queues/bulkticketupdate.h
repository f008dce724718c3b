// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/ticketkind.h"
#include "storage/ticketrepository.h"

#include <QStringList>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

// One field set on several tickets, each through the ticket repository (so each change is
// checked and journaled on its own); what a ticket refused is kept per ticket to be reported.
class BulkTicketUpdate
{
public:
    struct Outcome
    {
        QStringList updated;
        QList<QPair<QString, QString>> refused; // number → reason

        bool allDone() const { return refused.isEmpty(); }
        // One message for people: how many succeeded and why each refusal happened.
        QString summary() const;
    };

    BulkTicketUpdate(Storage::Database &db, const QUuid &actorId) : m_db(db), m_actorId(actorId) {}

    // What moving the tickets to a state still needs: the required fields empty on any of them,
    // and the kind and state of the first such ticket, for the dialog that asks for them.
    struct MoveNeeds
    {
        QStringList fields;
        TicketKind kind = TicketKind::Incident;
        QString fromState;
    };

    Outcome setField(const QStringList &numbers, const QString &field, const QString &value);
    MoveNeeds moveNeeds(const QStringList &numbers, const QString &state);
    // Moves each ticket to the state; `given` fills only fields that are empty on that ticket,
    // so one resolution note typed for many tickets never replaces a note one of them has.
    Outcome moveTo(const QStringList &numbers, const QString &state,
                   const Storage::FieldAssignments &given);
    // States every selected ticket may move to next, as core's lifecycles say (intersection).
    QStringList commonTransitions(const QStringList &numbers);

private:
    Storage::Database &m_db;
    QUuid m_actorId;
};

} // namespace ServiceDeck::Views
