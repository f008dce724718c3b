// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeseeder.h"

#include "storage/bulkinsert.h"
#include "ftsdeferral.h"
#include "seedcontext.h"

#include "core/priority.h"

#include <QDateTime>

#include <algorithm>

namespace ServiceDeck::Storage::Internal {

namespace {

constexpr quint32 Stream = 5;
constexpr qint64 CheckpointEvery = 25000;
constexpr qint64 Horizon = 90 * DayMs; // how far ahead changes are planned

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

QString text(const char *latin)
{
    return QString::fromLatin1(latin);
}

} // namespace

ChangeSeeder::ChangeSeeder(SeedContext &context)
    : m_context(context)
    , m_random(context.options.randomSeed, Stream)
    , m_slots(context, m_random)
{}

ChangeSeeder::~ChangeSeeder() = default;

QList<ChangeSeeder::Plan> ChangeSeeder::plan(qint64 count)
{
    const SeedContext &c = m_context;
    const QList<ChangeTemplate> &templates = changeTemplates();
    const QDate month = c.options.changeMonth;
    const qint64 firstDay =
        month.isValid()
            ? dayNumber(QDateTime(month, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch())
            : dayNumber(c.historyStart);
    const qint64 days =
        month.isValid() ? month.daysInMonth() : dayNumber(c.historyEnd + Horizon) - firstDay;
    QList<Plan> plans;
    plans.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        Plan p;
        p.templateIndex = m_random.below(int(templates.size()));
        const ChangeTemplate &t = templates.at(p.templateIndex);
        if (t.urgentFix && m_random.chance(0.5))
            p.type = 2;
        else if (t.routine && m_random.chance(0.7))
            p.type = 0;
        else
            p.type = m_random.weighted({0.02, 0.95, 0.03});

        // Work happens when users are away: weekday evenings, weekends, rarely office hours.
        qint64 day = firstDay + m_random.below64(days);
        const int weekday = weekdayOfDay(day);
        int hour = 0;
        switch (p.type == 2 ? 2 : m_random.weighted({0.65, 0.25, 0.10})) {
        case 0:
            if (weekday >= 6)
                day -= weekday - 5;
            hour = m_random.between(18, 22);
            break;
        case 1:
            if (weekday <= 5)
                day += 6 - weekday + m_random.below(2);
            hour = m_random.between(6, 20);
            break;
        default:
            hour = m_random.between(8, 17);
            break;
        }
        const qint64 local = day * DayMs + hour * HourMs + 15 * MinuteMs * m_random.below(4);
        p.start = c.berlin.toUtc(local);
        static const int hours[] = {1, 2, 3, 4, 6, 8};
        const int duration = p.type == 2 ? m_random.between(1, 3)
                                         : hours[m_random.weighted({.2, .3, .15, .15, .1, .1})];
        p.end = p.start + duration * HourMs;
        const qint64 lead = p.type == 2   ? m_random.between64(HourMs, 48 * HourMs)
                            : p.type == 0 ? m_random.between64(DayMs, 10 * DayMs)
                                          : m_random.between64(5 * DayMs, 40 * DayMs);
        p.opened = p.start - lead;
        if (p.opened < c.historyStart && p.start > c.historyStart)
            p.opened = c.historyStart + m_random.below64(p.start - c.historyStart);
        if (p.opened >= c.historyEnd)
            p.opened = c.historyEnd - 1 - m_random.below64(5 * DayMs);
        plans << p;
    }
    // Numbers follow the order in which the changes were raised.
    std::stable_sort(plans.begin(), plans.end(),
                     [](const Plan &a, const Plan &b) { return a.opened < b.opened; });
    return plans;
}

Result<void> ChangeSeeder::run()
{
    SeedContext &c = m_context;
    const qint64 total = std::max<qint64>(0, c.options.changes);
    m_changes = std::make_unique<BulkInsert>(c.db, QStringLiteral("tickets"),
                                             columns({"id",
                                                      "number",
                                                      "kind",
                                                      "title",
                                                      "description",
                                                      "state",
                                                      "impact",
                                                      "urgency",
                                                      "priority",
                                                      "category",
                                                      "requester_id",
                                                      "assignee_id",
                                                      "group_id",
                                                      "service_id",
                                                      "ci_id",
                                                      "opened",
                                                      "updated",
                                                      "closed",
                                                      "sla_policy_id",
                                                      "change_type",
                                                      "risk",
                                                      "risk_score",
                                                      "planned_start",
                                                      "planned_end",
                                                      "actual_start",
                                                      "actual_end",
                                                      "implementation_plan",
                                                      "backout_plan",
                                                      "test_plan",
                                                      "review_outcome",
                                                      "review_notes"}));
    m_journal = creationJournal(c.db, "tickets");
    m_cis = std::make_unique<BulkInsert>(c.db, QStringLiteral("change_cis"),
                                         columns({"id", "change_id", "ci_id"}));
    m_approvals = std::make_unique<BulkInsert>(
        c.db, QStringLiteral("change_approvals"),
        columns({"id", "change_id", "approver_id", "decision", "comment", "requested", "decided"}));
    FtsDeferral textIndex(c.db); // outlives the phase, which may use it to its end
    SeedPhase phase(c, QStringLiteral("changes"), total);
    phase.add(*m_changes);
    phase.add(*m_journal);
    phase.add(*m_cis);
    phase.add(*m_approvals);
    phase.deferTextIndexing(textIndex);
    if (auto started = phase.start(); !started)
        return started;
    const QList<Plan> plans = plan(total);
    for (qint64 i = 0; i < total; ++i) {
        addChange(plans.at(i));
        if ((i + 1) % CheckpointEvery == 0 && i + 1 < total) {
            if (auto checked = phase.checkpoint(i + 1); !checked)
                return checked;
        }
    }
    if (auto advanced = c.advanceSequence(TicketKind::Change, m_nextNumber); !advanced)
        return advanced;
    return phase.finish();
}

QList<int> ChangeSeeder::affectedCis(const SlotFill &slot)
{
    const SeedContext &c = m_context;
    QList<int> affected;
    int main = slot.ci;
    if (main < 0) {
        // Office work (a VLAN) touches the network; otherwise any CI will do.
        const QList<int> &network = c.cisByKind[int(CiKind::Network)];
        if (!network.isEmpty())
            main = network.at(m_random.below(int(network.size())));
        else if (!c.cis.isEmpty())
            main = m_random.below(int(c.cis.size()));
    }
    if (main < 0)
        return affected;
    affected << main;
    // The other CIs of the same service are what a change usually drags along.
    QList<int> cluster;
    if (slot.service >= 0) {
        cluster << c.serviceApps.at(slot.service) << c.serviceHosts.at(slot.service)
                << c.serviceDatabases.at(slot.service);
    } else {
        cluster = c.cisByKind[int(c.cis.at(main).kind)];
    }
    const int extra = m_random.weighted({0.45, 0.3, 0.15, 0.1});
    for (int i = 0; i < extra && !cluster.isEmpty(); ++i) {
        const int ci = cluster.at(m_random.below(int(cluster.size())));
        if (!affected.contains(ci))
            affected << ci;
    }
    return affected;
}

void ChangeSeeder::addChange(const Plan &p)
{
    SeedContext &c = m_context;
    const ChangeTemplate &t = changeTemplates().at(p.templateIndex);
    const SlotFill slot = m_slots.fill(t.slot);
    const qint64 now = c.historyEnd;
    static const QString types[] = {QStringLiteral("standard"), QStringLiteral("normal"),
                                    QStringLiteral("emergency")};

    QString state;
    qint64 closed = -1, actualStart = -1, actualEnd = -1, updated = p.opened;
    QVariant outcome = c.nullText, notes = c.nullText;
    if (p.end <= now) {
        if (p.type == 1 && m_random.chance(0.04)) {
            state = QStringLiteral("rejected");
            closed = m_random.between64(p.opened, std::min(p.start, now) - 1);
        } else if (m_random.chance(0.05)) {
            state = QStringLiteral("cancelled");
            closed = m_random.between64(p.opened, std::min(p.start, now) - 1);
        } else {
            actualStart = p.start + m_random.below64(20 * MinuteMs);
            actualEnd =
                std::max(actualStart + 10 * MinuteMs, p.end - m_random.below64(40 * MinuteMs));
            const qint64 closeAt = p.end + m_random.between64(2 * HourMs, 5 * DayMs);
            if (closeAt < now && actualEnd < now) {
                state = QStringLiteral("closed");
                closed = closeAt;
                static const QString outcomes[] = {
                    QStringLiteral("successful"), QStringLiteral("partially_successful"),
                    QStringLiteral("failed"), QStringLiteral("backed_out")};
                const int o = m_random.weighted({0.9, 0.04, 0.03, 0.03});
                outcome = outcomes[o];
                notes = reviewNotes().at(o == 0 ? m_random.below(2) : o == 3 ? 3 : 2);
            } else {
                state = QStringLiteral("review");
                actualEnd = std::min(actualEnd, now - 1);
            }
        }
        updated = closed >= 0 ? closed : actualEnd;
    } else if (p.start <= now) {
        state = QStringLiteral("implementing");
        actualStart =
            p.start + m_random.below64(std::min<qint64>(20 * MinuteMs, now - p.start) + 1);
        actualStart = std::min(actualStart, now - 1);
        updated = actualStart;
    } else if (m_random.chance(0.03)) {
        state = QStringLiteral("cancelled");
        closed = m_random.between64(p.opened, now - 1);
        updated = closed;
    } else {
        const qint64 lead = p.start - now;
        if (p.type == 0) {
            state = lead > 14 * DayMs && m_random.chance(0.3) ? QStringLiteral("draft")
                                                              : QStringLiteral("scheduled");
        } else if (p.type == 2) {
            state = m_random.chance(0.4) ? QStringLiteral("approved") : QStringLiteral("scheduled");
        } else {
            static const QString early[] = {QStringLiteral("draft"), QStringLiteral("assessing")};
            static const QString later[] = {
                QStringLiteral("assessing"), QStringLiteral("awaiting_approval"),
                QStringLiteral("approved"), QStringLiteral("scheduled")};
            if (lead > 30 * DayMs)
                state = early[m_random.below(2)];
            else if (lead > 7 * DayMs)
                state = later[m_random.weighted({0.2, 0.4, 0.2, 0.2})];
            else
                state = later[1 + m_random.weighted({0.15, 0.25, 0.6})];
        }
        updated = m_random.between64(p.opened, now - 1);
    }

    const int impact = 1 + m_random.weighted({0.1, 0.4, 0.5});
    const int urgency = p.type == 2 ? 1 : 1 + m_random.weighted({0.05, 0.35, 0.6});
    const int priority = priorityFor(impact, urgency);
    const int riskLevel = std::min(3, m_random.weighted({0.4, 0.4, 0.15, 0.05}) + (p.type == 2));
    static const QString risks[] = {QStringLiteral("low"), QStringLiteral("medium"),
                                    QStringLiteral("high"), QStringLiteral("very_high")};
    static const int riskFloor[] = {1, 6, 11, 17};
    static const int riskCeiling[] = {5, 10, 16, 25};

    const int group =
        (t.group == LinuxServer && slot.ownerGroup >= 0) ? slot.ownerGroup : c.groupFor(t.group);
    QVariant assignee = c.nullText;
    if (state != u"draft" && group >= 0 && !c.groups.at(group).members.isEmpty()) {
        const QList<int> &members = c.groups.at(group).members;
        assignee = c.people.at(members.at(m_random.below(int(members.size())))).id;
    }
    const QVariant requester =
        c.staff.isEmpty()
            ? c.nullText
            : QVariant(c.people.at(c.staff.at(m_random.below(int(c.staff.size())))).id);
    auto instant = [&c](qint64 ms) {
        return ms >= 0 ? QVariant(isoText(ms)) : c.nullText;
    };
    const QString id = m_random.uuid();
    const SlaTarget &sla = c.sla[int(TicketKind::Change)][priority];
    *m_changes << id << formatNumber(TicketKind::Change, m_nextNumber++)
               << kindName(TicketKind::Change) << t.title.fill(slot.text)
               << t.description.fill(slot.text) << state << impact << urgency << priority
               << t.category << requester << assignee
               << (group >= 0 ? QVariant(c.groups.at(group).id) : c.nullText) << slot.serviceId
               << slot.ciId << isoText(p.opened) << isoText(updated) << instant(closed)
               << (sla.policyId.isValid() ? sla.policyId : c.nullText) << types[p.type]
               << risks[riskLevel] << m_random.between(riskFloor[riskLevel], riskCeiling[riskLevel])
               << isoText(p.start) << isoText(p.end) << instant(actualStart) << instant(actualEnd)
               << t.implementationPlan.fill(slot.text) << t.backoutPlan << t.testPlan << outcome
               << notes;
    *m_journal << m_random.uuid() << id << isoText(p.opened);
    for (int ci : affectedCis(slot))
        *m_cis << m_random.uuid() << id << c.cis.at(ci).id;
    if (p.type != 0)
        addApprovals(id, state, p, closed);
    ++c.report.changes;
}

void ChangeSeeder::addApprovals(const QString &changeId, const QString &state, const Plan &p,
                                qint64 closed)
{
    const SeedContext &c = m_context;
    if (state == u"draft" || state == u"assessing" || state == u"cancelled")
        return;
    // The CAB approves normal changes; an emergency change needs one change manager (ECAB).
    QList<int> pool = p.type == 2 && !c.changeManagers.isEmpty() ? c.changeManagers
                                                                 : c.cabMembers + c.changeManagers;
    if (pool.isEmpty())
        return;
    const qint64 now = c.historyEnd;
    const qint64 deadline = std::min(p.start, now) - 1;
    const bool waiting = state == u"awaiting_approval";
    const bool rejected = state == u"rejected";
    // Requested before anyone decided: before the rejection, or in time before the window.
    const qint64 requested =
        rejected ? m_random.between64(p.opened, std::max(p.opened, closed))
                 : m_random.between64(p.opened, std::max(p.opened, deadline - HourMs));
    const int approvers = p.type == 2 ? 1 : m_random.between(2, 3);
    for (int i = 0; i < approvers && !pool.isEmpty(); ++i) {
        const int person = pool.takeAt(m_random.below(int(pool.size())));
        QString decision = QStringLiteral("approved");
        QVariant comment = c.nullText;
        qint64 decided = m_random.between64(requested, std::max(requested, deadline));
        if (waiting && (i == 0 || m_random.chance(0.5))) {
            decision = QStringLiteral("requested");
            decided = -1;
        } else if (rejected && i == 0) {
            decision = QStringLiteral("rejected");
            comment = text("Rejected: the risk is too high without a tested backout.");
            decided = closed;
        } else if (m_random.chance(0.3)) {
            comment = m_random.pick(approvalComments());
        }
        *m_approvals << m_random.uuid() << changeId << c.people.at(person).id << decision << comment
                     << isoText(requested)
                     << (decided >= 0 ? QVariant(isoText(decided)) : c.nullText);
    }
}

} // namespace ServiceDeck::Storage::Internal
