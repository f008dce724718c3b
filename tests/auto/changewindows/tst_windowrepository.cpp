// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsfixture.h"

#include "storage/change/changeschedulerepository.h"
#include "storage/changewindows/windowrepository.h"
#include "storage/ids.h"
#include "storage/journal.h"

#include "core/change/collisionengine.h"
#include "core/timestamps.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;
using namespace Qt::StringLiterals;
using Test::utc;

namespace {

// Counts the rows of a table (a literal name).
int rows(Database &db, const char *table)
{
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return query && query->next() ? query->value(0).toInt() : -1;
}

StoredBlackout freeze(const QString &name, const char *starts, const char *ends,
                      const QList<QUuid> &scope = {})
{
    StoredBlackout blackout;
    blackout.name = name;
    blackout.starts = utc(starts);
    blackout.ends = utc(ends);
    blackout.global = scope.isEmpty();
    for (const QUuid &id : scope)
        blackout.scope << ScopeCi{id, {}};
    return blackout;
}

QStringList scopeNames(const StoredBlackout &blackout)
{
    QStringList names;
    for (const ScopeCi &ci : blackout.scope)
        names << ci.name;
    return names;
}

StoredMaintenanceWindow weekly(const QUuid &service, int weekday, int startMinute, int duration,
                               const QString &zone = u"Europe/Berlin"_s)
{
    StoredMaintenanceWindow window;
    window.serviceId = service;
    window.name = u"Patch night"_s;
    window.weekday = weekday;
    window.startMinute = startMinute;
    window.durationMinutes = duration;
    window.timeZone = zone;
    return window;
}

// A change ticket inserted directly: only its collisions are under test here.
Result<QUuid> addChange(Database &db, const QString &number, const char *start, const char *end,
                        const QUuid &ci)
{
    const QUuid id = newId();
    const QString opened = toIsoUtc(utc("2026-01-01T00:00"));
    auto inserted = db.exec(QStringLiteral("INSERT INTO tickets (id, number, kind, title, state, "
                                           "impact, urgency, priority, opened, updated, "
                                           "change_type, planned_start, planned_end, ci_id) "
                                           "VALUES (?, ?, 'change', ?, 'scheduled', 2, 2, 3, ?, "
                                           "?, 'normal', ?, ?, ?)"),
                            {Database::idValue(id), number, number, opened, opened,
                             toIsoUtc(utc(start)), toIsoUtc(utc(end)), Database::idValue(ci)});
    if (!inserted)
        return inserted.error();
    return id;
}

} // namespace

// Given a small CMDB: the service shop depends on app, which runs on srv1.
#define SD_WINDOWS_FIXTURE(f)                                                                      \
    SD_CMDB_FIXTURE(f);                                                                            \
    SD_VERIFY_OK(f.ci(u"shop"_s, u"business_service"_s));                                          \
    SD_VERIFY_OK(f.relate(u"shop"_s, u"depends_on"_s, u"app"_s));                                  \
    SD_VERIFY_OK(f.relate(u"app"_s, u"runs_on"_s, u"srv1"_s));                                     \
    auto managerMade = Test::makeUser(f, u"mia"_s, {u"change_manager"_s});                         \
    SD_VERIFY_OK(managerMade);                                                                     \
    const User manager = *managerMade;                                                             \
    WindowRepository windows(f.db())

