// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queuequery.h"

#include <QString>

#include <optional>

namespace ServiceDeck::Query {

// Where a queue expression goes wrong: a span to underline (UTF-16 index into the text and
// length) and a sentence that names the column (1-based) and what was expected there.
struct ParseError
{
    int position = -1;
    int length = 0;
    QString message;
};

struct ParseResult
{
    std::optional<QueueQuery> query;
    ParseError error; // meaningful when !ok()

    bool ok() const { return query.has_value(); }
};

// Reads one line of the queue language into a typed query, checking field names and values
// (states, kinds, numbers, date syntax) but resolving nothing: no database, no clock.
//
//   query   = { space } [ term { space { space } term } ] { space }     terms are ANDed
//   term    = [ "-" ] ( field | phrase | word )                          "-" negates
//   field   = name op value { "," value }                                values are ORed
//   name    = ASCII letter { ASCII letter | digit | "_" }                case-insensitive
//   op      = ":" | "=" | "<" | "<=" | ">" | ">=" | ":<" | ":<=" | ":>" | ":>="
//   value   = quoted | { any character but space, "," and '"' }
//   phrase  = quoted                                                     full text, in order
//   word    = { any character but space }, not starting with '"'        full text
//   quoted  = '"' { character | '\"' | '\\' } '"'    other backslashes are kept as typed
//
// A word whose leading letters are followed by an operator is a field (`http://x` is the
// unknown field "http"; quote such text). Comparisons take one value and only on ordered fields.
// Control characters other than whitespace are refused.
ParseResult parseQueueQuery(QStringView text);

} // namespace ServiceDeck::Query
