// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueformat.h"

#include "quoting.h"

#include <algorithm>

namespace ServiceDeck::Query {

using Internal::quoteValue;

namespace {

QString formatField(const FieldTerm &term)
{
    QStringList values;
    for (const QString &value : term.values)
        values << quoteValue(value, true);
    return (term.negated ? QStringLiteral("-") : QString()) + term.field +
           comparisonSymbol(term.comparison) + values.join(QLatin1Char(','));
}

QString formatText(const TextTerm &term)
{
    QString text = term.phrase ? QString() : quoteValue(term.text, false);
    if (term.phrase) {
        text = QStringLiteral("\"");
        for (QChar c : term.text) {
            if (c == u'"' || c == u'\\')
                text += QLatin1Char('\\');
            text += c;
        }
        text += QLatin1Char('"');
    }
    return (term.negated ? QStringLiteral("-") : QString()) + text;
}

} // namespace

QString formatQueueQuery(const QueueQuery &query)
{
    QList<std::pair<int, QString>> terms;
    for (const FieldTerm &term : query.fields)
        terms.append({term.position, formatField(term)});
    for (const TextTerm &term : query.text)
        terms.append({term.position, formatText(term)});
    std::stable_sort(terms.begin(), terms.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList parts;
    for (const auto &term : terms)
        parts << term.second;
    return parts.join(QLatin1Char(' '));
}

} // namespace ServiceDeck::Query
