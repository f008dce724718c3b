// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queuequery.h"

#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ServiceDeck::Query {

// How the queue language reads the values of a field.
enum class QueueValueType {
    Kind,      // incident, request, problem, change
    State,     // any lifecycle state of any kind
    Sla,       // ok, warning, breached, paused
    Choice,    // one of QueueField::choices (change_type, risk)
    Bool,      // true/false (also yes/no, 1/0)
    Level,     // impact, urgency: 1 … 3
    Priority,  // 1 … 5 or P1 … P5
    Number,    // a ticket number, exact and case-insensitive
    Instant,   // a DateValue, or `none` where the column may be empty
    User,      // a login, `me` or `none`
    Group,     // a group name, `me`/`mine` (the acting user's groups) or `none`
    Ci,        // a CI name or `none`
    Category,  // exact category text (case-insensitive) or `none`
    Substring, // text contained in the field, case-insensitive (title, description)
};

// A field the queue language can filter on.
struct QueueField
{
    QString name;
    QueueValueType type = QueueValueType::Category;
    bool ordered = false;     // accepts < <= > >=
    bool acceptsNone = false; // `none`: the field is not set
    QStringList choices;      // the closed set of values (Kind, State, Sla, Choice, Bool)
};

const QList<QueueField> &queueFields();
// Case-insensitive; nullptr for an unknown name.
const QueueField *findQueueField(QStringView name);

// Every field name, sorted: for completion and for "known fields are" messages.
QStringList queueFieldNames();
// The values a person can pick without knowing the data: states, kinds, sla values, P1…P5,
// true/false, me/none, today/-7d…; empty for free-text fields and unknown names.
QStringList queueValueSuggestions(QStringView field);

// The value in canonical form, or an Error whose message says what the field accepts.
Result<QString> normaliseQueueValue(const QueueField &field, QStringView value,
                                    Comparison comparison = Comparison::Equal);

// Up to three of `candidates` that look like a misspelling of `name` (for "did you mean").
QStringList similarNames(QStringView name, const QStringList &candidates);

} // namespace ServiceDeck::Query
