// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

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
// owned by the user with the standard queue's key as its name, so they are remembered too.
class SavedQueueRepository
{
public:
    explicit SavedQueueRepository(Database &db) : m_db(db) {}

    // My open tickets, My groups, Unassigned, P1/P2 open, SLA at risk, SLA breached,
    // Awaiting approval, Updated today — with the user's remembered columns and sort applied.
    static QList<SavedQueue> standardQueues();
    Result<QList<SavedQueue>> queuesOf(const QUuid &ownerId); // standard first, then own

    Result<SavedQueue> create(const QUuid &ownerId, const QString &name,
                              const QString &expression, const QUuid &actorId);
    Result<void> rename(const QUuid &id, const QString &name, const QUuid &actorId);
    // Remembers expression, columns and sort (for a standard queue: the user's view of it).
    Result<SavedQueue> save(const QUuid &ownerId, const SavedQueue &queue, const QUuid &actorId);
    Result<void> remove(const QUuid &id, const QUuid &actorId);

private:
    Database &m_db;
};

} // namespace ServiceDeck::Storage
