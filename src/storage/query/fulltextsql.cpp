// SPDX-License-Identifier: GPL-3.0-or-later
#include "fulltextsql.h"

namespace ServiceDeck::Storage::Internal {

namespace {

bool isSearchable(QStringView text)
{
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// SQLite: the FTS5 index is an external-content table keyed by tickets.rowid.
SqlFragment ftsMatch(const QString &match, FullTextPlan plan = FullTextPlan::HitsFirst)
{
    const QString rowid =
        plan == FullTextPlan::SortIndexFirst ? QStringLiteral("+t.rowid") : QStringLiteral("t.rowid");
    return SqlFragment(rowid + QStringLiteral(" IN (SELECT rowid FROM tickets_fts "
                                              "WHERE tickets_fts MATCH ?)"),
                       {match});
}

// PostgreSQL: the generated tsvector column `search`, 'simple' configuration like the column.
SqlFragment tsMatch(const QString &text, bool phrase)
{
    return SqlFragment(phrase ? QStringLiteral("t.search @@ phraseto_tsquery('simple', ?)")
                              : QStringLiteral("t.search @@ plainto_tsquery('simple', ?)"),
                       {text});
}

SqlFragment negated(const SqlFragment &predicate)
{
    return QStringLiteral("NOT ") + predicate.parenthesised();
}

} // namespace

QString fts5String(QStringView text)
{
    QString quoted = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == u'"')
            quoted += QLatin1Char('"');
        quoted += c;
    }
    return quoted + QLatin1Char('"');
}

QList<SqlFragment> fullTextPredicates(const QList<Query::TextTerm> &terms, Dialect dialect,
                                      FullTextPlan plan)
{
    const bool sqlite = dialect == Dialect::Sqlite;
    QStringList positiveStrings; // SQLite: FTS5 strings, implicitly ANDed
    QStringList positiveWords;   // PostgreSQL: one plainto_tsquery for all words
    QList<SqlFragment> phrases;  // PostgreSQL: one phraseto_tsquery per phrase
    QList<SqlFragment> exclusions;
    for (const Query::TextTerm &term : terms) {
        if (!isSearchable(term.text))
            continue;
        if (term.negated) {
            exclusions << negated(sqlite ? ftsMatch(fts5String(term.text))
                                         : tsMatch(term.text, term.phrase));
        } else if (sqlite) {
            positiveStrings << fts5String(term.text);
        } else if (term.phrase) {
            phrases << tsMatch(term.text, true);
        } else {
            positiveWords << term.text;
        }
    }
    QList<SqlFragment> predicates;
    if (!positiveStrings.isEmpty())
        predicates << ftsMatch(positiveStrings.join(QLatin1Char(' ')), plan);
    if (!positiveWords.isEmpty())
        predicates << tsMatch(positiveWords.join(QLatin1Char(' ')), false);
    return predicates + phrases + exclusions;
}

} // namespace ServiceDeck::Storage::Internal
