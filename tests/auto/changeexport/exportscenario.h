// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cmdbfixture.h"

#include "core/change/timespan.h"

#include <QString>
#include <QUuid>

namespace ServiceDeck::Test {

// The changes of March 2026 that the export tests read, on the CMDB shop → app → srv1:
//   CHG0000101 "Patch app": normal, scheduled, high risk, 2 Mar 20:00–22:00 UTC, CIs app and
//              srv1, service shop, implementer admin; approved by carol and dave.
//   CHG0000102 awkwardTitle(): normal, awaiting approval, medium risk, 2 Mar 21:00–23:00 UTC,
//              CI app; carol approved, dave not yet. Collides with CHG0000101 on app.
//   CHG0000103 "Retire srv1": emergency, cancelled, 10 Mar 08:00–09:00 UTC, CI srv1.
//   CHG0000104 "Rotate certificates": standard, approved, no risk, 20 Mar 06:00–06:30 UTC.
//   CHG0000105: closed, in March; CHG0000106: scheduled, in April. Neither is reported.
//   The freeze "Quarter close" on shop, 2 Mar 00:00 to 3 Mar 00:00 UTC, with a reason.
struct ExportScenario
{
    QUuid patch;
    QUuid migrate;
    QUuid retire;
    QUuid rotate;
    QUuid closed;
    QUuid later;
    QUuid freeze;
    QUuid carol;
    QUuid dave;

    // Commas, semicolons, a line break, backslashes and non-ASCII text, longer than 75 octets.
    // No backslash is followed by "n": python3-icalendar 4.0.3 unescapes "\\n" as a line break.
    static QString awkwardTitle();
    static Change::TimeSpan march();

    static Result<ExportScenario> make(CmdbFixture &f);
};

} // namespace ServiceDeck::Test
