// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 6: remote services. A remote (a Request Tracker, a CalDAV calendar) is configured
// in the database; each local record exchanged with it has a link that maps it to the remote's
// key and keeps the remote's ETag and the field values both sides agreed on at the last exchange
// (the base of a three-way merge). Cursors live in remote_state; what a remote refused or could
// not be reached for is recorded in remote_errors against the op, which stays queued. None of
// these tables has a record version: they belong to the client that talks to the remote and are
// not carried by hub sync. A conflict with a remote is a sync conflict that names its remote.
#include "database.h"
#include "migrations.h"

namespace ServiceDeck::Storage {

namespace {

const char *const commonStatements[] = {
    "CREATE TABLE remotes (id {ID} PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('rt', "
    "'caldav')), name TEXT NOT NULL UNIQUE, base_url TEXT NOT NULL, user_name TEXT, "
    "settings TEXT NOT NULL DEFAULT '{}', enabled {BOOL} NOT NULL DEFAULT {TRUE}, "
    "created {TS} NOT NULL)",
    // state: 'creating' while a create on the remote is in flight (remote_key still unknown),
    // then 'linked'.
    "CREATE TABLE remote_links (remote_id {ID} NOT NULL REFERENCES remotes(id) ON DELETE CASCADE, "
    "entity TEXT NOT NULL, local_id {ID} NOT NULL, remote_key TEXT, etag TEXT, base TEXT, "
    "state TEXT NOT NULL DEFAULT 'linked' CHECK (state IN ('creating', 'linked')), "
    "synced {TS}, PRIMARY KEY (remote_id, entity, local_id))",
    "CREATE UNIQUE INDEX remote_links_key ON remote_links (remote_id, entity, remote_key)",
    "CREATE TABLE remote_state (remote_id {ID} NOT NULL REFERENCES remotes(id) ON DELETE CASCADE, "
    "key TEXT NOT NULL, value TEXT, PRIMARY KEY (remote_id, key))",
    "CREATE TABLE remote_errors (id {ID} PRIMARY KEY, remote_id {ID} NOT NULL REFERENCES "
    "remotes(id) ON DELETE CASCADE, op_id {ID}, entity TEXT, entity_id {ID}, at {TS} NOT NULL, "
    "message TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX remote_errors_at ON remote_errors (remote_id, at)",
    "ALTER TABLE sync_conflicts ADD COLUMN remote_id {ID}",
};

} // namespace

Migration remoteServices()
{
    Migration step;
    step.version = 6;
    step.description = QStringLiteral("remote services: remotes, id map, cursors, errors");
    for (const char *statement : commonStatements)
        step.common << QString::fromUtf8(statement);
    return step;
}

} // namespace ServiceDeck::Storage
