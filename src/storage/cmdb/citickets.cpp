// SPDX-License-Identifier: GPL-3.0-or-later
#include "citickets.h"

#include "storage/database.h"

#include "core/ticketkind.h"

#include <QSet>

#include <algorithm>

namespace ServiceDeck::Storage {

namespace {

// What "open" means here is TicketKind's active state, the same rule the queues use:
// - an incident is open until resolved (then closed) or cancelled;
// - a problem until resolved (a known error is still open: its fix is outstanding);
// - a change until closed, cancelled or rejected. Drafts count: planned work on a CI is what a
//   configuration manager wants to see before touching it, and review still belongs to it.
// Requests are left out: they ask for something, they do not say anything about a CI's health.
const TicketKind shownKinds[] = {TicketKind::Incident, TicketKind::Problem, TicketKind::Change};

QStringList openStates(std::initializer_list<TicketKind> kinds)
{
    QStringList list;
    for (TicketKind kind : kinds) {
        for (const QString &state : states(kind)) {
            if (isActiveState(kind, state) && !list.contains(state))
                list << state;
        }
    }
    return list;
}

constexpr qsizetype Chunk = 500; // ids per IN list, far below SQLite's bound-variable limit

QString marks(qsizetype count)
{
    QStringList list;
    for (qsizetype i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(QStringLiteral(", "));
}

int kindOrder(const QString &kind)
{
    for (int i = 0; i < int(std::size(shownKinds)); ++i) {
        if (kindName(shownKinds[i]) == kind)
            return i;
    }
    return int(std::size(shownKinds));
}

} // namespace

Result<QList<CiTicket>> CiTickets::openOn(const QList<QUuid> &ciIds)
{
    const QStringList states =
        openStates({TicketKind::Incident, TicketKind::Problem, TicketKind::Change});
    const QString columns = QStringLiteral("t.id, t.number, t.kind, t.title, t.state, "
                                           "t.priority, t.planned_start, t.planned_end, ");
    const QString openFilter = QStringLiteral("t.state IN (%1)").arg(marks(states.size()));

    QHash<QUuid, CiTicket> found;
    // A ticket found through several CIs of the set is shown under the one asked for first.
    QHash<QUuid, qsizetype> rank;
    for (qsizetype i = ciIds.size() - 1; i >= 0; --i)
        rank.insert(ciIds.at(i), i);
    QSet<QUuid> earlierPaths;
    // Three index lookups per chunk instead of one OR: a ticket found through its CI wins over
    // the same ticket found through its service or a change's CI list, in that order.
    const QString paths[] = {
        QStringLiteral("SELECT %1 t.ci_id FROM tickets t WHERE t.ci_id IN (%2) AND t.kind IN "
                       "('incident', 'problem', 'change') AND %3"),
        QStringLiteral("SELECT %1 t.service_id FROM tickets t WHERE t.service_id IN (%2) AND "
                       "t.kind IN ('incident', 'problem') AND %3"),
        QStringLiteral("SELECT %1 cc.ci_id FROM change_cis cc JOIN tickets t ON t.id = "
                       "cc.change_id WHERE cc.ci_id IN (%2) AND t.kind = 'change' AND %3"),
    };
    for (const QString &path : paths) {
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            earlierPaths.insert(it.key());
        for (qsizetype from = 0; from < ciIds.size(); from += Chunk) {
            const QList<QUuid> part = ciIds.mid(from, Chunk);
            QVariantList values;
            for (const QUuid &id : part)
                values << Database::idValue(id);
            for (const QString &state : states)
                values << state;
            auto query = m_db.exec(path.arg(columns, marks(part.size()), openFilter), values);
            if (!query)
                return query.error();
            while (query->next()) {
                const QUuid id = Database::toUuid(query->value(0));
                const QString kind = query->value(2).toString();
                const auto parsedKind = kindFromName(kind);
                // The state list is the union over the kinds; the exact rule is per kind.
                const QUuid through = Database::toUuid(query->value(8));
                if (earlierPaths.contains(id) || !parsedKind ||
                    !isActiveState(*parsedKind, query->value(4).toString()))
                    continue;
                const auto known = found.constFind(id);
                if (known != found.constEnd() && rank.value(known->ciId) <= rank.value(through))
                    continue;
                CiTicket ticket;
                ticket.ticketId = id;
                ticket.number = query->value(1).toString();
                ticket.kind = kind;
                ticket.title = query->value(3).toString();
                ticket.state = query->value(4).toString();
                ticket.priority = query->value(5).toInt();
                ticket.plannedStart = Database::instantText(query->value(6));
                ticket.plannedEnd = Database::instantText(query->value(7));
                ticket.ciId = through;
                found.insert(id, ticket);
            }
        }
    }
    QList<CiTicket> tickets = found.values();
    std::sort(tickets.begin(), tickets.end(), [](const CiTicket &a, const CiTicket &b) {
        const int ka = kindOrder(a.kind), kb = kindOrder(b.kind);
        if (ka != kb)
            return ka < kb;
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.number < b.number;
    });
    return tickets;
}

Result<QHash<QUuid, int>> CiTickets::openIncidentCounts(const QList<QUuid> &ciIds)
{
    const QStringList states = openStates({TicketKind::Incident});
    QHash<QUuid, int> counts;
    // An incident counts for its CI and for its service; once when both are the same CI.
    const QString queries[] = {
        QStringLiteral("SELECT ci_id, COUNT(*) FROM tickets WHERE ci_id IN (%1) "
                       "AND kind = 'incident' AND state IN (%2) GROUP BY ci_id"),
        QStringLiteral("SELECT service_id, COUNT(*) FROM tickets WHERE service_id IN (%1) "
                       "AND kind = 'incident' AND state IN (%2) "
                       "AND (ci_id IS NULL OR ci_id <> service_id) GROUP BY service_id"),
    };
    for (const QString &sql : queries) {
        for (qsizetype from = 0; from < ciIds.size(); from += Chunk) {
            const QList<QUuid> part = ciIds.mid(from, Chunk);
            QVariantList values;
            for (const QUuid &id : part)
                values << Database::idValue(id);
            for (const QString &state : states)
                values << state;
            auto query = m_db.exec(sql.arg(marks(part.size()), marks(states.size())), values);
            if (!query)
                return query.error();
            while (query->next())
                counts[Database::toUuid(query->value(0))] += query->value(1).toInt();
        }
    }
    return counts;
}

} // namespace ServiceDeck::Storage
