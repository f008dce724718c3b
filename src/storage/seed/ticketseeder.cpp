// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketseeder.h"

#include "storage/bulkinsert.h"
#include "ftsdeferral.h"
#include "indexdeferral.h"
#include "seedcontext.h"
#include "ticketlifecycle.h"

#include "core/priority.h"

#include <algorithm>

namespace ServiceDeck::Storage::Internal {

namespace {

constexpr quint32 Stream = 4;
constexpr qsizetype RecentIncidents = 512;

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

// Local hour of day → how many tickets are opened then: the desk's day, not the clock's.
const double hourWeights[24] = {0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 1, 3,   7,   9,   9,   8,
                                6,   7,   8,   7,   6,   4,   2, 1.2, 0.8, 0.6, 0.4, 0.3};

} // namespace

TicketSeeder::TicketSeeder(SeedContext &context)
    : m_context(context)
    , m_random(context.options.randomSeed, Stream)
    , m_slots(context, m_random)
    , m_ticketIds(m_random, context.options.tickets)
    , m_opIds(m_random, context.options.tickets)
    , m_noteIds(m_random, context.options.tickets / 4)
{}

TicketSeeder::~TicketSeeder() = default;

QList<qint64> TicketSeeder::openingTimes(qint64 count)
{
    SeedContext &c = m_context;
    // Day weights: working days busier than weekends, and a business that grows over time.
    const qint64 firstDay = dayNumber(c.historyStart);
    const qint64 days = dayNumber(c.historyEnd - 1) - firstDay + 1;
    QList<double> dayTotals;
    dayTotals.reserve(days);
    double total = 0;
    for (qint64 d = 0; d < days; ++d) {
        const double weekday = weekdayOfDay(firstDay + d) <= 5 ? 1.0 : 0.22;
        total += weekday * (0.75 + 0.5 * double(d) / double(days));
        dayTotals << total;
    }
    double hourTotals[24];
    double hourSum = 0;
    for (int h = 0; h < 24; ++h)
        hourTotals[h] = hourSum += hourWeights[h];

    QList<qint64> times;
    times.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        const double dayDraw = m_random.unit() * total;
        const qint64 day = std::min<qint64>(
            days - 1,
            std::upper_bound(dayTotals.cbegin(), dayTotals.cend(), dayDraw) - dayTotals.cbegin());
        const double hourDraw = m_random.unit() * hourSum;
        const int hour = int(std::min<qsizetype>(
            23, std::upper_bound(hourTotals, hourTotals + 24, hourDraw) - hourTotals));
        const qint64 local = (firstDay + day) * DayMs + hour * HourMs + m_random.below64(HourMs);
        times << std::clamp(c.berlin.toUtc(local), c.historyStart, c.historyEnd - 1);
    }
    std::sort(times.begin(), times.end());
    return times;
}

Result<void> TicketSeeder::run()
{
    SeedContext &c = m_context;
    const qint64 total = std::max<qint64>(0, c.options.tickets);
    // One statement per kind: the kind and, for incidents and requests, the problem columns
    // are left out of the bound values, which are what a row costs most.
    for (int k = 0; k < 3; ++k) {
        QStringList names = columns({"id",           "number",         "title",
                                     "description",  "state",          "impact",
                                     "urgency",      "priority",       "category",
                                     "requester_id", "assignee_id",    "group_id",
                                     "service_id",   "ci_id",          "opened",
                                     "updated",      "resolved",       "closed",
                                     "resolution",   "sla_policy_id",  "first_response",
                                     "response_due", "resolution_due", "sla_warning_at",
                                     "pending_since"});
        if (TicketKind(k) == TicketKind::Problem)
            names << columns({"root_cause", "workaround", "known_error"});
        m_tickets[k] = std::make_unique<BulkInsert>(c.db, QStringLiteral("tickets"), names);
        m_tickets[k]->setConstant(QStringLiteral("kind"),
                                  QLatin1Char('\'') + kindName(TicketKind(k)) + QLatin1Char('\''));
    }
    m_journal = creationJournal(c.db, "tickets");
    m_comments = std::make_unique<BulkInsert>(
        c.db, QStringLiteral("comments"),
        columns({"id", "ticket_id", "author_id", "body", "visibility", "created"}));
    m_worklog =
        std::make_unique<BulkInsert>(c.db, QStringLiteral("worklog"),
                                     columns({"id", "ticket_id", "author_id", "minutes", "note",
                                              "visibility", "worked_on", "created"}));
    m_links =
        std::make_unique<BulkInsert>(c.db, QStringLiteral("ticket_links"),
                                     columns({"id", "source_id", "type", "target_id", "created"}));
    // The deferrals outlive the phase, which may use them to its end.
    FtsDeferral textIndex(c.db);
    IndexDeferral indexes(c.db, QStringLiteral("tickets"));
    SeedPhase phase(c, QStringLiteral("tickets"), total);
    for (auto &tickets : m_tickets)
        phase.add(*tickets);
    phase.add(*m_journal);
    phase.add(*m_comments);
    phase.add(*m_worklog);
    phase.add(*m_links);
    phase.deferTextIndexing(textIndex);
    phase.deferIndexes(indexes);
    if (auto started = phase.start(); !started)
        return started;

    const QList<qint64> times = openingTimes(total);
    for (qint64 i = 0; i < total; ++i) {
        addTicket(times.at(i));
        if ((i + 1) % c.options.ticketBatch == 0 && i + 1 < total) {
            if (auto checked = phase.checkpoint(i + 1); !checked)
                return checked;
        }
    }
    if (auto written = phase.settle(); !written)
        return written;
    const TicketKind kinds[] = {TicketKind::Incident, TicketKind::Request, TicketKind::Problem};
    for (int k = 0; k < 3; ++k) {
        if (auto advanced = c.advanceSequence(kinds[k], m_nextNumber[k]); !advanced)
            return advanced;
    }
    return phase.finish();
}

