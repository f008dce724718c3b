// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoting.h"

namespace ServiceDeck::Query::Internal {

namespace {

constexpr qsizetype maxDisplayLength = 40;

} // namespace

QString displayValue(QStringView value)
{
    QString shown;
    for (qsizetype i = 0; i < value.size() && i < maxDisplayLength; ++i) {
        const QChar c = value.at(i);
        if (c.category() == QChar::Other_Control)
            shown += QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        else
            shown += c;
    }
    if (value.size() > maxDisplayLength)
        shown += QChar(0x2026); // …
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString quoteValue(QStringView value, bool quoteCommas)
{
    // A word that starts with '-' would read as a negation, one with an operator as a field.
    bool needsQuotes = value.isEmpty() || (!quoteCommas && value.front() == u'-');
    for (QChar c : value) {
        if (c.isSpace() || c == u'"' || c == u'\\' || (quoteCommas && c == u',') ||
            (!quoteCommas && (c == u':' || c == u'<' || c == u'>' || c == u'='))) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return value.toString();
    QString quoted = QStringLiteral("\"");
    for (QChar c : value) {
        if (c == u'"' || c == u'\\')
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return quoted + QLatin1Char('"');
}

} // namespace ServiceDeck::Query::Internal
