// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Storage {

class Database;

// A ticket that touches a CI: an open incident or problem on it (ci_id or service_id), or a
// change that is not closed or cancelled and lists it (ci_id or change_cis).
struct CiTicket
{
    QUuid ticketId;
    QString number;
    QString kind;
    QString title;
    QString state;
    int priority = 0;
    QUuid ciId;           // the CI of the set through which the ticket was found
    QString plannedStart; // ISO UTC, changes only
    QString plannedEnd;
};

// The open work on a set of CIs: the detail panel's list for one CI, the impact tab's list for a
// whole closure. Ordered incidents, problems, then changes; by priority, then number.
class CiTickets
{
public:
    explicit CiTickets(Database &db) : m_db(db) {}

    Result<QList<CiTicket>> openOn(const QList<QUuid> &ciIds);
    // Number of open incidents per CI of the set (CIs without any are left out); colours graphs.
    Result<QHash<QUuid, int>> openIncidentCounts(const QList<QUuid> &ciIds);

private:
    Database &m_db;
};

} // namespace ServiceDeck::Storage
