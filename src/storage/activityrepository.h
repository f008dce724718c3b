// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Storage {

class Database;

// A comment, or a worklog entry when it carries time spent.
struct ActivityEntry
{
    QUuid id;
    QString kind; // "comment" or "worklog"
    QString author;
    QString text;
    bool internal = true;
    int minutes = 0;
    QString at; // ISO UTC
};

struct LinkEntry
{
    QUuid id;
    QString type;   // relates_to, duplicates, caused_by, solved_by, child_of, blocks
    QString number; // the other ticket
    QString title;
    bool outgoing = true; // this ticket is the source
};

// Comments, worklog and links of tickets: insert-only records, each journaled.
class ActivityRepository
{
public:
    explicit ActivityRepository(Database &db) : m_db(db) {}

    // A comment, or with minutes > 0 a worklog entry (note and time spent).
    Result<ActivityEntry> add(const QUuid &ticketId, const QString &text, bool internal,
                              int minutes, const QUuid &actorId);
    // Comments and worklog of a ticket, oldest first.
    Result<QList<ActivityEntry>> list(const QUuid &ticketId);

    static QStringList linkTypes();
    Result<QUuid> link(const QUuid &sourceId, const QString &type, const QUuid &targetId,
                       const QUuid &actorId);
    Result<QList<LinkEntry>> links(const QUuid &ticketId);

private:
    Database &m_db;
};

} // namespace ServiceDeck::Storage
