// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/journal.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Views {

// How an op waiting in the outbox reads in the sync panel: the action, the record (a ticket by
// its number, a comment by its ticket's number) and the fields it changes.
class OutboxText
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Views::OutboxText)

public:
    explicit OutboxText(Storage::Database &db)
        : m_db(db)
    {}

    // "Ticket INC0000003", "Comment on INC0000003", "cis srv1", …
    QString record(const Storage::JournalOp &op);

    static QString action(Storage::JournalOp::Action action);
    // The changed fields' names, comma-separated.
    static QString changes(const Storage::JournalOp &op);
    // One line per field, "field: old → new", for a tooltip.
    static QString details(const Storage::JournalOp &op);

private:
    QString ticketNumber(const QUuid &id, const Storage::JournalOp &op);

    Storage::Database &m_db;
    QHash<QUuid, QString> m_numbers;
};

} // namespace ServiceDeck::Views
