// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/ticket.h"

#include <QDateTime>
#include <QList>
#include <QVariantList>
#include <QPair>

namespace ServiceDeck::Storage {

class Database;

// Canonical field assignments as typed by a person: ("assignee", "alice"), …
using FieldAssignments = QList<QPair<QString, QString>>;

// Tickets of every kind by their canonical fields. Each create and update is checked completely
// before anything is written, then written with its journal op in one transaction.
class TicketRepository
{
public:
    explicit TicketRepository(Database &db) : m_db(db) {}

    Result<Ticket> create(TicketKind kind, const FieldAssignments &fields, const QUuid &actorId);
    Result<Ticket> findByNumber(const QString &number);
    // Tickets matching a boolean SQL expression over alias `t` (a compiled queue query: only
    // bound values, no user text), in the given ORDER BY, at most `limit` (-1: all). Changes come
    // without their `cis`, which findByNumber adds.
    Result<QList<Ticket>> find(const QString &where, const QVariantList &binds,
                               const QString &orderBy, qint64 limit = -1);
    // Applies the assignments; a ticket changed by someone else since `expectedVersion`
    // (when given) is a Conflict rather than a silent overwrite. For a change, setting or moving
    // the planned window needs the change_manager role (on create too), and a new plan or window
    // voids the approvals given so far, in the same transaction.
    Result<Ticket> update(const QString &number, const FieldAssignments &fields,
                          const QUuid &actorId, int expectedVersion = -1);

    // Deletes a ticket with its comments, work log, links and approvals (admins only). The journal
    // keeps every field's last value, so the history shows what was deleted and sync can tell
    // whether someone changed it meanwhile.
    Result<void> remove(const QString &number, const QUuid &actorId);

private:
    struct Resolved;
    // Where a ticket's SLA clock stands, as stored.
    struct SlaClockState
    {
        QDateTime pendingSince;
        qint64 pausedSeconds = 0;
        bool responded = false;
    };
    // Appends the SET clauses that keep the SLA columns in step with a change: pending pauses
    // the clock, resuming adds the paused business time, a new priority recomputes the targets.
    Result<void> slaBookkeeping(TicketKind kind, const QMap<QString, QString> &before,
                                const QMap<QString, QString> &after, const SlaClockState &clock,
                                const QDateTime &now, QStringList &sets, QVariantList &binds);
    // Rule "only change_manager schedules" for a change whose planned window differs.
    Result<void> checkMaySchedule(const QMap<QString, QString> &before,
                                  const QMap<QString, QString> &after, const QUuid &actorId);
    Result<Resolved> resolve(TicketKind kind, const FieldAssignments &fields);
    Result<Ticket> load(const QString &number);
    Result<QStringList> changeCiIds(const QUuid &changeId);
    Result<void> writeChangeCis(const QUuid &changeId, const QStringList &ciIds);

    Database &m_db;
};

} // namespace ServiceDeck::Storage
