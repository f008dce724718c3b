// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarfixture.h"
#include "cmdbfixture.h"
#include "dialogs.h"

#include "storage/change/changeschedulerepository.h"
#include "storage/directoryrepository.h"
#include "views/calendar/calendarpage.h"
#include "views/calendar/calendarschedule.h"
#include "views/calendar/month/monthview.h"
#include "views/calendar/timeline/timelineview.h"
#include "views/calendar/week/weekview.h"

#include "core/change/collisionengine.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace ServiceDeck;
using namespace Qt::StringLiterals;
using Storage::Database;
using Views::CalendarSchedule;
using Views::MonthView;
using Views::TimelineView;
using Views::WeekView;

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

QDateTime utc(const char *text)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

qint64 ms(const char *text)
{
    return utc(text).toMSecsSinceEpoch();
}

Test::ChangeRow change(const QString &number, const QString &title, const char *start,
                      const char *end, const QUuid &ci)
{
    Test::ChangeRow row;
    row.number = number;
    row.title = title;
    row.start = utc(start);
    row.end = utc(end);
    row.cis = {ci};
    return row;
}

// web1 and web2, three changes in March 2026 and a freeze:
//   CHG0000001 web1 10 March 10–12, CHG0000002 web2 12 March 10–12,
//   CHG0000003 web1 17 March 10–12, "Quarter close" 25 – 27 March (everything).
Result<void> plan(Test::CmdbFixture &f)
{
    for (const char *name : {"web1", "web2"}) {
        if (auto made = f.ci(QString::fromLatin1(name)); !made)
            return made.error();
    }
    const QList<Test::ChangeRow> rows = {
        change(u"CHG0000001"_s, u"Patch web1"_s, "2026-03-10T10:00:00", "2026-03-10T12:00:00",
               f.id(u"web1"_s)),
        change(u"CHG0000002"_s, u"Upgrade web2"_s, "2026-03-12T10:00:00", "2026-03-12T12:00:00",
               f.id(u"web2"_s)),
        change(u"CHG0000003"_s, u"Reboot web1"_s, "2026-03-17T10:00:00", "2026-03-17T12:00:00",
               f.id(u"web1"_s)),
    };
    for (const Test::ChangeRow &row : rows) {
        if (auto inserted = Test::insertChange(f.db(), row); !inserted)
            return inserted.error();
    }
    if (auto frozen = Test::insertBlackout(f.db(), u"Quarter close"_s, utc("2026-03-25T00:00:00"),
                                           utc("2026-03-27T00:00:00"));
        !frozen)
        return frozen.error();
    return {};
}

// Presses on a point, moves past the drag distance, then to `to`, button held.
void dragTo(QWidget *viewport, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, from + QPoint(0, 12));
    QTest::mouseMove(viewport, to);
}

// The point in the month grid on `date` at the same place within its cell as `from` on `on`.
QPoint sameSpotOn(const MonthView &view, const QPoint &from, const QDate &on, const QDate &date)
{
    const int fromDay = int(view.layout().firstDay().daysTo(on));
    const int toDay = int(view.layout().firstDay().daysTo(date));
    return from - view.dayRect(fromDay).topLeft() + view.dayRect(toDay).topLeft();
}

bool hasCollision(const QList<Change::Collision> &collisions, Change::CollisionKind kind,
                  const QStringList &numbers)
{
    return std::any_of(collisions.cbegin(), collisions.cend(), [&](const Change::Collision &c) {
        return c.kind == kind && QStringList(c.numbers.cbegin(), c.numbers.cend()) == numbers;
    });
}

// Olga, an operator: she may read the schedule but not move changes.
Result<User> addOperator(Database &db, const QUuid &admin)
{
    User input;
    input.login = u"olga"_s;
    input.displayName = u"Olga Operator"_s;
    input.roles = {u"operator"_s};
    return Storage::DirectoryRepository(db).createUser(input, admin);
}

} // namespace

