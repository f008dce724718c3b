// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seedrandom.h"
#include "ticketseeder.h"

#include "core/error.h"

#include <QList>
#include <QString>

#include <memory>

namespace ServiceDeck::Storage::Internal {

class BulkInsert;
class SeedContext;

// Changes over the three years and 90 days ahead: windows mostly on evenings and weekends,
// states that fit the time (closed in the past, drafts and approvals ahead), affected CIs
// and CAB approvals.
class ChangeSeeder
{
public:
    explicit ChangeSeeder(SeedContext &context);
    ~ChangeSeeder();
    Result<void> run();

private:
    struct Plan
    {
        qint64 opened = 0;
        qint64 start = 0;
        qint64 end = 0;
        int templateIndex = 0;
        int type = 0; // 0 standard, 1 normal, 2 emergency
    };
    QList<Plan> plan(qint64 count);
    void addChange(const Plan &plan);
    QList<int> affectedCis(const SlotFill &slot);
    void addApprovals(const QString &changeId, const QString &state, const Plan &plan,
                      qint64 closed);

    SeedContext &m_context;
    SeedRandom m_random;
    SlotFiller m_slots;
    std::unique_ptr<BulkInsert> m_changes, m_journal, m_cis, m_approvals;
    qint64 m_nextNumber = 1;
};

} // namespace ServiceDeck::Storage::Internal
