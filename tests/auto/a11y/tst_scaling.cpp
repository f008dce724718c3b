// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include "views/calendar/calendarpage.h"
#include "views/cmdb/cidetailpanel.h"
#include "views/cmdb/cmdbbrowser.h"
#include "views/dashboard/dashboardpage.h"
#include "views/queues/queuepage.h"
#include "views/queues/queuetableview.h"
#include "views/ticketform/tickettabs.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>

using namespace ServiceDeck;

namespace {

// A 2560 × 1440 screen at 200 %: what a window gets on a common high-DPI laptop.
constexpr QSize screenAt200(1280, 720);

QString describe(const QWidget *widget)
{
    QString path;
    for (const QWidget *up = widget; up && !up->isWindow(); up = up->parentWidget())
        path.prepend(u'/' + (up->objectName().isEmpty()
                                 ? QString::fromLatin1(up->metaObject()->className())
                                 : up->objectName()));
    return path;
}

// Visible labels and buttons given less width than their text needs: their text is cut off.
QStringList clippedTexts(const QWidget &window)
{
    QStringList clipped;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->wordWrap()
            || !label->pixmap().isNull())
            continue;
        // Plain text only: rich text lays out in a document that wraps.
        if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText)
            continue;
        // A label with a buddy draws its mnemonic as an underline, not as "&".
        QString shown = label->text();
        if (label->buddy())
            shown.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
                .remove(u'&')
                .replace(u'\x01', u'&');
        const int needed = label->fontMetrics().horizontalAdvance(shown)
                           + 2 * label->margin() + 2 * label->frameWidth();
        if (label->contentsRect().width() + 2 * label->frameWidth() < needed)
            clipped << QStringLiteral("%1 \"%2\" (%3 < %4)")
                           .arg(describe(label), label->text())
                           .arg(label->width())
                           .arg(needed);
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->width() < button->minimumSizeHint().width())
            clipped << QStringLiteral("%1 \"%2\" (%3 < %4)")
                           .arg(describe(button), button->text())
                           .arg(button->width())
                           .arg(button->minimumSizeHint().width());
    }
    return clipped;
}

void saveShot(QWidget &window, const QString &name)
{
    // For people looking at the layout: SERVICEDECK_SCALING_SHOTS names a folder to save to.
    const QString folder = qEnvironmentVariable("SERVICEDECK_SCALING_SHOTS");
    if (!folder.isEmpty())
        window.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class tst_Scaling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(qApp->devicePixelRatio(), 2.0);
    }

    void shouldFitEveryPageOnAHighDpiLaptop_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::newRow("QSQLITE") << QStringLiteral("QSQLITE");
    }
    void shouldFitEveryPageOnAHighDpiLaptop()
    {
        SD_A11Y_WINDOW(window);
        // Given a ticket open below the queue, on a screen of 1280 × 720 logical pixels
        window.ticketTabs()->newTicket(TicketKind::Change);
        window.resize(screenAt200);
        QTRY_COMPARE(window.size(), screenAt200);
        const QList<QPair<QString, std::function<void()>>> pages = {
            {QStringLiteral("queues"), [&window] { window.showQueues(); }},
            {QStringLiteral("calendar"), [&window] { window.showCalendar(); }},
            {QStringLiteral("dashboard"), [&window] { window.showDashboard(); }},
            // Last: a page's minimum holds for the stack of pages once it is made.
            {QStringLiteral("cmdb"), [&window] { window.showCmdb(); }},
        };
        for (const auto &[name, show] : pages) {
            show();
            QCoreApplication::processEvents();
            saveShot(window, name);
            // Then the window does not need more than the screen has
            const QSize least = window.minimumSizeHint();
            QVERIFY2(least.width() <= screenAt200.width() && least.height() <= screenAt200.height(),
                     qPrintable(QStringLiteral("%1: %2 × %3")
                                    .arg(name)
                                    .arg(least.width())
                                    .arg(least.height())));
            // And no label or button has its text cut off
            const QStringList clipped = clippedTexts(window);
            QVERIFY2(clipped.isEmpty(), qPrintable(name + QStringLiteral(": ") + clipped.join(u"; ")));
        }
        // And the queue's rows and column headers are tall and wide enough for their text
        Views::QueueTableView *table = window.queuePage()->table();
        QVERIFY(table->verticalHeader()->defaultSectionSize() > table->fontMetrics().height());
        QHeaderView *header = table->horizontalHeader();
        for (int section = 0; section + 1 < header->count(); ++section) {
            const QString title = table->model()->headerData(section, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(section)
                         >= header->fontMetrics().horizontalAdvance(title),
                     qPrintable(title));
        }
    }
};

int main(int argc, char *argv[])
{
    // 200 %, set before the application reads it.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    tst_Scaling test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_scaling.moc"
