// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchcommand.h"

#include "core/error.h"

#include <functional>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Cli {

// The CMDB figures of `bench`: impact closures of the most connected business service (down)
// and of the busiest server (up), each beside the recursive CTE in the same run, and the first
// page of the largest CI class as the CMDB tree lists it. Nothing when the CMDB is empty.
Result<void> measureCmdb(Storage::Database &db,
                         const std::function<void(const Measurement &)> &add);

} // namespace ServiceDeck::Cli
