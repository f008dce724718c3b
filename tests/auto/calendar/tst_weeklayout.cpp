// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/calendar/week/weeklayout.h"

#include <QDateTime>
#include <QTest>

using namespace ServiceDeck;
using namespace Qt::StringLiterals;
using Views::WeekLayout;

namespace {

qint64 at(const QString &text, const QTimeZone &zone)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    time.setTimeZone(zone);
    return time.toMSecsSinceEpoch();
}

// "item:day:top-bottom:column/columns", minutes after local midnight.
QStringList render(const WeekLayout &layout)
{
    QStringList lines;
    for (const WeekLayout::Box &box : layout.boxes())
        lines << u"%1:%2:%3-%4:%5/%6"_s.arg(box.item)
                     .arg(box.day)
                     .arg(box.top)
                     .arg(box.bottom)
                     .arg(box.column)
                     .arg(box.columns);
    return lines;
}

} // namespace

class tst_WeekLayout : public QObject
{
    Q_OBJECT

private slots:
    void shouldHaveADayOf23HoursWhenClocksGoForward()
    {
        // Given the week of the last Sunday of March in Berlin
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        WeekLayout layout;
        layout.setTimeZone(berlin);
        layout.setWeek(QDate(2026, 3, 25), Qt::Monday);
        layout.setEntries({{0, {at(u"2026-03-29T01:00:00"_s, berlin),
                                at(u"2026-03-29T04:00:00"_s, berlin)}}});
        layout.run();
        // Then it runs Monday 23 to Sunday 29 March, and the Sunday lasts 23 hours
        QCOMPARE(layout.firstDay(), QDate(2026, 3, 23));
        QCOMPARE(layout.day(6), QDate(2026, 3, 29));
        for (int day = 0; day < 6; ++day)
            QCOMPARE(layout.hoursInDay(day), 24.0);
        QCOMPARE(layout.hoursInDay(6), 23.0);
        QCOMPARE(layout.range().end - layout.range().start, qint64(7 * 24 - 1) * 3600 * 1000);
        // And a change from 01:00 to 04:00 on the wall clock (two real hours) stands from the
        // 01:00 line to the 04:00 line
        QCOMPARE(render(layout), QStringList{u"0:6:60-240:0/1"_s});
        // And a time in the gap moves forward by the gap
        QCOMPARE(layout.instantAt(6, 150), at(u"2026-03-29T03:30:00"_s, berlin));
        QCOMPARE(layout.instantAt(6, 180), at(u"2026-03-29T03:00:00"_s, berlin));
        QCOMPARE(layout.minuteOf(6, at(u"2026-03-29T03:00:00"_s, berlin)), 180.0);
    }

    void shouldHaveADayOf25HoursWhenClocksGoBack()
    {
        const QTimeZone berlin("Europe/Berlin");
        WeekLayout layout;
        layout.setTimeZone(berlin);
        layout.setWeek(QDate(2026, 10, 25), Qt::Monday);
        layout.run();
        QCOMPARE(layout.day(6), QDate(2026, 10, 25));
        QCOMPARE(layout.hoursInDay(6), 25.0);
        QCOMPARE(layout.dayOf(at(u"2026-10-25T23:59:00"_s, berlin)), 6);
        QCOMPARE(layout.dayOf(at(u"2026-10-26T00:00:00"_s, berlin)), WeekLayout::Days);
    }

    void shouldPutOverlappingChangesSideBySide_data()
    {
        QTest::addColumn<QList<WeekLayout::Entry>>("entries");
        QTest::addColumn<QStringList>("boxes");
        const QTimeZone utc = QTimeZone::utc();
        const auto e = [&](int item, const char *start, const char *end) {
            return WeekLayout::Entry{item, {at(QString::fromLatin1(start), utc),
                                            at(QString::fromLatin1(end), utc)}};
        };
        // Week of Monday 9 March 2026.
        QTest::newRow("apart")
            << QList<WeekLayout::Entry>{e(0, "2026-03-09T09:00:00", "2026-03-09T10:00:00"),
                                        e(1, "2026-03-09T10:00:00", "2026-03-09T11:00:00")}
            << QStringList{u"0:0:540-600:0/1"_s, u"1:0:600-660:0/1"_s};
        QTest::newRow("a chain of three needs two columns")
            << QList<WeekLayout::Entry>{e(0, "2026-03-10T09:00:00", "2026-03-10T11:00:00"),
                                        e(1, "2026-03-10T10:00:00", "2026-03-10T12:00:00"),
                                        e(2, "2026-03-10T11:00:00", "2026-03-10T13:00:00"),
                                        e(3, "2026-03-10T14:00:00", "2026-03-10T15:00:00")}
            << QStringList{u"0:1:540-660:0/2"_s, u"1:1:600-720:1/2"_s, u"2:1:660-780:0/2"_s,
                           u"3:1:840-900:0/1"_s};
        QTest::newRow("three at once")
            << QList<WeekLayout::Entry>{e(0, "2026-03-11T09:00:00", "2026-03-11T12:00:00"),
                                        e(1, "2026-03-11T09:30:00", "2026-03-11T10:00:00"),
                                        e(2, "2026-03-11T09:45:00", "2026-03-11T11:00:00")}
            << QStringList{u"0:2:540-720:0/3"_s, u"1:2:570-600:1/3"_s, u"2:2:585-660:2/3"_s};
        QTest::newRow("over midnight: a box per day")
            << QList<WeekLayout::Entry>{e(0, "2026-03-12T22:00:00", "2026-03-13T02:00:00")}
            << QStringList{u"0:3:1320-1440:0/1"_s, u"0:4:0-120:0/1"_s};
        QTest::newRow("outside the week")
            << QList<WeekLayout::Entry>{e(0, "2026-03-16T10:00:00", "2026-03-16T11:00:00")}
            << QStringList{};
    }
    void shouldPutOverlappingChangesSideBySide()
    {
        QFETCH(QList<WeekLayout::Entry>, entries);
        QFETCH(QStringList, boxes);
        WeekLayout layout;
        layout.setTimeZone(QTimeZone::utc());
        layout.setWeek(QDate(2026, 3, 15), Qt::Monday);
        layout.setEntries(entries);
        layout.run();
        QCOMPARE(layout.firstDay(), QDate(2026, 3, 9));
        QCOMPARE(render(layout), boxes);
    }

    void shouldMarkBoxesThatRunOnIntoOtherDays()
    {
        WeekLayout layout;
        layout.setTimeZone(QTimeZone::utc());
        layout.setWeek(QDate(2026, 3, 9), Qt::Monday);
        layout.setEntries({{0, {at(u"2026-03-08T20:00:00"_s, QTimeZone::utc()),
                                at(u"2026-03-10T02:00:00"_s, QTimeZone::utc())}}});
        layout.run();
        QCOMPARE(layout.boxes().size(), 2);
        QVERIFY(layout.boxes().at(0).startsBefore && layout.boxes().at(0).endsAfter);
        QCOMPARE(layout.boxes().at(0).top, 0.0);
        QCOMPARE(layout.boxes().at(0).bottom, 1440.0);
        QVERIFY(layout.boxes().at(1).startsBefore && !layout.boxes().at(1).endsAfter);
    }
};

QTEST_APPLESS_MAIN(tst_WeekLayout)
#include "tst_weeklayout.moc"
