// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windowrepository.h"

#include "storage/database.h"
#include "storage/journal.h"

#include <QList>

namespace ServiceDeck::Storage::Internal {

// What the journal records of a window: one field per column, the scope of a freeze as the
// sorted, comma-separated ids of its CIs (as a change's CIs are journaled), times as ISO UTC.
// An empty value is journaled as null.

QList<FieldChange> blackoutChanges(const std::optional<StoredBlackout> &before,
                                   const std::optional<StoredBlackout> &after);
QList<FieldChange> maintenanceChanges(const std::optional<StoredMaintenanceWindow> &before,
                                      const std::optional<StoredMaintenanceWindow> &after);

JournalOp windowOp(JournalOp::Action action, const QString &entity, const QUuid &id,
                   int baseVersion, const QUuid &actorId, QList<FieldChange> changes);

// Checks that the actor may manage windows, then begins the write's transaction.
Result<void> beginWindowWrite(Transaction &tx, const User &actor);
// Appends the write's journal op and commits its transaction.
Result<void> journalAndCommit(Database &db, Transaction &tx, const JournalOp &op);

// The window a write based on `expectedVersion` starts from, as read inside its transaction:
// a conflict with `deletedMessage` when it is gone, or with `changedMessage` (%1 its name,
// %2 its stored version, %3 the expected one) when it is at another version.
template<typename Stored>
Result<Stored> storedAtVersion(const Result<std::optional<Stored>> &stored, int expectedVersion,
                               const QString &deletedMessage, const QString &changedMessage,
                               QString Stored::*name)
{
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{ErrorKind::Conflict, deletedMessage};
    const Stored &current = **stored;
    if (current.version != expectedVersion)
        return Error{ErrorKind::Conflict,
                     changedMessage.arg(current.*name).arg(current.version).arg(expectedVersion)};
    return current;
}

} // namespace ServiceDeck::Storage::Internal
