// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sla/slaclock.h"

#include <QTest>

using namespace ServiceDeck;

namespace {

// Office hours Monday to Friday 08:00–18:00 in Berlin, with two holidays.
BusinessCalendar office()
{
    QList<WorkingHours> hours;
    for (int day = 1; day <= 5; ++day)
        hours << WorkingHours{day, 8 * 60, 18 * 60};
    return BusinessCalendar(QTimeZone("Europe/Berlin"), hours,
                            {QDate(2026, 4, 3), QDate(2026, 12, 25)});
}

// 00:00–24:00 every day in Berlin: wall-clock days, so DST days have 23 and 25 hours.
BusinessCalendar everyDayBerlin()
{
    QList<WorkingHours> hours;
    for (int day = 1; day <= 7; ++day)
        hours << WorkingHours{day, 0, 1440};
    return BusinessCalendar(QTimeZone("Europe/Berlin"), hours);
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

} // namespace

class tst_Sla : public QObject
{
    Q_OBJECT

private slots:
    void shouldAddBusinessTime_data()
    {
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<QDateTime>("expected");
        // Berlin is UTC+1 in winter, UTC+2 from 2026-03-29 to 2026-10-25.
        QTest::newRow("within a day") << "office" << utc("2026-03-02T08:00:00Z") << qint64(120)
                                      << utc("2026-03-02T10:00:00Z");
        QTest::newRow("over the night") << "office" << utc("2026-03-02T16:00:00Z") << qint64(120)
                                        << utc("2026-03-03T08:00:00Z");
        QTest::newRow("over the weekend") << "office" << utc("2026-03-06T16:00:00Z") << qint64(120)
                                          << utc("2026-03-09T08:00:00Z");
        QTest::newRow("opened on a Sunday") << "office" << utc("2026-03-08T12:00:00Z") << qint64(60)
                                            << utc("2026-03-09T08:00:00Z");
        QTest::newRow("over Good Friday") << "office" << utc("2026-04-02T15:00:00Z") << qint64(120)
                                          << utc("2026-04-06T07:00:00Z");
        QTest::newRow("over the spring DST change") << "office" << utc("2026-03-27T16:00:00Z")
                                                    << qint64(120) << utc("2026-03-30T07:00:00Z");
        QTest::newRow("over the autumn DST change") << "office" << utc("2026-10-23T15:00:00Z")
                                                    << qint64(120) << utc("2026-10-26T08:00:00Z");
        QTest::newRow("24x7 UTC") << "24x7" << utc("2026-03-28T12:00:00Z") << qint64(24 * 60)
                                  << utc("2026-03-29T12:00:00Z");
        QTest::newRow("whole Berlin days across spring DST") << "everyday"
                                                             << utc("2026-03-28T23:00:00Z")
                                                             << qint64(23 * 60)
                                                             << utc("2026-03-29T22:00:00Z");
    }
    void shouldAddBusinessTime()
    {
        QFETCH(QString, calendar);
        QFETCH(QDateTime, from);
        QFETCH(qint64, minutes);
        QFETCH(QDateTime, expected);
        const BusinessCalendar cal = calendar == u"office" ? office()
                                     : calendar == u"24x7" ? BusinessCalendar::aroundTheClock()
                                                           : everyDayBerlin();
        const QDateTime due = cal.addBusinessSeconds(from, minutes * 60);
        QCOMPARE(due, expected);
        QCOMPARE(cal.businessSeconds(from, due), minutes * 60);
    }

    void shouldGiveUpOnAnEmptyCalendar()
    {
        const BusinessCalendar none(QTimeZone::utc(), {});
        QVERIFY(!none.addBusinessSeconds(utc("2026-01-01T00:00:00Z"), 60).isValid());
        QCOMPARE(none.businessSeconds(utc("2026-01-01T00:00:00Z"), utc("2026-02-01T00:00:00Z")), 0);
    }

