// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportscenario.h"

#include "views/scheduleexport/scheduledocument.h"
#include "views/scheduleexport/scheduleexport.h"

#include "storage/changereport/changereport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;
using namespace Qt::StringLiterals;

class tst_ScheduleDocument : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowWhatTheCabReads_data() { Test::addDriverRows(); }
    void shouldShowWhatTheCabReads()
    {
        SD_CMDB_FIXTURE(f);
        auto scenario = Test::ExportScenario::make(f);
        SD_VERIFY_OK(scenario);
        auto report = ChangeReportRepository(f.db()).load(Test::ExportScenario::march());
        SD_VERIFY_OK(report);

        // When the schedule of March is laid out
        const Views::ScheduleDocument schedule(*report, QLocale(QLocale::English,
                                                               QLocale::UnitedKingdom));
        const QString text = schedule.document().toPlainText();

        // Then it has a title with the range and a row for each change that may still happen
        QVERIFY(schedule.title().startsWith(u"Forward schedule of change"_s));
        QVERIFY(text.contains(schedule.title()));
        for (const char *number : {"CHG0000101", "CHG0000102", "CHG0000104"})
            QVERIFY2(text.contains(QLatin1String(number)), number);
        QVERIFY(!text.contains(u"CHG0000103"_s)); // cancelled
        QVERIFY(!text.contains(u"CHG0000105"_s)); // closed
        QVERIFY(!text.contains(u"CHG0000106"_s)); // April
        QVERIFY(text.contains(u"Patch app"_s));
        // with risk, CIs, approval state and type
        for (const QString &shown : {u"High"_s, u"Medium"_s, u"Not assessed"_s, u"app, srv1"_s,
                                     u"Approved"_s, u"Pending"_s, u"Waiting for Dave Board."_s,
                                     u"Normal"_s, u"Standard"_s})
            QVERIFY2(text.contains(shown), qPrintable(shown));
        // and every collision of the range with its explanation
        QVERIFY(!report->collisions.isEmpty());
        for (const Change::Collision &collision : report->collisions)
            QVERIFY2(text.contains(collision.explanation), qPrintable(collision.explanation));
        // and the freeze
        QVERIFY(text.contains(u"Quarter close"_s));
        QVERIFY(text.contains(u"Finance closes the books; no changes, please"_s));
    }

    void shouldWriteAPdf_data() { Test::addDriverRows(); }
    void shouldWriteAPdf()
    {
        SD_CMDB_FIXTURE(f);
        auto scenario = Test::ExportScenario::make(f);
        SD_VERIFY_OK(scenario);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"march.pdf"_s);

        // When the schedule of March is written as a PDF
        SD_VERIFY_OK(Views::ScheduleExport::writePdf(f.db(), Test::ExportScenario::march(), path));

        // Then the file is a PDF with pages in it
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY2(pdf.size() > 4000, QByteArray::number(pdf.size()).constData());
        QVERIFY(pdf.contains("/Type /Page"));
    }

    void shouldNameTheFileItCannotWrite_data() { Test::addDriverRows(); }
    void shouldNameTheFileItCannotWrite()
    {
        SD_CMDB_FIXTURE(f);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"missing/march.pdf"_s);
        const auto written = Views::ScheduleExport::writePdf(f.db(), Test::ExportScenario::march(),
                                                             path);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(u"march.pdf"_s),
                 qPrintable(written.error().message));
        QVERIFY(!QFile::exists(path));
        const auto calendar = Views::ScheduleExport::writeICalendar(
            f.db(), Test::ExportScenario::march(), dir.filePath(u"missing/march.ics"_s));
        QVERIFY(!calendar.ok());
        QVERIFY(calendar.error().message.contains(u"march.ics"_s));
    }
};

QTEST_MAIN(tst_ScheduleDocument)
#include "tst_scheduledocument.moc"
