// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caldavsettings.h"

#include "connectors/remote/remoterepository.h"
#include "core/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

// The change schedule published to a CalDAV calendar collection (RFC 4791). Remote::baseUrl is
// the collection, Remote::userName and the password give basic auth. Synchronous: the CLI calls
// it directly, the GUI from a worker thread with its own Database.
namespace ServiceDeck::Connectors::CalDav {

// PROPFINDs the collection (or, when it does not exist yet, its parent) and says in a sentence
// what is there; an Error says why the server cannot be used (unreachable, refused login, not a
// calendar).
Result<QString> testConnection(const Remote &remote, const QByteArray &password);

// Brings the collection in line with the schedule of [from, to) (default: the remote's
// CalDavSettings range around today): creates the collection when missing (MKCALENDAR), one
// resource per change and per change freeze of the range, created with If-None-Match: * and
// replaced with If-Match of the ETag the id map keeps; resources of changes cancelled, rejected,
// deleted or out of the range and of freezes removed are deleted (with If-Match). Only hrefs in
// the id map are touched: what others put in the collection stays. A record whose content hash
// (DTSTAMP aside) matches the last publish is not sent again.
// A 412 (someone else changed or removed the resource) is not overwritten blindly: the current
// ETag is fetched into the id map, the error recorded, and the next publish sends it again.
// A 4xx on one resource is recorded and the run goes on; a network failure, timeout, TLS error
// or 5xx is recorded and ends the run with a Connection error; the id map only ever holds what
// the server confirmed. `actorId`: who publishes; the id map is not journaled, so it is used for
// nothing but is part of the connectors' common signature.
Result<RemoteRunReport> publish(Storage::Database &db, const Remote &remote,
                                const QByteArray &password, const QUuid &actorId,
                                const QDateTime &from = {}, const QDateTime &to = {});

} // namespace ServiceDeck::Connectors::CalDav
