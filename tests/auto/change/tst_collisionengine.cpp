// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/change/collisionengine.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ServiceDeck::Change;

namespace {

// A small estate, relations pointing down (from what depends to what it depends on):
// shop → app → srv1 → sw, shop → db → srv2.
const char *const edges[][2] = {
    {"shop", "app"}, {"shop", "db"}, {"app", "srv1"}, {"db", "srv2"}, {"srv1", "sw"},
};

QStringList lines(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

QUuid idOf(const QString &name)
{
    return QUuid::createUuidV5(QUuid(), name);
}

QSet<QUuid> downClosure(const QString &start)
{
    QSet<QUuid> seen{idOf(start)};
    QStringList frontier{start};
    while (!frontier.isEmpty()) {
        const QString from = frontier.takeFirst();
        for (const auto &edge : edges) {
            const QString to = QString::fromLatin1(edge[1]);
            if (from == QLatin1String(edge[0]) && !seen.contains(idOf(to))) {
                seen.insert(idOf(to));
                frontier << to;
            }
        }
    }
    return seen;
}

qint64 instant(const QString &text)
{
    return QDateTime::fromString(text + QStringLiteral(":00Z"), Qt::ISODate).toMSecsSinceEpoch();
}

QList<QUuid> ids(const QString &names, QHash<QUuid, QString> &known)
{
    QList<QUuid> list;
    for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        list << idOf(name);
        known.insert(idOf(name), name);
    }
    return list;
}

// Changes: "NUMBER START END CIS [IMPLEMENTER|-] [STATE] [SERVICES]", times as 2026-03-02T20:00.
// Blackouts: "NAME START END *|CIS". Maintenance: "SERVICE WEEKDAY START_MINUTE DURATION ZONE".
ScheduleInput build(const QStringList &changes, const QStringList &blackouts,
                    const QStringList &maintenance)
{
    ScheduleInput input;
    for (const QString &spec : changes) {
        const QStringList f = spec.split(QLatin1Char(' '));
        PlannedChange c;
        c.number = f.at(0);
        c.id = idOf(c.number);
        c.window = {instant(f.at(1)), instant(f.at(2))};
        c.cis = ids(f.at(3), input.ciNames);
        for (const QString &name : f.at(3).split(QLatin1Char(',')))
            c.closures << downClosure(name);
        if (f.size() > 4 && f.at(4) != u"-") {
            c.implementer = idOf(f.at(4));
            c.implementerName = f.at(4);
        }
        c.state = f.size() > 5 ? f.at(5) : QStringLiteral("scheduled");
        if (f.size() > 6)
            c.services = ids(f.at(6), input.ciNames);
        input.changes << c;
    }
    for (const QString &spec : blackouts) {
        const QStringList f = spec.split(QLatin1Char(' '));
        BlackoutWindow b;
        b.name = f.at(0);
        b.id = idOf(b.name);
        b.window = {instant(f.at(1)), instant(f.at(2))};
        b.global = f.at(3) == u"*";
        if (!b.global) {
            b.scope = ids(f.at(3), input.ciNames);
            for (const QString &name : f.at(3).split(QLatin1Char(',')))
                b.scopeClosures << downClosure(name);
        }
        input.blackouts << b;
    }
    for (const QString &spec : maintenance) {
        const QStringList f = spec.split(QLatin1Char(' '));
        MaintenanceWindow w;
        w.service = idOf(f.at(0));
        w.id = idOf(spec);
        w.weekday = f.at(1).toInt();
        w.startMinute = f.at(2).toInt();
        w.durationMinutes = f.at(3).toInt();
        w.zone = QTimeZone(f.at(4).toLatin1());
        input.maintenance[w.service] << w;
        input.ciNames.insert(w.service, f.at(0));
    }
    return input;
}

// "KIND NUMBERS CIS", e.g. "same_ci CHG1,CHG2 db".
QStringList render(const QList<Collision> &collisions, const ScheduleInput &input)
{
    QStringList lines;
    for (const Collision &c : collisions) {
        QStringList cis;
        for (const QUuid &ci : c.cis)
            cis << input.ciNames.value(ci);
        cis.sort();
        lines << QStringLiteral("%1 %2 %3")
                     .arg(collisionKindName(c.kind), c.numbers.join(QLatin1Char(',')),
                          cis.join(QLatin1Char(',')))
                     .trimmed();
    }
    return lines;
}

} // namespace

