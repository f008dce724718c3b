// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldpredicates.h"

#include "slapredicates.h"
#include "ticketcolumns.h"

#include "storage/database.h"

#include "core/query/datevalue.h"
#include "core/timestamps.h"
#include "core/tr.h"

namespace ServiceDeck::Storage::Internal {

using Query::Comparison;
using Query::QueueValueType;

namespace {

using Column = TicketColumn;

QString sqlOf(const Column &column)
{
    return column.sqlText();
}

// Keeps a predicate on a nullable column two-valued: an empty column is simply not a match.
SqlFragment guarded(const Column &column, const SqlFragment &predicate)
{
    if (!column.nullable)
        return predicate;
    return (sqlOf(column) + QStringLiteral(" IS NOT NULL AND ") + predicate).parenthesised();
}

SqlFragment anyOf(const QList<SqlFragment> &parts)
{
    if (parts.size() == 1)
        return parts.first();
    return SqlFragment::join(parts, QStringLiteral(" OR ")).parenthesised();
}

SqlFragment isNull(const Column &column)
{
    return SqlFragment(sqlOf(column) + QStringLiteral(" IS NULL"));
}

QString comparisonOperator(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Equal:
        return QStringLiteral(" = ");
    case Comparison::Less:
        return QStringLiteral(" < ");
    case Comparison::LessEqual:
        return QStringLiteral(" <= ");
    case Comparison::Greater:
        return QStringLiteral(" > ");
    case Comparison::GreaterEqual:
        return QStringLiteral(" >= ");
    }
    return {};
}

SqlFragment inList(const QString &sql, const QVariantList &values)
{
    return sql + QStringLiteral(" IN (") + SqlFragment::placeholders(values) + QStringLiteral(")");
}

SqlFragment numberPredicate(const Column &column, const Query::FieldTerm &term)
{
    QVariantList numbers;
    for (const QString &value : term.values)
        numbers << value.toInt();
    if (term.comparison == Comparison::Equal)
        return inList(sqlOf(column), numbers);
    return SqlFragment(sqlOf(column) + comparisonOperator(term.comparison) + QStringLiteral("?"),
                       numbers);
}

SqlFragment datePredicate(const Column &column, const Query::FieldTerm &term,
                          const PredicateContext &context)
{
    QList<SqlFragment> parts;
    QList<SqlFragment> ranges;
    for (const QString &value : term.values) {
        if (value == u"none") {
            parts << isNull(column);
            continue;
        }
        const auto date = Query::DateValue::parse(value);
        if (!date)
            continue; // checked by the caller
        const auto bounds = date->bounds(term.comparison, context.now);
        QList<SqlFragment> sides;
        if (bounds.lower.isValid())
            sides << SqlFragment(sqlOf(column) + (bounds.lowerInclusive ? QStringLiteral(" >= ?")
                                                                        : QStringLiteral(" > ?")),
                                 {toIsoUtc(bounds.lower)});
        if (bounds.upper.isValid())
            sides << SqlFragment(sqlOf(column) + (bounds.upperInclusive ? QStringLiteral(" <= ?")
                                                                        : QStringLiteral(" < ?")),
                                 {toIsoUtc(bounds.upper)});
        ranges << SqlFragment::join(sides, QStringLiteral(" AND ")).parenthesised();
    }
    if (!ranges.isEmpty())
        parts << guarded(column, anyOf(ranges));
    return anyOf(parts);
}

// `SELECT id FROM <table> WHERE lower(<name>) IN (lower(?), …)`: names match case-insensitively.
SqlFragment idsNamed(const QString &table, const QString &nameColumn, const QVariantList &names)
{
    return QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE lower(") +
           nameColumn + QStringLiteral(") IN (") +
           SqlFragment::placeholders(names, QStringLiteral("lower(?)")) + QStringLiteral(")");
}

Result<SqlFragment> referencePredicate(const Column &column, const Query::QueueField &field,
                                       const Query::FieldTerm &term,
                                       const PredicateContext &context)
{
    const QString sql = sqlOf(column);
    QList<SqlFragment> parts;
    QList<SqlFragment> matches;
    QVariantList names;
    for (const QString &value : term.values) {
        if (value == u"none" && field.name == u"ci") {
            parts << SqlFragment(QStringLiteral("(t.ci_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
                                                "change_cis x WHERE x.change_id = t.id))"));
        } else if (value == u"none") {
            parts << isNull(column);
        } else if (value == u"me" && field.type != QueueValueType::Ci) {
            if (context.actorId.isNull())
                return invalidData(
                    Tr::tr("Field \"%1\": \"me\" needs a signed-in user").arg(field.name));
            const QVariant actor = Database::idValue(context.actorId);
            if (field.type == QueueValueType::User)
                matches << SqlFragment(sql + QStringLiteral(" = ?"), {actor});
            else
                matches << SqlFragment(sql + QStringLiteral(" IN (SELECT group_id FROM "
                                                            "group_members WHERE user_id = ?)"),
                                       {actor});
        } else {
            names << value;
        }
    }
    SqlFragment named;
    if (!names.isEmpty()) {
        switch (field.type) {
        case QueueValueType::User:
            named = idsNamed(QStringLiteral("users"), QStringLiteral("login"), names);
            break;
        case QueueValueType::Group:
            named = idsNamed(QStringLiteral("support_groups"), QStringLiteral("name"), names);
            break;
        default:
            named = idsNamed(QStringLiteral("cis"), QStringLiteral("name"), names);
            break;
        }
        matches << sql + QStringLiteral(" IN (") + named + QStringLiteral(")");
    }
    if (!matches.isEmpty())
        parts << guarded(column, anyOf(matches));
    if (field.name == u"ci") {
        // A change names the CIs it affects in change_cis as well as in its own ci column.
        if (!names.isEmpty())
            parts << QStringLiteral("t.id IN (SELECT x.change_id FROM change_cis x WHERE "
                                    "x.ci_id IN (") +
                         named + QStringLiteral("))");
    }
    return anyOf(parts);
}

SqlFragment textPredicate(const Column &column, const Query::FieldTerm &term, Dialect dialect)
{
    // instr/strpos rather than LIKE: no pattern characters to escape, no pattern length limit.
    const QString find =
        dialect == Dialect::Sqlite ? QStringLiteral("instr") : QStringLiteral("strpos");
    QList<SqlFragment> parts;
    for (const QString &value : term.values)
        parts << guarded(column, SqlFragment(find + QStringLiteral("(lower(") + sqlOf(column) +
                                                 QStringLiteral("), lower(?)) > 0"),
                                             {value}));
    return anyOf(parts);
}

SqlFragment categoryPredicate(const Column &column, const Query::FieldTerm &term)
{
    QList<SqlFragment> parts;
    QVariantList names;
    for (const QString &value : term.values) {
        if (value == u"none")
            parts << isNull(column);
        else
            names << value;
    }
    if (!names.isEmpty())
        parts << guarded(column, QStringLiteral("lower(") + sqlOf(column) +
                                     QStringLiteral(") IN (") +
                                     SqlFragment::placeholders(names, QStringLiteral("lower(?)")) +
                                     QStringLiteral(")"));
    return anyOf(parts);
}

} // namespace

Result<SqlFragment> fieldPredicate(const Query::FieldTerm &term, const Query::QueueField &field,
                                   const PredicateContext &context)
{
    QList<SqlFragment> parts;
    if (field.type == QueueValueType::Sla) {
        for (const QString &value : term.values)
            parts << slaPredicate(value, context).parenthesised();
        return anyOf(parts);
    }
    if (field.name == u"active") {
        for (const QString &value : term.values)
            parts << activePredicate(value == u"true");
        return anyOf(parts);
    }
    const Column *column = ticketColumn(field.name);
    if (!column)
        return invalidData(Tr::tr("Field \"%1\" cannot be searched").arg(field.name));
    QVariantList values;
    for (const QString &value : term.values)
        values << value;
    switch (field.type) {
    case QueueValueType::Kind:
    case QueueValueType::State:
    case QueueValueType::Choice:
    case QueueValueType::Number:
        return guarded(*column, inList(sqlOf(*column), values));
    case QueueValueType::Bool: {
        QVariantList flags;
        for (const QString &value : term.values)
            flags << (value == u"true");
        return guarded(*column, inList(sqlOf(*column), flags));
    }
    case QueueValueType::Level:
    case QueueValueType::Priority:
        return numberPredicate(*column, term);
    case QueueValueType::Instant:
        return datePredicate(*column, term, context);
    case QueueValueType::User:
    case QueueValueType::Group:
    case QueueValueType::Ci:
        return referencePredicate(*column, field, term, context);
    case QueueValueType::Category:
        return categoryPredicate(*column, term);
    case QueueValueType::Substring:
        return textPredicate(*column, term, context.dialect);
    case QueueValueType::Sla:
        break;
    }
    return invalidData(Tr::tr("Field \"%1\" cannot be searched").arg(field.name));
}

} // namespace ServiceDeck::Storage::Internal
