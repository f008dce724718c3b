// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ServiceDeck::Cli {

class CliContext;

// `remote sync rt …` and `remote publish caldav …`: dispatches to the connector's command.
int runRemote(CliContext &context);
// `remote sync rt --url URL --token T [--queue Q] [--group G] [--kind K] [--name N]`.
int runRemoteSyncRt(CliContext &context);
// `remote publish caldav --url URL [--user U] [--from D --to D] [--name N]`.
int runRemotePublishCaldav(CliContext &context);

} // namespace ServiceDeck::Cli
