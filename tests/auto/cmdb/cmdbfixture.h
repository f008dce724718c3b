// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testdatabase.h"

#include "storage/cirepository.h"
#include "storage/database.h"

#include <QHash>
#include <QString>
#include <QUuid>

#include <memory>

namespace ServiceDeck::Test {

// A migrated database with the admin user, and shorthands to build a small CMDB by name.
class CmdbFixture
{
public:
    static Result<std::unique_ptr<CmdbFixture>> make(TestDatabase &testDb);

    Storage::Database &db() { return *m_db; }
    Storage::CiRepository &cis() { return *m_cis; }
    QUuid admin() const { return m_admin; }

    // Creates a CI of the class (business_service, application, server, …) and remembers its id.
    Result<QUuid> ci(const QString &name, const QString &ciClass = QStringLiteral("server"),
                     const QMap<QString, QString> &attributes = {});
    // "a>b" relations by name; a missing CI is made as a server first.
    Result<QUuid> relate(const QString &source, const QString &type, const QString &target);
    QUuid id(const QString &name) const { return m_ids.value(name); }
    QString nameOf(const QUuid &id) const { return m_ids.key(id); }

private:
    CmdbFixture() = default;

    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::CiRepository> m_cis;
    QUuid m_admin;
    QHash<QString, QUuid> m_ids;
};

} // namespace ServiceDeck::Test

// In a test function with a "driver" column: `SD_CMDB_FIXTURE(f)` gives a CmdbFixture &f.
#define SD_CMDB_FIXTURE(var)                                                                       \
    SD_TEST_DATABASE(var##Db);                                                                     \
    auto var##Made = ServiceDeck::Test::CmdbFixture::make(*var##Db);                               \
    QVERIFY2(var##Made.ok(), qPrintable(var##Made.ok() ? QString() : var##Made.error().message));  \
    ServiceDeck::Test::CmdbFixture &var = **var##Made

// Checks a Result, evaluating the expression once, and shows its error on failure.
#define SD_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &sdResult = (expression);                                                       \
        QVERIFY2(sdResult.ok(), qPrintable(sdResult.ok() ? QString() : sdResult.error().message)); \
    } while (false)
