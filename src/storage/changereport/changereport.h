// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/approvals.h"
#include "core/change/collision.h"
#include "core/change/risk.h"
#include "core/change/timespan.h"
#include "core/error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace ServiceDeck::Storage {

class Database;

// One change as the CAB reads it.
struct ReportedChange
{
    QUuid id;
    QString number;
    QString title;
    Change::ChangeType type = Change::ChangeType::Normal;
    QString state;
    std::optional<Change::RiskLevel> risk; // none until assessed
    Change::TimeSpan window;
    QString implementer; // display name; empty when nobody is assigned
    QString service; // the service's name; empty when none
    QStringList cis; // the ticket's own CI first, then the others by name
    Change::ApprovalEvaluation approval;
    QDateTime updated;
};

// A freeze in the range.
struct ReportedBlackout
{
    QUuid id;
    QString name;
    QString reason;
    Change::TimeSpan window;
    bool global = true;
    QStringList scope; // CI names, when not global
};

// The changes of a range of time with everything a CAB reads, for the iCalendar export, the
// printed schedule and the PDF.
struct ChangeReport
{
    Change::TimeSpan range;
    QList<ReportedChange> changes; // by planned start, then number
    QList<ReportedBlackout> blackouts; // by start, then name
    QList<Change::Collision> collisions; // as Change::findCollisions orders them

    // The collisions a change takes part in, in the report's order.
    QList<Change::Collision> collisionsOf(const QUuid &change) const;
};

// Reads a ChangeReport. Which changes it holds: every change whose planned window overlaps the
// range, except closed ones (done and reviewed, of no more interest to the CAB). Cancelled and
// rejected changes stay in: the iCalendar must list them as CANCELLED so that calendars that
// subscribed to an earlier export remove them; the printed schedule leaves cancelled ones out
// itself (see ScheduleDocument). Changes without a planned window are not on any schedule.
class ChangeReportRepository
{
public:
    explicit ChangeReportRepository(Database &db) : m_db(db) {}

    Result<ChangeReport> load(const Change::TimeSpan &range);

private:
    Result<void> loadChanges(ChangeReport &report, QHash<QUuid, int> &quorums);
    Result<void> loadCis(ChangeReport &report);
    Result<void> loadApprovals(ChangeReport &report, const QHash<QUuid, int> &quorums);
    Result<void> loadBlackouts(ChangeReport &report);

    Database &m_db;
};

} // namespace ServiceDeck::Storage
