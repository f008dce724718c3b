// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Sync {

// One thing a push could not apply, as the conflict queue shows it.
struct Conflict
{
    QUuid id;
    QUuid opId;
    QString kind; // field | update_deleted | delete_updated | rejected
    QString entity;
    QUuid entityId;
    QString label; // the ticket's number or the record's name, when it has one
    QString field;
    QString base, mine, theirs; // field conflicts: the values, references as names
    QString detail;
    QString created;
    QUuid remoteId; // set for a conflict with a remote service (RT), null for the hub's
};

// The replica's conflict queue. A resolution is written like any other edit — through the
// repositories where there is one, with a journal op — so it syncs to the hub in turn. A
// conflict with a remote service also moves the agreed value of its link (remote_links.base) to
// the remote's value, so that the remote's next exchange sends or keeps the chosen one.
class ConflictRepository
{
public:
    enum class Take { Local, Remote, Value };

    explicit ConflictRepository(Storage::Database &db) : m_db(db) {}

    Result<QList<Conflict>> open();
    Result<Conflict> find(const QString &idOrPrefix);
    Result<void> resolve(const QString &idOrPrefix, Take take, const QString &value,
                         const QUuid &actorId);

    static QString describe(const Conflict &conflict);

private:
    Result<QString> displayValue(const Conflict &conflict, const QString &value);
    Result<void> writeField(const Conflict &conflict, const QString &value, const QUuid &actorId);
    Result<void> restore(const Conflict &conflict, const QUuid &actorId);
    Result<void> deleteAgain(const Conflict &conflict, const QUuid &actorId);
    Result<void> queueRefetch(const Conflict &conflict, bool withChildren);
    Result<void> resolveWithRemote(const Conflict &conflict, Take take, const QString &value,
                                   const QUuid &actorId);

    Storage::Database &m_db;
};

} // namespace ServiceDeck::Sync
