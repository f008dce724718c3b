// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demovocabulary.h"
#include "seeder.h"
#include "seedtime.h"

#include "storage/database.h"

#include "core/ticketkind.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <array>
#include <future>
#include <memory>

namespace ServiceDeck::Storage::Internal {

class BulkInsert;
class FtsDeferral;
class IndexDeferral;

struct SeedPerson
{
    QString id;
    QString displayName;
    int group = -1; // index into SeedContext::groups; -1 for people outside IT
};

struct SeedGroup
{
    QString id;
    GroupIndex spec = ServiceDesk;
    QList<int> members; // indexes into SeedContext::people
};

enum class CiKind { Service, Application, Database, Server, VirtualMachine, Network, Storage };
constexpr int CiKindCount = 7;

struct SeedCi
{
    QString id;
    QString name;
    CiKind kind = CiKind::Service;
    int group = -1;   // owner group, index into SeedContext::groups
    int service = -1; // applications and databases: the business service they belong to
    qint64 created = 0;
};

struct SlaTarget
{
    QVariant policyId;
    qint64 responseMinutes = 0;
    qint64 resolutionMinutes = 0;
    qint64 warningSeconds = 0; // core's slaWarningShare of the resolution target
    bool aroundTheClock = false;
};

// What the phases share: options, the time frame, and the records later phases refer to.
class SeedContext
{
public:
    SeedContext(Database &db, const SeedOptions &options, const SeedProgress &progress);

    // False when the caller asked to stop.
    bool proceed(const QString &phase, qint64 done, qint64 total) const;
    static Error cancelled();

    // The group that does `spec`'s work in this organisation (a fallback when it has none).
    int groupFor(GroupIndex spec) const;
    // Due instant `durationMs` of service time after `from`, on the policy's calendar: what
    // core's computeSlaDue gives (tst_seeder compares the two), at a fraction of its cost.
    qint64 dueAfter(const SlaTarget &target, qint64 from, qint64 durationMs) const;
    // A business service, the popular ones more often; -1 when there is none.
    int popularService(double draw) const;
    // Moves the kind's number sequence to `nextValue` unless it is there already.
    Result<void> advanceSequence(TicketKind kind, qint64 nextValue);

    Database &db;
    const SeedOptions options;
    const qint64 historyStart; // UTC ms: three years before the end of `until`
    const qint64 historyEnd;   // UTC ms: the end of `until` (exclusive), "now" for the data
    const QVariant nullText;
    const ZoneOffsets berlin;
    SeedReport report;

    QList<SeedPerson> people;
    QList<int> staff; // people in a support group
    QList<int> changeManagers;
    QList<int> cabMembers;
    QList<SeedGroup> groups;
    std::array<int, GroupCount> groupBySpec{}; // -1 when the organisation lacks the group

    QList<SeedCi> cis;
    std::array<QList<int>, CiKindCount> cisByKind;
    QList<int> hypervisors; // servers that host virtual machines
    QList<QList<int>> serviceApps, serviceDatabases, serviceHosts; // by service ordinal
    QList<double> serviceWeights;                                  // cumulative, by service ordinal

    // By kind (incident, request, problem, change) and priority 1..5.
    std::array<std::array<SlaTarget, 6>, 4> sla{};

private:
    std::unique_ptr<OfficeHours> m_officeHours;
    SeedProgress m_progress;
};

// Journal rows that show each record's creation in its history: (op id, record id, instant).
std::unique_ptr<BulkInsert> creationJournal(Database &db, const char *entity);

// One phase's writes, flushed in batches. Between batches the progress callback may stop the
// run; the transaction in hand is then rolled back. Normally each batch is a transaction of its
// own; a phase that defers its indexes runs in one, so that no committed state lacks them.
//
// In such a phase, where every write goes through SQLite's C API, a batch is written on a
// thread of its own while the caller makes the next one: the generator and SQLite each keep a
// core busy. The batches are written one at a time and in order, and the phase waits for the
// batch in hand before it touches the connection itself or gives up, so the data and every
// failure are the same as when it writes each batch in turn.
class SeedPhase
{
public:
    SeedPhase(SeedContext &context, const QString &name, qint64 total);
    ~SeedPhase();
    // Inserts flush in the order they were added: parents before the rows referring to them.
    void add(BulkInsert &insert) { m_inserts << &insert; }
    // For phases that write tickets: full-text indexing per batch rather than per row.
    void deferTextIndexing(FtsDeferral &deferral) { m_fts = &deferral; }
    // Secondary indexes built once at the end; makes the phase one transaction.
    void deferIndexes(IndexDeferral &deferral) { m_indexes = &deferral; }
    Result<void> start();
    Result<void> checkpoint(qint64 done); // writes the batch, commits unless one transaction
    // Waits for the batch being written: between checkpoints, before the caller uses the
    // connection itself.
    Result<void> settle();
    Result<void> finish(); // writes the rest, rebuilds, commits

private:
    Result<void> begin();
    Result<void> flush();
    Result<void> commit(qint64 done);
    bool writesInBackground() const;
    void writeInBackground();

    SeedContext &m_context;
    QString m_name;
    qint64 m_total;
    Transaction m_transaction;
    QList<BulkInsert *> m_inserts;
    FtsDeferral *m_fts = nullptr;
    IndexDeferral *m_indexes = nullptr;
    bool m_background = false;
    std::future<Result<void>> m_writing; // the batch being written; after m_transaction, so
                                         // that it is waited for before the rollback
};

} // namespace ServiceDeck::Storage::Internal
