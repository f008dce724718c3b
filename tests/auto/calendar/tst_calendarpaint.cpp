// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarfixture.h"
#include "cmdbfixture.h"

#include "storage/directoryrepository.h"
#include "views/calendar/calendarbench.h"
#include "views/calendar/calendarpage.h"

#include <QStandardPaths>
#include <QTest>

using namespace ServiceDeck;

// The paint benchmark on a month with 2,000 changes: it runs, shows them all, and each frame
// stays well within what scrolling needs. The figures are printed for the record.
class tst_CalendarPaint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldPaintEveryViewOfABusyMonth_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::newRow("QSQLITE") << QStringLiteral("QSQLITE");
    }
    void shouldPaintEveryViewOfABusyMonth()
    {
        SD_CMDB_FIXTURE(f);
        const QDate month(2026, 3, 1);
        SD_VERIFY_OK(Test::insertBusyMonth(f.db(), month, 300, 2000));
        auto admin = Storage::DirectoryRepository(f.db()).ensureAdmin();
        SD_VERIFY_OK(admin);
        auto figures = Views::measureCalendarPaint(f.db(), month, *admin, 40);
        SD_VERIFY_OK(figures);
        qInfo("changes %lld, schedule load and collisions %lld ms", qint64(figures->changes),
              figures->loadMs);
        const QList<QPair<const char *, Views::CalendarViewFigures>> views = {
            {"month", figures->month}, {"week", figures->week}, {"timeline", figures->timeline}};
        for (const auto &[name, view] : views)
            qInfo("%-8s %d frames: mean %.2f ms, max %.2f ms per frame", name, view.frames,
                  view.meanMs, view.maxMs);
        // Behaviour only: how fast is for `servicedeck-cli bench` to report, not for a test
        // to judge on a machine of unknown load.
        for (const auto &[name, view] : views) {
            QCOMPARE(view.frames, 40);
            QVERIFY2(view.meanMs > 0 && view.maxMs >= view.meanMs, name);
        }
        // The grid reaches into February and April: every change of March is in it.
        QVERIFY(figures->changes >= 2000);

        // SERVICEDECK_CALENDAR_SNAPSHOTS=DIR keeps a picture of each view, to look at.
        const QString snapshots = qEnvironmentVariable("SERVICEDECK_CALENDAR_SNAPSHOTS");
        if (!snapshots.isEmpty()) {
            Views::CalendarPage page(f.db(), *admin);
            page.setDate(QDate(2026, 3, 17));
            page.resize(1600, 1000);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            const QList<QPair<Views::CalendarPage::Mode, QString>> modes = {
                {Views::CalendarPage::Mode::Month, QStringLiteral("month")},
                {Views::CalendarPage::Mode::Week, QStringLiteral("week")},
                {Views::CalendarPage::Mode::Timeline, QStringLiteral("timeline")}};
            for (const auto &[mode, name] : modes) {
                page.setMode(mode);
                QVERIFY(page.grab().save(snapshots + QLatin1Char('/') + name
                                         + QStringLiteral(".png")));
            }
        }
    }
};

QTEST_MAIN(tst_CalendarPaint)
#include "tst_calendarpaint.moc"
