// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchcommand.h"

#include "core/error.h"

#include <functional>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Cli {

// The change schedule figures of `bench`: collisions among the changes of the last 90 days of
// the planned schedule (the seeder plans 90 days ahead), with the load from the database
// (changes, CIs, windows, impact closures) reported apart from the engine's time.
// Nothing when there are no changes with a window.
Result<void> measureChanges(Storage::Database &db,
                            const std::function<void(const Measurement &)> &add);

} // namespace ServiceDeck::Cli
