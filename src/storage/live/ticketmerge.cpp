// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketmerge.h"

#include "core/tr.h"

namespace ServiceDeck::Storage {

namespace {

// Merge and save again when the ticket moved once more between reading and writing; a ticket
// that keeps moving that often is left to the person.
constexpr int MaxMergeAttempts = 3;

bool trimmedEqual(const QString &, const QString &a, const QString &b)
{
    return a.trimmed() == b.trimmed();
}

} // namespace

TicketMerge mergeTicketEdits(const QMap<QString, QString> &base, const FieldAssignments &mine,
                             const QMap<QString, QString> &theirs, const SameFieldValue &same)
{
    const SameFieldValue equal = same ? same : SameFieldValue(trimmedEqual);
    TicketMerge merge;
    for (const auto &[field, value] : mine) {
        const QString was = base.value(field);
        const QString now = theirs.value(field);
        if (equal(field, was, value))
            continue; // not really an edit
        if (equal(field, was, now)) {
            merge.merged << qMakePair(field, value);
            continue;
        }
        if (equal(field, now, value))
            continue; // both made the same change: already stored
        merge.clashes << FieldClash{field, was, now, value};
    }
    return merge;
}

Result<FieldAssignments> resolveClashes(const TicketMerge &merge,
                                        const QHash<QString, ClashChoice> &choices)
{
    FieldAssignments result = merge.merged;
    for (const FieldClash &clash : merge.clashes) {
        const auto choice = choices.constFind(clash.field);
        if (choice == choices.cend())
            return invalidData(
                Tr::tr("Field \"%1\": choose your value or the stored one").arg(clash.field));
        if (*choice == ClashChoice::Mine)
            result << qMakePair(clash.field, clash.mine);
    }
    return result;
}

Result<Ticket> updateMerging(TicketRepository &tickets, const Ticket &base,
                             const FieldAssignments &edits, const QUuid &actorId,
                             const ClashResolver &resolve, const SameFieldValue &same)
{
    Result<Ticket> saved = tickets.update(base.number, edits, actorId, base.version);
    for (int attempt = 0; attempt < MaxMergeAttempts; ++attempt) {
        if (saved || saved.error().kind != ErrorKind::Conflict)
            return saved;
        auto stored = tickets.findByNumber(base.number);
        if (!stored)
            return stored.error();
        const TicketMerge merge = mergeTicketEdits(base.fields, edits, stored->fields, same);
        QHash<QString, ClashChoice> choices;
        if (!merge.clashes.isEmpty()) {
            std::optional<QHash<QString, ClashChoice>> chosen;
            if (resolve)
                chosen = resolve(merge.clashes, *stored);
            if (!chosen)
                return Error{ErrorKind::Conflict,
                             Tr::tr("Ticket %1 was changed by someone else meanwhile; saving "
                                    "was cancelled and nothing was written")
                                 .arg(base.number)};
            choices = *chosen;
        }
        const auto assignments = resolveClashes(merge, choices);
        if (!assignments)
            return assignments.error();
        if (assignments->isEmpty())
            return *stored; // everything I changed is stored already, or I kept theirs
        saved = tickets.update(base.number, *assignments, actorId, stored->version);
    }
    return saved;
}

} // namespace ServiceDeck::Storage
