// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windowrepository.h"

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

} // namespace ServiceDeck::Storage::Internal
