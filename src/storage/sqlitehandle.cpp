// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitehandle.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>

#ifdef SERVICEDECK_SQLITE_C_API
#include <sqlite3.h>
#endif

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

Error nativeSqliteError(const Database &db, sqlite3 *handle, const QString &what)
{
#ifdef SERVICEDECK_SQLITE_C_API
    const QString text = QString::fromUtf8(sqlite3_errmsg(handle));
#else
    Q_UNUSED(handle);
    const QString text;
#endif
    return db.sqlError(QSqlError(QString(), text, QSqlError::StatementError), what);
}

} // namespace ServiceDeck::Storage
