// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuecompiler.h"

#include "fieldpredicates.h"
#include "fulltextsql.h"

#include "core/query/queuefields.h"
#include "core/tr.h"

namespace ServiceDeck::Storage {

using namespace Internal;

namespace {

// A term built in code did not pass the parser: check it the same way before it meets SQL.
Result<Query::FieldTerm> checked(const Query::FieldTerm &term, const Query::QueueField *field)
{
    if (!field)
        return invalidData(
            Tr::tr("Unknown field \"%1\"; known fields are: %2")
                .arg(term.field.left(40), Query::queueFieldNames().join(QStringLiteral(", "))));
    if (term.values.isEmpty())
        return invalidData(Tr::tr("Field \"%1\" needs a value").arg(field->name));
    if (term.comparison != Query::Comparison::Equal) {
        if (!field->ordered)
            return invalidData(Tr::tr("Field \"%1\" has no order; use %1:VALUE").arg(field->name));
        if (term.values.size() != 1)
            return invalidData(
                Tr::tr("Field \"%1\": a comparison takes a single value").arg(field->name));
    }
    Query::FieldTerm result = term;
    result.field = field->name;
    result.values.clear();
    for (const QString &value : term.values) {
        const Result<QString> normalised =
            Query::normaliseQueueValue(*field, value, term.comparison);
        if (!normalised)
            return invalidData(
                Tr::tr("Field \"%1\": %2").arg(field->name, normalised.error().message));
        result.values << *normalised;
    }
    return result;
}

// The parser refuses control characters; a query built in code gets the same answer here,
// before PostgreSQL could fail on a NUL inside a bound text.
Result<void> checkCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && !c.isSpace())
            return invalidData(Tr::tr("The query contains the control character U+%1")
                                   .arg(QString::number(c.unicode(), 16)
                                            .rightJustified(4, QLatin1Char('0'))
                                            .toUpper()));
    }
    return {};
}

Result<void> checkCharacters(const Query::QueueQuery &query)
{
    for (const Query::FieldTerm &term : query.fields) {
        for (const QString &value : term.values) {
            if (auto checkedValue = checkCharacters(value); !checkedValue)
                return checkedValue;
        }
    }
    for (const Query::TextTerm &term : query.text) {
        if (auto checkedText = checkCharacters(term.text); !checkedText)
            return checkedText;
    }
    return {};
}

} // namespace

Result<CompiledQueueQuery> compileQueueQuery(const Query::QueueQuery &query, Dialect dialect,
                                             const QueueSqlContext &context)
{
    PredicateContext predicates{dialect, context.actorId,
                                context.now.isValid() ? context.now.toUTC()
                                                      : QDateTime::currentDateTimeUtc()};
    if (auto characters = checkCharacters(query); !characters)
        return characters.error();
    QList<SqlFragment> parts;
    for (const Query::FieldTerm &term : query.fields) {
        const Query::QueueField *field = Query::findQueueField(term.field);
        const Result<Query::FieldTerm> valid = checked(term, field);
        if (!valid)
            return valid.error();
        const Result<SqlFragment> predicate = fieldPredicate(*valid, *field, predicates);
        if (!predicate)
            return predicate.error();
        parts << (term.negated ? QStringLiteral("NOT ") + predicate->parenthesised() : *predicate);
    }
    QList<SqlFragment> sortIndexParts = parts;
    parts << fullTextPredicates(query.text, dialect);
    sortIndexParts << fullTextPredicates(query.text, dialect, FullTextPlan::SortIndexFirst);
    if (parts.isEmpty())
        return CompiledQueueQuery{QStringLiteral("1=1"), {}, QStringLiteral("1=1"), {}};
    const SqlFragment where = SqlFragment::join(parts, QStringLiteral(" AND "));
    const SqlFragment sortIndexWhere = SqlFragment::join(sortIndexParts, QStringLiteral(" AND "));
    const bool onlyPositiveText =
        query.fields.isEmpty() && parts.size() == 1 &&
        std::none_of(query.text.cbegin(), query.text.cend(),
                     [](const Query::TextTerm &term) { return term.negated; });
    const QString countStatement =
        dialect == Dialect::Sqlite && onlyPositiveText
            ? QStringLiteral("SELECT COUNT(*) FROM tickets_fts WHERE tickets_fts MATCH ?")
            : QString();
    return CompiledQueueQuery{where.text(), where.binds(), sortIndexWhere.text(), countStatement};
}

} // namespace ServiceDeck::Storage
