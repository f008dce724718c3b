// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace ServiceDeck::Storage {

class Database;

// A query run through SQLite's C API on a database's own connection (sqlitehandle.h), for
// reads where Qt's driver costs more than SQLite: it turns every value of every row into a
// QVariant, its text into UTF-16. Columns are read as SQLite hands them: numbers, and text as
// UTF-8 valid until the next row.
//
// The statement is prepared once per SQL and kept by the Database, which finalizes it before
// the connection closes; one NativeQuery at a time per SQL. Values are bound as Qt's driver
// binds them (BulkInsert).
class NativeQuery
{
public:
    // Whether reads on `db` go through the C API: SQLite, with the C API built and safe.
    static bool isAvailable(Database &db);

    NativeQuery(Database &db, const QString &sql);
    ~NativeQuery();
    NativeQuery(const NativeQuery &) = delete;
    NativeQuery &operator=(const NativeQuery &) = delete;

    // Prepares (the first time) and binds by position; `what` names the work in an error.
    Result<void> exec(const QVariantList &binds, const QString &what);
    bool next();           // false after the last row, and on an error (see finish())
    Result<void> finish(); // the error that ended the rows, if any; resets the statement

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QByteArrayView utf8(int column) const;
    QString text(int column) const; // a null QString for NULL, as Qt's driver gives

private:
    Database &m_db;
    QString m_sql;
    QString m_what;
    sqlite3_stmt *m_statement = nullptr;
    QByteArray m_bound; // the binds' text, read by SQLite in place
    int m_step = 0;     // what the last sqlite3_step() returned
};

} // namespace ServiceDeck::Storage
