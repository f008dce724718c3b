// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/change/maintenancewindow.h"

#include <QTest>

using namespace ServiceDeck::Change;

namespace {

qint64 utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toMSecsSinceEpoch();
}

QString render(const QList<TimeSpan> &spans)
{
    QStringList parts;
    const QString format = QStringLiteral("MM-ddTHH:mm");
    for (const TimeSpan &span : spans)
        parts << span.startTime().toString(format) + QLatin1Char('/')
                     + span.endTime().toString(format);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class tst_MaintenanceWindow : public QObject
{
    Q_OBJECT

private slots:
    void shouldExpandWeeklyWindowsAcrossDst_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("startMinute");
        QTest::addColumn<int>("duration");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected"); // UTC

        // Berlin: clocks go forward on 2026-03-29 at 02:00 (01:00 UTC), back on 2026-10-25 at
        // 03:00 (01:00 UTC). Sunday 02:00–04:00 local lasts two hours, then one, then two.
        QTest::newRow("spring forward: start in the gap")
            << "Europe/Berlin" << 7 << 120 << 120 << "2026-03-20T00:00:00Z"
            << "2026-04-06T00:00:00Z"
            << "03-22T01:00/03-22T03:00 03-29T01:00/03-29T02:00 04-05T00:00/04-05T02:00";
        QTest::newRow("fall back: the first 02:00, three hours")
            << "Europe/Berlin" << 7 << 120 << 120 << "2026-10-17T00:00:00Z"
            << "2026-11-02T00:00:00Z"
            << "10-18T00:00/10-18T02:00 10-25T00:00/10-25T03:00 11-01T01:00/11-01T03:00";
        QTest::newRow("over midnight into summer time")
            << "Europe/Berlin" << 6 << 22 * 60 << 360 << "2026-03-27T00:00:00Z"
            << "2026-03-30T00:00:00Z" << "03-28T21:00/03-29T02:00";
        QTest::newRow("New York: end in the gap moves forward")
            << "America/New_York" << 7 << 90 << 60 << "2026-03-07T00:00:00Z"
            << "2026-03-09T00:00:00Z" << "03-08T06:30/03-08T07:30";
        QTest::newRow("UTC has no DST")
            << "UTC" << 3 << 20 * 60 << 60 << "2026-03-01T00:00:00Z" << "2026-03-15T00:00:00Z"
            << "03-04T20:00/03-04T21:00 03-11T20:00/03-11T21:00";
        QTest::newRow("an occurrence started before the range counts")
            << "UTC" << 3 << 20 * 60 << 240 << "2026-03-04T23:00:00Z" << "2026-03-05T00:30:00Z"
            << "03-04T20:00/03-05T00:00";
        QTest::newRow("an occurrence ending at the range's start does not")
            << "UTC" << 3 << 20 * 60 << 240 << "2026-03-05T00:00:00Z" << "2026-03-05T01:00:00Z"
            << "";
    }
    void shouldExpandWeeklyWindowsAcrossDst()
    {
        QFETCH(QString, zone);
        QFETCH(int, weekday);
        QFETCH(int, startMinute);
        QFETCH(int, duration);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        MaintenanceWindow window;
        window.weekday = weekday;
        window.startMinute = startMinute;
        window.durationMinutes = duration;
        window.zone = QTimeZone(zone.toLatin1());
        QVERIFY(window.zone.isValid());
        QCOMPARE(render(window.occurrences(TimeSpan{utc(from), utc(to)})), expected);
    }

    void shouldMergeWindowsThatTouch()
    {
        // Saturday 22:00–24:00 and Sunday 00:00–03:00 make one slot from Saturday 22:00.
        MaintenanceWindow saturday, sunday;
        saturday.weekday = 6;
        saturday.startMinute = 22 * 60;
        saturday.durationMinutes = 120;
        sunday.weekday = 7;
        sunday.startMinute = 0;
        sunday.durationMinutes = 180;
        const TimeSpan range{utc(QStringLiteral("2026-03-07T00:00:00Z")),
                             utc(QStringLiteral("2026-03-09T00:00:00Z"))};
        QCOMPARE(render(mergedOccurrences({saturday, sunday}, range)),
                 QStringLiteral("03-07T22:00/03-08T03:00"));
    }

    void shouldMapLocalTimesAroundTransitions()
    {
        const QTimeZone berlin("Europe/Berlin");
        auto local = [](const char *text) {
            return QDateTime(QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).date(),
                             QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).time(),
                             Qt::UTC)
                .toMSecsSinceEpoch();
        };
        QCOMPARE(localToUtc(berlin, local("2026-03-29T01:59:00")),
                 utc(QStringLiteral("2026-03-29T00:59:00Z")));
        QCOMPARE(localToUtc(berlin, local("2026-03-29T02:30:00")),
                 utc(QStringLiteral("2026-03-29T01:30:00Z"))); // = 03:30 summer time
        QCOMPARE(localToUtc(berlin, local("2026-10-25T02:30:00")),
                 utc(QStringLiteral("2026-10-25T00:30:00Z"))); // the first 02:30
        QCOMPARE(localToUtc(berlin, local("2026-10-25T03:30:00")),
                 utc(QStringLiteral("2026-10-25T02:30:00Z")));
    }
};

QTEST_GUILESS_MAIN(tst_MaintenanceWindow)
#include "tst_maintenancewindow.moc"
