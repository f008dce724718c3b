// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkinsert.h"

#include "storage/database.h"
#include "storage/sqlitehandle.h"
#include "storage/sqlitevalues.h"

#include "core/tr.h"

#include <QDateTime>
#include <QSqlError>
#include <QStringEncoder>

#include <algorithm>
#include <memory>

#ifdef SERVICEDECK_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace ServiceDeck::Storage::Internal {

namespace {

// Parameters per statement. More rows per statement save per-statement costs, but SQLite looks
// named placeholders up linearly while preparing, which makes a prepare quadratic in their
// number, and a schema change (FtsDeferral, IndexDeferral) makes every statement re-prepare:
// a few hundred is the sweet spot.
constexpr int ParametersPerStatement = 500;

// What failed, for the error message: demo data, a CMDB import.
QString writingTo(const QString &table)
{
    return Tr::tr("writing rows to %1").arg(table);
}

} // namespace

BulkInsert::BulkInsert(Database &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(std::max(1, ParametersPerStatement / int(columns.size())))
    , m_native(nativeSqliteHandle(db))
{
    // Named placeholders, bound by name: Qt's positional binding formats a name for each
    // value bound (QString::arg), which cost more than the insert itself.
    for (qsizetype i = 0; i < qsizetype(m_rowsPerStatement) * columns.size(); ++i)
        m_placeholders << QStringLiteral(":p") + QString::number(i);
}

BulkInsert::~BulkInsert()
{
#ifdef SERVICEDECK_SQLITE_C_API
    sqlite3_finalize(m_nativeBlock); // a no-op on null
    sqlite3_finalize(m_nativeSingle);
#endif
}

void BulkInsert::setConstant(const QString &column, const QString &sqlLiteral)
{
    Q_ASSERT(!m_prepared && m_pending.isEmpty());
    m_constantColumns << column;
    m_constantValues << sqlLiteral;
}

QString BulkInsert::statement(int rows, bool positional) const
{
    // SQLite keeps a statement journal for a statement that could stop half-way on a conflict
    // and copies every page the statement touches into it: with rows spread over a dozen
    // indexes that copying costs more than the inserts. OR FAIL needs no statement journal;
    // a failure still fails the phase, whose transaction is then rolled back whole.
    QString sql = (m_db.dialect() == Dialect::Sqlite ? QStringLiteral("INSERT OR FAIL INTO ")
                                                     : QStringLiteral("INSERT INTO ")) +
                  m_table + QStringLiteral(" (") +
                  (m_columns + m_constantColumns).join(QStringLiteral(", ")) +
                  QStringLiteral(") VALUES ");
    qsizetype parameter = 0;
    for (int i = 0; i < rows; ++i) {
        sql += i == 0 ? QStringLiteral("(") : QStringLiteral(", (");
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (c > 0)
                sql += QStringLiteral(", ");
            sql += positional ? QStringLiteral("?") : m_placeholders.at(parameter);
            ++parameter;
        }
        for (const QString &literal : m_constantValues)
            sql += QStringLiteral(", ") + literal;
        sql += QLatin1Char(')');
    }
    return sql;
}

Result<void> BulkInsert::execute(QSqlQuery &query, qsizetype first, int rows)
{
    const qsizetype count = qsizetype(rows) * m_columns.size();
    for (qsizetype i = 0; i < count; ++i)
        query.bindValue(m_placeholders.at(i), m_pending.at(first + i));
    if (!query.exec())
        return m_db.sqlError(query.lastError(), writingTo(m_table));
    m_written += rows;
    return {};
}

Result<void> BulkInsert::flush()
{
    if (m_native)
        return writeNative(*encodePending());
    const qsizetype width = m_columns.size();
    Q_ASSERT(m_pending.size() % width == 0);
    const qsizetype rows = m_pending.size() / width;
    qsizetype done = 0;
    Result<void> result;
    if (rows >= m_rowsPerStatement && !m_prepared) {
        auto prepared = m_db.prepare(statement(m_rowsPerStatement));
        if (prepared) {
            m_block = std::move(*prepared);
            m_prepared = true;
        } else {
            result = prepared.error();
        }
    }
    while (result.ok() && rows - done >= m_rowsPerStatement) {
        result = execute(m_block, done * width, m_rowsPerStatement);
        done += m_rowsPerStatement;
    }
    if (result.ok() && done < rows) {
        // The tail goes row by row through a one-row statement, also prepared only once:
        // preparing a statement for each odd tail size would cost more than the rows.
        if (!m_singlePrepared) {
            auto prepared = m_db.prepare(statement(1));
            if (prepared) {
                m_single = std::move(*prepared);
                m_singlePrepared = true;
            } else {
                result = prepared.error();
            }
        }
        for (; result.ok() && done < rows; ++done)
            result = execute(m_single, done * width, 1);
    }
    m_pending.resize(0); // keeps the capacity for the next batch
    return result;
}

std::function<Result<void>()> BulkInsert::takeWrite()
{
    if (!m_native)
        return {};
    // The values are turned into SQLite's terms here, on the caller's thread, which also
    // releases them: the thread that runs the write only binds and steps.
    return [this, rows = encodePending()] {
        return writeNative(*rows);
    };
}

