// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields.h"

#include "priority.h"
#include "timestamps.h"
#include "tr.h"

namespace ServiceDeck {

namespace {

FieldDef field(const char *name, FieldType type, QList<TicketKind> kinds = {},
               bool readOnly = false, QStringList choices = {})
{
    return FieldDef{QString::fromLatin1(name), type, std::move(kinds), readOnly,
                    std::move(choices)};
}

QList<FieldDef> makeFields()
{
    const QList<TicketKind> problem = {TicketKind::Problem};
    const QList<TicketKind> change = {TicketKind::Change};
    return {
        field("title", FieldType::Text),
        field("description", FieldType::LongText),
        field("state", FieldType::State),
        field("impact", FieldType::Level),
        field("urgency", FieldType::Level),
        field("priority", FieldType::Priority, {}, true),
        field("category", FieldType::Text),
        field("requester", FieldType::User),
        field("assignee", FieldType::User),
        field("group", FieldType::Group),
        field("service", FieldType::Ci),
        field("ci", FieldType::Ci),
        field("opened", FieldType::Instant, {}, true),
        field("updated", FieldType::Instant, {}, true),
        field("resolved", FieldType::Instant),
        field("closed", FieldType::Instant),
        field("resolution", FieldType::LongText),
        field("root_cause", FieldType::LongText, problem),
        field("workaround", FieldType::LongText, problem),
        field("known_error", FieldType::Bool, problem),
        field("change_type", FieldType::Choice, change, false,
              {QStringLiteral("standard"), QStringLiteral("normal"), QStringLiteral("emergency")}),
        field("risk", FieldType::Choice, change, false,
              {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
               QStringLiteral("very_high")}),
        field("planned_start", FieldType::Instant, change),
        field("planned_end", FieldType::Instant, change),
        field("cis", FieldType::CiList, change),
        field("implementation_plan", FieldType::LongText, change),
        field("backout_plan", FieldType::LongText, change),
        field("test_plan", FieldType::LongText, change),
        // Post-implementation review.
        field("actual_start", FieldType::Instant, change),
        field("actual_end", FieldType::Instant, change),
        field("review_outcome", FieldType::Choice, change, false,
              {QStringLiteral("successful"), QStringLiteral("partially_successful"),
               QStringLiteral("failed"), QStringLiteral("backed_out")}),
        field("review_notes", FieldType::LongText, change),
    };
}

Error fieldError(const QString &field, const QString &what)
{
    return invalidData(Tr::tr("Field \"%1\": %2").arg(field, what));
}

} // namespace

const QList<FieldDef> &ticketFields()
{
    static const QList<FieldDef> fields = makeFields();
    return fields;
}

const FieldDef *findTicketField(QStringView name)
{
    for (const FieldDef &def : ticketFields()) {
        if (def.name == name)
            return &def;
    }
    return nullptr;
}

QStringList ticketFieldNames(TicketKind kind)
{
    QStringList names;
    for (const FieldDef &def : ticketFields()) {
        if (def.appliesTo(kind))
            names << def.name;
    }
    return names;
}

Result<QString> normaliseFieldValue(TicketKind kind, const QString &name, const QString &text)
{
    const FieldDef *def = findTicketField(name);
    if (!def)
        return invalidData(Tr::tr("Unknown field \"%1\"; known fields are: %2")
                               .arg(name, ticketFieldNames(kind).join(QStringLiteral(", "))));
    if (!def->appliesTo(kind))
        return fieldError(name, Tr::tr("not a field of a %1").arg(kindName(kind)));
    if (def->readOnly)
        return fieldError(name, Tr::tr("is kept by ServiceDeck and cannot be set"));

    const QString value = def->type == FieldType::LongText ? text : text.trimmed();
    if (value.isEmpty()) {
        if (name == u"title" || name == u"state" || name == u"impact" || name == u"urgency")
            return fieldError(name, Tr::tr("must not be empty"));
        return QString(); // clears the field
    }

    switch (def->type) {
    case FieldType::Text:
        if (value.contains(QLatin1Char('\n')))
            return fieldError(name, Tr::tr("must be a single line"));
        return value;
    case FieldType::LongText:
        return value;
    case FieldType::Level: {
        bool ok = false;
        const int level = value.toInt(&ok);
        if (!ok || !isValidLevel(level))
            return fieldError(name, Tr::tr("\"%1\" is not a level from 1 (high) to 3 (low)")
                                        .arg(value));
        return QString::number(level);
    }
    case FieldType::Priority:
        return fieldError(name, Tr::tr("is derived from impact and urgency"));
    case FieldType::State:
        if (!isState(kind, value))
            return fieldError(name, Tr::tr("\"%1\" is not a state of a %2; states are: %3")
                                        .arg(value, kindName(kind),
                                             states(kind).join(QStringLiteral(", "))));
        return value;
    case FieldType::Choice:
        if (!def->choices.contains(value))
            return fieldError(name, Tr::tr("\"%1\" is not one of: %2")
                                        .arg(value, def->choices.join(QStringLiteral(", "))));
        return value;
    case FieldType::Bool: {
        const QString lower = value.toLower();
        if (lower == u"true" || lower == u"yes" || lower == u"1")
            return QStringLiteral("true");
        if (lower == u"false" || lower == u"no" || lower == u"0")
            return QStringLiteral("false");
        return fieldError(name, Tr::tr("\"%1\" is not true or false").arg(value));
    }
    case FieldType::Instant: {
        const auto instant = parseIsoInstant(value);
        if (!instant)
            return fieldError(name, Tr::tr("\"%1\" is not an ISO 8601 date or date-time "
                                           "(for example 2026-03-01 or 2026-03-01T14:30:00Z)")
                                        .arg(value));
        return toIsoUtc(*instant);
    }
    case FieldType::User:
    case FieldType::Group:
    case FieldType::Ci:
        return value;
    case FieldType::CiList: {
        QStringList names;
        for (const QString &part : value.split(QLatin1Char(','))) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty() && !names.contains(trimmed))
                names << trimmed;
        }
        return names.join(QLatin1Char(','));
    }
    }
    return value;
}

Result<std::pair<QString, QString>> splitAssignment(const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return Error{ErrorKind::Usage,
                     Tr::tr("\"%1\" is not of the form FIELD=VALUE").arg(assignment)};
    return std::pair{assignment.left(eq).trimmed(), assignment.mid(eq + 1)};
}

} // namespace ServiceDeck
