// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"
#include "testdatabase.h"

#include "storage/cirepository.h"
#include "storage/cmdbcsv/cmdbimport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Imports a file that must be good; returns the plan's error or an empty string.
QString importFile(Database &db, const QByteArray &content, const QUuid &actor)
{
    CmdbImport importer(db);
    auto plan = importer.prepare(content);
    if (!plan)
        return plan.error().message;
    if (!plan->ok())
        return QStringLiteral("line %1, %2: %3")
            .arg(plan->errors.first().line)
            .arg(plan->errors.first().column, plan->errors.first().message);
    auto report = importer.apply(*plan, actor);
    return report ? QString() : report.error().message;
}

} // namespace

#define OPEN_CMDB(db, actor)                                                                       \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto db##Opened = testDb->open();                                                              \
    QVERIFY2(db##Opened.ok(), qPrintable(db##Opened.ok() ? QString() : db##Opened.error().message)); \
    Database &db = **db##Opened;                                                                   \
    const QUuid actor = Test::prepareCmdbDatabase(db);                                             \
    QVERIFY(!actor.isNull())

class tst_CmdbImport : public QObject
{
    Q_OBJECT

private slots:
    void shouldImportCisAndThenTheirRelations_data() { Test::addDriverRows(); }
    void shouldImportCisAndThenTheirRelations()
    {
        OPEN_CMDB(db, actor);
        // Given the CI file
        CmdbImport importer(db);
        auto plan = importer.prepare(Test::fixture(s("cis.csv")));
        QVERIFY(plan.ok());
        QVERIFY2(plan->ok(), qPrintable(plan->errors.value(0).message));
        QCOMPARE(plan->kind, ImportKind::Cis);
        QCOMPARE(plan->rows, 6);
        QCOMPARE(plan->creates, 6);
        QCOMPARE(plan->preview.size(), 6);
        QCOMPARE(plan->preview.at(4).line, 6); // vm-001, whose description spans two lines
        QCOMPARE(plan->preview.at(5).line, 8);
        // When it is applied
        auto report = importer.apply(*plan, actor);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        // Then every CI is there with its fields and canonical attributes
        QCOMPARE(Test::rowCount(db, s("cis")), 6);
        CiRepository repository(db);
        auto vm = repository.findByName(s("vm-001"));
        QVERIFY(vm.ok() && vm->has_value());
        QCOMPARE((*vm)->ciClass, s("virtual_machine"));
        QCOMPARE((*vm)->status, s("planned"));
        QCOMPARE((*vm)->ownerGroup, s("Server Team"));
        QCOMPARE((*vm)->description, s("Two lines\nof text"));
        QCOMPARE((*vm)->attributes.value(s("host")), s("srv-001"));
        QCOMPARE((*vm)->attributes.value(s("cpu_count")), s("4"));
        auto database = repository.findByName(s("payroll-db"));
        QCOMPARE((*database)->description, s("Main ledger, \"hot\""));
        QCOMPARE((*database)->attributes.value(s("cluster")), s("srv-001"));
        auto ops = db.exec(s("SELECT COUNT(DISTINCT op_id) FROM journal WHERE entity = 'cis' "
                             "AND action = 'create'"));
        QVERIFY(ops.ok() && ops->next());
        QCOMPARE(ops->value(0).toInt(), 6);

        // When the relations follow
        QCOMPARE(importFile(db, Test::fixture(s("relations.csv")), actor), QString());
        QCOMPARE(Test::rowCount(db, s("ci_relations")), 6);
        auto relationOps = db.exec(s("SELECT COUNT(DISTINCT op_id) FROM journal "
                                     "WHERE entity = 'ci_relations'"));
        QVERIFY(relationOps.ok() && relationOps->next());
        QCOMPARE(relationOps->value(0).toInt(), 6);

        // Then importing both again changes nothing
        auto again = CmdbImport(db).prepare(Test::fixture(s("cis.csv")));
        QCOMPARE(again->unchanged, 6);
        QCOMPARE(again->creates + again->updates, 0);
        auto relationsAgain = CmdbImport(db).prepare(Test::fixture(s("relations.csv")));
        QCOMPARE(relationsAgain->kind, ImportKind::Relations);
        QCOMPARE(relationsAgain->unchanged, 6);
    }

    void shouldUpdateByNameOnlyTheColumnsGiven_data() { Test::addDriverRows(); }
    void shouldUpdateByNameOnlyTheColumnsGiven()
    {
        OPEN_CMDB(db, actor);
        QCOMPARE(importFile(db, Test::fixture(s("cis.csv")), actor), QString());
        // When a file changes status, clears the location and sets cpu_count of one server
        auto plan = CmdbImport(db).prepare("name,class,status,location,cpu_count\r\n"
                                           "srv-001,server,maintenance,,32\r\n"
                                           "vm-001,virtual_machine,,DC1,4\r\n");
        QVERIFY(plan->ok());
        QCOMPARE(plan->updates, 1);
        QCOMPARE(plan->unchanged, 1); // an empty status keeps the CI's own
        QVERIFY(CmdbImport(db).apply(*plan, actor).ok());
        // Then those change, and what the file has no column for stays
        auto server = CiRepository(db).findByName(s("srv-001"));
        QCOMPARE((*server)->status, s("maintenance"));
        QCOMPARE((*server)->location, QString());
        QCOMPARE((*server)->attributes.value(s("cpu_count")), s("32"));
        QCOMPARE((*server)->attributes.value(s("os")), s("Debian 12"));
        QCOMPARE((*server)->ownerGroup, s("Server Team"));
        QCOMPARE((*server)->version, 2);
        auto journal = db.exec(s("SELECT old_value, new_value, base_version FROM journal "
                                 "WHERE action = 'update' AND field = 'status'"));
        QVERIFY(journal.ok() && journal->next());
        QCOMPARE(journal->value(0).toString(), s("live"));
        QCOMPARE(journal->value(1).toString(), s("maintenance"));
        QCOMPARE(journal->value(2).toInt(), 1);
    }

    void shouldReportTheErrorWithLineAndColumnAndWriteNothing_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        const struct
        {
            const char *name;
            const char *content;
            int line;
            const char *column;
        } cases[] = {
            {"unknown class", "name,class\nnew-1,server\nnew-2,spaceship\n", 3, "class"},
            {"missing name", "name,class,location\nnew-1,server,DC1\n,server,DC2\n", 3, "name"},
            {"bad date", "name,class,purchase_date\nnew-1,server,2024-02-30\n", 2,
             "purchase_date"},
            {"bad number", "name,class,cpu_count\nnew-1,server,eight\n", 2, "cpu_count"},
            {"bad choice", "name,class,criticality\nBilling,business_service,extreme\n", 2,
             "criticality"},
            {"reference to no CI", "name,class,host\nvm-9,virtual_machine,nowhere\n", 2, "host"},
            {"attribute of another class", "name,class,cpu_count\napp-9,application,4\n", 2,
             "cpu_count"},
            {"bad status", "name,class,status\nnew-1,server,broken\n", 2, "status"},
            {"unknown owner group", "name,class,owner_group\nnew-1,server,Nobody\n", 2,
             "owner_group"},
            {"class change", "name,class\nsrv-001,storage\n", 2, "class"},
            {"unknown column", "name,class,colour\nnew-1,server,red\n", 1, "colour"},
            {"duplicate with different values",
             "name,class,location\nnew-1,server,DC1\nnew-2,server,DC1\nnew-1,server,DC2\n", 4,
             "name"},
            {"too few fields", "name,class,location\nnew-1,server,DC1\nnew-2,server\n", 3,
             "location"},
            {"stray quote", "name,class,location\nnew-1,server,DC\"1\n", 2, "location"},
            {"unterminated quote", "name,class,location\nnew-1,server,DC1\nnew-2,server,\"DC2\n",
             3, "location"},
            {"unknown relation target", "source,type,target\nPayroll,depends_on,Nothing\n", 2,
             "target"},
            {"unknown relation source", "source,type,target\nNothing,depends_on,Payroll\n", 2,
             "source"},
            {"unknown relation type", "source,type,target\nPayroll,loves,srv-001\n", 2, "type"},
            {"self-relation", "source,type,target\nsrv-001,connects_to,srv-001\n", 2, "target"},
            {"part_of cycle",
             "source,type,target\nvm-001,part_of,srv-001\nsrv-001,part_of,vm-001\n", 3,
             "target"},
            {"header of neither kind", "source,type\nPayroll,depends_on\n", 1, "name"},
        };
        for (const auto &c : cases) {
            for (const char *driver : {"QSQLITE", "QPSQL"}) {
                const QString filter = qEnvironmentVariable("SERVICEDECK_TEST_DRIVERS");
                if (!filter.isEmpty() && !filter.split(u',').contains(s(driver)))
                    continue;
                QTest::addRow("%s/%s", c.name, driver)
                    << s(driver) << QByteArray(c.content) << c.line << s(c.column);
            }
        }
    }
    void shouldReportTheErrorWithLineAndColumnAndWriteNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, column);
        OPEN_CMDB(db, actor);
        QCOMPARE(importFile(db, Test::fixture(s("cis.csv")), actor), QString());
        QCOMPARE(importFile(db, Test::fixture(s("relations.csv")), actor), QString());
        const QString before = Test::cmdbCounts(db);
        // When
        CmdbImport importer(db);
        auto plan = importer.prepare(content);
        // Then the error names its line and column
        QVERIFY(plan.ok());
        QVERIFY(!plan->ok());
        QString all;
        for (const ImportError &error : plan->errors)
            all += QStringLiteral("%1:%2: %3\n").arg(error.line).arg(error.column, error.message);
        const bool found = std::any_of(plan->errors.cbegin(), plan->errors.cend(),
                                       [&](const ImportError &e) {
                                           return e.line == line && e.column == column &&
                                                  !e.message.isEmpty();
                                       });
        QVERIFY2(found, qPrintable(all));
        // And nothing at all is written, even when asked to
        QVERIFY(!importer.apply(*plan, actor).ok());
        QCOMPARE(Test::cmdbCounts(db), before);
    }

    void shouldReportEveryErrorOfAFile_data() { Test::addDriverRows(); }
    void shouldReportEveryErrorOfAFile()
    {
        OPEN_CMDB(db, actor);
        auto plan = CmdbImport(db).prepare(Test::fixture(s("cis_errors.csv")));
        QCOMPARE(plan->delimiter, QChar(u';'));
        QCOMPARE(plan->errors.size(), 4);
        const QList<std::pair<int, QString>> expected = {
            {2, s("purchase_date")}, {3, s("class")}, {4, s("name")}, {5, s("cpu_count")}};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(plan->errors.at(i).line, expected.at(i).first);
            QCOMPARE(plan->errors.at(i).column, expected.at(i).second);
        }
    }

    void shouldWriteIdenticalDuplicateRowsOnce_data() { Test::addDriverRows(); }
    void shouldWriteIdenticalDuplicateRowsOnce()
    {
        OPEN_CMDB(db, actor);
        auto plan = CmdbImport(db).prepare("name,class,location\nnew-1,server,DC1\n"
                                           "new-1,server,DC1\n");
        QVERIFY(plan->ok());
        QCOMPARE(plan->creates, 1);
        QCOMPARE(plan->duplicates, 1);
        QVERIFY(CmdbImport(db).apply(*plan, actor).ok());
        QCOMPARE(Test::rowCount(db, s("cis")), 1);
    }

    void shouldCapTheErrorList_data() { Test::addDriverRows(); }
    void shouldCapTheErrorList()
    {
        OPEN_CMDB(db, actor);
        QByteArray content("name,class\n");
        for (int i = 0; i < 1500; ++i)
            content += "ci-" + QByteArray::number(i) + ",spaceship\n";
        auto plan = CmdbImport(db).prepare(content);
        QCOMPARE(plan->errors.size(), ImportPlan::MaxErrors);
        QCOMPARE(plan->moreErrors, 500);
        QCOMPARE(plan->errors.constLast().line, ImportPlan::MaxErrors + 1);
    }

    void shouldFindTheErrorNearTheEndOfA100kFile_data() { Test::addDriverRows(); }
    void shouldFindTheErrorNearTheEndOfA100kFile()
    {
        OPEN_CMDB(db, actor);
        QCOMPARE(importFile(db, Test::fixture(s("cis.csv")), actor), QString());
        const QString before = Test::cmdbCounts(db);
        // Given 100,000 servers, one with a bad date on line 99,995
        constexpr int Rows = 100000;
        constexpr int BadLine = 99995;
        QByteArray content("name,class,status,owner_group,location,cpu_count,purchase_date\n");
        for (int line = 2; line <= Rows + 1; ++line) {
            content += "srv-" + QByteArray::number(line).rightJustified(6, '0') +
                       ",server,live,Server Team,DC" + QByteArray::number(line % 4) + "," +
                       QByteArray::number(line % 64 + 1) + "," +
                       (line == BadLine ? "2024-13-01" : "2024-01-15") + "\n";
        }
        // When it is checked
        QElapsedTimer timer;
        timer.start();
        CmdbImport importer(db);
        auto plan = importer.prepare(content);
        qInfo("checked %d rows in %lld ms", Rows, timer.elapsed());
        // Then the one error is found with its line, and nothing is written
        QVERIFY(plan.ok());
        QCOMPARE(plan->rows, Rows);
        QCOMPARE(plan->errors.size(), 1);
        QCOMPARE(plan->errors.first().line, BadLine);
        QCOMPARE(plan->errors.first().column, s("purchase_date"));
        QVERIFY(!importer.apply(*plan, actor).ok());
        QCOMPARE(Test::cmdbCounts(db), before);
    }

    void shouldWriteNothingWhenCancelled_data() { Test::addDriverRows(); }
    void shouldWriteNothingWhenCancelled()
    {
        OPEN_CMDB(db, actor);
        const QString before = Test::cmdbCounts(db);
        QByteArray content("name,class,cpu_count\n");
        for (int i = 0; i < 5000; ++i)
            content += "srv-" + QByteArray::number(i) + ",server,4\n";
        CmdbImport importer(db);
        auto plan = importer.prepare(content);
        QVERIFY(plan->ok());
        // When the progress says stop after the first slice
        importer.setProgress([](qint64 done, qint64) { return done < 2000; });
        auto report = importer.apply(*plan, actor);
        // Then the import fails and the slices written before are rolled back
        QVERIFY(!report.ok());
        QCOMPARE(Test::cmdbCounts(db), before);
    }
};

QTEST_GUILESS_MAIN(tst_CmdbImport)
#include "tst_cmdbimport.moc"
