// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two-way ticket exchange with Request Tracker 5 over its REST2 API.
//
// How it behaves, and why:
// - A run pushes first, then pulls: local changes are replayed before RT's are read, so that a
//   pull never overwrites an edit that was not sent yet.
// - Exchanged fields: title ↔ Subject, state ↔ Status (through the status map; a state without
//   its own RT status shares one, e.g. assigned and in_progress are both "open"), urgency ↔
//   Priority (through the priority map; RT's value maps to the nearest level). The description
//   goes to RT as the first message of a ticket created from here, and comes from RT's first
//   message for a ticket created there; later edits of it are not exchanged (RT keeps messages,
//   not an editable description). Owners are not mapped: users differ between the two systems.
// - Each link keeps a base: the value of every exchanged field both sides agreed on, in
//   ServiceDeck's terms, plus RT's own value under "_remote" and RT's LastUpdated of the last
//   pull under "_lastUpdated". RT changed a field when its value differs from "_remote"; the
//   local side changed it when its value differs from the agreed one.
// - Pull: per mapped queue, `Queue = 'Q' AND LastUpdated >= cursor`, paged, oldest first. The
//   cursor is the newest LastUpdated seen; a ticket whose link already has that LastUpdated and
//   whose ETag (RT's newest transaction id) is the stored one is skipped, which removes the
//   duplicates that the one-second clock and ">=" give without missing a later edit made in
//   the same second. A new RT
//   ticket becomes a local ticket of the mapped kind in the mapped group. Correspondence becomes
//   a public comment, a comment an internal one; each RT transaction is linked once (entity
//   "comments") and never copied twice. Everything written for one RT ticket is one transaction,
//   written through the repositories under the journal origin "rt:<remote id>".
// - Three-way merge: RT changed and here not → applied here; changed here and not in RT →
//   left for the push; both changed to the same value → agreed; both changed to different
//   values → a field conflict in sync_conflicts naming the remote; neither side is overwritten
//   and the field is left out of pushes and pulls until a person resolves it. RT's status is
//   followed through the shortest run of allowed local steps (RT's coarser lifecycle skips
//   states); when a step needs what RT cannot give (an assignee, a resolution), the state is a
//   conflict as well, with the rule's message.
// - Push: the journal is the outbox. Ops after the remote's cursor "push_seq", except those
//   written under this remote's own origin, are replayed in order. For a linked ticket the
//   fields that differ from the base are sent in one `PUT /ticket/:id` with If-Match of the
//   stored ETag (several ops of one ticket may so go in one request). A 412 fetches the ticket,
//   merges it as a pull does and sends what is still ours once more with the new ETag; a second
//   412 is recorded and the op stays queued. A new comment of a linked ticket goes as
//   `/comment` (internal) or `/correspond` (public), once: its link is written as 'creating'
//   first and a repeated run looks for the message in RT before it sends it again. Deleting a
//   ticket here deletes nothing in RT. A remote's first run sets the cursor to the journal's end:
//   only what happens after a remote is set up is sent (a group's existing tickets are not all
//   handed to RT at once).
// - A local ticket put into a mapped group (by its create or a later update) is created in the
//   mapped queue exactly once: a link in state 'creating' is committed first, the create carries
//   the local id in the custom field idField, and only then the link gets RT's id. A run that
//   finds a 'creating' link searches RT for that id first and creates only when none is found.
//   Comments written before the handover stay here.
// - A failure (RT unreachable, 5xx after the retries, a malformed or refused reply) is recorded
//   in remote_errors against its op and ends the run; the cursor stays before the op, so the op
//   is sent again next time: that is how working offline works. Nothing is half-applied here.

#include "rtsettings.h"

#include "connectors/remote/remoterepository.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Connectors::Rt {

// "Request Tracker 5.0.3 as root; queues: General, Supplier", or why RT cannot be used.
Result<QString> testConnection(const Remote &remote, const QByteArray &token);

// One run: push, then pull (see above). Synchronous; a worker thread passes its own Database.
// An Error means the run stopped early; it is also recorded in remote_errors.
Result<RemoteRunReport> synchronise(Storage::Database &db, const Remote &remote,
                                    const QByteArray &token, const QUuid &actorId);

} // namespace ServiceDeck::Connectors::Rt