class tst_CollisionEngine : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteInstantsAsUtcMinutes_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("text");
        QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z")
                               << QStringLiteral("1970-01-01 00:00 UTC");
        QTest::newRow("before the epoch") << QStringLiteral("1969-12-31T23:59:30Z")
                                          << QStringLiteral("1969-12-31 23:59 UTC");
        QTest::newRow("DST night") << QStringLiteral("2026-03-29T01:00:00Z")
                                   << QStringLiteral("2026-03-29 01:00 UTC");
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T23:45:59Z")
                                  << QStringLiteral("2028-02-29 23:45 UTC");
        QTest::newRow("far year") << QStringLiteral("9999-12-31T09:05:00Z")
                                  << QStringLiteral("9999-12-31 09:05 UTC");
    }
    void shouldWriteInstantsAsUtcMinutes()
    {
        QFETCH(QString, iso);
        QFETCH(QString, text);
        const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
        QVERIFY(at.isValid());
        QCOMPARE(spanTimeText(at.toMSecsSinceEpoch()), text);
    }

    void shouldFindCollisions_data();
    void shouldFindCollisions();
    void shouldExplainEachCollisionInASentence();
    void shouldAgreeWithCheckingAllPairs();
    void shouldCheckOneChangeAgainstTheSchedule();
};

