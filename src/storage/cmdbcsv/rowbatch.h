// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Storage::Internal {

// Rows for one table written through a prepared multi-row INSERT, the way the seeder's
// BulkInsert does (which lives in the seed library, above storage): an INSERT per row would be
// a round trip each on PostgreSQL. Rows wait in memory until flush().
class RowBatch
{
public:
    RowBatch(Database &db, const QString &table, const QStringList &columns);

    RowBatch &operator<<(const QVariant &value)
    {
        m_pending.append(value);
        return *this;
    }
    // Executes every buffered row; the buffer is empty afterwards, also on failure.
    Result<void> flush();

private:
    QString statement(int rows) const;
    Result<void> execute(QSqlQuery &query, qsizetype first, int rows);
    Result<void> prepare(QSqlQuery &query, bool &prepared, int rows);

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QStringList m_placeholders;
    QSqlQuery m_block;
    bool m_blockPrepared = false;
    QSqlQuery m_single;
    bool m_singlePrepared = false;
    QVariantList m_pending;
};

} // namespace ServiceDeck::Storage::Internal
