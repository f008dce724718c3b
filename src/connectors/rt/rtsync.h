// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rtclient.h"
#include "rtsettings.h"

#include "connectors/remote/remoterepository.h"
#include "core/ticket.h"

#include <QJsonObject>
#include <QMap>
#include <QUuid>

#include <optional>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Connectors::Rt::Internal {

// One synchronisation run against one RT: push (the journal after the cursor), then pull (the
// mapped queues after their cursors). See rtconnector.h for the rules it follows.
class SyncRun
{
public:
    SyncRun(Storage::Database &db, const Remote &remote, const RtSettings &settings,
            RtClient &client, const QUuid &actorId);

    // Both stop at the first failure, record it in remote_errors and return it; what was done
    // before stays done and the cursors stay where the work stopped.
    Result<void> push();
    Result<void> pull();

    const RemoteRunReport &report() const { return m_report; }

    // For tests: the environment variable that makes the process abort right after RT answered
    // a create and before the link is stored (to prove that a repeated run creates nothing twice).
    static const char *abortAfterCreateVariable();

private:
    struct Op
    {
        qint64 lastSeq = 0;
        QUuid opId;
        QString action;
        QString entity;
        QUuid entityId;
        QMap<QString, QString> values; // field → new value
    };

    QString origin() const;
    Result<std::optional<Ticket>> loadTicket(const QUuid &id);
    Result<bool> hasOpenConflict(const QUuid &ticketId, const QString &field);
    Result<void> addConflict(const QUuid &ticketId, const QUuid &opId, const QString &field,
                             const QString &base, const QString &local, const QString &remote,
                             const QString &why, const QString &remoteKey);
    Result<void> fail(const Error &error, const QUuid &opId, const QString &entity,
                      const QUuid &entityId);

    // Push.
    Result<QList<Op>> readOps(qint64 after, int limit);
    Result<void> pushOp(const Op &op);
    Result<void> pushTicket(RemoteLink link, const QUuid &opId);
    Result<QJsonObject> changedFields(const RemoteLink &link, const Ticket &local);
    Result<void> createRemote(const Ticket &local, const QueueMapping &mapping,
                              std::optional<RemoteLink> link, const QUuid &opId);
    Result<void> finishCreate(const Ticket &local, RemoteLink link, const QString &remoteKey);
    Result<void> pushComment(const Op &op);
    Result<QString> findMessage(const QString &remoteKey, bool internal, const QString &text);
    Result<void> pushMarked();

    // Pull.
    Result<void> pullQueue(const QueueMapping &mapping);
    Result<void> pullTicket(const QString &remoteKey, const QueueMapping &mapping,
                            std::optional<RemoteLink> link);
    // The three-way merge of RT's ticket into the linked local one, inside the caller's
    // transaction: applies what only RT changed, records a conflict where both changed.
    Result<bool> merge(RemoteLink &link, const RtTicket &rt, const Ticket &local,
                       const QUuid &opId);
    Result<void> moveState(const Ticket &local, const QString &target);

    Storage::Database &m_db;
    Remote m_remote;
    RtSettings m_settings;
    RtClient &m_client;
    QUuid m_actorId;
    RemoteRepository m_repo;
    RemoteRunReport m_report;
};

} // namespace ServiceDeck::Connectors::Rt::Internal
