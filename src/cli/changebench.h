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
// Then every change of the database squeezed into those 90 days (the dense figure of the
// target), against a baseline that tests every pair. Nothing when there are no changes with a
// window.
Result<void> measureChanges(Storage::Database &db,
                            const std::function<void(const Measurement &)> &add);

} // namespace ServiceDeck::Cli
