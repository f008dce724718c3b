// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"

#include "core/timestamps.h"
#include "core/tr.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

namespace ServiceDeck::Storage {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("servicedeck-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(const DatabaseUrl &url, const QString &connectionName)
    : m_url(url)
    , m_connectionName(connectionName)
{}

Database::~Database()
{
    finalizeNativeStatements(); // Qt's driver closes only its own statements
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, OpenMode mode,
                                                 SchemaPolicy policy)
{
    const bool sqlite = url.dialect == Dialect::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{ErrorKind::Connection,
                     Tr::tr("The Qt SQL driver %1 is not installed").arg(driver)};

    if (sqlite && !url.isMemory()) {
        const QFileInfo file(url.path);
        if (mode == OpenMode::MustExist && !file.exists())
            return Error{ErrorKind::Connection,
                         Tr::tr("No database at %1; create one with servicedeck-cli init")
                             .arg(QDir::toNativeSeparators(url.path))};
        if (!file.exists() && !QDir().mkpath(file.absolutePath()))
            return Error{ErrorKind::Connection, Tr::tr("Cannot create the folder %1")
                                                    .arg(QDir::toNativeSeparators(
                                                        file.absolutePath()))};
    }

    std::unique_ptr<Database> db(new Database(url, nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(driver, db->m_connectionName);
    if (sqlite) {
        db->m_db.setDatabaseName(url.path);
    } else {
        db->m_db.setHostName(url.host);
        db->m_db.setPort(url.port);
        db->m_db.setUserName(url.user);
        db->m_db.setPassword(url.password);
        db->m_db.setDatabaseName(url.databaseName);
        QString options = url.connectOptions;
        if (!options.contains(QLatin1String("connect_timeout")))
            options += (options.isEmpty() ? QString() : QStringLiteral(";"))
                       + QStringLiteral("connect_timeout=10");
        db->m_db.setConnectOptions(options);
    }
    if (!db->m_db.open())
        return Error{ErrorKind::Connection, Tr::tr("Cannot open the database %1: %2")
                                                .arg(url.displayName(),
                                                     db->m_db.lastError().text().trimmed())};

    // Read the schema version before anything could write to the file.
    const Result<int> version = db->schemaVersion();
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return invalidData(Tr::tr("The database %1 has schema version %2, but this ServiceDeck "
                                  "knows versions up to %3; use a newer ServiceDeck. The database "
                                  "was not changed.")
                               .arg(url.displayName())
                               .arg(*version)
                               .arg(latestSchemaVersion()));
    if (*version == 0 && policy == SchemaPolicy::RequireSchema)
        return invalidData(Tr::tr("The database %1 has no ServiceDeck schema; create it with "
                                  "servicedeck-cli init")
                               .arg(url.displayName()));

    if (auto settings = db->applySessionSettings(); !settings)
        return settings.error();
    if (auto migrated = db->migrate(); !migrated)
        return migrated.error();
    return db;
}

Result<void> Database::applySessionSettings()
{
    QStringList statements;
    if (dialect() == Dialect::Sqlite) {
        // 16 KB pages for a new database (an existing one keeps its own): jumping into the
        // middle of a million-ticket queue walks half a sort index, and with four times the
        // entries per page it reads a quarter of the pages (measured: 41-55 ms to 15-21 ms).
        statements << QStringLiteral("PRAGMA page_size = 16384")
                   << QStringLiteral("PRAGMA foreign_keys = ON")
                   << QStringLiteral("PRAGMA busy_timeout = 10000")
                   << QStringLiteral("PRAGMA synchronous = NORMAL")
                   // SQLite's own 2 MB page cache, pages read through a memory map. Jumping
                   // into the middle of a million-ticket queue walks half a sort index
                   // (28 MB); with a 64 MB cache every cached page was heap memory the process
                   // touched for the first time, a page fault each (first jump 42-46 ms, 1M
                   // tickets, 16 KB pages). With 2 MB the cache is reused and the map serves
                   // the walk: 17-20 ms the first time, and a full count stays a map read.
                   // The map ends at 2 GB (SQLITE_MAX_MMAP_SIZE); pages beyond it are read
                   // through this cache. In a 1M-ticket demo file (2.46 GB) the sort indexes,
                   // built last, lie there: a jump to the middle reads them with pread (15-20
                   // ms). A 64 MB cache gives 12-14 ms, but the C API then opens a queue 1.6-1.9
                   // times as fast as the queue model, whose cost is then Qt's per-value work.
                   << QStringLiteral("PRAGMA cache_size = -2000")
                   << QStringLiteral("PRAGMA mmap_size = 2147418112");
        if (!m_url.isMemory())
            statements << QStringLiteral("PRAGMA journal_mode = WAL");
    } else {
        statements << QStringLiteral("SET TIME ZONE 'UTC'")
                   << QStringLiteral("SET client_min_messages = warning");
    }
    for (const QString &statement : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(statement))
            return sqlError(query.lastError(), statement);
    }
    return {};
}

Result<int> Database::schemaVersion()
{
    const QStringList tables = m_db.tables();
    if (!tables.contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")))
        return sqlError(query.lastError(), QStringLiteral("reading schema_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

Result<void> Database::migrate()
{
    const Result<int> current = schemaVersion();
    if (!current)
        return current.error();
    for (const Migration &migration : migrations()) {
        if (migration.version <= *current)
            continue;
        Transaction tx(*this);
        if (auto begun = tx.begin(); !begun)
            return begun;
        const QStringList &own =
            dialect() == Dialect::Sqlite ? migration.sqliteOnly : migration.postgresOnly;
        for (const QString &statement : migration.common + own) {
            QSqlQuery query(m_db);
            if (!query.exec(expand(statement)))
                return sqlError(query.lastError(),
                                Tr::tr("schema step %1 (%2)")
                                    .arg(migration.version)
                                    .arg(migration.description));
        }
        if (migration.populate) {
            if (auto populated = migration.populate(*this); !populated)
                return populated;
        }
        auto recorded = exec(QStringLiteral("INSERT INTO schema_version (version, description, "
                                            "applied) VALUES (?, ?, ?)"),
                             {migration.version, migration.description,
                              toIsoUtc(QDateTime::currentDateTimeUtc())});
        if (!recorded)
            return recorded.error();
        if (auto committed = tx.commit(); !committed)
            return committed;
    }
    return {};
}

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), sql);
    return query;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = prepare(sql);
    if (!query)
        return query;
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (!query->exec())
        return sqlError(query->lastError(), sql);
    return query;
}

QString Database::expand(QString sql) const
{
    const bool pg = dialect() == Dialect::Postgres;
    sql.replace(QLatin1String("{ID}"), pg ? QLatin1String("uuid") : QLatin1String("TEXT"));
    sql.replace(QLatin1String("{TS}"), pg ? QLatin1String("timestamptz") : QLatin1String("TEXT"));
    sql.replace(QLatin1String("{DATE}"), pg ? QLatin1String("date") : QLatin1String("TEXT"));
    sql.replace(QLatin1String("{BOOL}"), pg ? QLatin1String("boolean") : QLatin1String("INTEGER"));
    sql.replace(QLatin1String("{TRUE}"), pg ? QLatin1String("true") : QLatin1String("1"));
    sql.replace(QLatin1String("{FALSE}"), pg ? QLatin1String("false") : QLatin1String("0"));
    sql.replace(QLatin1String("{SEQ_PK}"), pg ? QLatin1String("bigserial PRIMARY KEY")
                                              : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    return sql;
}

QVariant Database::idValue(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant Database::optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant Database::optionalId(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType(QMetaType::QString)) : idValue(id);
}

QUuid Database::toUuid(const QVariant &value)
{
    return value.isNull() ? QUuid() : QUuid::fromString(value.toString());
}

namespace {

// Text already in the form toIsoUtc() writes ("2026-11-29T21:45:25.000Z"), as both databases
// hand back what was stored: parsing and formatting it again would give the same text.
bool isStoredInstant(QStringView text)
{
    static constexpr char shape[] = "0000-00-00T00:00:00.000Z";
    if (text.size() != qsizetype(sizeof(shape) - 1))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char expected = shape[i];
        const QChar c = text.at(i);
        if (expected == '0' ? !(c >= u'0' && c <= u'9') : c != QLatin1Char(expected))
            return false;
    }
    return true;
}

} // namespace

QString Database::instantText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return toIsoUtc(value.toDateTime());
    if (const QString text = value.toString(); isStoredInstant(text))
        return text;
    const auto parsed = parseIsoInstant(value.toString());
    return parsed ? toIsoUtc(*parsed) : value.toString();
}

Error Database::sqlError(const QSqlError &error, const QString &what) const
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const ErrorKind kind = error.type() == QSqlError::ConnectionError ? ErrorKind::Connection
                                                                      : ErrorKind::InvalidData;
    return Error{kind, Tr::tr("Database error in %1: %2").arg(what, text.trimmed())};
}

Transaction::Transaction(Database &db)
    : m_db(db)
{}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_depth == 0) {
        m_db.sql().rollback();
    } else {
        const QString name = QStringLiteral("sd_%1").arg(m_depth);
        QSqlQuery query(m_db.sql());
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name);
        query.exec(QStringLiteral("RELEASE SAVEPOINT ") + name);
    }
    --m_db.m_transactionDepth;
}

