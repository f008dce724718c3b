// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ServiceDeck::Views {

// What the filter box can complete at the cursor: a field name being typed, or a value after
// `field:` (after the last comma of a value list). Plain text arithmetic, tested on its own.
struct CompletionContext
{
    int start = 0;  // where the completed text begins (UTF-16 index)
    int end = 0;    // where it ends: the end of the word under the cursor
    QString prefix; // the text typed so far, start … cursor
    QString field;  // non-empty: completing a value of this field (as typed)
    bool inQuotes = false; // the cursor is inside a quoted phrase: nothing to complete

    bool completesValue() const { return !field.isEmpty(); }
};

CompletionContext completionContextAt(const QString &text, int cursor);

// The text after replacing the context's span by `completion` (quoted when it holds a space),
// and where the cursor goes: after it, and after the operator when a field name was completed.
QString applyCompletion(const QString &text, const CompletionContext &context,
                        const QString &completion, int *cursor);

} // namespace ServiceDeck::Views
