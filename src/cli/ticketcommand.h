// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ServiceDeck::Cli {

class CliContext;

// `ticket create|show|update`: one ticket by its canonical fields.
int runTicket(CliContext &context);

} // namespace ServiceDeck::Cli
