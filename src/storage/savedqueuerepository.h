// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace ServiceDeck::Storage {

class Database;

// A queue: a queue-language expression with the columns and sort it is shown with.
struct SavedQueue
{
    QUuid id;          // null for a standard queue
    int version = 0;
    QUuid ownerId;     // null: shared with everybody
    QString key;       // standard queues: a stable identifier ("my_open", …); empty otherwise
    QString name;      // translated for standard queues
    QString expression;
    QStringList columns; // canonical field names; empty: the default columns
    QString sort;        // a sort spec ("priority,-updated"); empty: the default sort
    int position = 0;

    bool isStandard() const { return !key.isEmpty(); }
};

// The standard queues every operator has, and the queues users save, stored in saved_queues
// (each change journaled). Columns and sort chosen for a standard queue are stored as a row
// owned by the user with the standard queue's key as its name, so they are remembered too; the
// keys are therefore not available as names of a user's own queues. A standard queue's
// expression always comes from the program, so an improved definition reaches every user.
class SavedQueueRepository
{
public:
    explicit SavedQueueRepository(Database &db) : m_db(db) {}

    // My open tickets, My groups, Unassigned, P1/P2 open, SLA at risk, SLA breached,
    // Awaiting approval, Updated today, as the program defines them (default columns and sort).
    static QList<SavedQueue> standardQueues();
    // Standard first (with the owner's remembered columns and sort applied), then the owner's
    // own queues and the shared ones, by position and name.
    Result<QList<SavedQueue>> queuesOf(const QUuid &ownerId);
    Result<std::optional<SavedQueue>> find(const QUuid &id);

    Result<SavedQueue> create(const QUuid &ownerId, const QString &name,
                              const QString &expression, const QUuid &actorId);
    Result<void> rename(const QUuid &id, const QString &name, const QUuid &actorId);
    // Remembers expression, columns and sort (for a standard queue: the user's view of it).
    Result<SavedQueue> save(const QUuid &ownerId, const SavedQueue &queue, const QUuid &actorId);
    Result<void> remove(const QUuid &id, const QUuid &actorId);

private:
    Result<void> checkName(const QUuid &ownerId, const QString &name, const QUuid &except);
    // Own queues may be changed by their owner; shared ones by an administrator.
    Result<void> checkMayChange(const SavedQueue &queue, const QUuid &actorId);
    Result<SavedQueue> saveStandardView(const QUuid &ownerId, const SavedQueue &queue,
                                        const QUuid &actorId);
    Result<SavedQueue> update(const SavedQueue &before, const SavedQueue &after,
                              const QUuid &actorId);

    Database &m_db;
};

} // namespace ServiceDeck::Storage
