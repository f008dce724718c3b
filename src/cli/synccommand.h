// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ServiceDeck::Cli {

class CliContext;

// `sync --hub URL`: one full push and pull of the replica named by --db (the first download
// on a new or empty replica). Exit 3 when conflicts remain.
int runSync(CliContext &context);
// `conflicts list` and `conflicts resolve ID --take local|remote|value=V`.
int runConflictQueue(CliContext &context);

} // namespace ServiceDeck::Cli
