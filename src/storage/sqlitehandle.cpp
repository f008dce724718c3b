// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitehandle.h"

#include "database.h"

#include <QSqlDriver>

namespace ServiceDeck::Storage {

#ifdef SERVICEDECK_SQLITE_C_API
namespace Internal {
// sqlitehandle_unix.cpp: whether the driver's SQLite functions are the ones ServiceDeck calls.
bool driverRunsOnLinkedSqlite(const QSqlDriver *driver);
} // namespace Internal
#endif

sqlite3 *nativeSqliteHandle(Database &db)
{
#ifdef SERVICEDECK_SQLITE_C_API
    if (db.dialect() != Dialect::Sqlite ||
        qEnvironmentVariableIntValue("SERVICEDECK_SQLITE_QT_BINDING"))
        return nullptr;
    const QSqlDriver *driver = db.sql().driver();
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The answer cannot change while the program runs: asked once.
    static const bool sameLibrary = Internal::driverRunsOnLinkedSqlite(driver);
    return sameLibrary ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

} // namespace ServiceDeck::Storage
