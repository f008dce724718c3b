// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuecompletion.h"

#include <algorithm>

namespace ServiceDeck::Views {

namespace {

bool isOperatorChar(QChar c)
{
    return c == u':' || c == u'=' || c == u'<' || c == u'>';
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'_';
}

} // namespace

CompletionContext completionContextAt(const QString &text, int cursor)
{
    CompletionContext context;
    cursor = std::clamp(cursor, 0, int(text.size()));
    // Quotes before the cursor: an odd number means the cursor is inside a quoted text.
    bool quoted = false;
    int wordStart = 0;
    for (int i = 0; i < cursor; ++i) {
        const QChar c = text.at(i);
        if (c == u'"' && (i == 0 || text.at(i - 1) != u'\\'))
            quoted = !quoted;
        else if (c.isSpace() && !quoted)
            wordStart = i + 1;
    }
    context.inQuotes = quoted;
    if (quoted) {
        context.start = context.end = cursor;
        return context;
    }
    int start = wordStart;
    if (start < cursor && text.at(start) == u'-')
        ++start;
    int nameEnd = start;
    while (nameEnd < cursor && isNameChar(text.at(nameEnd)))
        ++nameEnd;
    if (nameEnd < cursor && nameEnd > start && isOperatorChar(text.at(nameEnd))) {
        context.field = text.mid(start, nameEnd - start);
        int valueStart = nameEnd;
        while (valueStart < cursor && isOperatorChar(text.at(valueStart)))
            ++valueStart;
        const int comma = int(text.lastIndexOf(QLatin1Char(','), cursor - 1));
        if (comma >= valueStart)
            valueStart = comma + 1;
        start = valueStart;
    }
    context.start = start;
    context.prefix = text.mid(start, cursor - start);
    int end = cursor;
    while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u','
           && (context.completesValue() || !isOperatorChar(text.at(end))))
        ++end;
    context.end = end;
    return context;
}

QString applyCompletion(const QString &text, const CompletionContext &context,
                        const QString &completion, int *cursor)
{
    QString inserted = completion;
    if (context.completesValue() && completion.contains(QLatin1Char(' ')))
        inserted = QLatin1Char('"') + completion + QLatin1Char('"');
    const bool addOperator = !context.completesValue()
                             && (context.end >= text.size() || !isOperatorChar(text.at(context.end)));
    if (addOperator)
        inserted += QLatin1Char(':');
    QString result = text;
    result.replace(context.start, context.end - context.start, inserted);
    int position = context.start + int(inserted.size());
    if (!addOperator && !context.completesValue()) {
        // Step over the operator that was already there.
        while (position < result.size() && isOperatorChar(result.at(position)))
            ++position;
    }
    if (cursor)
        *cursor = position;
    return result;
}

} // namespace ServiceDeck::Views