void tst_CollisionEngine::shouldFindCollisions_data()
{
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QStringList>("blackouts");
    QTest::addColumn<QStringList>("maintenance");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;

    // Two changes.
    QTest::newRow("same CI") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 db",
                                            "CHG2 2026-03-02T21:00 2026-03-02T23:00 db,sw"})
                             << none << none << lines({"same_ci CHG1,CHG2 db"});
    QTest::newRow("CI in the other's closure") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 shop",
                                                              "CHG2 2026-03-02T21:00 2026-03-02T23:00 srv2"})
                                               << none << none
                                               << lines({"impact_ci CHG1,CHG2 srv2"});
    QTest::newRow("closure the other way round") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 sw",
                                                                "CHG2 2026-03-02T21:00 2026-03-02T23:00 app"})
                                                 << none << none
                                                 << lines({"impact_ci CHG1,CHG2 sw"});
    QTest::newRow("same CI and a closure CI") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 db,app",
                                                             "CHG2 2026-03-02T21:00 2026-03-02T23:00 db,sw"})
                                              << none << none
                                              << lines({"same_ci CHG1,CHG2 db",
                                                             "impact_ci CHG1,CHG2 sw"});
    QTest::newRow("unrelated CIs") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 srv2",
                                                  "CHG2 2026-03-02T21:00 2026-03-02T23:00 sw"})
                                   << none << none << none;
    QTest::newRow("touching, not overlapping") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 db",
                                                              "CHG2 2026-03-02T22:00 2026-03-02T23:00 db"})
                                               << none << none << none;
    QTest::newRow("apart") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 db",
                                          "CHG2 2026-03-03T20:00 2026-03-03T22:00 db"})
                           << none << none << none;
    QTest::newRow("one inside the other") << lines({"CHG1 2026-03-02T18:00 2026-03-03T02:00 db",
                                                         "CHG2 2026-03-02T20:00 2026-03-02T21:00 db"})
                                          << none << none << lines({"same_ci CHG1,CHG2 db"});

    // Zero-length windows are instants: they occupy their start.
    QTest::newRow("instant inside a window") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 db",
                                                            "CHG2 2026-03-02T21:00 2026-03-02T21:00 db"})
                                             << none << none << lines({"same_ci CHG1,CHG2 db"});
    QTest::newRow("instant at a window's start") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 db",
                                                                "CHG2 2026-03-02T20:00 2026-03-02T20:00 db"})
                                                 << none << none
                                                 << lines({"same_ci CHG2,CHG1 db"});
    QTest::newRow("instant at a window's end") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 db",
                                                              "CHG2 2026-03-02T22:00 2026-03-02T22:00 db"})
                                               << none << none << none;
    QTest::newRow("two instants at once") << lines({"CHG1 2026-03-02T22:00 2026-03-02T22:00 db",
                                                         "CHG2 2026-03-02T22:00 2026-03-02T22:00 db"})
                                          << none << none << lines({"same_ci CHG1,CHG2 db"});

    // Windows are UTC instants, so the wall clock's jumps change nothing.
    QTest::newRow("overlap across spring forward") << lines({"CHG1 2026-03-29T00:30 2026-03-29T01:30 db",
                                                                  "CHG2 2026-03-29T01:00 2026-03-29T02:00 db"})
                                                   << none << none << lines({"same_ci CHG1,CHG2 db"});
    QTest::newRow("same wall clock, an hour apart, on fall back")
        << lines({"CHG1 2026-10-25T00:00 2026-10-25T00:45 db",
                       "CHG2 2026-10-25T01:00 2026-10-25T01:45 db"})
        << none << none << none;

    // Freezes.
    QTest::newRow("global blackout") << lines({"CHG1 2026-12-21T20:00 2026-12-21T22:00 sw"})
                                     << lines({"yearend 2026-12-20T00:00 2027-01-03T00:00 *"})
                                     << none << lines({"blackout CHG1"});
    QTest::newRow("blackout on the CI") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 db"})
                                        << lines({"closing 2026-03-01T00:00 2026-03-04T00:00 db"})
                                        << none << lines({"blackout CHG1 db"});
    QTest::newRow("blackout on a service covers what it depends on")
        << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 srv2,sw"})
        << lines({"closing 2026-03-01T00:00 2026-03-04T00:00 db"}) << none
        << lines({"blackout CHG1 srv2"});
    QTest::newRow("blackout on a CI the change depends on, not on the change")
        << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 shop"})
        << lines({"network 2026-03-01T00:00 2026-03-04T00:00 sw"}) << none << none;
    QTest::newRow("blackout ending as the change starts")
        << lines({"CHG1 2026-03-04T00:00 2026-03-04T02:00 db"})
        << lines({"closing 2026-03-01T00:00 2026-03-04T00:00 *"}) << none << none;

    // Implementers.
    QTest::newRow("double-booked implementer") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 srv2 alice",
                                                             "CHG2 2026-03-02T21:00 2026-03-02T23:00 sw alice"})
                                               << none << none
                                               << lines({"double_booked CHG1,CHG2"});
    QTest::newRow("different implementers") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 srv2 alice",
                                                           "CHG2 2026-03-02T21:00 2026-03-02T23:00 sw bob"})
                                            << none << none << none;
    QTest::newRow("nobody assigned yet") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 srv2 -",
                                                        "CHG2 2026-03-02T21:00 2026-03-02T23:00 sw -"})
                                         << none << none << none;

    // States.
    QTest::newRow("drafts count") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 db - draft",
                                                 "CHG2 2026-03-02T21:00 2026-03-02T23:00 db - draft"})
                                  << none << none << lines({"same_ci CHG1,CHG2 db"});
    QTest::newRow("cancelled and closed do not") << lines({"CHG1 2026-03-02T20:00 2026-03-02T22:00 db - cancelled",
                                                                "CHG2 2026-03-02T21:00 2026-03-02T23:00 db - closed",
                                                                "CHG3 2026-03-02T21:00 2026-03-02T23:00 db - scheduled"})
                                                 << none << none << none;

    // Maintenance windows: shop on Sundays 02:00–04:00 Berlin time.
    const QStringList sunday = lines({"shop 7 120 120 Europe/Berlin"});
    QTest::newRow("inside the maintenance window") << lines({"CHG1 2026-03-22T01:00 2026-03-22T03:00 app - scheduled shop"})
                                                   << none << sunday << none;
    QTest::newRow("outside the maintenance window") << lines({"CHG1 2026-03-23T01:00 2026-03-23T03:00 app - scheduled shop"})
                                                    << none << sunday
                                                    << lines({"outside_maintenance CHG1 shop"});
    QTest::newRow("the window is shorter on the night of spring forward")
        << lines({"CHG1 2026-03-29T01:00 2026-03-29T03:00 app - scheduled shop"}) << none
        << sunday << lines({"outside_maintenance CHG1 shop"});
    QTest::newRow("and longer on the night of fall back")
        << lines({"CHG1 2026-10-25T00:00 2026-10-25T03:00 app - scheduled shop"}) << none
        << sunday << none;
    QTest::newRow("running from one window into the next")
        << lines({"CHG1 2026-03-07T23:15 2026-03-08T01:30 app - scheduled shop"}) << none
        << lines({"shop 6 1380 60 UTC", "shop 7 0 120 UTC"}) << none;
    QTest::newRow("a service without windows states no preference")
        << lines({"CHG1 2026-03-23T01:00 2026-03-23T03:00 app - scheduled app"}) << none
        << sunday << none;
}

void tst_CollisionEngine::shouldFindCollisions()
{
    QFETCH(QStringList, changes);
    QFETCH(QStringList, blackouts);
    QFETCH(QStringList, maintenance);
    QFETCH(QStringList, expected);
    const ScheduleInput input = build(changes, blackouts, maintenance);
    const QList<Collision> found = findCollisions(input);
    QCOMPARE(render(found, input), expected);
    for (const Collision &c : found) {
        QCOMPARE(c.severity, severityOf(c.kind));
        QVERIFY(!c.explanation.isEmpty());
    }
}