QString TicketSeeder::number(TicketKind kind)
{
    // formatNumber's QString::arg costs more than the rest of the number; same text, by hand.
    const qint64 sequence = m_nextNumber[int(kind)]++;
    if (sequence > 9999999)
        return formatNumber(kind, sequence);
    static const QString prefixes[] = {numberPrefix(TicketKind::Incident),
                                       numberPrefix(TicketKind::Request),
                                       numberPrefix(TicketKind::Problem)};
    QString text = prefixes[int(kind)];
    text.resize(text.size() + 7);
    QChar *digits = text.data() + text.size() - 7;
    qint64 rest = sequence;
    for (int i = 6; i >= 0; --i, rest /= 10)
        digits[i] = QChar(u'0' + char16_t(rest % 10));
    return text;
}

void TicketSeeder::addTicket(qint64 opened)
{
    SeedContext &c = m_context;
    const TicketKind kind = TicketKind(m_random.weighted({0.72, 0.21, 0.07}));
    const QList<TicketTemplate> &templates = ticketTemplates(kind);
    const TicketTemplate &t = templates.at(m_random.below(int(templates.size())));
    const SlotFill slot = m_slots.fill(t.slot);

    int impact = 3, urgency = 3;
    if (t.outage && m_random.chance(0.3)) {
        impact = 1 + m_random.weighted({0.5, 0.4, 0.1});
        urgency = 1 + m_random.weighted({0.6, 0.3, 0.1});
    } else if (kind == TicketKind::Incident) {
        // About 1 % P1, 7 % P2, 25 % P3, 40 % P4, 27 % P5: most tickets touch one person.
        impact = 1 + m_random.weighted({0.05, 0.35, 0.60});
        urgency = 1 + m_random.weighted({0.07, 0.48, 0.45});
    } else if (kind == TicketKind::Request) {
        impact = 1 + m_random.weighted({0.02, 0.28, 0.70});
        urgency = 1 + m_random.weighted({0.04, 0.46, 0.50});
    } else {
        impact = 1 + m_random.weighted({0.15, 0.45, 0.40});
        urgency = 1 + m_random.weighted({0.10, 0.40, 0.50});
    }
    const int priority = priorityFor(impact, urgency);
    const TicketTimeline timeline = simulateTicket(kind, priority, opened, c.historyEnd, m_random);

    // Server work goes to whoever owns the server (Linux or Windows); the rest by template.
    int group =
        (t.group == LinuxServer && slot.ownerGroup >= 0) ? slot.ownerGroup : c.groupFor(t.group);
    if (timeline.state == u"new" && m_random.chance(0.5))
        group = c.groupFor(ServiceDesk); // not yet routed
    QVariant assignee = c.nullText;
    if (timeline.worked && group >= 0 && !c.groups.at(group).members.isEmpty()) {
        const QList<int> &members = c.groups.at(group).members;
        assignee = c.people.at(members.at(m_random.below(int(members.size())))).id;
    }
    // Most requests come from people outside IT.
    const QVariant requester = c.people.isEmpty()
                                   ? c.nullText
                                   : QVariant(c.people.at(m_random.below(int(c.people.size()))).id);

    QString description = t.description.fill(slot.text);
    if (m_random.chance(0.6))
        description += QLatin1Char(' ') + m_random.pick(descriptionContexts());
    QVariant resolution = c.nullText;
    if (timeline.cancelled) {
        static const QStringList reasons = {
            QStringLiteral("Cancelled: opened by mistake."),
            QStringLiteral("Cancelled: duplicate of another ticket."),
            QStringLiteral("Cancelled: the requester no longer needs it.")};
        static const QStringList rejections = {
            QStringLiteral("Rejected: not covered by the service catalogue."),
            QStringLiteral("Rejected: the manager did not approve.")};
        resolution = m_random.pick(kind == TicketKind::Request ? rejections : reasons);
    } else if (timeline.resolved >= 0) {
        resolution = m_random.pick(t.resolutions);
    }
    const bool hasRootCause =
        kind == TicketKind::Problem && (timeline.knownError || timeline.resolved >= 0);
    const SlaTarget &sla = c.sla[int(kind)][priority];
    const QString id = m_ticketIds.next();

    auto instant = [&c](qint64 ms) {
        return ms >= 0 ? QVariant(isoText(ms)) : c.nullText;
    };
    BulkInsert &row = *m_tickets[int(kind)];
    row << id << number(kind) << t.title.fill(slot.text) << description << timeline.state << impact
        << urgency << priority << t.category << requester << assignee
        << (group >= 0 ? QVariant(c.groups.at(group).id) : c.nullText) << slot.serviceId
        << slot.ciId << isoText(opened) << isoText(timeline.updated) << instant(timeline.resolved)
        << instant(timeline.closed) << resolution
        << (sla.policyId.isValid() ? sla.policyId : c.nullText) << instant(timeline.firstResponse)
        << isoText(c.dueAfter(sla, opened, sla.responseMinutes * MinuteMs))
        << isoText(c.dueAfter(sla, opened, sla.resolutionMinutes * MinuteMs))
        << isoText(c.dueAfter(sla, opened, sla.warningSeconds * 1000))
        << instant(timeline.pendingSince);
    if (kind == TicketKind::Problem) {
        row << (hasRootCause ? QVariant(t.rootCause) : c.nullText)
            << (timeline.knownError ? QVariant(t.workaround) : c.nullText)
            << QVariant(timeline.knownError);
    }
    *m_journal << m_opIds.next() << id << isoText(opened);
    ++c.report.tickets;

    if (timeline.firstResponse >= 0)
        addFollowUps(id, group, assignee, timeline.firstResponse, timeline.updated);
    if (kind == TicketKind::Incident) {
        RecentIncident recent{id, t.category};
        if (m_recentIncidents.size() < RecentIncidents)
            m_recentIncidents << recent;
        else
            m_recentIncidents[m_recentNext] = recent;
        m_recentNext = (m_recentNext + 1) % RecentIncidents;
    } else if (kind == TicketKind::Problem && m_random.chance(0.45)) {
        linkToIncidents(id, t.category, opened);
    }
}

