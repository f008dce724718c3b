// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/schedule.h"
#include "core/error.h"

namespace ServiceDeck::Storage {

class Database;

// What one load read, for the benchmark and the CLI's summary.
struct ScheduleLoadStats
{
    qsizetype changes = 0;
    qsizetype changeCis = 0;
    qsizetype closureCis = 0; // distinct CIs whose Down closure was computed
    qsizetype relations = 0; // relations read for those closures
    qint64 milliseconds = 0;
};

struct ScheduleLoad
{
    Change::ScheduleInput input;
    ScheduleLoadStats stats;
};

// Reads everything the collision engine needs for a range of time: the changes whose planned
// window overlaps it (every state but cancelled and closed, drafts included) with their CIs,
// services and implementers, the freezes and the maintenance windows, and the Down closure of
// every CI involved. A fixed number of queries for the rows, plus one per closure level.
class ChangeScheduleRepository
{
public:
    explicit ChangeScheduleRepository(Database &db) : m_db(db) {}

    enum class States {
        Scheduled, // every state but cancelled and closed: what the engine checks
        All,       // closed and cancelled too (the benchmark replays the history as a plan)
    };

    Result<ScheduleLoad> load(const Change::TimeSpan &range, States states = States::Scheduled);

private:
    Result<void> loadChanges(const Change::TimeSpan &range, Change::ScheduleInput &input);
    Result<void> loadChangeCis(const Change::TimeSpan &range, Change::ScheduleInput &input);
    Result<void> loadBlackouts(const Change::TimeSpan &range, Change::ScheduleInput &input);
    Result<void> loadMaintenance(Change::ScheduleInput &input);
    Result<void> loadClosures(Change::ScheduleInput &input, ScheduleLoadStats &stats);

    Database &m_db;
    States m_states = States::Scheduled;
};

} // namespace ServiceDeck::Storage
