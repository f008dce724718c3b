// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace ServiceDeck::Test {

// Adds the "driver" column and one row per SQL driver ("QSQLITE", "QPSQL") to a _data()
// function; SERVICEDECK_TEST_DRIVERS (set by ctest) narrows the rows to one driver.
void addDriverRows();

// The URL of the PostgreSQL server that ./test.sh starts (SERVICEDECK_TEST_PG_URL); empty when
// none is configured.
QString postgresServerUrl();
// True when SERVICEDECK_TEST_REQUIRE_PG is set: a missing server is then a failure, not a skip.
bool postgresRequired();

// Qt's test locations for settings and data, under the test's name and, when ctest runs it
// for one driver, the driver's: ctest runs a test once per driver, the runs side by side, and
// one run's settings must not change under the other.
void useOwnLocations(const QString &testName = QString());

// A fresh database for one test: a SQLite file in a temporary folder, or a new PostgreSQL
// database created on the test server and dropped again when this object goes.
class TestDatabase
{
public:
    ~TestDatabase();

    // Creates the empty database and returns its URL; the schema is not created yet.
    static Result<std::unique_ptr<TestDatabase>> create(const QString &driver);

    const Storage::DatabaseUrl &url() const { return m_url; }
    QString urlText() const { return m_url.toString(true); }
    // Opens (and migrates) a connection to it.
    Result<std::unique_ptr<Storage::Database>> open();

private:
    TestDatabase() = default;

    Storage::DatabaseUrl m_url;
    QTemporaryDir m_dir;
    QString m_pgName;
};

// A fresh SQLite database, opened, with its admin user and one support group: the local side
// of a connector test.
struct LocalDesk
{
    std::unique_ptr<TestDatabase> testDb;
    std::unique_ptr<Storage::Database> db; // closed before testDb removes the file
    QUuid admin;
};
Result<LocalDesk> localDeskWithGroup(const QString &group);

} // namespace ServiceDeck::Test

// In a test function with a "driver" column: `SD_TEST_DATABASE(testDb)` gives a
// std::unique_ptr<TestDatabase>, skipping when QPSQL has no server (failing when one is required).
#define SD_TEST_DATABASE(var)                                                                      \
    QFETCH(QString, driver);                                                                       \
    if (driver == QLatin1String("QPSQL") && ServiceDeck::Test::postgresServerUrl().isEmpty()) {   \
        if (ServiceDeck::Test::postgresRequired())                                                 \
            QFAIL("SERVICEDECK_TEST_PG_URL is not set but PostgreSQL is required");               \
        QSKIP("no PostgreSQL server configured (SERVICEDECK_TEST_PG_URL)");                        \
    }                                                                                              \
    auto var##Result = ServiceDeck::Test::TestDatabase::create(driver);                            \
    QVERIFY2(var##Result.ok(), qPrintable(var##Result.ok() ? QString() : var##Result.error().message)); \
    std::unique_ptr<ServiceDeck::Test::TestDatabase> var = std::move(var##Result.value())
