// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchcommand.h"

#include "core/error.h"

#include <functional>

namespace ServiceDeck::Cli {

// The sync figures of `bench --hub URL`: push 10,000 queued ops and pull 100,000 hub changes,
// each beside a raw batched insert of the same rows into the same PostgreSQL. The hub must be
// an empty database: the benchmark fills it (10,000 tickets) and a replica in a temporary
// folder.
Result<void> measureSync(const QString &hubUrl,
                         const std::function<void(const Measurement &)> &add);

} // namespace ServiceDeck::Cli
