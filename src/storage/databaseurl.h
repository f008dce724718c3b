// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

namespace ServiceDeck::Storage {

enum class Dialect { Sqlite, Postgres };

// Where a database lives: `sqlite:PATH`, `sqlite::memory:` or
// `postgresql://USER[:PASS]@HOST[:PORT]/DB[?sslmode=…]`.
struct DatabaseUrl
{
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file, or ":memory:"
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString databaseName;
    QString connectOptions; // libpq options, e.g. "sslmode=require"

    static Result<DatabaseUrl> parse(const QString &text);
    // The per-user default: a SQLite file under QStandardPaths::AppDataLocation.
    static DatabaseUrl defaultUrl();

    bool isMemory() const { return dialect == Dialect::Sqlite && path == u":memory:"; }
    // For titles, status bars and logs: never contains the password.
    QString displayName() const;
    QString toString(bool withPassword = false) const;
};

} // namespace ServiceDeck::Storage
