// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ServiceDeck::Query {

// The typed form of one line of the queue language (see DESIGN.md, "The queue language"): what
// the parser produces and the storage compiler turns into SQL. Every term is ANDed.

enum class Comparison { Equal, Less, LessEqual, Greater, GreaterEqual };

// `field:value,value` or `field<value`: the values are ORed and already in canonical form
// (lower-case identifiers, priorities as digits, ISO dates, `me`/`none` keywords).
struct FieldTerm
{
    QString field; // canonical field name (see queueFieldNames())
    Comparison comparison = Comparison::Equal;
    QStringList values;
    bool negated = false;
    int position = 0; // of the term's first character (the '-' when negated), in UTF-16 units
    int length = 0;

    friend bool operator==(const FieldTerm &, const FieldTerm &) = default;
};

// A bare word or a "quoted phrase": full-text search over title and description.
struct TextTerm
{
    QString text;
    bool phrase = false;
    bool negated = false;
    int position = 0;
    int length = 0;

    friend bool operator==(const TextTerm &, const TextTerm &) = default;
};

struct QueueQuery
{
    QList<FieldTerm> fields;
    QList<TextTerm> text;

    bool isEmpty() const { return fields.isEmpty() && text.isEmpty(); }
    friend bool operator==(const QueueQuery &, const QueueQuery &) = default;
};

// "<", "<=", … as written in the language; ":" for Equal.
QString comparisonSymbol(Comparison comparison);

} // namespace ServiceDeck::Query
