// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seedrandom.h"
#include "tickettemplates.h"

#include "core/error.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <array>
#include <memory>

namespace ServiceDeck::Storage::Internal {

class BulkInsert;
class SeedContext;

// What a template's slot became for one ticket: the words in its text and the records it
// refers to (as bound values: an id or NULL).
struct SlotFill
{
    QString text;
    QVariant serviceId;
    QVariant ciId;
    int ownerGroup = -1; // the CI's owner group, when the slot is a CI
    int ci = -1;         // index into SeedContext::cis
    int service = -1;    // service ordinal
};

// Fills a template's slot from the CMDB and the people; shared by tickets and changes.
class SlotFiller
{
public:
    SlotFiller(const SeedContext &context, SeedRandom &random);
    SlotFill fill(Slot slot);

private:
    int ciOf(const QList<int> &preferred, int kind);

    const SeedContext &m_context;
    SeedRandom &m_random;
};

// Incidents, requests and problems over three years, with their journal rows, a few comments
// and worklog entries, and links from incidents to the problems behind them.
class TicketSeeder
{
public:
    explicit TicketSeeder(SeedContext &context);
    ~TicketSeeder();
    Result<void> run();

private:
    QList<qint64> openingTimes(qint64 count);
    void addTicket(qint64 opened);
    void addFollowUps(const QString &ticketId, int group, const QVariant &assignee, qint64 from,
                      qint64 to);
    void linkToIncidents(const QString &problemId, const QString &category, qint64 opened);
    QString number(TicketKind kind);

    SeedContext &m_context;
    SeedRandom m_random;
    SlotFiller m_slots;
    IdPool m_ticketIds, m_opIds, m_noteIds;
    std::array<std::unique_ptr<BulkInsert>, 3> m_tickets; // incidents, requests, problems
    std::unique_ptr<BulkInsert> m_journal, m_comments, m_worklog, m_links;
    qint64 m_nextNumber[3] = {1, 1, 1};

    struct RecentIncident
    {
        QString id;
        QString category;
    };
    QList<RecentIncident> m_recentIncidents; // a ring, for problems to link to
    qsizetype m_recentNext = 0;
};

} // namespace ServiceDeck::Storage::Internal
