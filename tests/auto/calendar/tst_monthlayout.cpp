// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/calendar/month/monthlayout.h"

#include <QDateTime>
#include <QTest>

using namespace ServiceDeck;
using namespace Qt::StringLiterals;
using Views::MonthLayout;

namespace {

const QTimeZone utc = QTimeZone::utc();

qint64 at(const QString &text, const QTimeZone &zone = utc)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    time.setTimeZone(zone);
    return time.toMSecsSinceEpoch();
}

MonthLayout::Entry entry(int item, const QString &start, const QString &end)
{
    return {item, Change::TimeSpan{at(start), at(end)}};
}

// "item:week:first-last:lane" with "<" and ">" for a bar that runs on before or after.
QStringList render(const MonthLayout &layout)
{
    QStringList lines;
    for (const MonthLayout::Bar &bar : layout.bars())
        lines << QStringLiteral("%1:%2:%3%4-%5%6:%7")
                     .arg(bar.item)
                     .arg(bar.week)
                     .arg(bar.continuesBefore ? QStringLiteral("<") : QString())
                     .arg(bar.firstColumn)
                     .arg(bar.lastColumn)
                     .arg(bar.continuesAfter ? QStringLiteral(">") : QString())
                     .arg(bar.lane);
    return lines;
}

} // namespace

class tst_MonthLayout : public QObject
{
    Q_OBJECT

private slots:
    void shouldCoverTheMonthWithWholeWeeks_data()
    {
        QTest::addColumn<QDate>("month");
        QTest::addColumn<int>("firstDayOfWeek");
        QTest::addColumn<QDate>("firstDay");
        QTest::addColumn<int>("weeks");
        QTest::newRow("February 2021 fits four Monday weeks")
            << QDate(2021, 2, 10) << int(Qt::Monday) << QDate(2021, 2, 1) << 4;
        QTest::newRow("March 2026 starts on a Sunday: six Monday weeks")
            << QDate(2026, 3, 1) << int(Qt::Monday) << QDate(2026, 2, 23) << 6;
        QTest::newRow("March 2026 with Sunday weeks: five")
            << QDate(2026, 3, 31) << int(Qt::Sunday) << QDate(2026, 3, 1) << 5;
        QTest::newRow("December 2026 with Saturday weeks")
            << QDate(2026, 12, 24) << int(Qt::Saturday) << QDate(2026, 11, 28) << 5;
    }
    void shouldCoverTheMonthWithWholeWeeks()
    {
        QFETCH(QDate, month);
        QFETCH(int, firstDayOfWeek);
        QFETCH(QDate, firstDay);
        QFETCH(int, weeks);
        MonthLayout layout;
        layout.setTimeZone(utc);
        layout.setMonth(month, Qt::DayOfWeek(firstDayOfWeek));
        layout.run();
        QCOMPARE(layout.firstDay(), firstDay);
        QCOMPARE(layout.weekCount(), weeks);
        QCOMPARE(layout.firstDay().dayOfWeek(), firstDayOfWeek);
        // Then the month's first and last day are in the grid, and nothing of a third month
        QVERIFY(layout.firstDay() <= QDate(month.year(), month.month(), 1));
        QVERIFY(layout.lastDay() >= QDate(month.year(), month.month(), month.daysInMonth()));
        QVERIFY(layout.firstDay().daysTo(QDate(month.year(), month.month(), 1)) < 7);
        QCOMPARE(layout.range().start, QDateTime(firstDay, QTime(0, 0), utc).toMSecsSinceEpoch());
        QVERIFY(layout.isInMonth(QDate(month.year(), month.month(), 1)));
        QVERIFY(!layout.isInMonth(layout.firstDay().addDays(-1)));
    }

