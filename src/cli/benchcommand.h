// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ServiceDeck::Cli {

class CliContext;

// `bench [--tickets N]`: the queue benchmarks of DESIGN.md on the --db database (seeded first
// when it holds fewer tickets), each figure beside a baseline measured in the same run.
int runBench(CliContext &context);

} // namespace ServiceDeck::Cli
