// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ServiceDeck::Storage::Internal {

// A queue field's column in the tickets table (alias t).
struct TicketColumn
{
    const char *field;
    const char *sql;
    bool nullable;

    QString sqlText() const { return QString::fromLatin1(sql); }
};

// The one fixed map from queue field names to columns, shared by filters and sorts: names are
// looked up here, never spliced into SQL. nullptr for a name that has no column.
const TicketColumn *ticketColumn(const QString &field);

} // namespace ServiceDeck::Storage::Internal
