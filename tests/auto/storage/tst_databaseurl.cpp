// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databaseurl.h"

#include <QDir>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

class tst_DatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void shouldParsePostgresUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");
        QTest::newRow("minimal") << "postgresql://sd@db.example/desk" << "sd" << "" << "db.example"
                                 << 5432 << "desk" << "";
        QTest::newRow("full") << "postgresql://sd:s%40cret@127.0.0.1:55432/desk?sslmode=require"
                              << "sd" << "s@cret" << "127.0.0.1" << 55432 << "desk"
                              << "sslmode=require";
        QTest::newRow("short scheme") << "postgres://u@h/d" << "u" << "" << "h" << 5432 << "d"
                                      << "";
    }
    void shouldParsePostgresUrls()
    {
        QFETCH(QString, text);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
        QCOMPARE(url->dialect, Dialect::Postgres);
        QTEST(url->user, "user");
        QTEST(url->password, "password");
        QTEST(url->host, "host");
        QTEST(url->port, "port");
        QTEST(url->databaseName, "database");
        QTEST(url->connectOptions, "options");
        QVERIFY(!url->displayName().contains(QStringLiteral("cret")));
    }

    void shouldParseSqliteUrls()
    {
        const auto memory = DatabaseUrl::parse(QStringLiteral("sqlite::memory:"));
        QVERIFY(memory.ok());
        QVERIFY(memory->isMemory());
        const auto relative = DatabaseUrl::parse(QStringLiteral("sqlite:demo.db"));
        QVERIFY(relative.ok());
        QCOMPARE(relative->path, QDir::current().absoluteFilePath(QStringLiteral("demo.db")));
        QVERIFY(DatabaseUrl::defaultUrl().path.endsWith(QStringLiteral("servicedeck.db")));
    }

    void shouldRejectMalformedUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown scheme") << "mysql://u@h/d";
        QTest::newRow("no path") << "sqlite:";
        QTest::newRow("no host") << "postgresql://u@/d";
        QTest::newRow("no user") << "postgresql://h/d";
        QTest::newRow("no database") << "postgresql://u@h/";
        QTest::newRow("unknown option") << "postgresql://u@h/d?colour=red";
        QTest::newRow("bare word") << "demo.db";
    }
    void shouldRejectMalformedUrls()
    {
        QFETCH(QString, text);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().kind, ErrorKind::Usage);
        QVERIFY(url.error().message.contains(text));
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseUrl)
#include "tst_databaseurl.moc"
