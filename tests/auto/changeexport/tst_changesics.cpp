// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportscenario.h"

#include "storage/changereport/schedulecalendar.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ServiceDeck;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

// Runs servicedeck-cli on the test database.
Run cli(const Test::TestDatabase &db, QStringList arguments)
{
    arguments.prepend(u"--db="_s + db.urlText());
    QProcess process;
    process.start(qEnvironmentVariable("SERVICEDECK_CLI"), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray uidLine(const QString &uid)
{
    return "UID:" + uid.toUtf8() + "\r\n";
}

} // namespace

class tst_ChangesIcs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("SERVICEDECK_CLI"))); }

    void shouldWriteTheRangeToAFile_data() { Test::addDriverRows(); }
    void shouldWriteTheRangeToAFile()
    {
        SD_CMDB_FIXTURE(f);
        auto scenario = Test::ExportScenario::make(f);
        SD_VERIFY_OK(scenario);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"march.ics"_s);

        // When March is exported to a file
        const Run run = cli(*fDb, {u"changes"_s, u"ics"_s, u"--from"_s, u"2026-03-01"_s,
                                   u"--to"_s, u"2026-04-01"_s, u"-o"_s, path});

        // Then the command says where it went, and the file is the calendar of March
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(QString::fromUtf8(run.out).contains(QDir::toNativeSeparators(path)));
        QVERIFY(QString::fromUtf8(run.out).contains(u"5 event"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray calendar = file.readAll();
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(calendar.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(calendar.count("BEGIN:VEVENT\r\n"), 5);
        for (const QUuid &change : {scenario->patch, scenario->migrate, scenario->retire,
                                    scenario->rotate})
            QVERIFY(calendar.contains(uidLine(Storage::changeEventUid(change))));
        QVERIFY(calendar.contains(uidLine(Storage::blackoutEventUid(scenario->freeze))));
        for (const QUuid &change : {scenario->closed, scenario->later})
            QVERIFY(!calendar.contains(uidLine(Storage::changeEventUid(change))));
        QCOMPARE(calendar.count("STATUS:CANCELLED\r\n"), 1);
        QVERIFY(calendar.contains("DTSTART:20260302T200000Z\r\nDTEND:20260302T220000Z\r\n"));
        QVERIFY(calendar.contains("SUMMARY:CHG0000101: Patch app\r\n"));
    }

    void shouldWriteToStdoutWithoutAFile_data() { Test::addDriverRows(); }
    void shouldWriteToStdoutWithoutAFile()
    {
        SD_CMDB_FIXTURE(f);
        auto scenario = Test::ExportScenario::make(f);
        SD_VERIFY_OK(scenario);
        // A range holding only the cancelled change
        const Run run = cli(*fDb, {u"changes"_s, u"ics"_s, u"--from"_s, u"2026-03-10"_s,
                                   u"--to"_s, u"2026-03-11"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith("BEGIN:VCALENDAR"));
        QCOMPARE(run.out.count("BEGIN:VEVENT"), 1);
        QVERIFY(run.out.contains("SUMMARY:CHG0000103: Retire srv1"));
        QVERIFY(run.out.contains("STATUS:CANCELLED"));
    }

    void shouldRefuseWithAClearLine_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList drivers = {u"QSQLITE"_s, u"QPSQL"_s};
        const QByteArray only = qgetenv("SERVICEDECK_TEST_DRIVERS");
        for (const QString &driver : drivers) {
            if (!only.isEmpty() && !QString::fromUtf8(only).split(u',').contains(driver))
                continue;
            const QByteArray name = driver.toUtf8();
            QTest::addRow("%s: bad date", name.constData())
                << driver << QStringList{u"--from"_s, u"March"_s} << 1
                << u"Option --from: \"March\" is not an ISO 8601 date"_s;
            QTest::addRow("%s: empty range", name.constData())
                << driver << QStringList{u"--from"_s, u"2026-03-02"_s, u"--to"_s, u"2026-03-01"_s}
                << 1 << u"the range must end after it starts"_s;
            QTest::addRow("%s: argument", name.constData()) << driver << QStringList{u"march.ics"_s} << 1
                                               << u"usage: changes ics"_s;
            QTest::addRow("%s: unwritable file", name.constData())
                << driver << QStringList{u"-o"_s, u"MISSING_DIR/march.ics"_s} << 2
                << u"Cannot write"_s;
        }
    }
    void shouldRefuseWithAClearLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        SD_TEST_DATABASE(fDb);
        SD_VERIFY_OK(fDb->open()); // creates the schema
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        arguments.replaceInStrings(u"MISSING_DIR"_s, dir.filePath(u"missing"_s));
        const Run run = cli(*fDb, QStringList{u"changes"_s, u"ics"_s} + arguments);
        QCOMPARE(run.code, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ChangesIcs)
#include "tst_changesics.moc"
