// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ServiceDeck::Cli {

class CliContext;

// `cmdb import FILE.csv`, `cmdb export [--relations] [-o FILE]` and
// `cmdb impact CI [--direction up|down] [--depth N] [--format json]`.
int runCmdb(CliContext &context);

} // namespace ServiceDeck::Cli