    void shouldReportStatesAndTimeLeft_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("pendingSince");
        QTest::addColumn<bool>("active");
        QTest::addColumn<QString>("state");
        QTest::addColumn<qint64>("leftMinutes");
        // Opened Monday 2026-03-02 09:00 Berlin (08:00Z) with a 12-hour resolution target:
        // due Tuesday 11:00 Berlin, warning after 9 hours (Monday 18:00 Berlin).
        QTest::newRow("fresh") << utc("2026-03-02T09:00:00Z") << QDateTime() << true << "ok"
                               << qint64(660);
        QTest::newRow("at 75 %") << utc("2026-03-02T17:00:00Z") << QDateTime() << true
                                 << "warning" << qint64(180);
        QTest::newRow("overnight counts nothing") << utc("2026-03-03T06:30:00Z") << QDateTime()
                                                  << true << "warning" << qint64(180);
        QTest::newRow("breached") << utc("2026-03-03T12:00:00Z") << QDateTime() << true
                                  << "breached" << qint64(-120);
        QTest::newRow("paused") << utc("2026-03-03T12:00:00Z") << utc("2026-03-02T10:00:00Z")
                                << true << "paused" << qint64(600);
        QTest::newRow("resolved has no clock") << utc("2026-03-03T10:00:00Z") << QDateTime()
                                               << false << "" << qint64(0);
    }
    void shouldReportStatesAndTimeLeft()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, pendingSince);
        QFETCH(bool, active);
        QFETCH(QString, state);
        QFETCH(qint64, leftMinutes);
        const BusinessCalendar cal = office();
        const SlaDue due = computeSlaDue(cal, utc("2026-03-02T08:00:00Z"), 60, 12 * 60);
        QCOMPARE(due.resolutionDue, utc("2026-03-03T10:00:00Z"));
        QCOMPARE(due.warningAt, utc("2026-03-02T17:00:00Z"));
        QCOMPARE(due.responseDue, utc("2026-03-02T09:00:00Z"));
        const SlaStatus status = evaluateSla(cal, due, 12 * 60, pendingSince, active, now);
        QCOMPARE(slaStateName(status.state), state);
        QCOMPARE(status.leftSeconds, leftMinutes * 60);
    }

    void shouldMoveDueDatesByAPendingPeriodOverAWeekend()
    {
        // Given a ticket opened Friday 2026-03-06 09:00 Berlin with 12 business hours
        const BusinessCalendar cal = office();
        const SlaDue due = computeSlaDue(cal, utc("2026-03-06T08:00:00Z"), 60, 12 * 60);
        QCOMPARE(due.resolutionDue, utc("2026-03-09T10:00:00Z")); // Monday 11:00 Berlin
        // When it is pending from Friday 13:00 Berlin to Tuesday 10:00 Berlin (8 h were left)
        const qint64 paused = cal.businessSeconds(utc("2026-03-06T12:00:00Z"),
                                                  utc("2026-03-10T09:00:00Z"));
        QCOMPARE(paused, qint64(17 * 3600)); // Friday 5 h, Monday 10 h, Tuesday 2 h
        const SlaDue moved = computeSlaDue(cal, utc("2026-03-06T08:00:00Z"), 60, 12 * 60, paused);
        // Then the 8 hours run from Tuesday 10:00: due Tuesday 18:00 Berlin
        QCOMPARE(moved.resolutionDue, utc("2026-03-10T17:00:00Z"));
        // And the response target stays where it was
        QCOMPARE(moved.responseDue, due.responseDue);
    }

    void shouldFormatDurations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("minutes") << qint64(59 * 60) << "59 min";
        QTest::newRow("hours") << qint64(2 * 3600 + 5 * 60) << "2 h 05 min";
        QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600) << "3 d 4 h";
        QTest::newRow("breached") << qint64(-90 * 60) << "-1 h 30 min";
    }
    void shouldFormatDurations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(seconds), text);
    }
};

QTEST_GUILESS_MAIN(tst_Sla)
#include "tst_sla.moc"
