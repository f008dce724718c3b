// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "ticketkind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ServiceDeck {

// How a field's text is read and checked.
enum class FieldType {
    Text,     // one line
    LongText, // free text
    Level,    // impact or urgency, 1 (high) … 3 (low)
    Priority, // 1 … 5, derived
    State,    // one of the kind's lifecycle states
    Choice,   // one of FieldDef::choices
    Bool,     // true/false, yes/no, 1/0
    Instant,  // ISO 8601 date or date-time
    User,     // a user's login
    Group,    // a group's name
    Ci,       // a CI's name
    CiList,   // comma-separated CI names
};

// A canonical ticket field: the name used by `--set F=V`, CSV headers and the queue language.
struct FieldDef
{
    QString name;
    FieldType type = FieldType::Text;
    QList<TicketKind> kinds; // empty: every kind
    bool readOnly = false;   // derived or kept by the program (priority, opened, updated)
    QStringList choices;

    bool appliesTo(TicketKind kind) const { return kinds.isEmpty() || kinds.contains(kind); }
};

const QList<FieldDef> &ticketFields();
const FieldDef *findTicketField(QStringView name);
QStringList ticketFieldNames(TicketKind kind);

// Checks a value typed by a person for a field of a ticket of the given kind and returns it in
// canonical form (trimmed; levels as digits; instants as ISO UTC; booleans as true/false).
// References (users, groups, CIs) are checked for syntax only; storage resolves them.
Result<QString> normaliseFieldValue(TicketKind kind, const QString &field, const QString &text);

// Splits "F=V" as given to `--set` and `ticket update`.
Result<std::pair<QString, QString>> splitAssignment(const QString &assignment);

} // namespace ServiceDeck