void tst_CollisionEngine::shouldExplainEachCollisionInASentence()
{
    const ScheduleInput input =
        build({QStringLiteral("CHG1 2026-03-02T20:00 2026-03-02T22:00 db alice"),
               QStringLiteral("CHG2 2026-03-02T21:00 2026-03-02T23:00 db alice")},
              {QStringLiteral("closing 2026-03-01T00:00 2026-03-04T00:00 db")}, {});
    const QList<Collision> found = findCollisions(input);
    QCOMPARE(found.size(), 4);
    const Collision &same = found.at(1);
    QCOMPARE(same.kind, CollisionKind::SameCi);
    QCOMPARE(same.severity, Severity::Error);
    QCOMPARE(same.explanation, QStringLiteral("CHG1 and CHG2 overlap from 2026-03-02 21:00 UTC to "
                                              "2026-03-02 22:00 UTC and both change db."));
    QCOMPARE(same.when, (TimeSpan{instant(QStringLiteral("2026-03-02T21:00")),
                                  instant(QStringLiteral("2026-03-02T22:00"))}));
    const Collision &freeze = found.at(0);
    QCOMPARE(freeze.kind, CollisionKind::Blackout);
    QCOMPARE(freeze.windows, QList<QUuid>{idOf(QStringLiteral("closing"))});
    QVERIFY(freeze.explanation.contains(QStringLiteral("\"closing\"")));
    QVERIFY(found.at(3).explanation.contains(QStringLiteral("alice implements both")));
}

void tst_CollisionEngine::shouldAgreeWithCheckingAllPairs()
{
    // Given a random busy schedule on a few CIs and implementers
    QRandomGenerator random(42);
    const QStringList names = lines({"shop", "app", "db", "srv1", "srv2", "sw"});
    QStringList specs;
    for (int i = 0; i < 400; ++i) {
        const int start = random.bounded(0, 14 * 24 * 60);
        const int length = random.bounded(0, 6) == 0 ? 0 : random.bounded(1, 8 * 60);
        const QDateTime base(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        const QString format = QStringLiteral("yyyy-MM-ddTHH:mm");
        specs << QStringLiteral("CHG%1 %2 %3 %4 p%5")
                     .arg(i, 4, 10, QLatin1Char('0'))
                     .arg(base.addSecs(start * 60).toString(format),
                          base.addSecs((start + length) * 60).toString(format),
                          names.at(random.bounded(int(names.size()))))
                     .arg(random.bounded(20));
    }
    const ScheduleInput input = build(specs, {}, {});
    // When the sweep runs, then it finds what comparing every pair finds
    QSet<QString> swept;
    for (const QString &line : render(findCollisions(input), input))
        swept.insert(line);
    QSet<QString> brute;
    for (const PlannedChange &a : input.changes) {
        for (const PlannedChange &b : input.changes) {
            const bool first = std::tie(a.window.start, a.window.end, a.number)
                               < std::tie(b.window.start, b.window.end, b.number);
            if (!first || !a.window.overlaps(b.window))
                continue;
            const QString pair = a.number + QLatin1Char(',') + b.number;
            const QString ci = input.ciNames.value(b.cis.first());
            if (a.cis == b.cis)
                brute.insert(QStringLiteral("same_ci %1 %2").arg(pair, ci));
            else if (a.closureContains(b.cis.first()))
                brute.insert(QStringLiteral("impact_ci %1 %2").arg(pair, ci));
            else if (b.closureContains(a.cis.first()))
                brute.insert(QStringLiteral("impact_ci %1 %2")
                                 .arg(pair, input.ciNames.value(a.cis.first())));
            if (a.implementer == b.implementer)
                brute.insert(QStringLiteral("double_booked %1").arg(pair));
        }
    }
    QVERIFY(brute.size() > 50);
    QCOMPARE(swept, brute);
}

void tst_CollisionEngine::shouldCheckOneChangeAgainstTheSchedule()
{
    const ScheduleInput input =
        build({QStringLiteral("CHG1 2026-03-02T20:00 2026-03-02T22:00 db"),
               QStringLiteral("CHG2 2026-03-02T21:00 2026-03-02T23:00 db"),
               QStringLiteral("CHG3 2026-03-05T21:00 2026-03-05T23:00 sw")},
              {}, {});
    // Dragging CHG3 onto CHG1's slot shows both collisions of the new slot, nothing else
    PlannedChange moved = input.changes.at(2);
    moved.cis = {idOf(QStringLiteral("db"))};
    moved.closures = {downClosure(QStringLiteral("db"))};
    moved.window = input.changes.at(0).window;
    QCOMPARE(render(collisionsOf(moved, input), input),
             (lines({"same_ci CHG1,CHG3 db", "same_ci CHG3,CHG2 db"})));
    // and moving it back to a free slot shows none
    QVERIFY(collisionsOf(input.changes.at(2), input).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CollisionEngine)
#include "tst_collisionengine.moc"
