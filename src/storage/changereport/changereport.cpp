// SPDX-License-Identifier: GPL-3.0-or-later
#include "changereport.h"

#include "storage/change/blackoutsinrange.h"
#include "storage/change/changeschedulerepository.h"
#include "storage/database.h"

#include "core/change/collisionengine.h"
#include "core/timestamps.h"

namespace ServiceDeck::Storage {

namespace {

using Change::TimeSpan;
using Internal::rangeValues;
using Internal::spanOf;

// The report's changes, as a condition the change query and the queries of their CIs and
// approvals share, so each of those is one join rather than an IN list. Closed changes are
// left out; cancelled and rejected ones stay (see ChangeReportRepository).
const char *const changesInRange = "t.kind = 'change' AND t.planned_start IS NOT NULL "
                                   "AND t.planned_end IS NOT NULL AND t.planned_start < ? "
                                   "AND t.planned_end > ? AND t.state <> 'closed'";

QDateTime instantOf(const QVariant &value)
{
    const auto parsed = parseIsoInstant(Database::instantText(value));
    return parsed ? *parsed : QDateTime();
}

QHash<QUuid, qsizetype> indexOf(const QList<ReportedChange> &changes)
{
    QHash<QUuid, qsizetype> index;
    for (qsizetype i = 0; i < changes.size(); ++i)
        index.insert(changes.at(i).id, i);
    return index;
}

} // namespace

QList<Change::Collision> ChangeReport::collisionsOf(const QUuid &change) const
{
    QList<Change::Collision> found;
    for (const Change::Collision &collision : collisions) {
        if (collision.changes.contains(change))
            found << collision;
    }
    return found;
}

Result<ChangeReport> ChangeReportRepository::load(const TimeSpan &range)
{
    ChangeReport report;
    report.range = range;
    QHash<QUuid, int> quorums;
    if (auto done = loadChanges(report, quorums); !done)
        return done.error();
    if (auto done = loadCis(report); !done)
        return done.error();
    if (auto done = loadApprovals(report, quorums); !done)
        return done.error();
    if (auto done = loadBlackouts(report); !done)
        return done.error();
    // The collisions as the calendar and `changes conflicts` show them: the same load, the
    // same engine.
    auto schedule = ChangeScheduleRepository(m_db).load(range);
    if (!schedule)
        return schedule.error();
    report.collisions = Change::findCollisions(schedule->input);
    return report;
}

Result<void> ChangeReportRepository::loadChanges(ChangeReport &report, QHash<QUuid, int> &quorums)
{
    auto query = m_db.exec(QStringLiteral("SELECT t.id, t.number, t.title, t.change_type, "
                                          "t.state, t.risk, t.planned_start, t.planned_end, "
                                          "u.display_name, s.name, c.name, t.approval_quorum, "
                                          "t.updated FROM tickets t "
                                          "LEFT JOIN users u ON u.id = t.assignee_id "
                                          "LEFT JOIN cis s ON s.id = t.service_id "
                                          "LEFT JOIN cis c ON c.id = t.ci_id WHERE %1 "
                                          "ORDER BY t.planned_start, t.number")
                               .arg(QLatin1String(changesInRange)),
                           rangeValues(report.range));
    if (!query)
        return query.error();
    while (query->next()) {
        ReportedChange change;
        change.id = Database::toUuid(query->value(0));
        change.number = query->value(1).toString();
        change.title = query->value(2).toString();
        change.type = Change::changeTypeFromName(query->value(3).toString())
                          .value_or(Change::ChangeType::Normal);
        change.state = query->value(4).toString();
        change.risk = Change::riskLevelFromName(query->value(5).toString());
        change.window = spanOf(query->value(6), query->value(7));
        change.implementer = query->value(8).toString();
        change.service = query->value(9).toString();
        if (!query->value(10).isNull())
            change.cis << query->value(10).toString();
        change.updated = instantOf(query->value(12));
        if (!query->value(11).isNull())
            quorums.insert(change.id, query->value(11).toInt());
        report.changes << change;
    }
    return {};
}

Result<void> ChangeReportRepository::loadCis(ChangeReport &report)
{
    if (report.changes.isEmpty())
        return {};
    const QHash<QUuid, qsizetype> index = indexOf(report.changes);
    auto query = m_db.exec(QStringLiteral("SELECT cc.change_id, c.name FROM change_cis cc "
                                          "JOIN tickets t ON t.id = cc.change_id "
                                          "JOIN cis c ON c.id = cc.ci_id WHERE %1 "
                                          "ORDER BY c.name")
                               .arg(QLatin1String(changesInRange)),
                           rangeValues(report.range));
    if (!query)
        return query.error();
    while (query->next()) {
        const auto it = index.constFind(Database::toUuid(query->value(0)));
        if (it == index.cend())
            continue;
        QStringList &cis = report.changes[*it].cis;
        const QString name = query->value(1).toString();
        if (!cis.contains(name)) // the ticket's own CI may be listed again
            cis << name;
    }
    return {};
}

Result<void> ChangeReportRepository::loadApprovals(ChangeReport &report,
                                                   const QHash<QUuid, int> &quorums)
{
    if (report.changes.isEmpty())
        return {};
    const QHash<QUuid, qsizetype> index = indexOf(report.changes);
    // The same records ApprovalRepository::approvals reads, for all the changes at once.
    auto query = m_db.exec(QStringLiteral("SELECT a.change_id, a.id, a.approver_id, "
                                          "u.display_name, a.decision, a.comment, a.requested, "
                                          "a.decided, a.voided FROM change_approvals a "
                                          "JOIN users u ON u.id = a.approver_id "
                                          "JOIN tickets t ON t.id = a.change_id WHERE %1 "
                                          "ORDER BY a.requested, a.id")
                               .arg(QLatin1String(changesInRange)),
                           rangeValues(report.range));
    if (!query)
        return query.error();
    QHash<QUuid, QList<Change::ApprovalRecord>> records;
    while (query->next()) {
        Change::ApprovalRecord record;
        record.id = Database::toUuid(query->value(1));
        record.approver = Database::toUuid(query->value(2));
        record.approverName = query->value(3).toString();
        record.decision = Change::approvalDecisionFromName(query->value(4).toString())
                              .value_or(Change::ApprovalDecision::Requested);
        record.comment = query->value(5).toString();
        record.requested = instantOf(query->value(6));
        record.decided = instantOf(query->value(7));
        record.voided = query->value(8).toBool();
        records[Database::toUuid(query->value(0))] << record;
    }
    for (ReportedChange &change : report.changes) {
        Change::ApprovalPolicy policy;
        policy.type = change.type;
        policy.quorum = quorums.value(change.id);
        change.approval = Change::evaluateApprovals(records.value(change.id), policy);
    }
    return {};
}

Result<void> ChangeReportRepository::loadBlackouts(ChangeReport &report)
{
    auto blackouts = Internal::blackoutsInRange(m_db, report.range);
    if (!blackouts)
        return blackouts.error();
    for (const Internal::BlackoutInRange &read : std::as_const(*blackouts))
        report.blackouts << ReportedBlackout{read.id,     read.name,   read.reason,
                                             read.window, read.global, read.scopeNames};
    return {};
}

} // namespace ServiceDeck::Storage
