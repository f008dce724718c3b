// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ticketrepository.h"

#include "core/error.h"
#include "core/ticket.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace ServiceDeck::Storage {

// One field that the person and someone else both changed, to different values.
struct FieldClash
{
    QString field;
    QString base;   // as the person's form loaded it
    QString theirs; // as stored now
    QString mine;   // as the person edited it

    bool operator==(const FieldClash &) const = default;
};

// Field-by-field merge of a person's edits into a ticket someone else changed meanwhile.
struct TicketMerge
{
    // What to write on top of the stored ticket: the person's edits to fields nobody else touched.
    FieldAssignments merged;
    // Fields edited on both sides to different values: a person decides each.
    QList<FieldClash> clashes;
};

enum class ClashChoice { Mine, Theirs };

// Whether two canonical texts of a field mean the same; by default equal after trimming.
using SameFieldValue = std::function<bool(const QString &field, const QString &a,
                                          const QString &b)>;

// Merges `mine` (the edits, against `base`) with `theirs` (the stored fields now): a field only
// I changed takes my value; one only they changed keeps theirs (nothing to write); both changed
// it to the same value is no clash; to two different values is a clash. Absent fields are empty.
TicketMerge mergeTicketEdits(const QMap<QString, QString> &base, const FieldAssignments &mine,
                             const QMap<QString, QString> &theirs,
                             const SameFieldValue &same = {});

// The merged assignments plus, for each clash, my value where I chose mine (theirs needs no
// write). A clash without a choice is an InvalidData error: nothing may be decided silently.
Result<FieldAssignments> resolveClashes(const TicketMerge &merge,
                                        const QHash<QString, ClashChoice> &choices);

// Asked once per save that meets clashes, with the stored ticket; nullopt cancels the save.
using ClashResolver = std::function<std::optional<QHash<QString, ClashChoice>>(
    const QList<FieldClash> &clashes, const Ticket &stored)>;

// Saves `edits` made on `base` (the ticket as loaded, with its version). When someone else saved
// the ticket meanwhile, merges against the stored ticket and saves the result on its version,
// asking `resolve` about clashes. Conflict when the person cancels (nothing written) or the
// ticket keeps moving under the merge.
Result<Ticket> updateMerging(TicketRepository &tickets, const Ticket &base,
                             const FieldAssignments &edits, const QUuid &actorId,
                             const ClashResolver &resolve, const SameFieldValue &same = {});

} // namespace ServiceDeck::Storage
