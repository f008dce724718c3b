// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Storage::Internal {

// Rows for one table, buffered and written through a prepared multi-row INSERT that is bound
// and re-executed per block: one statement per row would cost more than the rows themselves,
// on PostgreSQL a round trip each. Rows wait in memory until flush(), so a batch can flush its
// parents before the rows that reference them.
class BulkInsert
{
public:
    BulkInsert(Database &db, const QString &table, const QStringList &columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // A column with the same value in every row, written into the statement as an SQL literal
    // (quoted by the caller) instead of being bound: binding costs more than the row's insert.
    // Only for constants written in code, never for text from data or from a person.
    void setConstant(const QString &column, const QString &sqlLiteral);

    BulkInsert &operator<<(const QVariant &value)
    {
        m_pending.append(value);
        return *this;
    }
    // Executes every buffered row; the buffer is empty afterwards, also on failure.
    Result<void> flush();
    // True where the rows go through SQLite's C API (sqlitehandle.h) rather than through Qt.
    bool writesNatively() const { return m_native != nullptr; }
    // Where the rows go through SQLite's C API: takes the buffered rows out, as what writes
    // them, so that the write can run on another thread while the caller buffers the next
    // rows. The buffer is empty afterwards. Until the write has run and is destroyed, nothing
    // else may use the connection, and neither flush() nor takeWrite() may be called again.
    std::function<Result<void>()> takeWrite();
    qint64 written() const { return m_written; }
    const QString &table() const { return m_table; }

private:
    QString statement(int rows, bool positional = false) const;
    Result<void> execute(QSqlQuery &query, qsizetype first, int rows);
    // A batch in SQLite's terms: numbers as they are bound, text and blobs in one UTF-8 buffer
    // that SQLite reads in place.
    struct NativeValue
    {
        int kind = 0; // SqliteBound (sqlitevalues.h)
        qint64 integer = 0;
        double real = 0;
        qsizetype start = 0, end = 0; // text or blob: the bytes [start, end) of the buffer
    };
    struct NativeRows
    {
        QByteArray bytes;
        std::vector<NativeValue> values;
    };
    std::shared_ptr<const NativeRows> encodePending(); // empties m_pending
    static void encodeNative(const QVariantList &values, NativeRows &rows);
    Result<void> writeNative(const NativeRows &encoded);
    Result<void> executeNative(sqlite3_stmt *&prepared, const NativeRows &encoded, qsizetype first,
                               int rows);

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_constantColumns;
    QStringList m_constantValues;
    int m_rowsPerStatement;
    QStringList m_placeholders; // ":p0", ":p1", … for one block of rows
    QSqlQuery m_block;          // prepared for m_rowsPerStatement rows on first use
    bool m_prepared = false;
    QSqlQuery m_single; // prepared for one row, for the tail of a flush
    bool m_singlePrepared = false;
    QVariantList m_pending;
    qint64 m_written = 0;
    // SQLite's C API on the driver's own connection, where that is safe (sqlitehandle.h).
    sqlite3 *const m_native;
    sqlite3_stmt *m_nativeBlock = nullptr;
    sqlite3_stmt *m_nativeSingle = nullptr;
    std::shared_ptr<NativeRows> m_nativeBuffers[2]; // for takeWrite(), used in turn
    int m_nextBuffer = 0;
};

} // namespace ServiceDeck::Storage::Internal
