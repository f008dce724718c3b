// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QStringList>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Storage::Internal {

// SQLite connection settings for one stretch of work, each put back to the value it had when
// this object goes, in reverse order. A bulk load tunes the page cache, the sorter and the
// constraint checks; the connection afterwards must behave as it did before. Nothing happens
// on PostgreSQL.
class PragmaScope
{
public:
    explicit PragmaScope(Database &db)
        : m_db(db)
    {}
    ~PragmaScope();
    PragmaScope(const PragmaScope &) = delete;
    PragmaScope &operator=(const PragmaScope &) = delete;

    // name and value are written into the statement: constants from code only.
    Result<void> set(const char *name, const QString &value);
    // The value now, as SQLite reports it ("0" for a pragma that reports nothing; empty on
    // PostgreSQL).
    Result<QString> get(const char *name);

private:
    Database &m_db;
    QStringList m_restore; // PRAGMA statements, newest last
};

} // namespace ServiceDeck::Storage::Internal
