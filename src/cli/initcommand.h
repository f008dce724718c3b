// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ServiceDeck::Cli {

class CliContext;

// `init`: create or upgrade the schema and the admin user; harmless when run again.
int runInit(CliContext &context);

} // namespace ServiceDeck::Cli
