// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"
#include "testdatabase.h"

#include "storage/cmdbcsv/cmdbexport.h"
#include "storage/cmdbcsv/cmdbimport.h"
#include "storage/seed/seeder.h"

#include <QBuffer>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

namespace {

Result<QByteArray> exported(Database &db, bool relations)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CmdbExport exporter(db);
    auto written = relations ? exporter.writeRelations(buffer) : exporter.writeCis(buffer);
    if (!written)
        return written.error();
    return buffer.data();
}

} // namespace

class tst_CmdbRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void shouldGiveBackTheSameCmdbThroughExportAndImport_data() { Test::addDriverRows(); }
    void shouldGiveBackTheSameCmdbThroughExportAndImport()
    {
        // Given a seeded CMDB
        SD_TEST_DATABASE(sourceDb);
        auto source = sourceDb->open();
        QVERIFY(source.ok());
        SeedOptions options;
        options.tickets = 20;
        options.cis = 400;
        options.changes = 5;
        options.until = QDate(2025, 6, 30);
        auto seeded = Seeder(**source).run(options);
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
        auto cis = exported(**source, false);
        auto relations = exported(**source, true);
        QVERIFY(cis.ok() && relations.ok());
        QCOMPARE(cis->count("\r\n"), Test::rowCount(**source, QStringLiteral("cis")) + 1);
        QCOMPARE(relations->count("\r\n"),
                 Test::rowCount(**source, QStringLiteral("ci_relations")) + 1);

        // When both files are imported into an empty database with the same support groups
        auto targetDb = Test::TestDatabase::create(driver);
        QVERIFY(targetDb.ok());
        auto target = (*targetDb)->open();
        QVERIFY(target.ok());
        QVERIFY(Test::copyGroups(**source, **target));
        auto admin = (*target)->exec(QStringLiteral("SELECT id FROM users WHERE login = 'admin'"));
        QVERIFY(admin.ok() && admin->next());
        const QUuid actor = Database::toUuid(admin->value(0));
        for (const QByteArray *file : {&*cis, &*relations}) {
            CmdbImport importer(**target);
            auto plan = importer.prepare(*file);
            QVERIFY(plan.ok());
            QVERIFY2(plan->ok(), qPrintable(QStringLiteral("line %1, %2: %3")
                                                .arg(plan->errors.value(0).line)
                                                .arg(plan->errors.value(0).column,
                                                     plan->errors.value(0).message)));
            QCOMPARE(plan->updates, 0);
            auto report = importer.apply(*plan, actor);
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        }

        // Then exporting it gives the same files: CIs, statuses, owners, locations,
        // descriptions, attributes and relations
        auto cisAgain = exported(**target, false);
        auto relationsAgain = exported(**target, true);
        QCOMPARE(*cisAgain, *cis);
        QCOMPARE(*relationsAgain, *relations);
        QCOMPARE(Test::rowCount(**target, QStringLiteral("ci_attributes")),
                 Test::rowCount(**source, QStringLiteral("ci_attributes")));
    }
};

QTEST_GUILESS_MAIN(tst_CmdbRoundTrip)
#include "tst_cmdbroundtrip.moc"
