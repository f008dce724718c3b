// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "storage/cirepository.h"
#include "storage/directoryrepository.h"
#include "storage/ids.h"
#include "storage/journal.h"
#include "storage/slarepository.h"
#include "storage/ticketrepository.h"

#include "core/timestamps.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

namespace {

qint64 countRows(Database &db, const QString &table)
{
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return query.ok() && query->next() ? query->value(0).toLongLong() : -1;
}

// Given a migrated database with admin, a user, a group and two CIs.
struct Fixture
{
    std::unique_ptr<Database> db;
    User admin;
};

Result<Fixture> makeFixture(Test::TestDatabase &testDb)
{
    auto opened = testDb.open();
    if (!opened)
        return opened.error();
    Fixture fixture{std::move(opened.value()), {}};
    DirectoryRepository directory(*fixture.db);
    auto admin = directory.ensureAdmin();
    if (!admin)
        return admin.error();
    fixture.admin = *admin;
    User alice;
    alice.login = QStringLiteral("alice");
    alice.roles = {QStringLiteral("operator")};
    if (auto created = directory.createUser(alice, admin->id); !created)
        return created.error();
    Group network;
    network.name = QStringLiteral("Network Ops");
    if (auto created = directory.createGroup(network, admin->id); !created)
        return created.error();
    CiRepository cis(*fixture.db);
    for (const char *name : {"sw-core-01", "fw-edge-01"}) {
        ConfigurationItem ci;
        ci.name = QString::fromLatin1(name);
        ci.ciClass = QStringLiteral("network_device");
        if (auto created = cis.create(ci, admin->id); !created)
            return created.error();
    }
    return fixture;
}

#define SD_FIXTURE(var)                                                                            \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto var##Made = makeFixture(*testDb);                                                         \
    QVERIFY2(var##Made.ok(), qPrintable(var##Made.ok() ? QString() : var##Made.error().message));  \
    Fixture &var = *var##Made

} // namespace

class tst_TicketRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateShowAndUpdateATicket_data() { Test::addDriverRows(); }
    void shouldCreateShowAndUpdateATicket()
    {
        SD_FIXTURE(f);
        TicketRepository tickets(*f.db);
        // When an incident is created with references and levels
        auto created = tickets.create(TicketKind::Incident,
                                      {{QStringLiteral("title"), QStringLiteral("VPN drops")},
                                       {QStringLiteral("impact"), QStringLiteral("1")},
                                       {QStringLiteral("urgency"), QStringLiteral("2")},
                                       {QStringLiteral("assignee"), QStringLiteral("alice")},
                                       {QStringLiteral("group"), QStringLiteral("Network Ops")},
                                       {QStringLiteral("ci"), QStringLiteral("fw-edge-01")}},
                                      f.admin.id);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        // Then it gets the first number, its first state and the derived priority
        QCOMPARE(created->number, QStringLiteral("INC0000001"));
        auto shown = tickets.findByNumber(QStringLiteral("inc0000001"));
        QVERIFY(shown.ok());
        QCOMPARE(shown->fields.value(QStringLiteral("state")), QStringLiteral("new"));
        QCOMPARE(shown->fields.value(QStringLiteral("priority")), QStringLiteral("2"));
        QCOMPARE(shown->fields.value(QStringLiteral("assignee")), QStringLiteral("alice"));
        QCOMPARE(shown->fields.value(QStringLiteral("group")), QStringLiteral("Network Ops"));
        QCOMPARE(shown->fields.value(QStringLiteral("ci")), QStringLiteral("fw-edge-01"));
        QVERIFY(shown->fields.value(QStringLiteral("opened")).endsWith(QLatin1Char('Z')));
        QCOMPARE(shown->version, 1);

        // When impact and title change
        auto updated = tickets.update(QStringLiteral("INC0000001"),
                                      {{QStringLiteral("impact"), QStringLiteral("2")},
                                       {QStringLiteral("title"), QStringLiteral("VPN drops hourly")}},
                                      f.admin.id);
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
        // Then priority follows and the version moves on
        QCOMPARE(updated->fields.value(QStringLiteral("priority")), QStringLiteral("3"));
        QCOMPARE(updated->version, 2);

        // And the journal holds the update with old and new values, priority included
        auto history = Journal(*f.db).history(updated->id);
        QVERIFY(history.ok());
        QMap<QString, QPair<QString, QString>> changes;
        for (const JournalEntry &entry : *history) {
            if (entry.action == u"update") {
                changes.insert(entry.field, {entry.oldValue, entry.newValue});
                QCOMPARE(entry.baseVersion, 1);
                QCOMPARE(entry.actorId, f.admin.id);
            }
        }
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.value(QStringLiteral("impact")), qMakePair(QStringLiteral("1"), QStringLiteral("2")));
        QCOMPARE(changes.value(QStringLiteral("priority")), qMakePair(QStringLiteral("2"), QStringLiteral("3")));
        QCOMPARE(changes.value(QStringLiteral("title")),
                 qMakePair(QStringLiteral("VPN drops"), QStringLiteral("VPN drops hourly")));
    }

    void shouldKeepChangeFieldsAndAffectedCis_data() { Test::addDriverRows(); }
    void shouldKeepChangeFieldsAndAffectedCis()
    {
        SD_FIXTURE(f);
        TicketRepository tickets(*f.db);
        auto created = tickets.create(
            TicketKind::Change,
            {{QStringLiteral("title"), QStringLiteral("Replace core switch")},
             {QStringLiteral("planned_start"), QStringLiteral("2026-12-05T22:00:00Z")},
             {QStringLiteral("planned_end"), QStringLiteral("2026-12-06T02:00:00+00:00")},
             {QStringLiteral("cis"), QStringLiteral("sw-core-01, fw-edge-01")},
             {QStringLiteral("risk"), QStringLiteral("high")}},
            f.admin.id);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(created->number, QStringLiteral("CHG0000001"));
        QCOMPARE(created->fields.value(QStringLiteral("state")), QStringLiteral("draft"));
        QCOMPARE(created->fields.value(QStringLiteral("change_type")), QStringLiteral("normal"));
        QCOMPARE(created->fields.value(QStringLiteral("cis")), QStringLiteral("fw-edge-01,sw-core-01"));
        QCOMPARE(created->fields.value(QStringLiteral("planned_start")),
                 QStringLiteral("2026-12-05T22:00:00.000Z"));
        auto updated = tickets.update(created->number, {{QStringLiteral("cis"), QStringLiteral("sw-core-01")}},
                                      f.admin.id);
        QVERIFY(updated.ok());
        QCOMPARE(updated->fields.value(QStringLiteral("cis")), QStringLiteral("sw-core-01"));
        QCOMPARE(countRows(*f.db, QStringLiteral("change_cis")), 1);
    }

    void shouldRejectBadInputAndWriteNothing_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        const QList<std::array<const char *, 3>> cases = {
            {"colour", "red", "colour"},
            {"impact", "7", "impact"},
            {"resolved", "2026-02-30", "resolved"},
            {"assignee", "nobody", "nobody"},
            {"group", "No Such Group", "No Such Group"},
            {"priority", "1", "priority"},
        };
        for (const char *driver : {"QSQLITE", "QPSQL"}) {
            const QString only = qEnvironmentVariable("SERVICEDECK_TEST_DRIVERS");
            if (!only.isEmpty() && only != QLatin1String(driver))
                continue;
            for (const auto &c : cases)
                QTest::addRow("%s %s=%s", driver, c[0], c[1])
                    << QString::fromLatin1(driver) << QString::fromLatin1(c[0])
                    << QString::fromLatin1(c[1]) << QString::fromLatin1(c[2]);
        }
    }
    void shouldRejectBadInputAndWriteNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, named);
        SD_FIXTURE(f);
        TicketRepository tickets(*f.db);
        auto existing = tickets.create(TicketKind::Incident,
                                       {{QStringLiteral("title"), QStringLiteral("Printer jam")}},
                                       f.admin.id);
        QVERIFY(existing.ok());
        const qint64 journalBefore = countRows(*f.db, QStringLiteral("journal"));

        auto created = tickets.create(TicketKind::Incident,
                                      {{QStringLiteral("title"), QStringLiteral("x")}, {field, value}},
                                      f.admin.id);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, ErrorKind::InvalidData);
        QVERIFY2(created.error().message.contains(named), qPrintable(created.error().message));

        auto updated = tickets.update(existing->number, {{field, value}}, f.admin.id);
        QVERIFY(!updated.ok());
        QVERIFY2(updated.error().message.contains(named), qPrintable(updated.error().message));

        QCOMPARE(countRows(*f.db, QStringLiteral("tickets")), 1);
        QCOMPARE(countRows(*f.db, QStringLiteral("journal")), journalBefore);
        auto unchanged = tickets.findByNumber(existing->number);
        QCOMPARE(unchanged->version, 1);
        // The number sequence did not move either: the next ticket is INC0000002.
        auto next = tickets.create(TicketKind::Incident, {{QStringLiteral("title"), QStringLiteral("y")}},
                                   f.admin.id);
        QCOMPARE(next->number, QStringLiteral("INC0000002"));
    }

    void shouldRefuseAnInvalidTransitionAndChangeNothing_data() { Test::addDriverRows(); }
    void shouldRefuseAnInvalidTransitionAndChangeNothing()
    {
        SD_FIXTURE(f);
        TicketRepository tickets(*f.db);
        auto created = tickets.create(TicketKind::Incident,
                                      {{QStringLiteral("title"), QStringLiteral("Disk full")}},
                                      f.admin.id);
        QVERIFY(created.ok());
        const qint64 journal = countRows(*f.db, QStringLiteral("journal"));
        // When an incident that was never resolved is closed
        auto closed = tickets.update(created->number,
                                     {{QStringLiteral("state"), QStringLiteral("closed")}},
                                     f.admin.id);
        // Then it is refused, naming the transitions that are allowed, and nothing changes
        QVERIFY(!closed.ok());
        QCOMPARE(closed.error().kind, ErrorKind::InvalidData);
        QVERIFY2(closed.error().message.contains(QStringLiteral("allowed: assigned, cancelled")),
                 qPrintable(closed.error().message));
        QCOMPARE(countRows(*f.db, QStringLiteral("journal")), journal);
        QCOMPARE(tickets.findByNumber(created->number)->version, 1);
        // And a new ticket cannot start half-way through its lifecycle
        auto skipping = tickets.create(TicketKind::Incident,
                                       {{QStringLiteral("title"), QStringLiteral("x")},
                                        {QStringLiteral("state"), QStringLiteral("resolved")}},
                                       f.admin.id);
        QVERIFY(!skipping.ok());
        QVERIFY(skipping.error().message.contains(QStringLiteral("state")));
    }

    void shouldWalkTheLifecycleAndKeepTimestamps_data() { Test::addDriverRows(); }
    void shouldWalkTheLifecycleAndKeepTimestamps()
    {
        SD_FIXTURE(f);
        TicketRepository tickets(*f.db);
        auto created = tickets.create(TicketKind::Incident,
                                      {{QStringLiteral("title"), QStringLiteral("Disk full")}},
                                      f.admin.id);
        QVERIFY(created.ok());
        const QString number = created->number;
        const QList<FieldAssignments> steps = {
            {{QStringLiteral("state"), QStringLiteral("assigned")},
             {QStringLiteral("group"), QStringLiteral("Network Ops")}},
            {{QStringLiteral("state"), QStringLiteral("in_progress")},
             {QStringLiteral("assignee"), QStringLiteral("alice")}},
            {{QStringLiteral("state"), QStringLiteral("resolved")},
             {QStringLiteral("resolution"), QStringLiteral("Rotated the logs")}},
        };
        for (const FieldAssignments &step : steps) {
            auto moved = tickets.update(number, step, f.admin.id);
            QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
        }
        auto resolved = tickets.findByNumber(number);
        QCOMPARE(resolved->fields.value(QStringLiteral("state")), QStringLiteral("resolved"));
        QVERIFY(!resolved->fields.value(QStringLiteral("resolved")).isEmpty());
        // Reopening clears the resolution time; the journal keeps both steps
        QVERIFY(tickets.update(number, {{QStringLiteral("state"), QStringLiteral("in_progress")}},
                               f.admin.id)
                    .ok());
        QVERIFY(!tickets.findByNumber(number)->fields.contains(QStringLiteral("resolved")));
        auto history = Journal(*f.db).history(created->id);
        int resolvedChanges = 0;
        for (const JournalEntry &entry : *history)
            resolvedChanges += entry.field == u"resolved" ? 1 : 0;
        QCOMPARE(resolvedChanges, 2);
    }

    void shouldPauseTheSlaClockWhilePending_data() { Test::addDriverRows(); }
    void shouldPauseTheSlaClockWhilePending()
    {
        SD_FIXTURE(f);
        // Given an around-the-clock policy for P5 incidents: respond in 1 h, resolve in 8 h
        const QUuid calendarId = newId();
        QVERIFY(f.db->exec(QStringLiteral("INSERT INTO business_calendars (id, name, time_zone, "
                                          "around_the_clock) VALUES (?, '24x7', 'UTC', ?)"),
                           {Database::idValue(calendarId), true})
                    .ok());
        QVERIFY(f.db->exec(QStringLiteral("INSERT INTO sla_policies (id, name, kind, priority, "
                                          "calendar_id, response_minutes, resolution_minutes) "
                                          "VALUES (?, 'P5 incident', 'incident', 5, ?, 60, 480)"),
                           {Database::idValue(newId()), Database::idValue(calendarId)})
                    .ok());
        TicketRepository tickets(*f.db);
        auto created = tickets.create(TicketKind::Incident,
                                      {{QStringLiteral("title"), QStringLiteral("Slow wifi")},
                                       {QStringLiteral("group"), QStringLiteral("Network Ops")},
                                       {QStringLiteral("assignee"), QStringLiteral("alice")}},
                                      f.admin.id);
        QVERIFY(created.ok());
        const auto opened = parseIsoInstant(created->fields.value(QStringLiteral("opened")));
        SlaRepository sla(*f.db);
        // Then it gets due instants from the policy and starts on track
        auto status = sla.status(created->id, *opened);
        QVERIFY(status.ok());
        QCOMPARE(status->state, SlaState::Ok);
        QCOMPARE(status->leftSeconds, qint64(8 * 3600));
        // When it moves to pending, the clock stops
        for (const char *state : {"assigned", "in_progress", "pending"})
            QVERIFY(tickets.update(created->number, {{QStringLiteral("state"), QLatin1String(state)}},
                                   f.admin.id)
                        .ok());
        auto paused = sla.status(created->id, opened->addSecs(20 * 3600));
        QCOMPARE(paused->state, SlaState::Paused);
        // Given it was opened ten hours ago and has been pending for the last eight
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(f.db->exec(QStringLiteral("UPDATE tickets SET opened = ?, pending_since = ? "
                                          "WHERE id = ?"),
                           {toIsoUtc(now.addSecs(-10 * 3600)), toIsoUtc(now.addSecs(-8 * 3600)),
                            Database::idValue(created->id)})
                    .ok());
        // When work resumes
        QVERIFY(tickets.update(created->number, {{QStringLiteral("state"), QStringLiteral("in_progress")}},
                               f.admin.id)
                    .ok());
        // Then the eight paused hours are added to the target: due in six hours, two hours used
        auto due = f.db->exec(QStringLiteral("SELECT resolution_due, pending_since, paused_seconds, "
                                             "first_response FROM tickets WHERE id = ?"),
                              {Database::idValue(created->id)});
        QVERIFY(due.ok() && due->next());
        QVERIFY(due->value(1).isNull());
        QVERIFY(!due->value(3).isNull());
        const qint64 pausedSeconds = due->value(2).toLongLong();
        QVERIFY2(qAbs(pausedSeconds - 8 * 3600) <= 60, qPrintable(QString::number(pausedSeconds)));
        const QDateTime resolutionDue = *parseIsoInstant(Database::instantText(due->value(0)));
        QCOMPARE(resolutionDue, now.addSecs(-10 * 3600 + 8 * 3600 + pausedSeconds));
        auto resumed = sla.status(created->id, now.addSecs(-10 * 3600 + 2 * 3600 + pausedSeconds));
        QCOMPARE(resumed->state, SlaState::Ok);
        QCOMPARE(resumed->leftSeconds, qint64(6 * 3600));
    }

    void shouldNameAnUnknownNumber_data() { Test::addDriverRows(); }
    void shouldNameAnUnknownNumber()
    {
        SD_FIXTURE(f);
        TicketRepository tickets(*f.db);
        auto missing = tickets.update(QStringLiteral("INC0000099"),
                                      {{QStringLiteral("title"), QStringLiteral("x")}}, f.admin.id);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::InvalidData);
        QVERIFY(missing.error().message.contains(QStringLiteral("INC0000099")));
    }

    void shouldRefuseAStaleVersion_data() { Test::addDriverRows(); }
    void shouldRefuseAStaleVersion()
    {
        SD_FIXTURE(f);
        TicketRepository tickets(*f.db);
        auto created = tickets.create(TicketKind::Request,
                                      {{QStringLiteral("title"), QStringLiteral("New laptop")}},
                                      f.admin.id);
        QVERIFY(created.ok());
        QVERIFY(tickets.update(created->number, {{QStringLiteral("urgency"), QStringLiteral("1")}},
                               f.admin.id, 1)
                    .ok());
        auto stale = tickets.update(created->number, {{QStringLiteral("urgency"), QStringLiteral("2")}},
                                    f.admin.id, 1);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, ErrorKind::Conflict);
        QCOMPARE(tickets.findByNumber(created->number)->fields.value(QStringLiteral("urgency")),
                 QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(tst_TicketRepository)
#include "tst_ticketrepository.moc"
