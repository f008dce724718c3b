// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkinsert.h"

#include "storage/database.h"

#include "core/tr.h"

#include <QSqlError>

#include <algorithm>

namespace ServiceDeck::Storage::Internal {

namespace {

// Parameters per statement. More rows per statement save per-statement costs, but SQLite looks
// named placeholders up linearly while preparing, which makes a prepare quadratic in their
// number, and a schema change (FtsDeferral, IndexDeferral) makes every statement re-prepare:
// a few hundred is the sweet spot.
constexpr int ParametersPerStatement = 500;

} // namespace

BulkInsert::BulkInsert(Database &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(std::max(1, ParametersPerStatement / int(columns.size())))
{
    // Named placeholders, bound by name: Qt's positional binding formats a name for each
    // value bound (QString::arg), which cost more than the insert itself.
    for (qsizetype i = 0; i < qsizetype(m_rowsPerStatement) * columns.size(); ++i)
        m_placeholders << QStringLiteral(":p") + QString::number(i);
}

void BulkInsert::setConstant(const QString &column, const QString &sqlLiteral)
{
    Q_ASSERT(!m_prepared && m_pending.isEmpty());
    m_constantColumns << column;
    m_constantValues << sqlLiteral;
}

QString BulkInsert::statement(int rows) const
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
            sql += m_placeholders.at(parameter++);
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
        return m_db.sqlError(query.lastError(), Tr::tr("writing demo data to %1").arg(m_table));
    m_written += rows;
    return {};
}

Result<void> BulkInsert::flush()
{
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

} // namespace ServiceDeck::Storage::Internal
