// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/remoterepository.h"

#include <QByteArray>

namespace ServiceDeck::Connectors {

// One run against a remote, whatever its kind: an exchange with a Request Tracker, a publish to
// a CalDAV calendar. Synchronous (the GUI calls it from a worker thread with a Database of its
// own). Records when it ran and how it ended in remote_state ("last_run", "last_result") so the
// sync panel shows the same for a run from the command line.
Result<RemoteRunReport> runRemote(Storage::Database &db, const Remote &remote,
                                  const QByteArray &secret, const QUuid &actorId);
// Notes how a run ended in remote_state (what runRemote does; for callers that run a
// connector themselves, such as the command line with its own date range).
void recordRun(Storage::Database &db, const QUuid &remoteId,
               const Result<RemoteRunReport> &outcome);
// Reaches the remote with these settings and says what it found, or why not.
Result<QString> testRemote(const Remote &remote, const QByteArray &secret);

// What the sync panel shows per remote.
struct RemoteStatus
{
    QString lastRun;    // ISO UTC; empty: never
    QString lastResult; // a one-line summary, or the error of the last run
    bool lastRunFailed = false;
    int errorCount = 0; // ops with a recorded error (still queued)
};
Result<RemoteStatus> remoteStatus(Storage::Database &db, const QUuid &remoteId);

// The report as one line for people: "3 received, 1 sent, 0 conflicts".
QString summary(const RemoteRunReport &report);

} // namespace ServiceDeck::Connectors