    void shouldCountLocalDaysAcrossDaylightSaving_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("hours");
        QTest::newRow("last Sunday of March") << QDate(2026, 3, 29) << 23;
        QTest::newRow("the Saturday before") << QDate(2026, 3, 28) << 24;
        QTest::newRow("last Sunday of October") << QDate(2026, 10, 25) << 25;
    }
    void shouldCountLocalDaysAcrossDaylightSaving()
    {
        QFETCH(QDate, day);
        QFETCH(int, hours);
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        MonthLayout layout;
        layout.setTimeZone(berlin);
        layout.setMonth(day);
        layout.run();
        const int index = int(layout.firstDay().daysTo(day));
        QCOMPARE(layout.dayLengthMs(index), qint64(hours) * 3600 * 1000);
        // And an instant late on that day is on it, not the next
        const qint64 lateEvening = QDateTime(day, QTime(23, 30), berlin).toMSecsSinceEpoch();
        QCOMPARE(layout.dayOf(lateEvening), index);
        QCOMPARE(layout.dayOf(layout.dayStart(index + 1)), index + 1);
    }

    void shouldPackBarsIntoLanesPerWeek_data()
    {
        QTest::addColumn<QList<MonthLayout::Entry>>("entries");
        QTest::addColumn<QStringList>("bars");
        // March 2026, Monday weeks: week 0 is 23 Feb – 1 Mar, week 2 is 9 – 15 Mar.
        QTest::newRow("one day")
            << QList<MonthLayout::Entry>{entry(0, u"2026-03-10T10:00:00"_s, u"2026-03-10T12:00:00"_s)}
            << QStringList{u"0:2:1-1:0"_s};
        QTest::newRow("two the same day stack")
            << QList<MonthLayout::Entry>{entry(0, u"2026-03-10T10:00:00"_s, u"2026-03-10T12:00:00"_s),
                                         entry(1, u"2026-03-10T14:00:00"_s, u"2026-03-10T15:00:00"_s)}
            << QStringList{u"0:2:1-1:0"_s, u"1:2:1-1:1"_s};
        QTest::newRow("days apart share a lane")
            << QList<MonthLayout::Entry>{entry(0, u"2026-03-10T10:00:00"_s, u"2026-03-10T12:00:00"_s),
                                         entry(1, u"2026-03-12T10:00:00"_s, u"2026-03-13T12:00:00"_s)}
            << QStringList{u"0:2:1-1:0"_s, u"1:2:3-4:0"_s};
        QTest::newRow("ending at midnight stays on its day")
            << QList<MonthLayout::Entry>{entry(0, u"2026-03-10T22:00:00"_s, u"2026-03-11T00:00:00"_s),
                                         entry(1, u"2026-03-11T01:00:00"_s, u"2026-03-11T02:00:00"_s)}
            << QStringList{u"0:2:1-1:0"_s, u"1:2:2-2:0"_s};
        QTest::newRow("over a weekend: a segment per week")
            << QList<MonthLayout::Entry>{entry(0, u"2026-03-14T20:00:00"_s, u"2026-03-17T06:00:00"_s)}
            << QStringList{u"0:2:5-6>:0"_s, u"0:3:<0-1:0"_s};
        QTest::newRow("longer first among equal starts")
            << QList<MonthLayout::Entry>{entry(0, u"2026-03-10T10:00:00"_s, u"2026-03-10T12:00:00"_s),
                                         entry(1, u"2026-03-10T11:00:00"_s, u"2026-03-12T12:00:00"_s)}
            << QStringList{u"1:2:1-3:0"_s, u"0:2:1-1:1"_s};
        QTest::newRow("before the grid")
            << QList<MonthLayout::Entry>{entry(0, u"2026-02-01T10:00:00"_s, u"2026-02-24T12:00:00"_s)}
            << QStringList{u"0:0:<0-1:0"_s};
    }
    void shouldPackBarsIntoLanesPerWeek()
    {
        QFETCH(QList<MonthLayout::Entry>, entries);
        QFETCH(QStringList, bars);
        MonthLayout layout;
        layout.setTimeZone(utc);
        layout.setMonth(QDate(2026, 3, 1), Qt::Monday);
        layout.setEntries(entries);
        layout.run();
        QCOMPARE(render(layout), bars);
    }

    void shouldLeaveOutWhatHasNoRoomAndCountIt()
    {
        // Given five changes on 10 March and one on 10 – 11 March in the last lane
        QList<MonthLayout::Entry> entries;
        for (int i = 0; i < 5; ++i)
            entries << entry(i, u"2026-03-10T10:00:00"_s, u"2026-03-10T12:00:00"_s);
        MonthLayout layout;
        layout.setTimeZone(utc);
        layout.setMonth(QDate(2026, 3, 1), Qt::Monday);
        layout.setEntries(entries);
        layout.run();
        const int day = int(layout.firstDay().daysTo(QDate(2026, 3, 10)));
        QCOMPARE(layout.countOnDay(day), 5);
        QCOMPARE(layout.laneCount(2), 5);
        // When a row has room for three lanes
        // Then two are drawn and the third says "+3 more"
        int shown = 0;
        for (const MonthLayout::Bar &bar : layout.bars())
            shown += layout.isShown(bar, 3) ? 1 : 0;
        QCOMPARE(shown, 2);
        QCOMPARE(layout.hiddenOnDay(day, 3), 3);
        // And with room for all, nothing is left out
        QCOMPARE(layout.hiddenOnDay(day, 5), 0);
        QCOMPARE(layout.hiddenOnDay(day + 1, 3), 0);
    }
};

QTEST_APPLESS_MAIN(tst_MonthLayout)
#include "tst_monthlayout.moc"