class tst_WindowRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateListUpdateAndDeleteAFreeze_data() { Test::addDriverRows(); }
    void shouldCreateListUpdateAndDeleteAFreeze()
    {
        SD_WINDOWS_FIXTURE(f);
        // When a change manager creates a freeze scoped to srv1 and shop
        auto created = windows.createBlackout(
            freeze(u"  Quarter close "_s, "2026-03-30T00:00", "2026-04-02T00:00",
                   {f.id(u"srv1"_s), f.id(u"shop"_s), f.id(u"srv1"_s)}),
            manager);
        SD_VERIFY_OK(created);
        // Then it is stored trimmed, once per CI, with the scope in name order
        QCOMPARE(created->version, 1);
        QCOMPARE(created->name, u"Quarter close"_s);
        auto listed = windows.blackouts();
        SD_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        const StoredBlackout &stored = listed->first();
        QCOMPARE(stored.id, created->id);
        QVERIFY(!stored.global);
        QCOMPARE(stored.starts, utc("2026-03-30T00:00"));
        QCOMPARE(stored.ends, utc("2026-04-02T00:00"));
        QCOMPARE(scopeNames(stored), QStringList({u"shop"_s, u"srv1"_s}));
        QCOMPARE(rows(f.db(), "blackout_scope"), 2);

        // and a range finds it only where it overlaps
        auto april = windows.blackouts(
            Change::TimeSpan::fromDateTimes(utc("2026-04-01T00:00"), utc("2026-05-01T00:00")));
        SD_VERIFY_OK(april);
        QCOMPARE(april->size(), 1);
        auto may = windows.blackouts(
            Change::TimeSpan::fromDateTimes(utc("2026-05-01T00:00"), utc("2026-06-01T00:00")));
        SD_VERIFY_OK(may);
        QVERIFY(may->isEmpty());

        // When it is renamed and its scope changed from srv1 and shop to app and shop
        StoredBlackout edited = stored;
        edited.name = u"Year-end close"_s;
        edited.scope = {ScopeCi{f.id(u"app"_s), {}}, ScopeCi{f.id(u"shop"_s), {}}};
        auto updated = windows.updateBlackout(edited, manager);
        SD_VERIFY_OK(updated);
        QCOMPARE(updated->version, 2);
        auto reread = windows.findBlackout(stored.id);
        SD_VERIFY_OK(reread);
        QVERIFY(reread->has_value());
        QCOMPARE((*reread)->name, u"Year-end close"_s);
        QCOMPARE((*reread)->version, 2);
        QCOMPARE(scopeNames(**reread), QStringList({u"app"_s, u"shop"_s}));
        QCOMPARE(rows(f.db(), "blackout_scope"), 2);

        // When it is made global, then its scope goes
        edited = **reread;
        edited.global = true;
        edited.scope.clear();
        SD_VERIFY_OK(windows.updateBlackout(edited, manager));
        QCOMPARE(rows(f.db(), "blackout_scope"), 0);

        // When it is deleted at its version, then nothing of it is left
        SD_VERIFY_OK(windows.removeBlackout(stored.id, 3, manager));
        QCOMPARE(rows(f.db(), "blackout_windows"), 0);
        QCOMPARE(rows(f.db(), "blackout_scope"), 0);
    }

    void shouldNameTheFieldOfAnInvalidFreeze_data() { Test::addDriverRows(); }
    void shouldNameTheFieldOfAnInvalidFreeze()
    {
        SD_WINDOWS_FIXTURE(f);
        const QUuid unknown = newId();
        StoredBlackout globalWithScope = freeze(u"x"_s, "2026-03-01T00:00", "2026-03-02T00:00");
        globalWithScope.scope << ScopeCi{f.id(u"app"_s), {}};
        StoredBlackout scopedWithout = freeze(u"x"_s, "2026-03-01T00:00", "2026-03-02T00:00");
        scopedWithout.global = false;
        const QList<std::pair<StoredBlackout, QString>> cases = {
            {freeze(u"  "_s, "2026-03-01T00:00", "2026-03-02T00:00"),
             u"Field \"name\": a freeze window needs a name"_s},
            {freeze(u"x"_s, "2026-03-02T00:00", "2026-03-02T00:00"),
             u"Field \"ends\": a freeze window must end after it starts (2026-03-02 00:00 UTC is "
             u"not after 2026-03-02 00:00 UTC)"_s},
            {freeze(u"x"_s, "2026-03-02T00:00", "2026-03-01T00:00"), u"Field \"ends\""_s},
            {freeze(u"x"_s, "not a time", "2026-03-01T00:00"),
             u"Field \"starts\": a freeze window needs a start time"_s},
            {globalWithScope,
             u"Field \"scope\": a global freeze covers every configuration item and takes no "
             u"scope"_s},
            {scopedWithout,
             u"Field \"scope\": a scoped freeze needs at least one configuration item"_s},
            {freeze(u"x"_s, "2026-03-01T00:00", "2026-03-02T00:00", {unknown}),
             u"Field \"scope\": there is no configuration item with the id "_s +
                 unknown.toString(QUuid::WithoutBraces)},
        };
        for (const auto &[blackout, message] : cases) {
            auto created = windows.createBlackout(blackout, manager);
            QVERIFY(!created);
            QCOMPARE(created.error().kind, ErrorKind::InvalidData);
            QVERIFY2(created.error().message.startsWith(message),
                     qPrintable(created.error().message));
        }
        QCOMPARE(rows(f.db(), "blackout_windows"), 0);
        QCOMPARE(rows(f.db(), "journal WHERE entity = 'blackout_windows'"), 0);

        // and an edit is checked the same way, leaving the stored freeze as it was
        auto created = windows.createBlackout(
            freeze(u"ok"_s, "2026-03-01T00:00", "2026-03-02T00:00"), manager);
        SD_VERIFY_OK(created);
        StoredBlackout edited = *created;
        edited.ends = edited.starts.addSecs(-60);
        auto refused = windows.updateBlackout(edited, manager);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.startsWith(u"Field \"ends\""_s));
        QCOMPARE((*windows.findBlackout(created->id))->ends, utc("2026-03-02T00:00"));
    }

    void shouldRefuseAnEditOfAnOutdatedVersion_data() { Test::addDriverRows(); }
    void shouldRefuseAnEditOfAnOutdatedVersion()
    {
        SD_WINDOWS_FIXTURE(f);
        // Given a freeze that two people read at version 1
        auto created = windows.createBlackout(
            freeze(u"Freeze"_s, "2026-03-01T00:00", "2026-03-02T00:00", {f.id(u"app"_s)}), manager);
        SD_VERIFY_OK(created);
        StoredBlackout first = *created;
        StoredBlackout second = *created;
        // When the first saves, then the second's edit and delete are refused as conflicts
        first.name = u"First"_s;
        SD_VERIFY_OK(windows.updateBlackout(first, manager));
        second.name = u"Second"_s;
        auto refused = windows.updateBlackout(second, manager);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QVERIFY2(refused.error().message.contains(u"changed by someone else"_s),
                 qPrintable(refused.error().message));
        auto notDeleted = windows.removeBlackout(created->id, 1, manager);
        QVERIFY(!notDeleted);
        QCOMPARE(notDeleted.error().kind, ErrorKind::Conflict);
        QCOMPARE((*windows.findBlackout(created->id))->name, u"First"_s);

        // and so is an edit of a maintenance window read before someone else changed it
        auto window =
            windows.createMaintenanceWindow(weekly(f.id(u"shop"_s), 7, 120, 120), manager);
        SD_VERIFY_OK(window);
        StoredMaintenanceWindow later = *window;
        later.startMinute = 180;
        SD_VERIFY_OK(windows.updateMaintenanceWindow(later, manager));
        StoredMaintenanceWindow stale = *window;
        stale.durationMinutes = 30;
        auto staleSaved = windows.updateMaintenanceWindow(stale, manager);
        QVERIFY(!staleSaved);
        QCOMPARE(staleSaved.error().kind, ErrorKind::Conflict);
        auto staleDeleted = windows.removeMaintenanceWindow(window->id, 1, manager);
        QVERIFY(!staleDeleted);
        QCOMPARE(staleDeleted.error().kind, ErrorKind::Conflict);
        SD_VERIFY_OK(windows.removeMaintenanceWindow(window->id, 2, manager));
    }

    void shouldLetOnlyChangeManagersAndAdministratorsWrite_data() { Test::addDriverRows(); }
    void shouldLetOnlyChangeManagersAndAdministratorsWrite()
    {
        SD_WINDOWS_FIXTURE(f);
        auto operatorMade = Test::makeUser(f, u"otto"_s, {u"operator"_s, u"cab"_s});
        SD_VERIFY_OK(operatorMade);
        auto adminMade = Test::makeUser(f, u"ada"_s, {u"admin"_s});
        SD_VERIFY_OK(adminMade);
        const StoredBlackout blackout = freeze(u"Freeze"_s, "2026-03-01T00:00", "2026-03-02T00:00");
        const QString rule = u"Rule \"only change_manager manages windows\": otto holds neither "
                             u"the change_manager nor the admin role"_s;

        // When an operator creates a freeze or a maintenance window, then it is refused
        auto refused = windows.createBlackout(blackout, *operatorMade);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::InvalidData);
        QVERIFY2(refused.error().message.startsWith(rule), qPrintable(refused.error().message));
        auto refusedWindow =
            windows.createMaintenanceWindow(weekly(f.id(u"shop"_s), 1, 0, 60), *operatorMade);
        QVERIFY(!refusedWindow);
        QVERIFY(refusedWindow.error().message.startsWith(rule));
        QCOMPARE(rows(f.db(), "blackout_windows"), 0);
        QCOMPARE(rows(f.db(), "maintenance_windows"), 0);

        // and so are an edit and a delete of what a change manager created
        auto created = windows.createBlackout(blackout, manager);
        SD_VERIFY_OK(created);
        StoredBlackout edited = *created;
        edited.name = u"Mine now"_s;
        QVERIFY(!windows.updateBlackout(edited, *operatorMade));
        QVERIFY(!windows.removeBlackout(created->id, 1, *operatorMade));
        auto window = windows.createMaintenanceWindow(weekly(f.id(u"shop"_s), 1, 0, 60), manager);
        SD_VERIFY_OK(window);
        QVERIFY(!windows.updateMaintenanceWindow(*window, *operatorMade));
        QVERIFY(!windows.removeMaintenanceWindow(window->id, 1, *operatorMade));
        QCOMPARE(rows(f.db(), "blackout_windows"), 1);
        QCOMPARE(rows(f.db(), "maintenance_windows"), 1);

        // When an administrator without change_manager deletes them, then that is allowed
        SD_VERIFY_OK(windows.removeBlackout(created->id, 1, *adminMade));
        SD_VERIFY_OK(windows.removeMaintenanceWindow(window->id, 1, *adminMade));
    }

    void shouldJournalEveryWriteFieldByField_data() { Test::addDriverRows(); }
    void shouldJournalEveryWriteFieldByField()
    {
        SD_WINDOWS_FIXTURE(f);
        auto created = windows.createBlackout(
            freeze(u"Freeze"_s, "2026-03-01T00:00", "2026-03-02T00:00", {f.id(u"app"_s)}), manager);
        SD_VERIFY_OK(created);
        StoredBlackout edited = *created;
        edited.name = u"Renamed"_s;
        edited.scope << ScopeCi{f.id(u"srv1"_s), {}};
        SD_VERIFY_OK(windows.updateBlackout(edited, manager));
        SD_VERIFY_OK(windows.removeBlackout(created->id, 2, manager));

        auto history = Journal(f.db()).history(created->id);
        SD_VERIFY_OK(history);
        QStringList lines;
        for (const JournalEntry &entry : std::as_const(*history)) {
            QCOMPARE(entry.entity, u"blackout_windows"_s);
            QCOMPARE(entry.actorId, manager.id);
            lines << u"%1 %2 %3 %4 %5"_s
                         .arg(entry.action, entry.field, entry.oldValue, entry.newValue)
                         .arg(entry.baseVersion);
        }
        QStringList ids{f.id(u"app"_s).toString(QUuid::WithoutBraces),
                        f.id(u"srv1"_s).toString(QUuid::WithoutBraces)};
        const QString app = ids.first();
        ids.sort();
        const QString both = ids.join(u',');
        QCOMPARE(lines, QStringList({
                            u"create name  Freeze 0"_s,
                            u"create starts  2026-03-01T00:00:00.000Z 0"_s,
                            u"create ends  2026-03-02T00:00:00.000Z 0"_s,
                            u"create global  false 0"_s,
                            u"create scope  "_s + app + u" 0"_s,
                            u"update name Freeze Renamed 1"_s,
                            u"update scope "_s + app + u' ' + both + u" 1"_s,
                            u"delete name Renamed  2"_s,
                            u"delete starts 2026-03-01T00:00:00.000Z  2"_s,
                            u"delete ends 2026-03-02T00:00:00.000Z  2"_s,
                            u"delete global false  2"_s,
                            u"delete scope "_s + both + u"  2"_s,
                        }));

        // and the maintenance windows likewise
        auto window =
            windows.createMaintenanceWindow(weekly(f.id(u"shop"_s), 7, 120, 120), manager);
        SD_VERIFY_OK(window);
        StoredMaintenanceWindow moved = *window;
        moved.weekday = 6;
        SD_VERIFY_OK(windows.updateMaintenanceWindow(moved, manager));
        auto windowHistory = Journal(f.db()).history(window->id);
        SD_VERIFY_OK(windowHistory);
        QStringList windowLines;
        for (const JournalEntry &entry : std::as_const(*windowHistory))
            windowLines << u"%1 %2 %3 %4 %5"_s.arg(entry.entity, entry.action, entry.field,
                                                   entry.oldValue, entry.newValue);
        QCOMPARE(windowLines, QStringList({u"maintenance_windows create service  "_s +
                                               f.id(u"shop"_s).toString(QUuid::WithoutBraces),
                                           u"maintenance_windows create name  Patch night"_s,
                                           u"maintenance_windows create weekday  7"_s,
                                           u"maintenance_windows create start_minute  120"_s,
                                           u"maintenance_windows create duration_minutes  120"_s,
                                           u"maintenance_windows create time_zone  Europe/Berlin"_s,
                                           u"maintenance_windows update weekday 7 6"_s}));
    }

    void shouldKeepMaintenanceWindowsOfServices_data() { Test::addDriverRows(); }
    void shouldKeepMaintenanceWindowsOfServices()
    {
        SD_WINDOWS_FIXTURE(f);
        // When two windows are added to shop
        SD_VERIFY_OK(
            windows.createMaintenanceWindow(weekly(f.id(u"shop"_s), 7, 120, 120), manager));
        auto monday =
            windows.createMaintenanceWindow(weekly(f.id(u"shop"_s), 1, 1320, 90, u" "_s), manager);
        SD_VERIFY_OK(monday);
        // Then they are listed by weekday, an empty zone taken as UTC
        auto listed = windows.maintenanceWindows(f.id(u"shop"_s));
        SD_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).weekday, 1);
        QCOMPARE(listed->at(0).startMinute, 1320);
        QCOMPARE(listed->at(0).durationMinutes, 90);
        QCOMPARE(listed->at(0).timeZone, u"UTC"_s);
        QCOMPARE(listed->at(0).serviceName, u"shop"_s);
        QCOMPARE(listed->at(1).weekday, 7);
        QCOMPARE(listed->at(1).timeZone, u"Europe/Berlin"_s);
        auto services = windows.services();
        SD_VERIFY_OK(services);
        QCOMPARE(services->size(), 1);
        QCOMPARE(services->first().name, u"shop"_s);

        // When one is edited and the other deleted
        StoredMaintenanceWindow edited = listed->at(0);
        edited.name = QString();
        edited.startMinute = 0;
        auto updated = windows.updateMaintenanceWindow(edited, manager);
        SD_VERIFY_OK(updated);
        QCOMPARE(updated->version, 2);
        SD_VERIFY_OK(windows.removeMaintenanceWindow(listed->at(1).id, 1, manager));
        listed = windows.maintenanceWindows(f.id(u"shop"_s));
        SD_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().startMinute, 0);
        QVERIFY(listed->first().name.isEmpty());
    }

    void shouldNameTheFieldOfAnInvalidMaintenanceWindow_data() { Test::addDriverRows(); }
    void shouldNameTheFieldOfAnInvalidMaintenanceWindow()
    {
        SD_WINDOWS_FIXTURE(f);
        const QUuid shop = f.id(u"shop"_s);
        const QList<std::pair<StoredMaintenanceWindow, QString>> cases = {
            {weekly({}, 7, 0, 60), u"Field \"service\": a maintenance window needs a service"_s},
            {weekly(newId(), 7, 0, 60),
             u"Field \"service\": there is no configuration item with the id"_s},
            {weekly(f.id(u"app"_s), 7, 0, 60),
             u"Field \"service\": \"app\" is of class server, not a business service"_s},
            {weekly(shop, 0, 0, 60),
             u"Field \"weekday\": 0 is not a weekday (1 = Monday … 7 = Sunday)"_s},
            {weekly(shop, 8, 0, 60), u"Field \"weekday\": 8 is not a weekday"_s},
            {weekly(shop, 1, -1, 60), u"Field \"start_minute\": -1 is not a time of day"_s},
            {weekly(shop, 1, 1440, 60), u"Field \"start_minute\": 1440 is not a time of day"_s},
            {weekly(shop, 1, 0, 0),
             u"Field \"duration_minutes\": a maintenance window lasts from 1 to 10080 minutes "
             u"(one week), not 0"_s},
            {weekly(shop, 1, 0, 10081), u"Field \"duration_minutes\""_s},
            {weekly(shop, 1, 0, 60, u"Mars/Olympus"_s),
             u"Field \"time_zone\": \"Mars/Olympus\" is not a known time zone"_s},
        };
        for (const auto &[window, message] : cases) {
            auto created = windows.createMaintenanceWindow(window, manager);
            QVERIFY2(!created, qPrintable(message));
            QCOMPARE(created.error().kind, ErrorKind::InvalidData);
            QVERIFY2(created.error().message.startsWith(message),
                     qPrintable(created.error().message));
        }
        QCOMPARE(rows(f.db(), "maintenance_windows"), 0);
    }

    void shouldShowNewWindowsToTheCollisionEngine_data() { Test::addDriverRows(); }
    void shouldShowNewWindowsToTheCollisionEngine()
    {
        SD_WINDOWS_FIXTURE(f);
        // Given a change on srv1, which shop depends on through app
        SD_VERIFY_OK(
            addChange(f.db(), u"CHG1"_s, "2026-03-02T10:00", "2026-03-02T12:00", f.id(u"srv1"_s)));
        const auto march =
            Change::TimeSpan::fromDateTimes(utc("2026-03-01T00:00"), utc("2026-04-01T00:00"));
        auto before = ChangeScheduleRepository(f.db()).load(march);
        SD_VERIFY_OK(before);
        QVERIFY(Change::findCollisions(before->input).isEmpty());

        // When a freeze on shop over the change's time and a window for shop are created
        auto created = windows.createBlackout(
            freeze(u"Release freeze"_s, "2026-03-02T00:00", "2026-03-03T00:00", {f.id(u"shop"_s)}),
            manager);
        SD_VERIFY_OK(created);
        SD_VERIFY_OK(
            windows.createMaintenanceWindow(weekly(f.id(u"shop"_s), 7, 120, 120), manager));

        // Then the schedule sees both, and the change collides with the freeze
        auto after = ChangeScheduleRepository(f.db()).load(march);
        SD_VERIFY_OK(after);
        QCOMPARE(after->input.blackouts.size(), 1);
        QCOMPARE(after->input.blackouts.first().scope, QList<QUuid>{f.id(u"shop"_s)});
        QCOMPARE(after->input.maintenance.value(f.id(u"shop"_s)).size(), 1);
        const QList<Change::Collision> collisions = Change::findCollisions(after->input);
        QCOMPARE(collisions.size(), 1);
        QCOMPARE(collisions.first().kind, Change::CollisionKind::Blackout);
        QCOMPARE(collisions.first().numbers, QList<QString>{u"CHG1"_s});
        QCOMPARE(collisions.first().windows, QList<QUuid>{created->id});

        // and once the freeze is deleted, the change is free again
        SD_VERIFY_OK(windows.removeBlackout(created->id, 1, manager));
        auto freed = ChangeScheduleRepository(f.db()).load(march);
        SD_VERIFY_OK(freed);
        QVERIFY(Change::findCollisions(freed->input).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WindowRepository)
#include "tst_windowrepository.moc"
