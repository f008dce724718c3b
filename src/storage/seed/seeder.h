// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDate>
#include <QString>

#include <functional>

namespace ServiceDeck::Storage {

class Database;

// How much demo data to make, and from which random seed; the same options give the same data.
struct SeedOptions
{
    qint64 tickets = 1000;
    qint64 cis = 200;
    qint64 changes = 50;
    quint32 randomSeed = 1;
    QDate until; // the last day of the three years of history; invalid: today (UTC)
    // When valid, the first day of one month (UTC) that every change is planned in, instead of
    // the whole history and the 90 days after it: a busy month for the calendar's benchmark.
    QDate changeMonth;
    // Tickets per batch: the steps of the progress report and, where SQLite's C API writes
    // them (SeedPhase), the unit that is written on a thread of its own while the next is made.
    qint64 ticketBatch = 25000;
};

struct SeedReport
{
    qint64 users = 0;
    qint64 groups = 0;
    qint64 cis = 0;
    qint64 relations = 0;
    qint64 tickets = 0;
    qint64 changes = 0;
    qint64 blackouts = 0;
    qint64 elapsedMs = 0;
};

// Called between batches: a phase name for people, done and total. Return false to cancel
// (the phase's open transaction is rolled back).
using SeedProgress = std::function<bool(const QString &phase, qint64 done, qint64 total)>;

// Fills a database (schema already in place) with realistic, deterministic demo data: groups
// and people, a CMDB of business services → applications → servers/databases → network, tickets
// over three years, changes with windows and affected CIs, blackout windows. Bulk-inserted with
// prepared statements in transactions.
class Seeder
{
public:
    explicit Seeder(Database &db) : m_db(db) {}
    Result<SeedReport> run(const SeedOptions &options, const SeedProgress &progress = {});

private:
    Database &m_db;
};

} // namespace ServiceDeck::Storage
