// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ServiceDeck::Cli {

class CliContext;

// `query [EXPR] [--sort F,-F] [--limit N] [--format table|json|csv]`: tickets matching a queue
// expression, in the order asked.
int runQuery(CliContext &context);

} // namespace ServiceDeck::Cli
