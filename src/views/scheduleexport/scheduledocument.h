// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/changereport/changereport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTextDocument>

class QPagedPaintDevice;

namespace ServiceDeck::Views {

// The printable forward schedule of change for the CAB meeting, built once from a ChangeReport
// for both the PDF and the printer: the range in the title, one row per change (number, title,
// window in local time, type, risk, CIs, approval, collisions with their explanation) and the
// change freezes of the range.
class ScheduleDocument
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Views::ScheduleDocument)

public:
    explicit ScheduleDocument(const Storage::ChangeReport &report,
                              const QLocale &locale = QLocale());

    QTextDocument &document() { return m_document; }
    const QTextDocument &document() const { return m_document; }
    QString title() const { return m_title; }

    // Breaks the document into the device's pages, with the page number at the foot of each,
    // and paints it.
    void print(QPagedPaintDevice *device) const;

    // Whether a change of the report has a row: cancelled changes will not happen and are left
    // out (the iCalendar still lists them, for subscribers to remove).
    static bool isListed(const Storage::ReportedChange &change);

private:
    QString windowText(const Change::TimeSpan &span) const;
    QString changeRows(const Storage::ChangeReport &report) const;
    QString blackoutRows(const Storage::ChangeReport &report) const;

    QLocale m_locale;
    QString m_title;
    QTextDocument m_document;
};

} // namespace ServiceDeck::Views
