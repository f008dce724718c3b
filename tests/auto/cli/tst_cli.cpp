// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "storage/journal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("SERVICEDECK_CLI"), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run cli(const Test::TestDatabase &db, QStringList arguments)
{
    arguments.prepend(QStringLiteral("--db=") + db.urlText());
    return cli(arguments);
}

qint64 count(Test::TestDatabase &testDb, const QString &sql)
{
    auto db = testDb.open();
    if (!db)
        return -1;
    auto query = (*db)->exec(sql);
    return query.ok() && query->next() ? query->value(0).toLongLong() : -1;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// Runs (or takes) the command once and checks its exit code, showing stderr when it differs.
#define VERIFY_RUN(command, expected)                                                              \
    do {                                                                                           \
        const Run checked_ = (command);                                                            \
        QVERIFY2(checked_.code == (expected),                                                      \
                 qPrintable(QStringLiteral("exit %1, stderr: %2").arg(checked_.code).arg(checked_.err))); \
    } while (false)

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("SERVICEDECK_CLI"))); }

    void shouldInitTwiceHarmlessly_data() { Test::addDriverRows(); }
    void shouldInitTwiceHarmlessly()
    {
        SD_TEST_DATABASE(testDb);
        VERIFY_RUN(cli(*testDb, {QStringLiteral("init")}), 0);
        const Run second = cli(*testDb, {QStringLiteral("init")});
        VERIFY_RUN(second, 0);
        QVERIFY(second.out.contains(QStringLiteral("ready")));
        QCOMPARE(count(*testDb, QStringLiteral("SELECT COUNT(*) FROM users WHERE login = 'admin'")), 1);
        QCOMPARE(count(*testDb, QStringLiteral("SELECT COUNT(*) FROM user_roles")), 4);
    }

    // sync prune: a hub drops its change feed older than the days kept; only a hub has one.
    void shouldPruneTheChangeFeedOfAHub_data() { Test::addDriverRows(); }
    void shouldPruneTheChangeFeedOfAHub()
    {
        SD_TEST_DATABASE(testDb);
        VERIFY_RUN(cli(*testDb, {QStringLiteral("init")}), 0);
        VERIFY_RUN(cli(*testDb, {QStringLiteral("ticket"), QStringLiteral("create"),
                                 QStringLiteral("--kind"), QStringLiteral("incident"),
                                 QStringLiteral("--title"), QStringLiteral("Printer on fire")}),
                   0);
        VERIFY_RUN(cli(*testDb, {QStringLiteral("sync"), QStringLiteral("prune"),
                                 QStringLiteral("--keep-days"), QStringLiteral("-1")}),
                   1);
        const Run kept = cli(*testDb, {QStringLiteral("--format"), QStringLiteral("json"),
                                       QStringLiteral("sync"), QStringLiteral("prune")});
        if (testDb->url().dialect != Dialect::Postgres) {
            VERIFY_RUN(kept, 1);
            QVERIFY2(kept.err.contains(QStringLiteral("PostgreSQL")), qPrintable(kept.err));
            return;
        }
        VERIFY_RUN(kept, 0);
        QCOMPARE(kept.out.trimmed(), QStringLiteral("{\"removed\":0}"));
        const qint64 logged = count(*testDb, QStringLiteral("SELECT count(*) FROM change_log"));
        QVERIFY(logged > 0);
        const Run pruned = cli(*testDb, {QStringLiteral("sync"), QStringLiteral("prune"),
                                         QStringLiteral("--keep-days"), QStringLiteral("0")});
        VERIFY_RUN(pruned, 0);
        // (rows that a transaction open elsewhere on the server may not see yet are kept)
        const qint64 left = count(*testDb, QStringLiteral("SELECT count(*) FROM change_log"));
        QVERIFY2(pruned.out.contains(QStringLiteral("Removed %1 ").arg(logged - left)),
                 qPrintable(pruned.out));
        QCOMPARE(count(*testDb, QStringLiteral("SELECT count(*) FROM change_log_pruned")),
                 left < logged ? 1 : 0);
    }

    void shouldRoundTripATicket_data() { Test::addDriverRows(); }
    void shouldRoundTripATicket()
    {
        SD_TEST_DATABASE(testDb);
        VERIFY_RUN(cli(*testDb, {QStringLiteral("init")}), 0);
        // When a ticket is created
        const Run created = cli(*testDb, {QStringLiteral("ticket"), QStringLiteral("create"),
                                          QStringLiteral("--kind"), QStringLiteral("incident"),
                                          QStringLiteral("--title"), QStringLiteral("Mail is slow"),
                                          QStringLiteral("--set"), QStringLiteral("impact=2"),
                                          QStringLiteral("--set"), QStringLiteral("urgency=1"),
                                          QStringLiteral("--set"), QStringLiteral("category=Email")});
        VERIFY_RUN(created, 0);
        // Then it prints the new number
        QCOMPARE(created.out.trimmed(), QStringLiteral("INC0000001"));

        const Run shown = cli(*testDb, {QStringLiteral("--format"), QStringLiteral("json"),
                                        QStringLiteral("ticket"), QStringLiteral("show"),
                                        QStringLiteral("INC0000001")});
        VERIFY_RUN(shown, 0);
        const QJsonObject record = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(record.value(QStringLiteral("number")).toString(), QStringLiteral("INC0000001"));
        QCOMPARE(record.value(QStringLiteral("kind")).toString(), QStringLiteral("incident"));
        QCOMPARE(record.value(QStringLiteral("title")).toString(), QStringLiteral("Mail is slow"));
        QCOMPARE(record.value(QStringLiteral("priority")).toInt(), 2);
        QCOMPARE(record.value(QStringLiteral("category")).toString(), QStringLiteral("Email"));
        QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("new"));

        // When it is updated
        VERIFY_RUN(cli(*testDb, {QStringLiteral("ticket"), QStringLiteral("update"),
                                 QStringLiteral("INC0000001"), QStringLiteral("category=Network"),
                                 QStringLiteral("urgency=3")}),
                   0);
        const QJsonObject after = QJsonDocument::fromJson(
                                      cli(*testDb, {QStringLiteral("--format=json"),
                                                    QStringLiteral("ticket"), QStringLiteral("show"),
                                                    QStringLiteral("INC0000001")})
                                          .out.toUtf8())
                                      .object();
        QCOMPARE(after.value(QStringLiteral("category")).toString(), QStringLiteral("Network"));
        QCOMPARE(after.value(QStringLiteral("priority")).toInt(), 4);

        // Then the journal has the update with old and new values
        QCOMPARE(count(*testDb, QStringLiteral("SELECT COUNT(*) FROM journal WHERE action = "
                                               "'update' AND field = 'category' AND old_value = "
                                               "'Email' AND new_value = 'Network'")),
                 1);
        QCOMPARE(count(*testDb, QStringLiteral("SELECT COUNT(*) FROM journal WHERE action = "
                                               "'update' AND field = 'urgency' AND old_value = "
                                               "'1' AND new_value = '3'")),
                 1);
    }

    void shouldTransitionAndComment_data() { Test::addDriverRows(); }
    void shouldTransitionAndComment()
    {
        SD_TEST_DATABASE(testDb);
        VERIFY_RUN(cli(*testDb, {QStringLiteral("init")}), 0);
        VERIFY_RUN(cli(*testDb, {QStringLiteral("ticket"), QStringLiteral("create"),
                                 QStringLiteral("--kind=problem"), QStringLiteral("--title=Backups fail")}),
                   0);
        // When a step lacks what it needs, it is refused with exit 2 and names the field
        const Run missing = cli(*testDb, {QStringLiteral("ticket"), QStringLiteral("transition"),
                                          QStringLiteral("PRB0000001"), QStringLiteral("investigating")});
        VERIFY_RUN(missing, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("assignee")), qPrintable(missing.err));
        // When the step carries its fields, it is taken
        VERIFY_RUN(cli(*testDb, {QStringLiteral("ticket"), QStringLiteral("transition"),
                                 QStringLiteral("PRB0000001"), QStringLiteral("investigating"),
                                 QStringLiteral("--set"), QStringLiteral("assignee=admin")}),
                   0);
        // When a step is not in the lifecycle, the allowed ones are named
        const Run skipping = cli(*testDb, {QStringLiteral("ticket"), QStringLiteral("transition"),
                                           QStringLiteral("PRB0000001"), QStringLiteral("closed")});
        VERIFY_RUN(skipping, 2);
        QVERIFY2(skipping.err.contains(QStringLiteral("allowed: known_error, resolved")),
                 qPrintable(skipping.err));
        // Comments and worklog show with the ticket
        VERIFY_RUN(cli(*testDb, {QStringLiteral("ticket"), QStringLiteral("comment"),
                                 QStringLiteral("PRB0000001"), QStringLiteral("Looking at the logs"),
                                 QStringLiteral("--internal")}),
                   0);
        VERIFY_RUN(cli(*testDb, {QStringLiteral("ticket"), QStringLiteral("comment"),
                                 QStringLiteral("PRB0000001"), QStringLiteral("Tape drive replaced"),
                                 QStringLiteral("--minutes"), QStringLiteral("45")}),
                   0);
        const Run shown = cli(*testDb, {QStringLiteral("--format=json"), QStringLiteral("ticket"),
                                        QStringLiteral("show"), QStringLiteral("PRB0000001")});
        VERIFY_RUN(shown, 0);
        const QJsonObject record = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("investigating"));
        const QJsonArray activity = record.value(QStringLiteral("activity")).toArray();
        QCOMPARE(activity.size(), 2);
        QCOMPARE(activity.at(0).toObject().value(QStringLiteral("visibility")).toString(),
                 QStringLiteral("internal"));
        QCOMPARE(activity.at(1).toObject().value(QStringLiteral("minutes")).toInt(), 45);
        QCOMPARE(activity.at(1).toObject().value(QStringLiteral("author")).toString(),
                 QStringLiteral("admin"));
    }

    void shouldRejectBadInputWithExitTwo_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const QString only = qEnvironmentVariable("SERVICEDECK_TEST_DRIVERS");
        for (const char *driver : {"QSQLITE", "QPSQL"}) {
            if (!only.isEmpty() && only != QLatin1String(driver))
                continue;
            const QString d = QString::fromLatin1(driver);
            const QStringList create = {QStringLiteral("ticket"), QStringLiteral("create"),
                                        QStringLiteral("--kind"), QStringLiteral("incident"),
                                        QStringLiteral("--title"), QStringLiteral("t"),
                                        QStringLiteral("--set")};
            QTest::addRow("%s unknown field", driver) << d << (create + QStringList{QStringLiteral("colour=red")}) << "colour";
            QTest::addRow("%s impact 7", driver) << d << (create + QStringList{QStringLiteral("impact=7")}) << "impact";
            QTest::addRow("%s malformed date", driver)
                << d << QStringList{QStringLiteral("ticket"), QStringLiteral("update"), QStringLiteral("INC0000001"), QStringLiteral("resolved=2026-13-01")}
                << "resolved";
            QTest::addRow("%s unknown number", driver)
                << d << QStringList{QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("INC0009999")}
                << "INC0009999";
            QTest::addRow("%s update unknown number", driver)
                << d << QStringList{QStringLiteral("ticket"), QStringLiteral("update"), QStringLiteral("CHG0000077"), QStringLiteral("title=x")}
                << "CHG0000077";
            QTest::addRow("%s unknown user", driver)
                << d << QStringList{QStringLiteral("--as"), QStringLiteral("mallory"), QStringLiteral("ticket"), QStringLiteral("update"), QStringLiteral("INC0000001"), QStringLiteral("title=x")}
                << "mallory";
        }
    }
    void shouldRejectBadInputWithExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        SD_TEST_DATABASE(testDb);
        VERIFY_RUN(cli(*testDb, {QStringLiteral("init")}), 0);
        VERIFY_RUN(cli(*testDb, {QStringLiteral("ticket"), QStringLiteral("create"),
                                 QStringLiteral("--kind=incident"), QStringLiteral("--title=Existing")}),
                   0);
        const qint64 journal = count(*testDb, QStringLiteral("SELECT COUNT(*) FROM journal"));

        const Run run = cli(*testDb, arguments);
        VERIFY_RUN(run, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QCOMPARE(count(*testDb, QStringLiteral("SELECT COUNT(*) FROM journal")), journal);
        QCOMPARE(count(*testDb, QStringLiteral("SELECT COUNT(*) FROM tickets")), 1);
        QCOMPARE(count(*testDb, QStringLiteral("SELECT version FROM tickets")), 1);
    }

    void shouldReportConnectionAndUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("named");
        QTest::newRow("unreachable server")
            << QStringList{QStringLiteral("--db=postgresql://sd@127.0.0.1:1/none"), QStringLiteral("init")}
            << 4 << "127.0.0.1";
        QTest::newRow("missing sqlite file")
            << QStringList{QStringLiteral("--db=sqlite:/nonexistent-dir/x.db"), QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("INC0000001")}
            << 4 << "x.db";
        QTest::newRow("malformed url")
            << QStringList{QStringLiteral("--db=mysql://u@h/d"), QStringLiteral("init")} << 1 << "mysql://u@h/d";
        QTest::newRow("postgres url without database")
            << QStringList{QStringLiteral("--db=postgresql://u@h/"), QStringLiteral("init")} << 1 << "database";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1 << "frobnicate";
        QTest::newRow("create without kind")
            << QStringList{QStringLiteral("--db=sqlite::memory:"), QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--title=x")}
            << 1 << "--kind";
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format=xml"), QStringLiteral("init")} << 1 << "xml";
    }
    void shouldReportConnectionAndUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, named);
        const Run run = cli(arguments);
        VERIFY_RUN(run, code);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-dir/x.db")));
    }

    void shouldRefuseANewerSchemaUntouched_data() { Test::addDriverRows(); }
    void shouldRefuseANewerSchemaUntouched()
    {
        SD_TEST_DATABASE(testDb);
        VERIFY_RUN(cli(*testDb, {QStringLiteral("init")}), 0);
        {
            auto db = testDb->open();
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO schema_version (version, description, "
                                               "applied) VALUES (999, 'future', "
                                               "'2030-01-01T00:00:00.000Z')"))
                        .ok());
            if (testDb->url().dialect == Dialect::Sqlite)
                QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        const bool sqlite = testDb->url().dialect == Dialect::Sqlite;
        const QByteArray before = sqlite ? fileDigest(testDb->url().path) : QByteArray();
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("init")},
              QStringList{QStringLiteral("ticket"), QStringLiteral("create"),
                          QStringLiteral("--kind=incident"), QStringLiteral("--title=x")}}) {
            const Run run = cli(*testDb, arguments);
            VERIFY_RUN(run, 2);
            QVERIFY2(run.err.contains(QStringLiteral("999")), qPrintable(run.err));
        }
        if (sqlite)
            QCOMPARE(fileDigest(testDb->url().path), before);
    }

    void shouldSeedTheSameDataForTheSameSeed()
    {
        QTemporaryDir dir;
        QStringList shown;
        for (const char *name : {"a.db", "b.db"}) {
            const QString url = QStringLiteral("--db=sqlite:") + dir.filePath(QLatin1String(name));
            const Run seeded = cli({url, QStringLiteral("seed"), QStringLiteral("--tickets=300"),
                                    QStringLiteral("--cis=60"), QStringLiteral("--changes=20"),
                                    QStringLiteral("--random-seed=7"),
                                    QStringLiteral("--until=2026-06-30")});
            VERIFY_RUN(seeded, 0);
            QVERIFY2(seeded.err.contains(QStringLiteral("tickets")), qPrintable(seeded.err));
            QString records;
            for (const char *number : {"INC0000001", "INC0000100", "CHG0000005"}) {
                const Run run = cli({url, QStringLiteral("--format=json"), QStringLiteral("ticket"),
                                     QStringLiteral("show"), QLatin1String(number)});
                VERIFY_RUN(run, 0);
                records += run.out;
            }
            shown << records;
        }
        QCOMPARE(shown.at(0), shown.at(1));
        QVERIFY(shown.at(0).contains(QStringLiteral("CHG0000005")));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
