// SPDX-License-Identifier: GPL-3.0-or-later
#include "nativequery.h"

#include "database.h"
#include "sqlitehandle.h"
#include "sqlitevalues.h"

#ifdef SERVICEDECK_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace ServiceDeck::Storage {

bool NativeQuery::isAvailable(Database &db)
{
    return nativeSqliteHandle(db) != nullptr;
}

NativeQuery::NativeQuery(Database &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{}

NativeQuery::~NativeQuery()
{
    // The statement stays prepared in the database's cache, reset for the next use.
    finish();
    if (m_statement)
        m_db.releaseNativeStatement(m_sql);
}

Result<void> NativeQuery::exec(const QVariantList &binds, const QString &what)
{
#ifdef SERVICEDECK_SQLITE_C_API
    m_what = what;
    m_step = SQLITE_OK;
    sqlite3 *const handle = nativeSqliteHandle(m_db);
    if (!handle)
        return Error{ErrorKind::InvalidData, QStringLiteral("SQLite C API not available")};
    if (!m_statement) {
        auto prepared = m_db.acquireNativeStatement(m_sql, what);
        if (!prepared)
            return prepared.error();
        m_statement = *prepared;
    } else {
        finish(); // run again: from the start, with the new binds
    }
    // All text first: the buffer must not move once a value is bound to a place in it.
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    m_bound.resize(0);
    QList<qsizetype> ends(binds.size(), -1);
    for (qsizetype i = 0; i < binds.size(); ++i) {
        if (Internal::sqliteBound(binds.at(i)) == Internal::SqliteBound::Text)
            ends[i] = Internal::appendSqliteText(encoder, m_bound, binds.at(i));
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        const int place = int(i + 1);
        int bound = SQLITE_OK;
        switch (Internal::sqliteBound(value)) {
        case Internal::SqliteBound::Null:
            bound = sqlite3_bind_null(m_statement, place);
            break;
        case Internal::SqliteBound::Integer:
            bound = sqlite3_bind_int64(m_statement, place, value.toLongLong());
            break;
        case Internal::SqliteBound::Real:
            bound = sqlite3_bind_double(m_statement, place, value.toDouble());
            break;
        case Internal::SqliteBound::Blob: {
            const auto *bytes = static_cast<const QByteArray *>(value.constData());
            bound = sqlite3_bind_blob64(m_statement, place, bytes->constData(),
                                        sqlite3_uint64(bytes->size()), SQLITE_TRANSIENT);
            break;
        }
        case Internal::SqliteBound::Text:
            bound =
                sqlite3_bind_text64(m_statement, place, m_bound.constData() + start,
                                    sqlite3_uint64(ends[i] - start), SQLITE_STATIC, SQLITE_UTF8);
            start = ends[i];
            break;
        }
        if (bound != SQLITE_OK) {
            Error error = nativeSqliteError(m_db, handle, what);
            sqlite3_clear_bindings(m_statement);
            return error;
        }
    }
    return {};
#else
    Q_UNUSED(binds);
    Q_UNUSED(what);
    return Error{ErrorKind::InvalidData, QStringLiteral("SQLite C API not built")};
#endif
}

bool NativeQuery::next()
{
#ifdef SERVICEDECK_SQLITE_C_API
    if (!m_statement || (m_step != SQLITE_OK && m_step != SQLITE_ROW))
        return false;
    m_step = sqlite3_step(m_statement);
    return m_step == SQLITE_ROW;
#else
    return false;
#endif
}

Result<void> NativeQuery::finish()
{
#ifdef SERVICEDECK_SQLITE_C_API
    if (!m_statement)
        return {};
    Result<void> result;
    if (m_step != SQLITE_OK && m_step != SQLITE_ROW && m_step != SQLITE_DONE)
        result = nativeSqliteError(m_db, nativeSqliteHandle(m_db), m_what);
    // Reset ends the read transaction an unfinished statement would keep open.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // no pointers into m_bound outlive the query
    m_step = SQLITE_OK;
    return result;
#else
    return {};
#endif
}

bool NativeQuery::isNull(int column) const
{
#ifdef SERVICEDECK_SQLITE_C_API
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
#else
    Q_UNUSED(column);
    return true;
#endif
}

qint64 NativeQuery::integer(int column) const
{
#ifdef SERVICEDECK_SQLITE_C_API
    return sqlite3_column_int64(m_statement, column);
#else
    Q_UNUSED(column);
    return 0;
#endif
}

QByteArrayView NativeQuery::utf8(int column) const
{
#ifdef SERVICEDECK_SQLITE_C_API
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
#else
    Q_UNUSED(column);
    return {};
#endif
}

QString NativeQuery::text(int column) const
{
    if (isNull(column))
        return QString();
    return QString::fromUtf8(utf8(column));
}

// Database's cache of statements for NativeQuery (database.h).

Result<sqlite3_stmt *> Database::acquireNativeStatement(const QString &sql, const QString &what)
{
#ifdef SERVICEDECK_SQLITE_C_API
    auto found = m_nativeStatements.find(sql);
    if (found != m_nativeStatements.end()) {
        if (found->users > 0) // one NativeQuery at a time per statement
            return Error{ErrorKind::InvalidData,
                         QStringLiteral("Statement already in use: %1").arg(sql)};
        ++found->users;
        return found->statement;
    }
    sqlite3 *const handle = nativeSqliteHandle(*this);
    if (!handle)
        return Error{ErrorKind::InvalidData, QStringLiteral("SQLite C API not available")};
    // A handful per queue; filters typed one after another would pile up.
    if (m_nativeStatements.size() >= 32) {
        for (auto it = m_nativeStatements.begin(); it != m_nativeStatements.end();) {
            if (it->users > 0) {
                ++it;
            } else {
                sqlite3_finalize(it->statement);
                it = m_nativeStatements.erase(it);
            }
        }
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK) {
        Error error = nativeSqliteError(*this, handle, what);
        sqlite3_finalize(statement);
        return error;
    }
    m_nativeStatements.insert(sql, NativeStatement{statement, 1});
    return statement;
#else
    Q_UNUSED(sql);
    Q_UNUSED(what);
    return Error{ErrorKind::InvalidData, QStringLiteral("SQLite C API not built")};
#endif
}

void Database::releaseNativeStatement(const QString &sql)
{
    auto found = m_nativeStatements.find(sql);
    if (found != m_nativeStatements.end() && found->users > 0)
        --found->users;
}

void Database::finalizeNativeStatements()
{
#ifdef SERVICEDECK_SQLITE_C_API
    for (const NativeStatement &kept : std::as_const(m_nativeStatements))
        sqlite3_finalize(kept.statement);
#endif
    m_nativeStatements.clear();
}

} // namespace ServiceDeck::Storage
