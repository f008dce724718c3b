// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ServiceDeck::Cli {

class CliContext;

// `changes conflicts [--from D --to D] [--format json]`: the collisions of the change schedule
// in a range of time (from today for 90 days unless given).
// `changes ics [--from D --to D] [-o FILE]`: the same range as an iCalendar (RFC 5545) feed.
int runChanges(CliContext &context);

} // namespace ServiceDeck::Cli
