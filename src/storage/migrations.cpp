// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace ServiceDeck::Storage {

const QList<Migration> &migrations()
{
    // Append new steps at the end; never edit a released one.
    static const QList<Migration> steps = {
        initialSchema(), queueIndexes(),       cmdbAttributes(),        changeApprovalQuorum(),
        syncSupport(),   remoteServices(),     cheaperChangeLog(),      changeLogPerTable(),
        batchedPush(),   changeLogRetention(), cheaperHubTicketWrites()};
    return steps;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace ServiceDeck::Storage
