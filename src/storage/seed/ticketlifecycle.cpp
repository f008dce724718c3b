// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlifecycle.h"

#include "seedrandom.h"
#include "seedtime.h"

#include <algorithm>

namespace ServiceDeck::Storage::Internal {

namespace {

// Typical handling times by priority (P1 first): how long until someone answers and until
// the ticket is solved. Real desks show long tails; SeedRandom::skewed adds them.
const qint64 responseMedian[3][5] = {
    {8 * MinuteMs, 20 * MinuteMs, HourMs, 2 * HourMs, 4 * HourMs}, // incident
    {HourMs, 2 * HourMs, 4 * HourMs, 8 * HourMs, DayMs},           // request
    {4 * HourMs, 8 * HourMs, DayMs, 2 * DayMs, 3 * DayMs},         // problem
};
const qint64 solveMedian[3][5] = {
    {3 * HourMs, 10 * HourMs, 2 * DayMs, 4 * DayMs, 7 * DayMs},
    {4 * HourMs, DayMs, 2 * DayMs, 3 * DayMs, 5 * DayMs},
    {10 * DayMs, 20 * DayMs, 30 * DayMs, 45 * DayMs, 60 * DayMs},
};

// Resolved tickets close themselves after a few days unless the requester objects.
constexpr qint64 AutoClose = 3 * DayMs;

QString openState(TicketKind kind, SeedRandom &random, bool knownError)
{
    switch (kind) {
    case TicketKind::Incident: {
        static const QString states[] = {QStringLiteral("assigned"), QStringLiteral("in_progress"),
                                         QStringLiteral("pending")};
        return states[random.weighted({0.25, 0.5, 0.25})];
    }
    case TicketKind::Request: {
        static const QString states[] = {QStringLiteral("approved"), QStringLiteral("fulfilling"),
                                         QStringLiteral("pending")};
        return states[random.weighted({0.2, 0.55, 0.25})];
    }
    case TicketKind::Problem:
        return knownError ? QStringLiteral("known_error") : QStringLiteral("investigating");
    case TicketKind::Change:
        break;
    }
    return {};
}

} // namespace

TicketTimeline simulateTicket(TicketKind kind, int priority, qint64 opened, qint64 now,
                              SeedRandom &random)
{
    const int k = std::clamp(int(kind), 0, 2);
    const int p = std::clamp(priority, 1, 5) - 1;
    TicketTimeline t;
    t.updated = opened;

    const qint64 respond = opened + random.skewed(responseMedian[k][p]);
    if (respond >= now) {
        t.state = QStringLiteral("new");
        return t;
    }
    t.firstResponse = respond;
    t.worked = true;

    // Some never get solved: cancelled incidents, rejected requests.
    if (kind != TicketKind::Problem && random.chance(kind == TicketKind::Incident ? 0.04 : 0.03)) {
        const qint64 end =
            kind == TicketKind::Request ? respond : respond + random.skewed(4 * HourMs);
        if (end < now) {
            t.state = kind == TicketKind::Request ? QStringLiteral("rejected")
                                                  : QStringLiteral("cancelled");
            t.closed = end;
            t.updated = end;
            t.cancelled = true;
            t.worked = kind == TicketKind::Incident && random.chance(0.5);
            return t;
        }
    }

    qint64 knownErrorAt = -1;
    if (kind == TicketKind::Problem && random.chance(0.6))
        knownErrorAt = respond + random.skewed(5 * DayMs);
    qint64 solve = random.skewed(solveMedian[k][p]);
    if (random.chance(0.02))
        solve *= 15; // the ones that get stuck waiting for a vendor or a decision
    const qint64 resolved =
        std::max(opened + solve, std::max(respond, knownErrorAt) + 10 * MinuteMs);
    if (resolved >= now) {
        t.knownError = knownErrorAt >= 0 && knownErrorAt < now;
        t.state = openState(kind, random, t.knownError);
        // Assigned to a group, or an approved request: nobody has picked it up yet, maybe.
        if (t.state == u"assigned" || t.state == u"approved")
            t.worked = random.chance(0.5);
        if (t.state == u"pending") {
            t.pendingSince = random.between64(respond, now - 1);
            t.updated = t.pendingSince;
        } else {
            t.updated = random.between64(respond, now - 1);
            if (t.knownError)
                t.updated = std::max(t.updated, knownErrorAt);
        }
        return t;
    }
    t.knownError = knownErrorAt >= 0;
    t.resolved = resolved;
    const qint64 closeAt =
        resolved + (kind == TicketKind::Problem ? random.skewed(7 * DayMs)
                                                : AutoClose + random.below64(DayMs));
    if (closeAt < now) {
        t.state = QStringLiteral("closed");
        t.closed = closeAt;
        t.updated = closeAt;
    } else {
        t.state =
            kind == TicketKind::Request ? QStringLiteral("fulfilled") : QStringLiteral("resolved");
        t.updated = resolved;
    }
    return t;
}

} // namespace ServiceDeck::Storage::Internal
