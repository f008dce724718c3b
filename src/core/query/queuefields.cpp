// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuefields.h"

#include "datevalue.h"
#include "quoting.h"

#include "core/fields.h"
#include "core/ticketkind.h"
#include "core/tr.h"

#include <algorithm>

namespace ServiceDeck::Query {

using Internal::displayValue;

namespace {

QStringList allStates()
{
    QStringList list;
    for (TicketKind kind : allTicketKinds()) {
        for (const QString &state : states(kind)) {
            if (!list.contains(state))
                list << state;
        }
    }
    return list;
}

QStringList kindNames()
{
    QStringList list;
    for (TicketKind kind : allTicketKinds())
        list << kindName(kind);
    return list;
}

QStringList choicesOf(const char *ticketField)
{
    const FieldDef *def = findTicketField(QString::fromLatin1(ticketField));
    return def ? def->choices : QStringList();
}

QueueField field(const char *name, QueueValueType type, bool ordered = false,
                 bool acceptsNone = false, QStringList choices = {})
{
    return QueueField{QString::fromLatin1(name), type, ordered, acceptsNone, std::move(choices)};
}

QList<QueueField> makeFields()
{
    using T = QueueValueType;
    const QStringList booleans = {QStringLiteral("true"), QStringLiteral("false")};
    QList<QueueField> fields = {
        field("active", T::Bool, false, false, booleans),
        field("assignee", T::User, false, true),
        field("category", T::Category, false, true),
        field("change_type", T::Choice, false, false, choicesOf("change_type")),
        field("ci", T::Ci, false, true),
        field("closed", T::Instant, true, true),
        field("description", T::Substring),
        field("group", T::Group, false, true),
        field("impact", T::Level, true),
        field("kind", T::Kind, false, false, kindNames()),
        field("known_error", T::Bool, false, false, booleans),
        field("number", T::Number),
        field("opened", T::Instant, true),
        field("planned_end", T::Instant, true, true),
        field("planned_start", T::Instant, true, true),
        field("priority", T::Priority, true),
        field("requester", T::User, false, true),
        field("resolution_due", T::Instant, true, true),
        field("resolved", T::Instant, true, true),
        field("risk", T::Choice, false, false, choicesOf("risk")),
        field("review_outcome", T::Choice, false, false, choicesOf("review_outcome")),
        field("service", T::Ci, false, true),
        field("sla", T::Sla, false, false,
              {QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("breached"),
               QStringLiteral("paused")}),
        field("state", T::State, false, false, allStates()),
        field("title", T::Substring),
        field("updated", T::Instant, true),
        field("urgency", T::Level, true),
    };
    return fields;
}

bool isNone(QStringView value)
{
    return value.compare(u"none", Qt::CaseInsensitive) == 0;
}

Error valueError(const QString &message)
{
    return invalidData(message);
}

Result<QString> oneOf(QStringView value, const QStringList &choices, const QString &what)
{
    const QString lower = value.toString().toLower();
    if (choices.contains(lower))
        return lower;
    return valueError(Tr::tr("%1 is not %2; use one of: %3")
                          .arg(displayValue(value), what, choices.join(QStringLiteral(", "))));
}

Result<QString> integerIn(QStringView value, int low, int high, const QString &message)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < low || number > high || value.startsWith(u'+'))
        return valueError(message);
    return QString::number(number);
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

const QList<QueueField> &queueFields()
{
    static const QList<QueueField> fields = makeFields();
    return fields;
}

const QueueField *findQueueField(QStringView name)
{
    for (const QueueField &def : queueFields()) {
        if (name.compare(def.name, Qt::CaseInsensitive) == 0)
            return &def;
    }
    return nullptr;
}

QStringList queueFieldNames()
{
    QStringList names;
    for (const QueueField &def : queueFields())
        names << def.name;
    names.sort();
    return names;
}

QStringList queueValueSuggestions(QStringView name)
{
    const QueueField *def = findQueueField(name);
    if (!def)
        return {};
    switch (def->type) {
    case QueueValueType::Kind:
    case QueueValueType::State:
    case QueueValueType::Sla:
    case QueueValueType::Choice:
    case QueueValueType::Bool:
        return def->choices;
    case QueueValueType::Level:
        return {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    case QueueValueType::Priority:
        return {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"),
                QStringLiteral("P4"), QStringLiteral("P5")};
    case QueueValueType::Instant: {
        QStringList list = {QStringLiteral("today"), QStringLiteral("-1h"),  QStringLiteral("-1d"),
                            QStringLiteral("-7d"),   QStringLiteral("-30d"), QStringLiteral("+1d"),
                            QStringLiteral("+7d")};
        if (def->acceptsNone)
            list << QStringLiteral("none");
        return list;
    }
    case QueueValueType::User:
        return {QStringLiteral("me"), QStringLiteral("none")};
    case QueueValueType::Group:
        return {QStringLiteral("me"), QStringLiteral("mine"), QStringLiteral("none")};
    case QueueValueType::Ci:
    case QueueValueType::Category:
        return {QStringLiteral("none")};
    case QueueValueType::Number:
    case QueueValueType::Substring:
        return {};
    }
    return {};
}

Result<QString> normaliseQueueValue(const QueueField &def, QStringView value, Comparison comparison)
{
    if (value.trimmed().isEmpty())
        return valueError(Tr::tr("Field \"%1\" needs a value").arg(def.name));
    if (def.acceptsNone && isNone(value)) {
        if (comparison != Comparison::Equal)
            return valueError(Tr::tr("\"none\" cannot be compared with \"%1\"; "
                                     "use %2:none or -%2:none")
                                  .arg(comparisonSymbol(comparison), def.name));
        return QStringLiteral("none");
    }
    switch (def.type) {
    case QueueValueType::Kind:
        return oneOf(value, def.choices, Tr::tr("a ticket kind"));
    case QueueValueType::State:
        return oneOf(value, def.choices, Tr::tr("a state"));
    case QueueValueType::Sla:
        return oneOf(value, def.choices, Tr::tr("an SLA status"));
    case QueueValueType::Choice:
        return oneOf(value, def.choices, Tr::tr("a value of %1").arg(def.name));
    case QueueValueType::Bool: {
        if (value.compare(u"true", Qt::CaseInsensitive) == 0 ||
            value.compare(u"yes", Qt::CaseInsensitive) == 0 || value == u"1")
            return QStringLiteral("true");
        if (value.compare(u"false", Qt::CaseInsensitive) == 0 ||
            value.compare(u"no", Qt::CaseInsensitive) == 0 || value == u"0")
            return QStringLiteral("false");
        return valueError(Tr::tr("%1 is not true or false").arg(displayValue(value)));
    }
    case QueueValueType::Level:
        return integerIn(
            value, 1, 3,
            Tr::tr("%1 is not a number from 1 (high) to 3 (low)").arg(displayValue(value)));
    case QueueValueType::Priority: {
        const QStringView digits =
            value.startsWith(u'P', Qt::CaseInsensitive) ? value.mid(1) : value;
        return integerIn(
            digits, 1, 5,
            Tr::tr("%1 is not a priority; use 1 to 5 or P1 to P5").arg(displayValue(value)));
    }
    case QueueValueType::Number:
        return value.toString().toUpper();
    case QueueValueType::Instant: {
        const auto date = DateValue::parse(value);
        if (!date)
            return valueError(Tr::tr("%1 is not a date; use an ISO date (2026-03-01), a "
                                     "date-time (2026-03-01T14:30Z), today, or a time relative "
                                     "to now such as -7d, -12h, -30m, -2w or +3d")
                                  .arg(displayValue(value)));
        return date->text();
    }
    case QueueValueType::User:
        if (value.compare(u"me", Qt::CaseInsensitive) == 0)
            return QStringLiteral("me");
        return value.toString();
    case QueueValueType::Group:
        if (value.compare(u"me", Qt::CaseInsensitive) == 0 ||
            value.compare(u"mine", Qt::CaseInsensitive) == 0)
            return QStringLiteral("me");
        return value.toString();
    case QueueValueType::Ci:
    case QueueValueType::Category:
    case QueueValueType::Substring:
        return value.toString();
    }
    return value.toString();
}

QStringList similarNames(QStringView name, const QStringList &candidates)
{
    QList<std::pair<int, QString>> scored;
    if (name.size() > 64) // no field name is that long; spare the quadratic distance
        return {};
    const QString lower = name.toString().toLower();
    for (const QString &candidate : candidates) {
        const int distance = editDistance(lower, candidate);
        const bool prefix = lower.size() >= 2 && candidate.startsWith(lower);
        const int allowed = std::max(1, int(std::min(lower.size(), candidate.size())) / 3);
        if (prefix || distance <= allowed)
            scored.append({prefix ? 0 : distance, candidate});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList names;
    for (qsizetype i = 0; i < scored.size() && i < 3; ++i)
        names << scored[i].second;
    return names;
}

} // namespace ServiceDeck::Query
