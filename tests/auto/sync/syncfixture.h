// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testdatabase.h"

#include "core/directory.h"
#include "storage/database.h"
#include "sync/syncengine.h"

#include <QMap>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ServiceDeck::Test {

// A hub on the test PostgreSQL with a little data, and replicas of it in SQLite files.
class SyncFixture
{
public:
    // Empty when it worked; else why not (QSKIP/QFAIL it).
    QString setUp(int tickets = 6);

    std::unique_ptr<Storage::Database> openReplica(const QString &name);
    // A second connection to the hub: a client in direct mode.
    std::unique_ptr<Storage::Database> openDirect();
    Result<Sync::SyncReport> sync(Storage::Database &replica);

    // Every record of every synced table, as text lines sorted by table and id.
    static QStringList dump(Storage::Database &db, const QMap<QString, QStringList> &tables);
    // The tables and columns sync carries: table → columns.
    QMap<QString, QStringList> tables();
    // Where two dumps first differ, or empty.
    static QString firstDifference(const QStringList &a, const QStringList &b);
    // Where the replica's records first differ from the hub's, or empty.
    QString differenceFromHub(Storage::Database &replica);

    QString hubUrl() const { return m_hub->urlText(); }
    Storage::Database &hub() { return *m_hubDb; }
    User admin;
    QStringList numbers; // the tickets set up on the hub

private:
    std::unique_ptr<TestDatabase> m_hub;
    std::unique_ptr<Storage::Database> m_hubDb;
    QTemporaryDir m_dir;
};

QUuid userId(Storage::Database &db, const QString &login);

} // namespace ServiceDeck::Test

// A Result that must be ok, with its message when it is not.
#define SD_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &sdResult = (expr);                                                             \
        QVERIFY2(sdResult.ok(), qPrintable(sdResult.ok() ? QString() : sdResult.error().message)); \
    } while (false)

// A SyncFixture set up with `tickets` tickets on a fresh hub; skips (or, where PostgreSQL is
// required or configured, fails) when there is none.
#define SD_SET_UP(fixture, tickets)                                                                \
    ServiceDeck::Test::SyncFixture fixture;                                                        \
    if (const QString why = fixture.setUp(tickets); !why.isEmpty()) {                              \
        if (ServiceDeck::Test::postgresRequired() ||                                               \
            !ServiceDeck::Test::postgresServerUrl().isEmpty())                                     \
            QFAIL(qPrintable(why));                                                                \
        QSKIP(qPrintable(why));                                                                    \
    }
