// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle.h"

#include "tr.h"

namespace ServiceDeck {

namespace {

Transition step(const char *from, const char *to, QStringList required = {})
{
    return {QString::fromLatin1(from), QString::fromLatin1(to), std::move(required)};
}

QStringList req(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

QList<Transition> incident()
{
    QList<Transition> list = {
        step("new", "assigned", req({"group"})),
        step("assigned", "in_progress", req({"assignee"})),
        step("in_progress", "pending"),
        step("pending", "in_progress"),
        step("in_progress", "resolved", req({"resolution"})),
        step("pending", "resolved", req({"resolution"})),
        step("resolved", "closed"),
        step("resolved", "in_progress"), // reopen
    };
    for (const char *open : {"new", "assigned", "in_progress", "pending"})
        list << step(open, "cancelled", req({"resolution"}));
    return list;
}

QList<Transition> request()
{
    return {
        step("new", "approved"),
        step("new", "rejected", req({"resolution"})),
        step("approved", "fulfilling", req({"assignee"})),
        step("fulfilling", "pending"),
        step("pending", "fulfilling"),
        step("fulfilling", "fulfilled", req({"resolution"})),
        step("pending", "fulfilled", req({"resolution"})),
        step("fulfilled", "closed"),
    };
}

QList<Transition> problem()
{
    return {
        step("new", "investigating", req({"assignee"})),
        step("investigating", "known_error", req({"root_cause", "workaround"})),
        step("investigating", "resolved", req({"root_cause", "resolution"})),
        step("known_error", "resolved", req({"resolution"})),
        step("resolved", "closed", req({"root_cause"})),
    };
}

QList<Transition> change()
{
    QList<Transition> list = {
        step("draft", "assessing"),
        step("assessing", "awaiting_approval",
             req({"planned_start", "planned_end", "implementation_plan", "backout_plan"})),
        step("awaiting_approval", "approved"),
        step("awaiting_approval", "rejected"),
        step("approved", "scheduled", req({"planned_start", "planned_end"})),
        step("scheduled", "implementing"),
        step("implementing", "review"),
        step("review", "closed"),
    };
    for (const char *before : {"draft", "assessing", "awaiting_approval", "approved", "scheduled"})
        list << step(before, "cancelled");
    return list;
}

} // namespace

QList<Transition> transitions(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Incident: return incident();
    case TicketKind::Request: return request();
    case TicketKind::Problem: return problem();
    case TicketKind::Change: return change();
    }
    return {};
}

QStringList allowedTransitions(TicketKind kind, QStringView from)
{
    QStringList targets;
    for (const QString &state : states(kind)) {
        for (const Transition &t : transitions(kind)) {
            if (t.from == from && t.to == state && !targets.contains(state))
                targets << state;
        }
    }
    return targets;
}

QStringList missingTransitionFields(TicketKind kind, const QString &from, const QString &to,
                                    const QMap<QString, QString> &fields)
{
    QStringList missing;
    for (const Transition &t : transitions(kind)) {
        if (t.from != from || t.to != to)
            continue;
        for (const QString &field : t.requiredFields) {
            if (fields.value(field).trimmed().isEmpty())
                missing << field;
        }
    }
    return missing;
}

Result<void> checkTransition(TicketKind kind, const QString &from, const QString &to,
                             const QMap<QString, QString> &fields)
{
    if (!isState(kind, to))
        return invalidData(Tr::tr("Field \"state\": \"%1\" is not a state of a %2; states are: %3")
                               .arg(to, kindName(kind), states(kind).join(QStringLiteral(", "))));
    for (const Transition &t : transitions(kind)) {
        if (t.from != from || t.to != to)
            continue;
        const QStringList missing = missingTransitionFields(kind, from, to, fields);
        if (!missing.isEmpty())
            return invalidData(Tr::tr("Moving a %1 from %2 to %3 needs: %4")
                                   .arg(kindName(kind), from, to,
                                        missing.join(QStringLiteral(", "))));
        return {};
    }
    const QStringList allowed = allowedTransitions(kind, from);
    return invalidData(allowed.isEmpty()
                           ? Tr::tr("Field \"state\": a %1 in state %2 cannot move to %3; %2 is "
                                    "final")
                                 .arg(kindName(kind), from, to)
                           : Tr::tr("Field \"state\": a %1 in state %2 cannot move to %3; "
                                    "allowed: %4")
                                 .arg(kindName(kind), from, to,
                                      allowed.join(QStringLiteral(", "))));
}

QMap<QString, QString> transitionEffects(TicketKind kind, const QString &from, const QString &to,
                                         const QString &nowIso)
{
    Q_UNUSED(kind);
    QMap<QString, QString> effects;
    if (to == u"resolved" || to == u"fulfilled")
        effects.insert(QStringLiteral("resolved"), nowIso);
    if (to == u"closed" || to == u"cancelled" || to == u"rejected")
        effects.insert(QStringLiteral("closed"), nowIso);
    if ((from == u"resolved" || from == u"fulfilled") && to != u"closed")
        effects.insert(QStringLiteral("resolved"), QString());
    return effects;
}

} // namespace ServiceDeck
