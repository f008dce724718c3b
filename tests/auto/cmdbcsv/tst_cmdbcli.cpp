// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ServiceDeck;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const Test::TestDatabase &db, QStringList arguments)
{
    arguments.prepend(QStringLiteral("--db=") + db.urlText());
    QProcess process;
    process.start(qEnvironmentVariable("SERVICEDECK_CLI"), arguments);
    Run run;
    if (!process.waitForFinished(300000))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

#define VERIFY_RUN(command, expected)                                                              \
    do {                                                                                           \
        const Run checked_ = (command);                                                            \
        QVERIFY2(checked_.code == (expected),                                                      \
                 qPrintable(QStringLiteral("exit %1, stderr: %2").arg(checked_.code).arg(checked_.err))); \
    } while (false)

// A database with the fixture CMDB: Payroll → Payroll App → payroll-db / vm-001 → srv-001 → switch.
#define FIXTURE_CMDB(testDb)                                                                       \
    SD_TEST_DATABASE(testDb);                                                                      \
    VERIFY_RUN(cli(*testDb, {s("init")}), 0);                                                      \
    {                                                                                              \
        auto opened_ = testDb->open();                                                             \
        QVERIFY(opened_.ok());                                                                     \
        QVERIFY(!Test::prepareCmdbDatabase(**opened_).isNull());                                   \
    }                                                                                              \
    VERIFY_RUN(cli(*testDb, {s("cmdb"), s("import"), Test::fixturePath(s("cis.csv"))}), 0);       \
    VERIFY_RUN(cli(*testDb, {s("cmdb"), s("import"), Test::fixturePath(s("relations.csv"))}), 0)

} // namespace

