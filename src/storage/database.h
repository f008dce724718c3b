// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseurl.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <memory>

struct sqlite3_stmt;

namespace ServiceDeck::Storage {

// One open connection to a ServiceDeck database, in either dialect, with the schema checks that
// guard it. Not shared between threads: a thread that needs the database opens its own.
class Database
{
public:
    enum class OpenMode {
        CreateIfMissing, // init, seed, the GUI: a missing SQLite file is created
        MustExist,       // everything else: a mistyped path is an error, not a new empty database
    };
    enum class SchemaPolicy {
        Migrate,       // create or upgrade the schema (init, seed, the GUI)
        RequireSchema, // refuse a database without a schema; upgrade an older one
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the database and brings its schema to this program's version, or explains why not.
    // A schema newer than this program knows is refused before anything is written.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url,
                                                  OpenMode mode = OpenMode::CreateIfMissing,
                                                  SchemaPolicy policy = SchemaPolicy::Migrate);

    const DatabaseUrl &url() const { return m_url; }
    Dialect dialect() const { return m_url.dialect; }
    QSqlDatabase &sql() { return m_db; }

    // The version recorded in schema_version; 0 for a database without a ServiceDeck schema.
    Result<int> schemaVersion();
    Result<void> migrate();

    // A prepared query on this connection; Error names the statement's purpose on failure.
    Result<QSqlQuery> prepare(const QString &sql);
    // Prepares, binds positionally and executes.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});

    // Schema text with the dialect's types: {ID} {TS} {DATE} {BOOL} {TRUE} {FALSE} {SEQ_PK}.
    QString expand(QString sql) const;

    // Values in the form the dialect stores them.
    static QVariant idValue(const QUuid &id);
    static QVariant optionalId(const QUuid &id); // NULL for a null QUuid
    static QVariant optionalText(const QString &text); // NULL for an empty text
    static QUuid toUuid(const QVariant &value);
    // Instants read from either dialect (SQLite text, PostgreSQL timestamptz) as ISO UTC text.
    static QString instantText(const QVariant &value);

    Error sqlError(const QSqlError &error, const QString &what) const;

    // Where the journal ops written on this connection come from when the writer does not say:
    // "local" by default; a connector that applies a remote service's edits sets its own origin
    // (see JournalOriginScope) so that its own push never sends them back.
    const QString &journalOrigin() const { return m_journalOrigin; }
    void setJournalOrigin(const QString &origin) { m_journalOrigin = origin; }

private:
    Database(const DatabaseUrl &url, const QString &connectionName);
    Result<void> applySessionSettings();

    friend class Transaction;
    friend class NativeQuery;

    // NativeQuery's statements: prepared once per SQL, finalized before the connection closes.
    struct NativeStatement
    {
        sqlite3_stmt *statement = nullptr;
        int users = 0;
    };
    Result<sqlite3_stmt *> acquireNativeStatement(const QString &sql, const QString &what);
    void releaseNativeStatement(const QString &sql);
    void finalizeNativeStatements();

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_transactionDepth = 0; // open Transactions; the outermost one is the real transaction
    QString m_journalOrigin = QStringLiteral("local");
    QHash<QString, NativeStatement> m_nativeStatements;
};

// Sets the connection's journal origin for the lifetime of the scope.
class JournalOriginScope
{
public:
    JournalOriginScope(Database &db, const QString &origin)
        : m_db(db), m_previous(db.journalOrigin())
    {
        db.setJournalOrigin(origin);
    }
    ~JournalOriginScope() { m_db.setJournalOrigin(m_previous); }
    JournalOriginScope(const JournalOriginScope &) = delete;
    JournalOriginScope &operator=(const JournalOriginScope &) = delete;

private:
    Database &m_db;
    QString m_previous;
};

// A write transaction; rolled back unless commit() succeeded. SQLite takes the write lock at
// BEGIN so that two writers wait for each other instead of failing halfway.
// Transactions nest: one begun while another is open is a savepoint of the outer one, so a
// repository that writes in a transaction of its own can also be called inside another's
// (rolling back the inner one undoes only its part; nothing is committed before the outer).
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();

private:
    Result<void> run(const QString &statement);

    Database &m_db;
    bool m_open = false;
    int m_depth = 0; // 0: the outermost transaction; n: savepoint sd_n
};

} // namespace ServiceDeck::Storage
