// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"
#include "testdatabase.h"

#include "views/cmdbimport/cmdbimportdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ServiceDeck;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class tst_CmdbImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void shouldPreviewAndImportAGoodFile_data() { Test::addDriverRows(); }
    void shouldPreviewAndImportAGoodFile()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY(db.ok());
        const QUuid actor = Test::prepareCmdbDatabase(**db);
        Views::CmdbImportDialog dialog(**db, actor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *importButton = dialog.findChild<QPushButton *>(s("importButton"));
        auto *preview = dialog.findChild<QTableWidget *>(s("previewTable"));
        auto *errors = dialog.findChild<QTableWidget *>(s("errorTable"));
        auto *summary = dialog.findChild<QLabel *>(s("summaryLabel"));
        QVERIFY(importButton && preview && errors && summary);
        QVERIFY(!importButton->isEnabled());

        // When a good file is chosen
        dialog.loadFile(Test::fixturePath(s("cis.csv")));
        // Then its first rows, kind and counts show, with no errors, and Import is enabled
        QCOMPARE(preview->rowCount(), 6);
        QCOMPARE(preview->columnCount(), 13);
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), s("name"));
        QCOMPARE(preview->item(0, 0)->text(), s("Payroll"));
        QCOMPARE(preview->verticalHeaderItem(5)->text(), s("8")); // lines, not row numbers
        QVERIFY2(summary->text().contains(s("configuration items")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(s("6 to create")), qPrintable(summary->text()));
        QCOMPARE(errors->rowCount(), 0);
        QVERIFY(!errors->isVisibleTo(&dialog));
        QVERIFY(importButton->isEnabled());

        // When Import is pressed
        QSignalSpy imported(&dialog, &Views::CmdbImportDialog::imported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        // Then the CIs are written and the dialog says so
        QCOMPARE(imported.count(), 1);
        QCOMPARE(Test::rowCount(**db, s("cis")), 6);
        QVERIFY2(summary->text().contains(s("6 configuration items created")),
                 qPrintable(summary->text()));
        QVERIFY(!importButton->isEnabled());

        // And the relation file that follows is recognised as one
        dialog.loadFile(Test::fixturePath(s("relations.csv")));
        QVERIFY2(summary->text().contains(s("relations")), qPrintable(summary->text()));
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(imported.count(), 2);
        QCOMPARE(Test::rowCount(**db, s("ci_relations")), 6);
    }

    void shouldListErrorsAndRefuseToImportABadFile_data() { Test::addDriverRows(); }
    void shouldListErrorsAndRefuseToImportABadFile()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY(db.ok());
        const QUuid actor = Test::prepareCmdbDatabase(**db);
        const QString before = Test::cmdbCounts(**db);
        Views::CmdbImportDialog dialog(**db, actor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy imported(&dialog, &Views::CmdbImportDialog::imported);

        // When a file with four errors is chosen
        dialog.loadFile(Test::fixturePath(s("cis_errors.csv")));
        // Then each error is listed with its line and column, and Import stays disabled
        auto *errors = dialog.findChild<QTableWidget *>(s("errorTable"));
        auto *importButton = dialog.findChild<QPushButton *>(s("importButton"));
        QVERIFY(errors->isVisibleTo(&dialog));
        QCOMPARE(errors->rowCount(), 4);
        QCOMPARE(errors->item(0, 0)->text(), s("2"));
        QCOMPARE(errors->item(0, 1)->text(), s("purchase_date"));
        QVERIFY(!errors->item(0, 2)->text().isEmpty());
        QCOMPARE(errors->item(3, 0)->text(), s("5"));
        QCOMPARE(errors->item(3, 1)->text(), s("cpu_count"));
        QVERIFY(!importButton->isEnabled());
        QCOMPARE(dialog.findChild<QTableWidget *>(s("previewTable"))->rowCount(), 4);

        // And nothing is written
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(imported.count(), 0);
        QCOMPARE(Test::cmdbCounts(**db), before);
    }
};

QTEST_MAIN(tst_CmdbImportDialog)
#include "tst_cmdbimportdialog.moc"