class tst_CmdbCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("SERVICEDECK_CLI"))); }

    void shouldPrintTheImpactClosureAsJson_data() { Test::addDriverRows(); }
    void shouldPrintTheImpactClosureAsJson()
    {
        FIXTURE_CMDB(testDb);
        // When
        const Run run = cli(*testDb, {s("cmdb"), s("impact"), s("Payroll"), s("--format"),
                                      s("json")});
        VERIFY_RUN(run, 0);
        // Then every CI below the service is there once, with its depth and shortest path
        const QJsonObject closure = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(closure.value(s("start")).toString(), s("Payroll"));
        QCOMPARE(closure.value(s("direction")).toString(), s("down"));
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &value : closure.value(s("cis")).toArray()) {
            const QString name = value.toObject().value(s("name")).toString();
            QVERIFY2(!byName.contains(name), qPrintable(name));
            byName.insert(name, value.toObject());
        }
        QCOMPARE(byName.size(), 6);
        const struct
        {
            const char *name;
            const char *ciClass;
            int depth;
        } expected[] = {{"Payroll", "business_service", 0}, {"Payroll App", "application", 1},
                        {"payroll-db", "database", 2},      {"vm-001", "virtual_machine", 2},
                        {"srv-001", "server", 3},           {"Core switch, DC1", "network_device", 4}};
        for (const auto &e : expected) {
            const QJsonObject ci = byName.value(s(e.name));
            QCOMPARE(ci.value(s("class")).toString(), s(e.ciClass));
            QCOMPARE(ci.value(s("depth")).toInt(), e.depth);
            const QJsonArray path = ci.value(s("path")).toArray();
            QCOMPARE(path.size(), e.depth + 1);
            QCOMPARE(path.first().toString(), s("Payroll"));
            QCOMPARE(path.last().toString(), s(e.name));
        }
        QCOMPARE(byName.value(s("payroll-db")).value(s("path")).toArray().at(1).toString(),
                 s("Payroll App"));

        // And the depth and direction options narrow and turn it
        const Run shallow = cli(*testDb, {s("--format=json"), s("cmdb"), s("impact"),
                                          s("Payroll"), s("--depth"), s("1")});
        VERIFY_RUN(shallow, 0);
        QCOMPARE(QJsonDocument::fromJson(shallow.out.toUtf8())
                     .object().value(s("cis")).toArray().size(), 2);
        const Run up = cli(*testDb, {s("cmdb"), s("impact"), s("srv-001"), s("--direction"),
                                     s("up"), s("--format"), s("json")});
        VERIFY_RUN(up, 0);
        const QJsonArray upward = QJsonDocument::fromJson(up.out.toUtf8())
                                      .object().value(s("cis")).toArray();
        QCOMPARE(upward.size(), 5); // srv-001, payroll-db, vm-001, Payroll App, Payroll
        QCOMPARE(upward.last().toObject().value(s("name")).toString(), s("Payroll"));
        QCOMPARE(upward.last().toObject().value(s("depth")).toInt(), 3);
    }

    void shouldPrintTheImpactAsAnIndentedTree_data() { Test::addDriverRows(); }
    void shouldPrintTheImpactAsAnIndentedTree()
    {
        FIXTURE_CMDB(testDb);
        const Run run = cli(*testDb, {s("cmdb"), s("impact"), s("srv-001"), s("--direction"),
                                      s("up")});
        VERIFY_RUN(run, 0);
        QVERIFY2(run.out.startsWith(s("srv-001 (server)\n")), qPrintable(run.out));
        QVERIFY2(run.out.contains(s("\n  hosts: vm-001 (virtual_machine)\n")), qPrintable(run.out));
        QVERIFY2(run.out.contains(s("\n      used by: Payroll (business_service)\n")),
                 qPrintable(run.out));
        VERIFY_RUN(cli(*testDb, {s("cmdb"), s("impact"), s("Nothing")}), 2);
        VERIFY_RUN(cli(*testDb, {s("cmdb"), s("impact"), s("srv-001"), s("--direction"),
                                 s("sideways")}),
                   1);
        VERIFY_RUN(cli(*testDb, {s("cmdb")}), 1);
    }

    void shouldListImportErrorsAsFileLineColumnAndWriteNothing_data() { Test::addDriverRows(); }
    void shouldListImportErrorsAsFileLineColumnAndWriteNothing()
    {
        FIXTURE_CMDB(testDb);
        auto db = testDb->open();
        QVERIFY(db.ok());
        const QString before = Test::cmdbCounts(**db);
        const QString path = Test::fixturePath(s("cis_errors.csv"));
        const Run run = cli(*testDb, {s("cmdb"), s("import"), path});
        QCOMPARE(run.code, 2);
        const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 5, qPrintable(run.err)); // four errors and the summary
        QVERIFY2(lines.at(0).startsWith(path + s(":2:purchase_date: ")), qPrintable(run.err));
        QVERIFY(lines.at(1).startsWith(path + s(":3:class: ")));
        QVERIFY(lines.at(2).startsWith(path + s(":4:name: ")));
        QVERIFY(lines.at(3).startsWith(path + s(":5:cpu_count: ")));
        QCOMPARE(run.out, QString());
        QCOMPARE(Test::cmdbCounts(**db), before);
    }

    void shouldRoundTripTheCmdbThroughTheCli_data() { Test::addDriverRows(); }
    void shouldRoundTripTheCmdbThroughTheCli()
    {
        SD_TEST_DATABASE(sourceDb);
        VERIFY_RUN(cli(*sourceDb, {s("seed"), s("--tickets"), s("20"), s("--cis"), s("300"),
                                   s("--changes"), s("5"), s("--random-seed"), s("3")}),
                   0);
        QTemporaryDir dir;
        const QString cis = dir.filePath(s("cis.csv"));
        const QString relations = dir.filePath(s("relations.csv"));
        VERIFY_RUN(cli(*sourceDb, {s("cmdb"), s("export"), s("-o"), cis}), 0);
        VERIFY_RUN(cli(*sourceDb, {s("cmdb"), s("export"), s("--relations"), s("-o"), relations}),
                   0);
        const Run stdoutExport = cli(*sourceDb, {s("cmdb"), s("export")});
        VERIFY_RUN(stdoutExport, 0);
        QCOMPARE(stdoutExport.out.toUtf8(), readAll(cis));

        auto targetDb = Test::TestDatabase::create(driver);
        QVERIFY(targetDb.ok());
        VERIFY_RUN(cli(**targetDb, {s("init")}), 0);
        {
            auto source = sourceDb->open();
            auto target = (*targetDb)->open();
            QVERIFY(source.ok() && target.ok());
            QVERIFY(Test::copyGroups(**source, **target));
        }
        const Run imported = cli(**targetDb, {s("cmdb"), s("import"), cis});
        VERIFY_RUN(imported, 0);
        QVERIFY2(imported.out.contains(s("300 CIs created")), qPrintable(imported.out));
        VERIFY_RUN(cli(**targetDb, {s("cmdb"), s("import"), relations}), 0);

        const QString cisAgain = dir.filePath(s("cis2.csv"));
        const QString relationsAgain = dir.filePath(s("relations2.csv"));
        VERIFY_RUN(cli(**targetDb, {s("cmdb"), s("export"), s("-o"), cisAgain}), 0);
        VERIFY_RUN(cli(**targetDb, {s("cmdb"), s("export"), s("--relations"), s("-o"),
                                    relationsAgain}),
                   0);
        QCOMPARE(readAll(cisAgain), readAll(cis));
        QCOMPARE(readAll(relationsAgain), readAll(relations));
        QVERIFY(readAll(relations).count('\n') > 300);
    }
};

QTEST_GUILESS_MAIN(tst_CmdbCli)
#include "tst_cmdbcli.moc"
