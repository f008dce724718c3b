// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleexport.h"

#include "scheduledocument.h"

#include "storage/changereport/schedulecalendar.h"
#include "storage/database.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

namespace ServiceDeck::Views {

namespace {

Error cannotWrite(const QString &path, const QString &why)
{
    return invalidData(ScheduleExport::tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), why));
}

// A wide table reads best across the page. Small margins: the document adds 2 cm of its own
// when it is printed (QTextDocument::print), which also leaves room for the page number.
QPageLayout scheduleLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(5, 5, 5, 5),
                       QPageLayout::Millimeter);
}

} // namespace

QString ScheduleExport::suggestedPath(const Change::TimeSpan &range, const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("change-schedule-%1.%2")
                             .arg(range.startTime().date().toString(Qt::ISODate), suffix);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name);
}

Result<void> ScheduleExport::writeICalendar(Storage::Database &db, const Change::TimeSpan &range,
                                            const QString &path)
{
    auto report = Storage::ChangeReportRepository(db).load(range);
    if (!report)
        return report.error();
    const QByteArray calendar =
        Storage::scheduleICalendar(*report, QDateTime::currentDateTimeUtc());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar) != calendar.size()
        || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

Result<void> ScheduleExport::writePdf(Storage::Database &db, const Change::TimeSpan &range,
                                      const QString &path)
{
    auto report = Storage::ChangeReportRepository(db).load(range);
    if (!report)
        return report.error();
    return writePdf(*report, path);
}

Result<void> ScheduleExport::writePdf(const Storage::ChangeReport &report, const QString &path)
{
    const ScheduleDocument schedule(report);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    {
        // The writer finishes the PDF when painting ends; it must be gone before the commit.
        QPdfWriter writer(&file);
        writer.setTitle(schedule.title());
        writer.setCreator(QStringLiteral("ServiceDeck"));
        writer.setResolution(300);
        writer.setPageLayout(scheduleLayout());
        schedule.print(&writer);
    }
    if (file.size() == 0) {
        file.cancelWriting();
        return cannotWrite(path, tr("the PDF could not be drawn"));
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

void ScheduleExport::exportICalendar(QWidget *parent, Storage::Database &db,
                                     const Change::TimeSpan &range)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export Change Schedule as iCalendar"),
        suggestedPath(range, QStringLiteral("ics")), tr("iCalendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto written = writeICalendar(db, range, path); !written)
        QMessageBox::warning(parent, tr("Export Change Schedule"), written.error().message);
}

void ScheduleExport::exportPdf(QWidget *parent, Storage::Database &db,
                               const Change::TimeSpan &range)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export Change Schedule as PDF"), suggestedPath(range, QStringLiteral("pdf")),
        tr("PDF files (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto written = writePdf(db, range, path); !written)
        QMessageBox::warning(parent, tr("Export Change Schedule"), written.error().message);
}

void ScheduleExport::print(QWidget *parent, Storage::Database &db, const Change::TimeSpan &range)
{
    auto report = Storage::ChangeReportRepository(db).load(range);
    if (!report) {
        QMessageBox::warning(parent, tr("Print Change Schedule"), report.error().message);
        return;
    }
    const ScheduleDocument schedule(*report);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(schedule.title());
    printer.setPageLayout(scheduleLayout());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Change Schedule"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    schedule.print(&printer);
    if (printer.printerState() == QPrinter::Error)
        QMessageBox::warning(parent, tr("Print Change Schedule"),
                             tr("The change schedule could not be printed on %1.")
                                 .arg(printer.printerName()));
}

} // namespace ServiceDeck::Views
