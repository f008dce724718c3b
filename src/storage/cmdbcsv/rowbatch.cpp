// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowbatch.h"

#include "core/tr.h"
#include "storage/database.h"

#include <algorithm>

namespace ServiceDeck::Storage::Internal {

namespace {

// Parameters per statement: SQLite looks named placeholders up linearly while preparing, so a
// few hundred is the sweet spot (see BulkInsert).
constexpr int ParametersPerStatement = 500;

} // namespace

RowBatch::RowBatch(Database &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(std::max(1, ParametersPerStatement / int(columns.size())))
{
    // Bound by name: Qt's positional binding formats a name for every value it binds.
    for (qsizetype i = 0; i < qsizetype(m_rowsPerStatement) * columns.size(); ++i)
        m_placeholders << QStringLiteral(":p") + QString::number(i);
}

QString RowBatch::statement(int rows) const
{
    // OR FAIL spares SQLite the statement journal, a copy of every page a multi-row statement
    // touches, kept in case the statement stops half-way (see BulkInsert). A failure still
    // fails the import, whose transaction is then rolled back whole.
    QString sql = (m_db.dialect() == Dialect::Sqlite ? QStringLiteral("INSERT OR FAIL INTO ")
                                                     : QStringLiteral("INSERT INTO ")) +
                  m_table + QStringLiteral(" (") + m_columns.join(QStringLiteral(", ")) +
                  QStringLiteral(") VALUES ");
    qsizetype parameter = 0;
    for (int i = 0; i < rows; ++i) {
        sql += i == 0 ? QStringLiteral("(") : QStringLiteral(", (");
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (c > 0)
                sql += QStringLiteral(", ");
            sql += m_placeholders.at(parameter++);
        }
        sql += u')';
    }
    return sql;
}

Result<void> RowBatch::prepare(QSqlQuery &query, bool &prepared, int rows)
{
    if (prepared)
        return {};
    auto statementQuery = m_db.prepare(statement(rows));
    if (!statementQuery)
        return statementQuery.error();
    query = std::move(*statementQuery);
    prepared = true;
    return {};
}

Result<void> RowBatch::execute(QSqlQuery &query, qsizetype first, int rows)
{
    const qsizetype count = qsizetype(rows) * m_columns.size();
    for (qsizetype i = 0; i < count; ++i)
        query.bindValue(m_placeholders.at(i), m_pending.at(first + i));
    if (!query.exec())
        return m_db.sqlError(query.lastError(), Tr::tr("importing into %1").arg(m_table));
    return {};
}

Result<void> RowBatch::flush()
{
    const qsizetype width = m_columns.size();
    Q_ASSERT(m_pending.size() % width == 0);
    const qsizetype rows = m_pending.size() / width;
    qsizetype done = 0;
    Result<void> result;
    if (rows >= m_rowsPerStatement)
        result = prepare(m_block, m_blockPrepared, m_rowsPerStatement);
    while (result.ok() && rows - done >= m_rowsPerStatement) {
        result = execute(m_block, done * width, m_rowsPerStatement);
        done += m_rowsPerStatement;
    }
    // The tail row by row through a one-row statement prepared once, rather than a statement
    // prepared for each odd size.
    if (result.ok() && done < rows)
        result = prepare(m_single, m_singlePrepared, 1);
    for (; result.ok() && done < rows; ++done)
        result = execute(m_single, done * width, 1);
    m_pending.resize(0);
    return result;
}

} // namespace ServiceDeck::Storage::Internal
