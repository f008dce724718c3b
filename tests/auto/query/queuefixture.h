// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testdatabase.h"

#include "storage/query/queuecompiler.h"

#include "core/directory.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

namespace ServiceDeck::Test {

// Eight tickets of all kinds with fixed dates, SLA columns, references and text, to run queue
// expressions against. Short names stand for numbers: C1 = CHG0000001, I3 = INC0000003, …
//
//        kind     state        prio assignee group         ci / cis         category updated
//   C1   change   draft        P3   admin    Network Ops   core-switch-01*  -        03-08
//   C2   change   draft        P5   -        a"b           fw-edge-01       -        03-09 12:00
//   I1   incident new          P1   alice    Network Ops   fw-edge-01       Network  03-09 10:00
//   I2   incident assigned     P5   bob      Service Desk  -                Hardware 02-15
//   I3   incident pending      P3   -        Network Ops   -                -        03-10 06:00
//   I4   incident resolved     P2   alice    -             -                -        03-01 23:59
//   P1   problem  known_error  P2   -        Network Ops   -                -        03-03 12:00
//   R1   request  new          P4   bob      Service Desk  -                Hardware 03-02
//
// "now" is 2026-03-10T12:00Z; the acting user is alice (member of Network Ops).
// SLA at now: I1 breached, I2 ok, I3 paused, R1 warning, I4 resolved, others without SLA.
struct QueueFixture
{
    std::unique_ptr<Storage::Database> db;
    User alice;
    QDateTime now;

    Storage::QueueSqlContext context() const { return {alice.id, now}; }
    // The numbers (as short names, space-separated) of the tickets matching `expression`,
    // ordered by `sort`; an error message instead when it does not parse, compile or run.
    QString run(const QString &expression, const QString &sort = {});
    qint64 ticketCount();

    static QString shortName(const QString &number);
};

Result<QueueFixture> makeQueueFixture(TestDatabase &testDb);

} // namespace ServiceDeck::Test
