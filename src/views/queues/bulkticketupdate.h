// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

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

    Outcome setField(const QStringList &numbers, const QString &field, const QString &value);
    // States every selected ticket may move to next, as core's lifecycles say (intersection).
    QStringList commonTransitions(const QStringList &numbers);

private:
    Storage::Database &m_db;
    QUuid m_actorId;
};

} // namespace ServiceDeck::Views
