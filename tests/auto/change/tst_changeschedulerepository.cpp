// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"

#include "storage/change/changeschedulerepository.h"
#include "storage/ids.h"

#include "core/change/collisionengine.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;
using namespace Qt::StringLiterals;

namespace {

QString at(const char *text)
{
    return QString::fromLatin1(text) + QStringLiteral(":00.000Z");
}

// Inserts a change ticket directly: the schedule repository only reads.
Result<QUuid> addChange(Database &db, const QString &number, const char *start, const char *end,
                        const QString &state, const QList<QUuid> &cis, const QUuid &assignee = {},
                        const QUuid &service = {})
{
    const QUuid id = newId();
    auto inserted = db.exec(QStringLiteral("INSERT INTO tickets (id, number, kind, title, state, "
                                           "impact, urgency, priority, opened, updated, "
                                           "change_type, planned_start, planned_end, "
                                           "assignee_id, service_id) "
                                           "VALUES (?, ?, 'change', ?, ?, 2, 2, 3, ?, ?, "
                                           "'normal', ?, ?, ?, ?)"),
                            {Database::idValue(id), number, number, state,
                             at("2026-01-01T00:00"), at("2026-01-01T00:00"), at(start), at(end),
                             Database::optionalId(assignee), Database::optionalId(service)});
    if (!inserted)
        return inserted.error();
    for (const QUuid &ci : cis) {
        auto linked = db.exec(QStringLiteral("INSERT INTO change_cis (id, change_id, ci_id) "
                                             "VALUES (?, ?, ?)"),
                              {Database::idValue(newId()), Database::idValue(id),
                               Database::idValue(ci)});
        if (!linked)
            return linked.error();
    }
    return id;
}

QStringList render(const QList<Change::Collision> &collisions)
{
    QStringList lines;
    for (const Change::Collision &c : collisions)
        lines << Change::collisionKindName(c.kind) + QLatin1Char(' ')
                     + c.numbers.join(QLatin1Char(','));
    return lines;
}

} // namespace

