// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/sla/slaclock.h"
#include "core/ticketkind.h"

#include <QHash>
#include <QUuid>

#include <optional>

namespace ServiceDeck::Storage {

class Database;

struct SlaPolicy
{
    QUuid id;
    QString name;
    qint64 responseMinutes = 0;
    qint64 resolutionMinutes = 0;
    QUuid calendarId;
};

// The SLA columns a ticket stores so queues filter on them in SQL (see computeSlaDue).
struct SlaColumns
{
    QUuid policyId;
    SlaDue due;
};

// SLA policies and business calendars as stored, and the bookkeeping of a ticket's clock.
// Calendars are cached for the life of the object.
class SlaRepository
{
public:
    explicit SlaRepository(Database &db) : m_db(db) {}

    Result<std::optional<SlaPolicy>> policyFor(TicketKind kind, int priority);
    Result<BusinessCalendar> calendar(const QUuid &calendarId);

    // Due instants for a ticket of this kind and priority; no policy → empty columns.
    Result<SlaColumns> columnsFor(TicketKind kind, int priority, const QDateTime &opened,
                                  qint64 pausedSeconds);
    // Business seconds in [from, to) on the calendar of the policy for kind and priority
    // (wall-clock seconds where no policy applies).
    Result<qint64> pausedBusinessSeconds(TicketKind kind, int priority, const QDateTime &from,
                                         const QDateTime &to);
    // A ticket's clock now, read from its stored columns.
    Result<SlaStatus> status(const QUuid &ticketId, const QDateTime &now);

private:
    Database &m_db;
    QHash<QUuid, BusinessCalendar> m_calendars;
};

} // namespace ServiceDeck::Storage
