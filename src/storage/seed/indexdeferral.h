// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QString>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Storage::Internal {

class PragmaScope;

// Builds a table's secondary indexes once after a bulk load instead of row by row: a ticket
// enters two dozen indexes, and for a million tickets SQLite spent longer maintaining them row
// by row than sorting and building them all at the end.
//
// The indexes are dropped inside the phase's transaction and recreated from their own stored
// SQL before its commit, so no committed state lacks them; a cancelled or failed phase rolls
// the drop back with its rows. Constraint indexes (primary key, UNIQUE) stay. SQLite only:
// on PostgreSQL the drop would lock the table against readers for the whole load.
class IndexDeferral
{
public:
    IndexDeferral(Database &db, const QString &table)
        : m_db(db)
        , m_table(table)
    {}
    Result<void> begin();
    qsizetype count() const { return m_statements.size(); }
    // Sorter settings for the rebuilds, held by the caller's scope while they run.
    static Result<void> tuneSorter(PragmaScope &pragmas);
    Result<void> rebuild(qsizetype index); // 0 … count() - 1, in the stored order

private:
    Database &m_db;
    QString m_table;
    QList<QString> m_statements; // CREATE INDEX …, as stored in sqlite_master
};

} // namespace ServiceDeck::Storage::Internal