void TicketSeeder::addFollowUps(const QString &ticketId, int group, const QVariant &assignee,
                                qint64 from, qint64 to)
{
    // Modest on purpose: about one row for every six tickets keeps a million-ticket seed fast.
    SeedContext &c = m_context;
    const double draw = m_random.unit();
    if (draw >= 0.18 || to <= from)
        return;
    QVariant author = assignee;
    if (author.isNull() && group >= 0 && !c.groups.at(group).members.isEmpty()) {
        const QList<int> &members = c.groups.at(group).members;
        author = c.people.at(members.at(m_random.below(int(members.size())))).id;
    }
    const qint64 at = m_random.between64(from, to);
    const QString visibility =
        m_random.chance(0.75) ? QStringLiteral("internal") : QStringLiteral("public");
    if (draw < 0.09) {
        *m_comments << m_noteIds.next() << ticketId << author << m_random.pick(commentTexts())
                    << visibility << isoText(at);
    } else {
        static const int minutes[] = {5, 10, 15, 30, 45, 60, 90, 120, 240};
        const QString when = isoText(at);
        *m_worklog << m_noteIds.next() << ticketId << author << minutes[m_random.below(9)]
                   << m_random.pick(worklogNotes()) << visibility << when << when;
    }
}

void TicketSeeder::linkToIncidents(const QString &problemId, const QString &category, qint64 opened)
{
    QList<const RecentIncident *> matching;
    for (const RecentIncident &incident : std::as_const(m_recentIncidents)) {
        if (incident.category == category)
            matching << &incident;
    }
    const int links = std::min(int(matching.size()), m_random.between(1, 3));
    const QString created = isoText(opened);
    for (int i = 0; i < links; ++i) {
        // The incident was caused by the problem; each incident at most once.
        const RecentIncident *incident = matching.takeAt(m_random.below(int(matching.size())));
        *m_links << m_noteIds.next() << incident->id << QStringLiteral("caused_by") << problemId
                 << created;
    }
}

} // namespace ServiceDeck::Storage::Internal
