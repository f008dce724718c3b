// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ServiceDeck::Cli {

class CliContext;

// `cmdb impact CI [--direction up|down] [--depth N] [--format json]`: what a CI's outage
// reaches, as an indented tree with relation labels, or as JSON with each CI's shortest path.
int runCmdbImpact(CliContext &context);

} // namespace ServiceDeck::Cli
