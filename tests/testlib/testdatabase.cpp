// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "storage/directoryrepository.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace ServiceDeck::Test {

namespace {

QString env(const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE).
Result<void> adminExec(const Storage::DatabaseUrl &server, const QString &statement)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("servicedeck-test-admin-%1")
                             .arg(counter.fetchAndAddRelaxed(1));
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setPassword(server.password);
        db.setDatabaseName(server.databaseName);
        if (!db.open()) {
            result = Error{ErrorKind::Connection, db.lastError().text()};
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                result = Error{ErrorKind::InvalidData, query.lastError().text()};
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

void addDriverRows()
{
    QTest::addColumn<QString>("driver");
    const QString only = env("SERVICEDECK_TEST_DRIVERS");
    for (const char *driver : {"QSQLITE", "QPSQL"}) {
        if (only.isEmpty() || only.split(QLatin1Char(',')).contains(QLatin1String(driver)))
            QTest::newRow(driver) << QString::fromLatin1(driver);
    }
}

QString postgresServerUrl()
{
    return env("SERVICEDECK_TEST_PG_URL");
}

void useOwnLocations(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString name = testName.isEmpty() ? QCoreApplication::applicationName() : testName;
    const QString driver = env("SERVICEDECK_TEST_DRIVERS");
    QCoreApplication::setApplicationName(driver.isEmpty() ? name
                                                          : name + QLatin1Char('-') + driver);
}

bool postgresRequired()
{
    return !env("SERVICEDECK_TEST_REQUIRE_PG").isEmpty();
}

Result<std::unique_ptr<TestDatabase>> TestDatabase::create(const QString &driver)
{
    std::unique_ptr<TestDatabase> test(new TestDatabase);
    if (driver == QLatin1String("QSQLITE")) {
        if (!test->m_dir.isValid())
            return Error{ErrorKind::Connection, QStringLiteral("no temporary folder")};
        test->m_url.dialect = Storage::Dialect::Sqlite;
        test->m_url.path = test->m_dir.filePath(QStringLiteral("test.db"));
        return test;
    }
    auto server = Storage::DatabaseUrl::parse(postgresServerUrl());
    if (!server)
        return server.error();
    static QAtomicInt counter;
    test->m_pgName = QStringLiteral("sdtest_%1_%2_%3")
                         .arg(QCoreApplication::applicationPid())
                         .arg(QDateTime::currentMSecsSinceEpoch())
                         .arg(counter.fetchAndAddRelaxed(1));
    if (auto created = adminExec(*server, QStringLiteral("CREATE DATABASE %1").arg(test->m_pgName));
        !created)
        return created.error();
    test->m_url = *server;
    test->m_url.databaseName = test->m_pgName;
    return test;
}

TestDatabase::~TestDatabase()
{
    if (m_pgName.isEmpty())
        return;
    auto server = Storage::DatabaseUrl::parse(postgresServerUrl());
    if (server)
        adminExec(*server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

Result<std::unique_ptr<Storage::Database>> TestDatabase::open()
{
    return Storage::Database::open(m_url);
}

Result<LocalDesk> localDeskWithGroup(const QString &group)
{
    LocalDesk desk;
    auto created = TestDatabase::create(QStringLiteral("QSQLITE"));
    if (!created)
        return created.error();
    desk.testDb = std::move(*created);
    auto opened = desk.testDb->open();
    if (!opened)
        return opened.error();
    desk.db = std::move(*opened);
    Storage::DirectoryRepository directory(*desk.db);
    auto admin = directory.ensureAdmin();
    if (!admin)
        return admin.error();
    desk.admin = admin->id;
    Group made;
    made.name = group;
    if (auto saved = directory.createGroup(made, desk.admin); !saved)
        return saved.error();
    return desk;
}

} // namespace ServiceDeck::Test
