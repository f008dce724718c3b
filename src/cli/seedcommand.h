// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ServiceDeck::Cli {

class CliContext;

// `seed --tickets N --cis N --changes N [--random-seed S] [--until DATE]`: demo data, with
// progress on stderr.
int runSeed(CliContext &context);

} // namespace ServiceDeck::Cli
