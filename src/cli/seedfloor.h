// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Cli {

// The seed's baseline: milliseconds SQLite itself takes to write the tickets and journal that
// a seed just wrote again, into a new database file with the same tables, indexes and text
// index, from SELECTs over the seeded file: no generating, no binding, no syncing, no journal.
// The seed writes more (the CMDB, comments, work log, changes), so this is a floor under the
// bulk of its work. Nothing on PostgreSQL or in memory, or when the copy fails.
std::optional<double> measureSeedFloor(Storage::Database &db);

} // namespace ServiceDeck::Cli