std::shared_ptr<const BulkInsert::NativeRows> BulkInsert::encodePending()
{
    // Two buffers take turns, one being written while the other fills, so that a batch's
    // megabytes are not allocated and freed again: page faults, and the allocator merging the
    // freed memory, took a fifth of the generator's time.
    std::shared_ptr<NativeRows> &buffer = m_nativeBuffers[m_nextBuffer];
    m_nextBuffer = 1 - m_nextBuffer;
    if (!buffer || buffer.use_count() > 1) // new, or still held by a write that is out
        buffer = std::make_shared<NativeRows>();
    encodeNative(m_pending, *buffer);
    m_pending.resize(0); // keeps the capacity for the next batch
    return buffer;
}

void BulkInsert::encodeNative(const QVariantList &values, NativeRows &rows)
{
    rows.bytes.resize(0); // both keep their capacity
    rows.values.clear();
#ifdef SERVICEDECK_SQLITE_C_API
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    rows.values.resize(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        NativeValue &out = rows.values[i];
        out.kind = int(sqliteBound(value));
        switch (SqliteBound(out.kind)) {
        case SqliteBound::Null:
            break;
        case SqliteBound::Integer:
            out.integer = value.toLongLong();
            break;
        case SqliteBound::Real:
            out.real = value.toDouble();
            break;
        case SqliteBound::Blob: {
            const auto *bytes = static_cast<const QByteArray *>(value.constData());
            out.start = rows.bytes.size();
            rows.bytes.append(*bytes);
            out.end = rows.bytes.size();
            break;
        }
        case SqliteBound::Text:
            out.start = rows.bytes.size();
            out.end = appendSqliteText(encoder, rows.bytes, value);
            break;
        }
    }
#else
    Q_UNUSED(values);
#endif
}

// Uses only the statements and the count, which nothing else touches while a write taken by
// takeWrite() is out.
Result<void> BulkInsert::writeNative(const NativeRows &encoded)
{
    const qsizetype width = m_columns.size();
    Q_ASSERT(encoded.values.size() % width == 0);
    const qsizetype rows = qsizetype(encoded.values.size()) / width;
    Result<void> result;
    qsizetype done = 0;
    for (; result.ok() && rows - done >= m_rowsPerStatement; done += m_rowsPerStatement)
        result = executeNative(m_nativeBlock, encoded, done * width, m_rowsPerStatement);
    for (; result.ok() && done < rows; ++done)
        result = executeNative(m_nativeSingle, encoded, done * width, 1);
    return result;
}

Result<void> BulkInsert::executeNative(sqlite3_stmt *&prepared, const NativeRows &encoded,
                                       qsizetype first, int rows)
{
#ifdef SERVICEDECK_SQLITE_C_API
    // Qt binds each value by name, copies it twice and hands SQLite UTF-16, which SQLite
    // converts into a buffer of its own: for a million tickets that cost more than SQLite's
    // inserts. Here the values are bound in place from the batch's one UTF-8 buffer.
    const auto failed = [this] {
        return nativeSqliteError(m_db, m_native, writingTo(m_table));
    };
    if (!prepared) {
        const QByteArray sql = statement(rows, true).toUtf8();
        if (sqlite3_prepare_v3(m_native, sql.constData(), int(sql.size()),
                               SQLITE_PREPARE_PERSISTENT, &prepared, nullptr) != SQLITE_OK) {
            sqlite3_finalize(prepared);
            prepared = nullptr;
            return failed();
        }
    }
    const qsizetype count = qsizetype(rows) * m_columns.size();
    const char *const bytes = encoded.bytes.constData();
    for (qsizetype i = 0; i < count; ++i) {
        const NativeValue &value = encoded.values[first + i];
        const int place = int(i + 1);
        switch (SqliteBound(value.kind)) {
        case SqliteBound::Null:
            sqlite3_bind_null(prepared, place);
            break;
        case SqliteBound::Integer:
            sqlite3_bind_int64(prepared, place, value.integer);
            break;
        case SqliteBound::Real:
            sqlite3_bind_double(prepared, place, value.real);
            break;
        case SqliteBound::Blob:
            sqlite3_bind_blob64(prepared, place, bytes + value.start,
                                sqlite3_uint64(value.end - value.start), SQLITE_STATIC);
            break;
        case SqliteBound::Text:
            sqlite3_bind_text64(prepared, place, bytes + value.start,
                                sqlite3_uint64(value.end - value.start), SQLITE_STATIC,
                                SQLITE_UTF8);
            break;
        }
    }
    const int stepped = sqlite3_step(prepared);
    Result<void> result;
    if (stepped != SQLITE_DONE)
        result = failed();
    sqlite3_reset(prepared);
    sqlite3_clear_bindings(prepared); // no pointers into the buffer outlive the step
    if (result.ok())
        m_written += rows;
    return result;
#else
    Q_UNUSED(prepared);
    Q_UNUSED(encoded);
    Q_UNUSED(first);
    Q_UNUSED(rows);
    return Error{ErrorKind::InvalidData, QStringLiteral("SQLite C API not built")};
#endif
}

} // namespace ServiceDeck::Storage::Internal
