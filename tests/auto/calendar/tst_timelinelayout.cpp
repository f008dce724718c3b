// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/calendar/timeline/timelinelayout.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace ServiceDeck;
using namespace Qt::StringLiterals;
using Views::TimelineLayout;

namespace {

constexpr qint64 HourMs = 3600 * 1000;

const QUuid web = QUuid::fromString(u"00000000-0000-0000-0000-000000000001"_s);
const QUuid db = QUuid::fromString(u"00000000-0000-0000-0000-000000000002"_s);
const QUuid app = QUuid::fromString(u"00000000-0000-0000-0000-000000000003"_s);

qint64 hour(int h)
{
    return QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()
           + h * HourMs;
}

TimelineLayout::Entry entry(int item, int from, int to, const QList<QUuid> &rows)
{
    return {item, {hour(from), hour(to)}, rows};
}

// "row label: item@lane …" per row.
QStringList render(const TimelineLayout &layout)
{
    QStringList lines;
    for (const TimelineLayout::Row &row : layout.rows()) {
        QStringList bars;
        for (int bar = row.firstBar; bar < row.endBar; ++bar)
            bars << u"%1@%2"_s.arg(layout.bars().at(bar).item).arg(layout.bars().at(bar).lane);
        lines << u"%1: %2"_s.arg(row.label, bars.join(QLatin1Char(' ')));
    }
    return lines;
}

TimelineLayout make(const QList<TimelineLayout::Entry> &entries)
{
    TimelineLayout layout;
    layout.setRange({hour(0), hour(31 * 24)});
    TimelineLayout::Geometry geometry;
    geometry.pixelsPerHour = 4;
    geometry.laneHeight = 20;
    geometry.rowPadding = 4;
    layout.setGeometry(geometry);
    layout.setEntries(entries);
    layout.setRowLabels({{web, u"web01"_s}, {db, u"db01"_s}, {app, u"app10"_s}}, u"(none)"_s);
    layout.run();
    return layout;
}

} // namespace

class tst_TimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void shouldPackOverlappingBarsIntoLanesPerRow_data()
    {
        QTest::addColumn<QList<TimelineLayout::Entry>>("entries");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("rows by label, a row without key last")
            << QList<TimelineLayout::Entry>{entry(0, 10, 12, {web}), entry(1, 10, 12, {}),
                                            entry(2, 10, 12, {db})}
            << QStringList{u"db01: 2@0"_s, u"web01: 0@0"_s, u"(none): 1@0"_s};
        QTest::newRow("overlapping in one row stack, apart share")
            << QList<TimelineLayout::Entry>{entry(0, 10, 12, {web}), entry(1, 11, 13, {web}),
                                            entry(2, 12, 14, {web}), entry(3, 13, 20, {web})}
            << QStringList{u"web01: 0@0 1@1 2@0 3@1"_s};
        QTest::newRow("a change in two rows has a bar in each")
            << QList<TimelineLayout::Entry>{entry(0, 10, 12, {web, db}), entry(1, 11, 13, {db})}
            << QStringList{u"db01: 0@0 1@1"_s, u"web01: 0@0"_s};
        QTest::newRow("an instant still takes room")
            << QList<TimelineLayout::Entry>{entry(0, 10, 10, {app}), entry(1, 10, 11, {app})}
            << QStringList{u"app10: 0@0 1@1"_s};
    }
    void shouldPackOverlappingBarsIntoLanesPerRow()
    {
        QFETCH(QList<TimelineLayout::Entry>, entries);
        QFETCH(QStringList, rows);
        QCOMPARE(render(make(entries)), rows);
    }

    void shouldMapTimeToPixelsAtTheZoom()
    {
        const TimelineLayout layout = make({entry(0, 24, 30, {web})});
        // Then an hour is four pixels from the range's start, and back again
        QCOMPARE(layout.xOf(hour(0)), 0.0);
        QCOMPARE(layout.xOf(hour(24)), 96.0);
        QCOMPARE(layout.timeAt(96.0), hour(24));
        QCOMPARE(layout.width(), 31 * 24 * 4.0);
        // And the bar stands at its window in its lane
        QCOMPARE(layout.barRect(0), QRectF(96.0, 4.0, 24.0, 18.0));
        QCOMPARE(layout.barsOf(0), QList<int>{0});
    }

    void shouldStackRowsAsTallAsTheirLanes()
    {
        const TimelineLayout layout = make({entry(0, 10, 12, {db}), entry(1, 11, 13, {db}),
                                            entry(2, 10, 12, {web})});
        QCOMPARE(layout.rows().size(), 2);
        QCOMPARE(layout.rows().at(0).lanes, 2);
        QCOMPARE(layout.rows().at(0).height, 2 * 20.0 + 8.0);
        QCOMPARE(layout.rows().at(1).top, 48.0);
        QCOMPARE(layout.height(), 48.0 + 28.0);
        QCOMPARE(layout.rowAt(0), 0);
        QCOMPARE(layout.rowAt(47.9), 0);
        QCOMPARE(layout.rowAt(48), 1);
        QCOMPARE(layout.rowAt(76), -1);
        QCOMPARE(layout.rowsBetween(10, 50), qMakePair(0, 2));
        QCOMPARE(layout.rowsBetween(50, 60), qMakePair(1, 2));
        QCOMPARE(layout.rowsBetween(100, 200), qMakePair(2, 2));
    }
};

QTEST_APPLESS_MAIN(tst_TimelineLayout)
#include "tst_timelinelayout.moc"
