// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

class QString;
struct sqlite3;

namespace ServiceDeck::Storage {

class Database;

// The sqlite3 connection under a database's Qt connection, for the few places that call
// SQLite's C API themselves (bulk loads, NativeQuery, the benchmark's baseline). Null unless
// ServiceDeck is built with SERVICEDECK_SQLITE_C_API and Qt's SQLite driver runs on the very
// SQLite library that ServiceDeck links: where the driver carries a copy of SQLite of its own
// (Qt's Windows and installer builds), calling into its connection from another copy would
// corrupt both. Null as well with SERVICEDECK_SQLITE_QT_BINDING=1 in the environment, which the
// tests use to compare both ways of writing and reading.
sqlite3 *nativeSqliteHandle(Database &db);

// The connection's last error, worded as Database words Qt's errors, `what` naming the work.
Error nativeSqliteError(const Database &db, sqlite3 *handle, const QString &what);

} // namespace ServiceDeck::Storage