class tst_ChangeScheduleRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldLoadWhatTheEngineNeedsForARange_data() { Test::addDriverRows(); }
    void shouldLoadWhatTheEngineNeedsForARange()
    {
        SD_CMDB_FIXTURE(f);
        // Given shop → app → srv1 and shop → db, a maintenance window and two freezes
        SD_VERIFY_OK(f.ci(QStringLiteral("shop"), QStringLiteral("business_service")));
        SD_VERIFY_OK(f.relate(QStringLiteral("shop"), QStringLiteral("depends_on"),
                              QStringLiteral("app")));
        SD_VERIFY_OK(f.relate(QStringLiteral("app"), QStringLiteral("runs_on"),
                              QStringLiteral("srv1")));
        SD_VERIFY_OK(f.relate(QStringLiteral("shop"), QStringLiteral("depends_on"),
                              QStringLiteral("db")));
        Database &db = f.db();
        SD_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO maintenance_windows (id, service_id, "
                                            "name, weekday, start_minute, duration_minutes, "
                                            "time_zone) VALUES (?, ?, 'Sunday', 7, 120, 120, "
                                            "'Europe/Berlin')"),
                             {Database::idValue(newId()), Database::idValue(f.id(u"shop"_s))}));
        const QUuid freeze = newId();
        SD_VERIFY_OK(db.exec(db.expand(QStringLiteral(
                                 "INSERT INTO blackout_windows (id, name, starts, ends, global) "
                                 "VALUES (?, 'closing', ?, ?, {FALSE})")),
                             {Database::idValue(freeze), at("2026-03-02T00:00"),
                              at("2026-03-03T00:00")}));
        SD_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO blackout_scope (id, blackout_id, ci_id) "
                                            "VALUES (?, ?, ?)"),
                             {Database::idValue(newId()), Database::idValue(freeze),
                              Database::idValue(f.id(u"shop"_s))}));
        SD_VERIFY_OK(db.exec(db.expand(QStringLiteral(
                                 "INSERT INTO blackout_windows (id, name, starts, ends, global) "
                                 "VALUES (?, 'later', ?, ?, {TRUE})")),
                             {Database::idValue(newId()), at("2026-06-01T00:00"),
                              at("2026-06-03T00:00")}));
        const QUuid admin = f.admin();
        // and changes: two on the app at once (same implementer), one on srv1 under the app,
        // one on shop's service outside its window, a cancelled one, and one out of range
        SD_VERIFY_OK(addChange(db, u"CHG1"_s, "2026-03-02T20:00", "2026-03-02T22:00",
                               u"draft"_s, {f.id(u"app"_s)}, admin));
        SD_VERIFY_OK(addChange(db, u"CHG2"_s, "2026-03-02T21:00", "2026-03-02T23:00",
                               u"scheduled"_s, {f.id(u"app"_s)}, admin));
        SD_VERIFY_OK(addChange(db, u"CHG3"_s, "2026-03-02T22:30", "2026-03-02T23:30",
                               u"approved"_s, {f.id(u"srv1"_s)}));
        SD_VERIFY_OK(addChange(db, u"CHG4"_s, "2026-03-04T10:00", "2026-03-04T11:00",
                               u"scheduled"_s, {f.id(u"db"_s)}, {}, f.id(u"shop"_s)));
        SD_VERIFY_OK(addChange(db, u"CHG5"_s, "2026-03-02T20:00", "2026-03-02T22:00",
                               u"cancelled"_s, {f.id(u"app"_s)}));
        SD_VERIFY_OK(addChange(db, u"CHG6"_s, "2026-04-02T20:00", "2026-04-02T22:00",
                               u"scheduled"_s, {f.id(u"app"_s)}));

        // When March is loaded
        const auto range = Change::TimeSpan::fromIso(at("2026-03-01T00:00"),
                                                      at("2026-04-01T00:00"));
        auto loaded = ChangeScheduleRepository(db).load(range);
        SD_VERIFY_OK(loaded);
        const Change::ScheduleInput &input = loaded->input;

        // Then it has the four changes of March that may still happen, with closures
        QStringList numbers;
        for (const Change::PlannedChange &c : input.changes)
            numbers << c.number;
        QCOMPARE(numbers, QStringList({u"CHG1"_s, u"CHG2"_s, u"CHG3"_s, u"CHG4"_s}));
        const Change::PlannedChange &first = input.changes.at(0);
        QCOMPARE(first.cis, QList<QUuid>{f.id(u"app"_s)});
        QCOMPARE(first.closures.size(), 1);
        QCOMPARE(first.closures.first(), (QSet<QUuid>{f.id(u"app"_s), f.id(u"srv1"_s)}));
        QCOMPARE(first.implementer, admin);
        QCOMPARE(input.changes.at(3).services, QList<QUuid>{f.id(u"shop"_s)});
        QCOMPARE(input.blackouts.size(), 1);
        QCOMPARE(input.blackouts.first().scope, QList<QUuid>{f.id(u"shop"_s)});
        QCOMPARE(input.blackouts.first().scopeClosures.first().size(), 4);
        QCOMPARE(input.maintenance.value(f.id(u"shop"_s)).size(), 1);
        QCOMPARE(input.ciNames.value(f.id(u"srv1"_s)), u"srv1"_s);
        QCOMPARE(loaded->stats.closureCis, 4); // app, srv1, db and the freeze's shop

        // and the engine finds the collisions among them
        QCOMPARE(render(Change::findCollisions(input)),
                 QStringList({u"blackout CHG1"_s, u"same_ci CHG1,CHG2"_s, u"blackout CHG2"_s,
                              u"double_booked CHG1,CHG2"_s, u"impact_ci CHG2,CHG3"_s,
                              u"blackout CHG3"_s,
                              u"outside_maintenance CHG4"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_ChangeScheduleRepository)
#include "tst_changeschedulerepository.moc"