Result<void> Transaction::run(const QString &statement)
{
    QSqlQuery query(m_db.sql());
    if (!query.exec(statement))
        return m_db.sqlError(query.lastError(), statement);
    return {};
}

Result<void> Transaction::begin()
{
    m_depth = m_db.m_transactionDepth;
    if (m_depth > 0) {
        if (auto saved = run(QStringLiteral("SAVEPOINT sd_%1").arg(m_depth)); !saved)
            return saved;
    } else if (m_db.dialect() == Dialect::Sqlite) {
        if (auto begun = run(QStringLiteral("BEGIN IMMEDIATE")); !begun)
            return begun;
    } else if (!m_db.sql().transaction()) {
        return m_db.sqlError(m_db.sql().lastError(), QStringLiteral("BEGIN"));
    }
    m_open = true;
    ++m_db.m_transactionDepth;
    return {};
}

Result<void> Transaction::commit()
{
    if (m_depth > 0) {
        if (auto released = run(QStringLiteral("RELEASE SAVEPOINT sd_%1").arg(m_depth)); !released)
            return released;
    } else if (!m_db.sql().commit()) {
        return m_db.sqlError(m_db.sql().lastError(), QStringLiteral("COMMIT"));
    }
    m_open = false;
    --m_db.m_transactionDepth;
    return {};
}

} // namespace ServiceDeck::Storage
