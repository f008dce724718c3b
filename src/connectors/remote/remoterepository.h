// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Connectors {

enum class RemoteKind { RequestTracker, CalDav };
QString remoteKindName(RemoteKind kind); // "rt", "caldav"
std::optional<RemoteKind> remoteKindFromName(const QString &name);

// A remote service as configured in the database. The secret (token or password) is not here:
// it lives in the OS keychain under secretKey() (see views/settings), or is given on the
// command line.
struct Remote
{
    QUuid id;
    RemoteKind kind = RemoteKind::RequestTracker;
    QString name;
    QUrl baseUrl;
    QString userName;
    QJsonObject settings; // the connector's own: mappings, CA file, calendar path, …
    bool enabled = true;

    QString secretKey() const; // "remote/<id>"
};

// A local record linked to a remote one (the id map).
struct RemoteLink
{
    QUuid remoteId;
    QString entity; // local table: "tickets", "blackout_windows", …
    QUuid localId;
    QString remoteKey; // the remote's id or resource path; empty while `creating`
    QString etag;
    QJsonObject base; // field values both sides agreed on at the last exchange
    bool creating = false;
    QString synced; // ISO UTC
};

struct RemoteError
{
    QUuid id;
    QUuid remoteId;
    QUuid opId; // null for errors not tied to an op (a failed pull)
    QString entity;
    QUuid entityId;
    QString at; // ISO UTC
    QString message;
    int attempts = 1;
};

// What one run against a remote did, for the CLI, the sync panel and the tests.
struct RemoteRunReport
{
    int pulled = 0;    // remote records applied locally (created or updated)
    int pushed = 0;    // local ops (or resources) sent to the remote
    int created = 0;   // records created on the remote
    int deleted = 0;   // records or resources removed on the remote
    int unchanged = 0; // records or resources that needed nothing
    int conflicts = 0; // sync conflicts left for a person
    int errors = 0;    // errors recorded in remote_errors during the run (ops still queued)
};

// Remotes, links, cursors and errors. Every method works inside the caller's transaction when
// there is one.
class RemoteRepository
{
public:
    explicit RemoteRepository(Storage::Database &db) : m_db(db) {}

    Result<QList<Remote>> list();
    Result<std::optional<Remote>> findByName(const QString &name);
    // Inserts (null id: a new id is given) or updates; InvalidData names the field at fault
    // (empty name, name taken, URL not http(s)).
    Result<Remote> save(Remote remote);
    Result<void> remove(const QUuid &id);

    Result<std::optional<RemoteLink>> link(const QUuid &remoteId, const QString &entity,
                                           const QUuid &localId);
    Result<std::optional<RemoteLink>> linkByKey(const QUuid &remoteId, const QString &entity,
                                                const QString &remoteKey);
    Result<QList<RemoteLink>> links(const QUuid &remoteId, const QString &entity);
    Result<void> saveLink(const RemoteLink &link); // insert or replace; stamps `synced`
    Result<void> removeLink(const QUuid &remoteId, const QString &entity, const QUuid &localId);

    // Cursors and other bookkeeping, per remote (key → value); a missing key reads as null.
    Result<QString> state(const QUuid &remoteId, const QString &key);
    Result<void> setState(const QUuid &remoteId, const QString &key, const QString &value);

    // An error against an op (or none): a repeat of the same op's error counts attempts.
    Result<void> recordError(const RemoteError &error);
    Result<void> clearErrors(const QUuid &remoteId, const QUuid &opId); // null op: all of them
    Result<QList<RemoteError>> errors(const QUuid &remoteId, int limit = 50); // newest first

private:
    Result<QList<Remote>> select(const QString &where, const QVariantList &binds);
    Result<QList<RemoteLink>> selectLinks(const QString &where, const QVariantList &binds);

    Storage::Database &m_db;
};

} // namespace ServiceDeck::Connectors
