// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduledocument.h"

#include "core/ticketkind.h"

#include <QDateTime>
#include <QFont>
#include <QPagedPaintDevice>
#include <QTimeZone>

namespace ServiceDeck::Views {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &html)
{
    return QStringLiteral("<td>%1</td>").arg(html);
}

struct Column
{
    QString label;
    int percent; // of the page's width
};

// In <thead>, so that every page a table runs over repeats it.
QString headerRow(const QList<Column> &columns)
{
    QString row = QStringLiteral("<thead><tr>");
    for (const Column &column : columns)
        row += QStringLiteral("<th align=\"left\" width=\"%1%\">%2</th>")
                   .arg(column.percent)
                   .arg(escaped(column.label));
    return row + QStringLiteral("</tr></thead>");
}

QString table(const QString &rows)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse: collapse;\">%1</table>")
        .arg(rows);
}

} // namespace

ScheduleDocument::ScheduleDocument(const Storage::ChangeReport &report, const QLocale &locale)
    : m_locale(locale)
{
    m_title = tr("Forward schedule of change, %1 to %2")
                  .arg(windowText({report.range.start, report.range.start}),
                       windowText({report.range.end, report.range.end}));
    qsizetype listed = 0;
    for (const Storage::ReportedChange &change : report.changes)
        listed += isListed(change) ? 1 : 0;

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(m_title));
    html += QStringLiteral("<p>%1<br/>%2</p>")
                .arg(escaped(tr("%n change(s), %1.", nullptr, int(listed))
                                 .arg(tr("%n collision(s)", nullptr,
                                         int(report.collisions.size())))),
                     escaped(tr("Times are local (%1). Printed %2.")
                                 .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId()),
                                      m_locale.toString(QDateTime::currentDateTime(),
                                                        QLocale::ShortFormat))));
    if (listed == 0) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No changes are planned in this range.")));
    } else {
        // The collisions' explanations are the longest text: they get the widest column.
        html += table(headerRow({{tr("Number"), 10},
                                 {tr("Change"), 15},
                                 {tr("Window"), 10},
                                 {tr("Type"), 8},
                                 {tr("Risk"), 8},
                                 {tr("CIs"), 10},
                                 {tr("Approval"), 12},
                                 {tr("Collisions"), 27}})
                      + changeRows(report));
    }
    if (!report.blackouts.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Change freezes")));
        html += table(headerRow({{tr("Freeze"), 20},
                                 {tr("Window"), 20},
                                 {tr("Scope"), 25},
                                 {tr("Reason"), 35}})
                      + blackoutRows(report));
    }
    html += QStringLiteral("</body></html>");

    QFont font = m_document.defaultFont();
    font.setPointSizeF(8.5);
    m_document.setDefaultFont(font);
    m_document.setMetaInformation(QTextDocument::DocumentTitle, m_title);
    m_document.setHtml(html);
}

bool ScheduleDocument::isListed(const Storage::ReportedChange &change)
{
    return change.state != u"cancelled";
}

void ScheduleDocument::print(QPagedPaintDevice *device) const
{
    // A document without a page size is paginated for the device, with page numbers.
    m_document.print(device);
}

QString ScheduleDocument::windowText(const Change::TimeSpan &span) const
{
    const QDateTime start = span.startTime().toLocalTime();
    const QDateTime end = span.endTime().toLocalTime();
    const QString from = m_locale.toString(start, QLocale::ShortFormat);
    if (span.end <= span.start)
        return from;
    if (start.date() == end.date())
        return tr("%1 – %2").arg(from, m_locale.toString(end.time(), QLocale::ShortFormat));
    return tr("%1 – %2").arg(from, m_locale.toString(end, QLocale::ShortFormat));
}

QString ScheduleDocument::changeRows(const Storage::ChangeReport &report) const
{
    QString rows;
    for (const Storage::ReportedChange &change : report.changes) {
        if (!isListed(change))
            continue;
        QString title = QStringLiteral("<b>%1</b>")
                            .arg(escaped(change.title).replace(u'\n', QStringLiteral("<br/>")));
        title += QStringLiteral("<br/>%1").arg(escaped(stateLabel(change.state)));
        if (!change.implementer.isEmpty())
            title += QStringLiteral("<br/>%1").arg(escaped(tr("Implementer: %1")
                                                                .arg(change.implementer)));
        QStringList cis = change.cis;
        if (!change.service.isEmpty())
            cis << tr("service %1").arg(change.service);
        QString approval = QStringLiteral("<b>%1</b>")
                               .arg(escaped(Change::approvalStateLabel(change.approval.state)));
        for (const QString &reason : change.approval.reasons)
            approval += QStringLiteral("<br/>%1").arg(escaped(reason));
        QStringList collisions;
        for (const Change::Collision &collision : report.collisionsOf(change.id)) {
            const QString severity = collision.severity == Change::Severity::Error
                                         ? tr("Error")
                                         : tr("Warning");
            collisions << QStringLiteral("<b>%1:</b> %2")
                              .arg(escaped(severity), escaped(collision.explanation));
        }
        rows += QStringLiteral("<tr><td style=\"white-space: nowrap;\">%1</td>")
                    .arg(escaped(change.number))
                + cell(title)
                + cell(escaped(windowText(change.window)))
                + cell(escaped(Change::changeTypeLabel(change.type)))
                + cell(escaped(change.risk ? Change::riskLevelLabel(*change.risk)
                                           : tr("Not assessed")))
                + cell(escaped(cis.isEmpty() ? tr("None") : cis.join(QStringLiteral(", "))))
                + cell(approval)
                + cell(collisions.isEmpty() ? escaped(tr("None"))
                                            : collisions.join(QStringLiteral("<br/>")))
                + QStringLiteral("</tr>");
    }
    return rows;
}

QString ScheduleDocument::blackoutRows(const Storage::ChangeReport &report) const
{
    QString rows;
    for (const Storage::ReportedBlackout &blackout : report.blackouts) {
        const QString scope = blackout.global || blackout.scope.isEmpty()
                                  ? tr("Every CI")
                                  : blackout.scope.join(QStringLiteral(", "));
        rows += QStringLiteral("<tr>") + cell(escaped(blackout.name))
                + cell(escaped(windowText(blackout.window))) + cell(escaped(scope))
                + cell(escaped(blackout.reason)) + QStringLiteral("</tr>");
    }
    return rows;
}

} // namespace ServiceDeck::Views