#define SD_CALENDAR(f, actor)                                                                      \
    SD_CMDB_FIXTURE(f);                                                                            \
    SD_VERIFY_OK(plan(f));                                                                         \
    auto actor##Made = Storage::DirectoryRepository(f.db()).ensureAdmin();                         \
    SD_VERIFY_OK(actor##Made);                                                                     \
    const User actor = *actor##Made

// Compares the planned start of a change as stored with an instant (ISO, UTC).
#define SD_COMPARE_STORED_START(db, number, when)                                                  \
    do {                                                                                           \
        const auto sdStored = Test::plannedWindow(db, number);                                     \
        SD_VERIFY_OK(sdStored);                                                                    \
        QCOMPARE(sdStored->first, ms(when));                                                       \
    } while (false)

// Compares the planned window of a change as stored with two instants (ISO, UTC).
#define SD_COMPARE_STORED_WINDOW(db, number, start, end)                                           \
    do {                                                                                           \
        const auto sdStored = Test::plannedWindow(db, number);                                     \
        SD_VERIFY_OK(sdStored);                                                                    \
        QCOMPARE(sdStored->first, ms(start));                                                      \
        QCOMPARE(sdStored->second, ms(end));                                                       \
    } while (false)

class tst_CalendarViews : public QObject
{
    Q_OBJECT

    // A month and a timeline view of March 2026 in UTC over one schedule.
    struct Calendar
    {
        explicit Calendar(Database &db, const User &actor) : schedule(db, actor)
        {
            month.setTimeZone(QTimeZone::utc());
            timeline.setTimeZone(QTimeZone::utc());
            month.setDate(QDate(2026, 3, 1));
            timeline.setDate(QDate(2026, 3, 1));
            month.resize(1400, 900);
            timeline.resize(1400, 600);
        }
        // Loads the schedule of the month in view, then shows the views and waits until they
        // are exposed.
        Result<void> loadAndShow(QWidget *view, QWidget *other = nullptr)
        {
            if (auto loaded = schedule.load(month.visibleRange()); !loaded)
                return loaded.error();
            QWidgetList views{view};
            if (other)
                views << other;
            for (QWidget *shown : std::as_const(views))
                shown->show();
            for (QWidget *shown : std::as_const(views)) {
                if (!QTest::qWaitForWindowExposed(shown))
                    return Error{ErrorKind::InvalidData,
                                 shown->objectName() + u" is not exposed"_s};
            }
            return {};
        }

        CalendarSchedule schedule;
        MonthView month{&schedule};
        TimelineView timeline{&schedule};
    };

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Weeks start on Monday, whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void shouldWarnWhileAChangeIsDraggedOntoACollidingSlot_data() { Test::addDriverRows(); }
    void shouldWarnWhileAChangeIsDraggedOntoACollidingSlot()
    {
        SD_CALENDAR(f, admin);
        Calendar views(f.db(), admin);
        SD_VERIFY_OK(views.loadAndShow(&views.month));
        QCOMPARE(views.schedule.items().size(), 3);
        // When CHG0000001 (web1, 10 March) is dragged onto 17 March, where CHG0000003 changes
        // web1 too
        const QRect first = views.month.itemRect(u"CHG0000001"_s);
        const QPoint from = first.center();
        const QPoint to = sameSpotOn(views.month, from, QDate(2026, 3, 10), QDate(2026, 3, 17));
        dragTo(views.month.viewport(), from, to);
        // Then the view shows the new slot and its collision with CHG0000003 on web1
        QVERIFY(views.month.isDragging());
        QCOMPARE(views.month.dragWindow(),
                 (Change::TimeSpan{ms("2026-03-17T10:00:00"), ms("2026-03-17T12:00:00")}));
        QVERIFY(hasCollision(views.month.dragCollisions(), Change::CollisionKind::SameCi,
                             {u"CHG0000001"_s, u"CHG0000003"_s}));
        QLabel *label = views.month.collisionLabel();
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(u"CHG0000003"_s), qPrintable(label->text()));
        QVERIFY(label->text().contains(u"web1"_s));
        // When the drag is given up with Escape
        QTest::keyClick(&views.month, Qt::Key_Escape);
        QTest::mouseRelease(views.month.viewport(), Qt::LeftButton, {}, to);
        // Then nothing moved
        QVERIFY(!label->isVisible());
        SD_COMPARE_STORED_START(f.db(), u"CHG0000001"_s, "2026-03-10T10:00:00");
    }

    void shouldAskBeforeAMoveIntoAFreeze_data() { Test::addDriverRows(); }
    void shouldAskBeforeAMoveIntoAFreeze()
    {
        SD_CALENDAR(f, admin);
        Calendar views(f.db(), admin);
        SD_VERIFY_OK(views.loadAndShow(&views.month));
        const QPoint from = views.month.itemRect(u"CHG0000002"_s).center();
        const QPoint to = sameSpotOn(views.month, from, QDate(2026, 3, 12), QDate(2026, 3, 25));
        // When CHG0000002 is dragged into the freeze, the label names it
        dragTo(views.month.viewport(), from, to);
        QVERIFY(hasCollision(views.month.dragCollisions(), Change::CollisionKind::Blackout,
                             {u"CHG0000002"_s}));
        QVERIFY(views.month.collisionLabel()->text().contains(u"Quarter close"_s));
        // And on release the person is asked, and says no
        QString question;
        Test::whenDialogOpens([&question](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::No)->click();
        });
        QTest::mouseRelease(views.month.viewport(), Qt::LeftButton, {}, to);
        QVERIFY2(question.contains(u"Quarter close"_s), qPrintable(question));
        // Then it stays where it was
        SD_COMPARE_STORED_START(f.db(), u"CHG0000002"_s, "2026-03-12T10:00:00");
        auto journaled = Test::journaledChanges(f.db(), u"CHG0000002"_s, u"planned_start"_s);
        SD_VERIFY_OK(journaled);
        QCOMPARE(*journaled, 0);

        // When it is dragged there again and the person says yes
        dragTo(views.month.viewport(), from, to);
        Test::whenDialogOpens([](QWidget *dialog) {
            qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Yes)->click();
        });
        QTest::mouseRelease(views.month.viewport(), Qt::LeftButton, {}, to);
        // Then it is moved into the freeze, and the schedule shows the collision
        SD_COMPARE_STORED_START(f.db(), u"CHG0000002"_s, "2026-03-25T10:00:00");
        const int item = views.schedule.indexOf(u"CHG0000002"_s);
        QVERIFY(item >= 0);
        QVERIFY(views.schedule.items().at(item).hasError);
    }

    void shouldSaveAMoveOntoAFreeSlot_data() { Test::addDriverRows(); }
    void shouldSaveAMoveOntoAFreeSlot()
    {
        SD_CALENDAR(f, admin);
        Calendar views(f.db(), admin);
        SD_VERIFY_OK(views.loadAndShow(&views.month));
        QSignalSpy changed(&views.schedule, &CalendarSchedule::changed);
        QSignalSpy messages(&views.month, &MonthView::statusMessage);
        // When CHG0000002 is dragged from 12 to 13 March
        const QPoint from = views.month.itemRect(u"CHG0000002"_s).center();
        const QPoint to = sameSpotOn(views.month, from, QDate(2026, 3, 12), QDate(2026, 3, 13));
        dragTo(views.month.viewport(), from, to);
        // Then the slot is free
        QVERIFY(views.month.dragCollisions().isEmpty());
        QVERIFY(views.month.collisionLabel()->text().contains(u"No collisions"_s));
        QTest::mouseRelease(views.month.viewport(), Qt::LeftButton, {}, to);
        // Then it is saved, times of day kept, and journaled
        SD_COMPARE_STORED_WINDOW(f.db(), u"CHG0000002"_s, "2026-03-13T10:00:00",
                                 "2026-03-13T12:00:00");
        for (const QString &field : {u"planned_start"_s, u"planned_end"_s}) {
            auto journaled = Test::journaledChanges(f.db(), u"CHG0000002"_s, field);
            SD_VERIFY_OK(journaled);
            QCOMPARE(*journaled, 1);
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.at(0).at(0).toString().contains(u"CHG0000002"_s));
        // And the bar is on the 13th
        const QRect moved = views.month.itemRect(u"CHG0000002"_s);
        const int day13 = int(views.month.layout().firstDay().daysTo(QDate(2026, 3, 13)));
        QVERIFY(views.month.dayRect(day13).contains(moved.center()));
    }

    void shouldShowAMoveInEveryViewAndInTheConflicts_data() { Test::addDriverRows(); }
    void shouldShowAMoveInEveryViewAndInTheConflicts()
    {
        SD_CALENDAR(f, admin);
        Calendar views(f.db(), admin);
        SD_VERIFY_OK(views.loadAndShow(&views.month, &views.timeline));
        const QRect before = views.timeline.itemRect(u"CHG0000001"_s);
        QVERIFY(!before.isEmpty());
        // When CHG0000001 is moved in the month view onto CHG0000003's day (a collision, but no
        // freeze: it is saved without a question)
        const QPoint from = views.month.itemRect(u"CHG0000001"_s).center();
        const QPoint to = sameSpotOn(views.month, from, QDate(2026, 3, 10), QDate(2026, 3, 17));
        dragTo(views.month.viewport(), from, to);
        QTest::mouseRelease(views.month.viewport(), Qt::LeftButton, {}, to);
        // Then the timeline shows it a week later, in web1's row
        const QRect after = views.timeline.itemRect(u"CHG0000001"_s);
        const double week = 7 * 24 * views.timeline.pixelsPerHour();
        QCOMPARE(after.top(), before.top());
        const int expectedX = int(views.timeline.layout().xOf(ms("2026-03-17T10:00:00")));
        const int beforeX = int(views.timeline.layout().xOf(ms("2026-03-10T10:00:00")));
        QCOMPARE(expectedX - beforeX, int(week));
        QCOMPARE(after.left() - before.left(), int(week));
        // And both bars carry the collision
        const auto &items = views.schedule.items();
        QVERIFY(!items.at(views.schedule.indexOf(u"CHG0000001"_s)).collisions.isEmpty());
        QVERIFY(!items.at(views.schedule.indexOf(u"CHG0000003"_s)).collisions.isEmpty());
        // And the engine over a fresh load (what `changes conflicts` runs) finds it
        const Change::TimeSpan march{ms("2026-03-01T00:00:00"), ms("2026-04-01T00:00:00")};
        auto loaded = Storage::ChangeScheduleRepository(f.db()).load(march);
        SD_VERIFY_OK(loaded);
        const QList<Change::Collision> found = Change::findCollisions(loaded->input);
        QVERIFY(hasCollision(found, Change::CollisionKind::SameCi,
                             {u"CHG0000001"_s, u"CHG0000003"_s}));
    }

    void shouldResizeAChangeInTheTimeline_data() { Test::addDriverRows(); }
    void shouldResizeAChangeInTheTimeline()
    {
        SD_CALENDAR(f, admin);
        Calendar views(f.db(), admin);
        views.timeline.setPixelsPerHour(32);
        SD_VERIFY_OK(views.loadAndShow(&views.timeline));
        views.timeline.scrollToTime(ms("2026-03-12T06:00:00"));
        const QRect bar = views.timeline.itemRect(u"CHG0000002"_s);
        QVERIFY(views.timeline.viewport()->rect().contains(bar));
        // When its right end is dragged two hours on
        const QPoint from(bar.right() - 1, bar.center().y());
        const QPoint to = from + QPoint(2 * 32, 0);
        QTest::mousePress(views.timeline.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(views.timeline.viewport(), from + QPoint(12, 0));
        QTest::mouseMove(views.timeline.viewport(), to);
        QCOMPARE(views.timeline.dragWindow(),
                 (Change::TimeSpan{ms("2026-03-12T10:00:00"), ms("2026-03-12T14:00:00")}));
        QTest::mouseRelease(views.timeline.viewport(), Qt::LeftButton, {}, to);
        // Then it ends two hours later and still starts at ten
        SD_COMPARE_STORED_WINDOW(f.db(), u"CHG0000002"_s, "2026-03-12T10:00:00",
                                 "2026-03-12T14:00:00");
    }

    void shouldMoveAChangeInTheWeekByQuarterHours_data() { Test::addDriverRows(); }
    void shouldMoveAChangeInTheWeekByQuarterHours()
    {
        SD_CALENDAR(f, admin);
        CalendarSchedule schedule(f.db(), admin);
        WeekView week(&schedule);
        week.setTimeZone(QTimeZone::utc());
        week.setDate(QDate(2026, 3, 12));
        week.resize(1200, 800);
        SD_VERIFY_OK(schedule.load(week.visibleRange()));
        week.show();
        QVERIFY(QTest::qWaitForWindowExposed(&week));
        week.scrollToHour(8);
        const QRect box = week.itemRect(u"CHG0000002"_s);
        QVERIFY(week.viewport()->rect().contains(box.center()));
        // When it is dragged down by an hour and a quarter
        const QPoint from = box.center();
        const QPoint to = from + QPoint(0, week.hourHeight() * 5 / 4);
        dragTo(week.viewport(), from, to);
        QTest::mouseRelease(week.viewport(), Qt::LeftButton, {}, to);
        SD_COMPARE_STORED_WINDOW(f.db(), u"CHG0000002"_s, "2026-03-12T11:15:00",
                                 "2026-03-12T13:15:00");
    }

    void shouldNotLetAnOperatorMoveChanges_data() { Test::addDriverRows(); }
    void shouldNotLetAnOperatorMoveChanges()
    {
        SD_CALENDAR(f, admin);
        auto olga = addOperator(f.db(), admin.id);
        SD_VERIFY_OK(olga);
        Calendar views(f.db(), *olga);
        SD_VERIFY_OK(views.loadAndShow(&views.month));
        QVERIFY(!views.schedule.maySchedule());
        // When she drags a change to another day
        const QPoint from = views.month.itemRect(u"CHG0000002"_s).center();
        const QPoint to = sameSpotOn(views.month, from, QDate(2026, 3, 12), QDate(2026, 3, 13));
        dragTo(views.month.viewport(), from, to);
        // Then nothing is dragged, and nothing moves
        QVERIFY(!views.month.isDragging());
        QVERIFY(!views.month.collisionLabel()->isVisible());
        QTest::mouseRelease(views.month.viewport(), Qt::LeftButton, {}, to);
        SD_COMPARE_STORED_START(f.db(), u"CHG0000002"_s, "2026-03-12T10:00:00");
        // But the change is selected, and she can still open it
        QCOMPARE(views.month.selectedNumber(), u"CHG0000002"_s);
    }

    void shouldShowWhyTheDatabaseRefusesAMove_data() { Test::addDriverRows(); }
    void shouldShowWhyTheDatabaseRefusesAMove()
    {
        SD_CALENDAR(f, admin);
        // Given a window opened for Olga while she was a change manager, her role since taken
        auto olga = addOperator(f.db(), admin.id);
        SD_VERIFY_OK(olga);
        User stale = *olga;
        stale.roles = {u"change_manager"_s};
        Calendar views(f.db(), stale);
        SD_VERIFY_OK(views.loadAndShow(&views.month));
        // When she moves a change
        const QPoint from = views.month.itemRect(u"CHG0000002"_s).center();
        const QPoint to = sameSpotOn(views.month, from, QDate(2026, 3, 12), QDate(2026, 3, 13));
        dragTo(views.month.viewport(), from, to);
        QVERIFY(views.month.isDragging());
        QString warning;
        Test::whenDialogOpens([&warning](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            warning = box->text();
            box->accept();
        });
        QTest::mouseRelease(views.month.viewport(), Qt::LeftButton, {}, to);
        // Then the database's rule says no, in its words, and nothing moved
        QVERIFY2(warning.contains(u"change_manager"_s), qPrintable(warning));
        QVERIFY(warning.contains(u"CHG0000002"_s));
        SD_COMPARE_STORED_START(f.db(), u"CHG0000002"_s, "2026-03-12T10:00:00");
    }

    void shouldOpenAChangeOnDoubleClick_data() { Test::addDriverRows(); }
    void shouldOpenAChangeOnDoubleClick()
    {
        SD_CALENDAR(f, admin);
        Calendar views(f.db(), admin);
        SD_VERIFY_OK(views.loadAndShow(&views.month, &views.timeline));
        QSignalSpy monthOpened(&views.month, &MonthView::openTicket);
        QSignalSpy timelineOpened(&views.timeline, &TimelineView::openTicket);
        QTest::mouseDClick(views.month.viewport(), Qt::LeftButton, {},
                           views.month.itemRect(u"CHG0000003"_s).center());
        QCOMPARE(monthOpened.size(), 1);
        QCOMPARE(monthOpened.at(0).at(0).toString(), u"CHG0000003"_s);
        views.timeline.scrollToTime(ms("2026-03-10T00:00:00"));
        QTest::mouseDClick(views.timeline.viewport(), Qt::LeftButton, {},
                           views.timeline.itemRect(u"CHG0000001"_s).center());
        QCOMPARE(timelineOpened.size(), 1);
        QCOMPARE(timelineOpened.at(0).at(0).toString(), u"CHG0000001"_s);
        // And nothing was moved by the clicks
        SD_COMPARE_STORED_START(f.db(), u"CHG0000003"_s, "2026-03-17T10:00:00");
    }

    void shouldFilterWhatEveryViewShows_data() { Test::addDriverRows(); }
    void shouldFilterWhatEveryViewShows()
    {
        SD_CALENDAR(f, admin);
        Test::ChangeRow risky = change(u"CHG0000004"_s, u"Swap core switch"_s,
                                       "2026-03-18T20:00:00", "2026-03-18T23:00:00",
                                       f.id(u"web2"_s));
        risky.risk = u"very_high"_s;
        SD_VERIFY_OK(Test::insertChange(f.db(), risky));
        Views::CalendarPage page(f.db(), admin);
        page.setTimeZone(QTimeZone::utc());
        page.setDate(QDate(2026, 3, 5));
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.schedule()->items().size(), 4);
        QCOMPARE(page.visibleRange(), page.monthView()->visibleRange());
        QVERIFY(!page.monthView()->itemRect(u"CHG0000001"_s).isEmpty());
        // When the risk filter is set to very high
        auto *risk = page.findChild<QComboBox *>(u"calendarRiskFilter"_s);
        QVERIFY(risk);
        risk->setCurrentIndex(risk->findData(u"very_high"_s));
        // Then only that change is shown, in the month and the timeline alike
        QCOMPARE(page.schedule()->visibleItems().size(), 1);
        QVERIFY(page.monthView()->itemRect(u"CHG0000001"_s).isEmpty());
        QVERIFY(!page.monthView()->itemRect(u"CHG0000004"_s).isEmpty());
        QCOMPARE(page.timelineView()->layout().bars().size(), 1);
        // When the service filter offers web… it offers the services of the loaded changes
        auto *service = page.serviceFilter();
        QCOMPARE(service->count(), 1); // none of these changes names a service
        // When the timeline is chosen, its range is the month
        page.setMode(Views::CalendarPage::Mode::Timeline);
        QCOMPARE(page.visibleRange(),
                 (Change::TimeSpan{ms("2026-03-01T00:00:00"), ms("2026-04-01T00:00:00")}));
        page.setMode(Views::CalendarPage::Mode::Week);
        QCOMPARE(page.visibleRange(),
                 (Change::TimeSpan{ms("2026-03-02T00:00:00"), ms("2026-03-09T00:00:00")}));
        // And the next week is still in the loaded month grid
        page.next();
        QCOMPARE(page.date(), QDate(2026, 3, 12));
        QCOMPARE(page.schedule()->items().size(), 4);
    }
};

QTEST_MAIN(tst_CalendarViews)
#include "tst_calendarviews.moc"
