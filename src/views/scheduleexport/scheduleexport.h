// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/changereport/changereport.h"

#include "core/change/timespan.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

// The change schedule of a range of time leaves the program from here: as an iCalendar file,
// as a PDF, or on paper. The entry points with a parent ask for the file or the printer and
// show what went wrong in a message box naming the problem; the write functions do the same
// work without dialogs.
class ScheduleExport
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Views::ScheduleExport)

public:
    static void exportICalendar(QWidget *parent, Storage::Database &db,
                                const Change::TimeSpan &range);
    static void exportPdf(QWidget *parent, Storage::Database &db, const Change::TimeSpan &range);
    static void print(QWidget *parent, Storage::Database &db, const Change::TimeSpan &range);

    // Writes the file whole or not at all: a failure leaves what was at `path` before.
    static Result<void> writeICalendar(Storage::Database &db, const Change::TimeSpan &range,
                                       const QString &path);
    static Result<void> writePdf(Storage::Database &db, const Change::TimeSpan &range,
                                 const QString &path);
    static Result<void> writePdf(const Storage::ChangeReport &report, const QString &path);

private:
    static QString suggestedPath(const Change::TimeSpan &range, const QString &suffix);
};

} // namespace ServiceDeck::Views
