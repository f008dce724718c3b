// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "storage/bulkinsert.h"
#include "storage/directoryrepository.h"
#include "storage/seed/seeder.h"
#include "storage/seed/seedrandom.h"
#include "storage/seed/seedtime.h"
#include "storage/sqlitehandle.h"

#include "core/priority.h"
#include "core/sla/businesscalendar.h"
#include "core/ticketkind.h"
#include "core/timestamps.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTime>
#include <QUuid>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

namespace {

SeedOptions smallOptions(quint32 seed = 7)
{
    SeedOptions options;
    options.tickets = 300;
    options.cis = 60;
    options.changes = 20;
    options.randomSeed = seed;
    options.until = QDate(2025, 6, 30);
    return options;
}

qint64 count(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto query = db.exec(sql, values);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

// The SQLite schema objects of the tickets table: indexes and triggers (sorted names).
QStringList ticketSchemaObjects(Database &db)
{
    QStringList names;
    auto query = db.exec(QStringLiteral("SELECT type || ':' || name FROM sqlite_master WHERE "
                                        "tbl_name = 'tickets' AND type IN ('index', 'trigger') "
                                        "ORDER BY 1"));
    while (query && query->next())
        names << query->value(0).toString();
    return names;
}

// Every column of the result as text in the same form on both drivers (instants, ids, bools).
QByteArray digest(Database &db)
{
    const QStringList queries = {
        QStringLiteral("SELECT id, number, kind, title, description, state, impact, urgency, "
                       "priority, category, requester_id, assignee_id, group_id, service_id, "
                       "ci_id, opened, updated, resolved, closed, resolution, first_response, "
                       "response_due, resolution_due, known_error, change_type, risk, "
                       "planned_start, planned_end FROM tickets ORDER BY number"),
        QStringLiteral("SELECT id, name, class, status, owner_group_id, created FROM cis "
                       "ORDER BY name"),
        QStringLiteral("SELECT id, source_id, type, target_id FROM ci_relations ORDER BY id"),
        QStringLiteral("SELECT ci_id, name, value FROM ci_attributes ORDER BY ci_id, name"),
        QStringLiteral("SELECT id, login, display_name FROM users WHERE login <> 'admin' "
                       "ORDER BY login"),
        QStringLiteral("SELECT change_id, ci_id FROM change_cis ORDER BY change_id, ci_id"),
        QStringLiteral("SELECT op_id, entity_id, at FROM journal WHERE origin = 'seed' "
                       "ORDER BY op_id"),
        QStringLiteral("SELECT name, starts, ends FROM blackout_windows ORDER BY name"),
        QStringLiteral("SELECT id, ticket_id, author_id, body, visibility, created FROM comments "
                       "ORDER BY id"),
        QStringLiteral("SELECT id, ticket_id, author_id, minutes, note, visibility, worked_on "
                       "FROM worklog ORDER BY id"),
        QStringLiteral("SELECT id, source_id, type, target_id, created FROM ticket_links "
                       "ORDER BY id"),
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &sql : queries) {
        auto query = db.exec(sql);
        if (!query)
            return QByteArray("error: ") + query.error().message.toUtf8();
        while (query->next()) {
            for (int i = 0; i < query->record().count(); ++i) {
                const QVariant value = query->value(i);
                QString text;
                if (value.metaType().id() == QMetaType::QDateTime)
                    text = Database::instantText(value);
                else if (value.metaType().id() == QMetaType::Bool)
                    text = value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
                else
                    text = value.toString();
                hash.addData(text.toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\n", 1));
        }
    }
    return hash.result().toHex();
}

} // namespace

// A second, fresh SQLite database with the schema, for comparing schema objects.
#define SD_TEST_DATABASE_AGAIN(var)                                                                \
    auto var##Test = Test::TestDatabase::create(QStringLiteral("QSQLITE"));                        \
    QVERIFY(var##Test.ok());                                                                       \
    auto var##Db = (*var##Test)->open();                                                           \
    QVERIFY(var##Db.ok());                                                                         \
    Database *var = var##Db->get()

class tst_Seeder : public QObject
{
    Q_OBJECT

private slots:
    void shouldFormatInstantsLikeCore()
    {
        // Given instants across years, leap days and midnight; Then the fast path agrees.
        Internal::SeedRandom random(3, 1);
        const qint64 from =
            QDateTime(QDate(1999, 12, 31), QTime(23, 59), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 2000; ++i) {
            const qint64 ms = from + random.below64(qint64(40) * 365 * Internal::DayMs);
            QCOMPARE(Internal::isoText(ms), toIsoUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)));
        }
        QCOMPARE(Internal::isoText(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
    }

    void shouldMakeVersion4Uuids()
    {
        Internal::SeedRandom random(1, 1);
        const QString text = random.uuid();
        const QUuid id = QUuid::fromString(text);
        QVERIFY(!id.isNull());
        QCOMPARE(id.version(), QUuid::Random);
        QCOMPARE(id.variant(), QUuid::DCE);
        QCOMPARE(text, id.toString(QUuid::WithoutBraces));
        QVERIFY(random.uuid() != text);
    }

    void shouldAddOfficeTimeAcrossNightsWeekendsAndHolidays_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QDateTime>("due");
        // Berlin office hours 08:00–18:00 = 06:00–16:00 UTC in summer, 07:00–17:00 in winter.
        QTest::newRow("within a day") << QDateTime(QDate(2025, 6, 4), QTime(8, 0), Qt::UTC) << 60
                                      << QDateTime(QDate(2025, 6, 4), QTime(9, 0), Qt::UTC);
        QTest::newRow("over the weekend")
            << QDateTime(QDate(2025, 6, 13), QTime(15, 0), Qt::UTC) << 120
            << QDateTime(QDate(2025, 6, 16), QTime(7, 0), Qt::UTC);
        QTest::newRow("from the night") << QDateTime(QDate(2025, 6, 4), QTime(22, 0), Qt::UTC) << 30
                                        << QDateTime(QDate(2025, 6, 5), QTime(6, 30), Qt::UTC);
        QTest::newRow("over Christmas")
            << QDateTime(QDate(2024, 12, 24), QTime(16, 30), Qt::UTC) << 60
            << QDateTime(QDate(2024, 12, 27), QTime(7, 30), Qt::UTC);
    }
    void shouldAddOfficeTimeAcrossNightsWeekendsAndHolidays()
    {
        QFETCH(QDateTime, from);
        QFETCH(int, minutes);
        QFETCH(QDateTime, due);
        const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 end = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const Internal::ZoneOffsets berlin("Europe/Berlin", start, end);
        const QList<Internal::Holiday> holidays =
            Internal::germanHolidays(2024) + Internal::germanHolidays(2025);
        const Internal::OfficeHours table(berlin, 8 * 60, 18 * 60, holidays,
                                          Internal::dayNumber(start), Internal::dayNumber(end));
        const Internal::OfficeHours walking(berlin, 8 * 60, 18 * 60, holidays, 0, -1);
        QCOMPARE(table.addBusinessTime(from.toMSecsSinceEpoch(), minutes * Internal::MinuteMs),
                 due.toMSecsSinceEpoch());
        QCOMPARE(walking.addBusinessTime(from.toMSecsSinceEpoch(), minutes * Internal::MinuteMs),
                 due.toMSecsSinceEpoch());
    }

    void shouldAgreeWithCoreBusinessCalendar()
    {
        // Given core's calendar and the seeder's fast one for Berlin office hours
        const qint64 start = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 end = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const Internal::ZoneOffsets berlin("Europe/Berlin", start, end + 400 * Internal::DayMs);
        QList<Internal::Holiday> holidays;
        QSet<QDate> holidayDates;
        for (int year = 2023; year <= 2026; ++year)
            holidays << Internal::germanHolidays(year);
        for (const Internal::Holiday &holiday : std::as_const(holidays))
            holidayDates.insert(holiday.day);
        const Internal::OfficeHours fast(berlin, 8 * 60, 18 * 60, holidays,
                                         Internal::dayNumber(start),
                                         Internal::dayNumber(end) + 400);
        QList<WorkingHours> hours;
        for (int weekday = 1; weekday <= 5; ++weekday)
            hours << WorkingHours{weekday, 8 * 60, 18 * 60};
        const BusinessCalendar core(QTimeZone("Europe/Berlin"), hours, holidayDates);

        // Then SLA due instants agree for random tickets and targets, across DST and holidays
        Internal::SeedRandom random(5, 2);
        for (int i = 0; i < 3000; ++i) {
            const qint64 opened = start + random.below64(end - start);
            const qint64 seconds = random.between64(60, 40 * 3600);
            const QDateTime expected =
                core.addBusinessSeconds(QDateTime::fromMSecsSinceEpoch(opened, Qt::UTC), seconds);
            QCOMPARE(fast.addBusinessTime(opened, seconds * 1000), expected.toMSecsSinceEpoch());
        }
    }

    void shouldSeedTheRequestedCounts_data() { Test::addDriverRows(); }
    void shouldSeedTheRequestedCounts()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY(db.ok());
        Database &d = **db;
        // Given a database prepared like `init` does it, with its admin
        QVERIFY(DirectoryRepository(d).ensureAdmin().ok());

        // When seeding small counts
        auto report = Seeder(d).run(smallOptions());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));

        // Then the tickets, changes and CIs are there in the requested numbers
        QCOMPARE(report->tickets, qint64(300));
        QCOMPARE(report->changes, qint64(20));
        QCOMPARE(report->cis, qint64(60));
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE kind <> 'change'")),
                 qint64(300));
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE kind = 'change'")),
                 qint64(20));
        const qint64 incidents = count(d, QStringLiteral("SELECT COUNT(*) FROM tickets "
                                                         "WHERE kind = 'incident'"));
        const qint64 requests = count(d, QStringLiteral("SELECT COUNT(*) FROM tickets "
                                                        "WHERE kind = 'request'"));
        const qint64 problems = count(d, QStringLiteral("SELECT COUNT(*) FROM tickets "
                                                        "WHERE kind = 'problem'"));
        QVERIFY(incidents > requests);
        QVERIFY(requests > problems);
        QVERIFY(problems > 0);
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM cis")), qint64(60));
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM ci_relations")), report->relations);
        QVERIFY2(report->relations >= 2 * report->cis,
                 qPrintable(QString::number(report->relations)));
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM users WHERE login <> 'admin'")),
                 report->users);
        QCOMPARE(report->users, qint64(20));
        QVERIFY(report->groups >= 8 && report->groups <= 12);
        QVERIFY(count(d, QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE role = 'cab'")) > 0);
        QVERIFY(count(d, QStringLiteral("SELECT COUNT(*) FROM user_roles "
                                        "WHERE role = 'change_manager'")) > 0);
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM sla_policies")), qint64(20));
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM business_calendars")), qint64(2));
        QVERIFY(report->blackouts >= 5 && report->blackouts <= 15);
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM blackout_windows")),
                 report->blackouts);
        // And history shows one creation per ticket and CI
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = 'seed' "
                                         "AND action = 'create' AND entity = 'tickets' "
                                         "AND field IS NULL")),
                 qint64(320));
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM journal WHERE origin = 'seed' "
                                         "AND entity = 'cis'")),
                 qint64(60));

        // And the bulk load left the schema as it was: indexes and full-text triggers, and a
        // full-text index that finds what the tickets say
        if (d.dialect() == Dialect::Sqlite) {
            SD_TEST_DATABASE_AGAIN(fresh);
            QCOMPARE(ticketSchemaObjects(d), ticketSchemaObjects(*fresh));
            QVERIFY(ticketSchemaObjects(d).contains(QStringLiteral("trigger:tickets_fts_insert")));
            QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM tickets_fts WHERE tickets_fts "
                                             "MATCH 'printer*'")),
                     count(d, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE title LIKE "
                                             "'%printer%' OR description LIKE '%printer%'")));
        }

        // And a second run into the same database is refused instead of half-done
        auto again = Seeder(d).run(smallOptions());
        QVERIFY(!again.ok());
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM tickets")), qint64(320));
    }

    void shouldPlanEveryChangeInTheChosenMonth_data() { Test::addDriverRows(); }
    void shouldPlanEveryChangeInTheChosenMonth()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY(db.ok());
        QVERIFY(DirectoryRepository(**db).ensureAdmin().ok());
        SeedOptions options = smallOptions();
        options.changes = 200;
        options.changeMonth = QDate(2025, 9, 1);
        auto report = Seeder(**db).run(options);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->changes, qint64(200));
        // Every window starts in September, give or take the days the seeder moves work by to reach
        // an evening or a weekend
        auto query = (*db)->exec(QStringLiteral("SELECT planned_start FROM tickets "
                                                "WHERE kind = 'change'"));
        QVERIFY(query.ok());
        int inMonth = 0, all = 0;
        while (query->next()) {
            const QDate day = QDateTime::fromString(Database::instantText(query->value(0)),
                                                    Qt::ISODateWithMs)
                                  .toUTC()
                                  .date();
            QVERIFY2(day >= QDate(2025, 8, 26) && day <= QDate(2025, 10, 6),
                     qPrintable(day.toString(Qt::ISODate)));
            inMonth += day.month() == 9 ? 1 : 0;
            ++all;
        }
        QCOMPARE(all, 200);
        QVERIFY2(inMonth >= 180, qPrintable(QString::number(inMonth)));
    }

    void shouldBeDeterministicForASeed_data() { Test::addDriverRows(); }
    void shouldBeDeterministicForASeed()
    {
        QByteArray digests[3];
        const quint32 seeds[3] = {7, 7, 8};
        for (int i = 0; i < 3; ++i) {
            SD_TEST_DATABASE(testDb);
            auto db = testDb->open();
            QVERIFY(db.ok());
            auto report = Seeder(**db).run(smallOptions(seeds[i]));
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
            digests[i] = digest(**db);
            QVERIFY2(!digests[i].startsWith("error"), digests[i].constData());
        }
        // Same options, same data; another seed, other data.
        QCOMPARE(digests[0], digests[1]);
        QVERIFY(digests[0] != digests[2]);
    }

    void shouldKeepReferencesAndTimesConsistent_data() { Test::addDriverRows(); }
    void shouldKeepReferencesAndTimesConsistent()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY(db.ok());
        Database &d = **db;
        SeedOptions options = smallOptions(11);
        options.tickets = 1500;
        auto report = Seeder(d).run(options);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));

        const QStringList mustBeNone = {
            QStringLiteral(
                "SELECT COUNT(*) FROM tickets WHERE resolved < opened OR closed < opened "
                "OR updated < opened OR first_response < opened"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE closed < resolved"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state IN ('closed', 'cancelled', "
                           "'rejected') AND closed IS NULL"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE kind <> 'change' AND state = "
                           "'closed' AND resolved IS NULL"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state IN ('resolved', 'fulfilled') "
                           "AND (resolved IS NULL OR closed IS NOT NULL)"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state IN ('new', 'assigned', "
                           "'in_progress', 'pending', 'approved', 'fulfilling', 'investigating', "
                           "'known_error', 'draft', 'assessing', 'awaiting_approval', "
                           "'scheduled', 'implementing', 'review') "
                           "AND (resolved IS NOT NULL OR closed IS NOT NULL)"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state = 'pending' "
                           "AND pending_since IS NULL"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state IN ('in_progress', "
                           "'fulfilling', 'investigating', 'known_error') AND assignee_id IS NULL"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state <> 'new' AND kind <> 'change' "
                           "AND group_id IS NULL"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE kind = 'problem' AND state IN "
                           "('known_error', 'resolved', 'closed') AND root_cause IS NULL"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state = 'known_error' "
                           "AND (workaround IS NULL OR known_error = {FALSE})"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE state IN ('resolved', 'closed', "
                           "'fulfilled', 'cancelled', 'rejected') AND kind <> 'change' "
                           "AND resolution IS NULL"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE requester_id IS NULL "
                           "OR title = '' OR response_due < opened"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE kind = 'change' AND "
                           "(planned_start IS NULL OR planned_end <= planned_start)"),
            QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE kind = 'change' AND NOT EXISTS "
                           "(SELECT 1 FROM change_cis x WHERE x.change_id = t.id)"),
            QStringLiteral("SELECT COUNT(*) FROM tickets WHERE kind = 'change' AND state IN "
                           "('closed', 'review') AND (actual_start IS NULL OR actual_end IS NULL "
                           "OR actual_end < actual_start)"),
            QStringLiteral("SELECT COUNT(*) FROM change_approvals WHERE decided < requested "
                           "OR (decision = 'requested') <> (decided IS NULL)"),
        };
        for (const QString &sql : mustBeNone)
            QVERIFY2(count(d, d.expand(sql)) == 0, qPrintable(sql));

        // Every reference points at a record (SQLite seeds without checking them as it goes).
        if (d.dialect() == Dialect::Sqlite) {
            auto dangling = d.exec(QStringLiteral("PRAGMA foreign_key_check"));
            QVERIFY(dangling.ok());
            QVERIFY2(!dangling->next(), qPrintable(dangling->value(0).toString()));
            auto fk = d.exec(QStringLiteral("PRAGMA foreign_keys"));
            QVERIFY(fk.ok() && fk->next());
            QCOMPARE(fk->value(0).toInt(), 1); // back on after seeding
            // The bulk load's journal, syncing and cache are the connection's own again.
            const std::pair<const char *, QString> restored[] = {
                {"PRAGMA journal_mode", QStringLiteral("wal")},
                {"PRAGMA synchronous", QStringLiteral("1")},
                {"PRAGMA cache_size", QStringLiteral("-2000")},
                {"PRAGMA ignore_check_constraints", QStringLiteral("0")},
            };
            for (const auto &[pragma, expected] : restored) {
                auto value = d.exec(QString::fromLatin1(pragma));
                QVERIFY(value.ok() && value->next());
                QCOMPARE(value->value(0).toString(), expected);
            }
            // And the seed is in the database file, not waiting in a write-ahead log.
            QCOMPARE(QFileInfo(d.url().path + QStringLiteral("-wal")).size(), qint64(0));
        }

        // Nothing after the end of the history but planned changes.
        const QString end = QStringLiteral("2025-07-01T00:00:00.000Z");
        QCOMPARE(count(d,
                       QStringLiteral("SELECT COUNT(*) FROM tickets WHERE opened >= ? "
                                      "OR updated >= ? OR closed >= ?"),
                       {end, end, end}),
                 qint64(0));
        QCOMPARE(count(d,
                       QStringLiteral("SELECT COUNT(*) FROM tickets WHERE planned_start >= ? "
                                      "AND state IN ('implementing', 'review', 'closed')"),
                       {end}),
                 qint64(0));

        // Priorities follow the matrix and states the lifecycle.
        auto rows = d.exec(QStringLiteral("SELECT kind, state, impact, urgency, priority "
                                          "FROM tickets"));
        QVERIFY(rows.ok());
        while (rows->next()) {
            const auto kind = kindFromName(rows->value(0).toString());
            QVERIFY(kind.has_value());
            QVERIFY2(isState(*kind, rows->value(1).toString()),
                     qPrintable(rows->value(1).toString()));
            QCOMPARE(rows->value(4).toInt(),
                     priorityFor(rows->value(2).toInt(), rows->value(3).toInt()));
        }

        // Numbers run 1..n per kind without gaps, and the sequences continue after them.
        for (TicketKind kind : allTicketKinds()) {
            const qint64 n = count(d, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE kind = ?"),
                                   {kindName(kind)});
            auto highest = d.exec(QStringLiteral("SELECT MAX(number) FROM tickets WHERE kind = ?"),
                                  {kindName(kind)});
            QVERIFY(highest.ok() && highest->next());
            QCOMPARE(highest->value(0).toString(), formatNumber(kind, n));
            QCOMPARE(count(d,
                           QStringLiteral("SELECT next_value FROM number_sequences "
                                          "WHERE kind = ?"),
                           {kindName(kind)}),
                     n + 1);
        }
        // And within a kind the numbers follow the opening order.
        auto ordered = d.exec(QStringLiteral("SELECT number FROM tickets WHERE kind = 'incident' "
                                             "ORDER BY opened, number"));
        QVERIFY(ordered.ok());
        QString previous;
        while (ordered->next()) {
            const QString number = ordered->value(0).toString();
            QVERIFY2(number > previous, qPrintable(number));
            previous = number;
        }
    }

    void shouldStopWhenCancelled_data() { Test::addDriverRows(); }
    void shouldStopWhenCancelled()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY(db.ok());
        Database &d = **db;
        // Given a progress callback that says stop when the tickets begin
        QStringList phases;
        const SeedProgress stopAtTickets = [&phases](const QString &phase, qint64, qint64) {
            if (!phases.contains(phase))
                phases << phase;
            return phase != QLatin1String("tickets");
        };

        // When seeding
        auto report = Seeder(d).run(smallOptions(), stopAtTickets);

        // Then the run reports the cancellation and wrote no tickets
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::Usage);
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM tickets")), qint64(0));
        QVERIFY(phases.contains(QStringLiteral("people")));
        QVERIFY(phases.contains(QStringLiteral("CMDB")));
        QCOMPARE(phases.last(), QStringLiteral("tickets"));
        // And the database is usable afterwards: no transaction was left open.
        QVERIFY(d.exec(QStringLiteral("UPDATE number_sequences SET next_value = next_value")).ok());
    }

    void shouldKeepTheSchemaWhenCancelledWhileIndexing_data() { Test::addDriverRows(); }
    void shouldKeepTheSchemaWhenCancelledWhileIndexing()
    {
        SD_TEST_DATABASE(testDb);
        if (driver != QLatin1String("QSQLITE"))
            QSKIP("PostgreSQL keeps its indexes during the load");
        auto db = testDb->open();
        QVERIFY(db.ok());
        Database &d = **db;
        const QStringList before = ticketSchemaObjects(d);
        // Given a callback that stops once the tickets are in and their indexes are being built
        const SeedProgress stopWhileIndexing = [](const QString &phase, qint64 done, qint64) {
            return !(phase == QLatin1String("tickets indexes") && done > 0);
        };

        auto report = Seeder(d).run(smallOptions(), stopWhileIndexing);

        // Then nothing of the phase stays, and the dropped indexes and trigger are back
        QVERIFY(!report.ok());
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM tickets")), qint64(0));
        QCOMPARE(ticketSchemaObjects(d), before);
    }

    void shouldLeaveNothingWhenStoppedWithABatchBeingWritten_data() { Test::addDriverRows(); }
    void shouldLeaveNothingWhenStoppedWithABatchBeingWritten()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY(db.ok());
        Database &d = **db;
        const QStringList before = ticketSchemaObjects(d);
        // Given tickets in batches of 40 and a callback that stops after the third batch, when
        // on SQLite the third is still being written on a thread of its own
        SeedOptions options = smallOptions();
        options.ticketBatch = 40;
        QList<qint64> reported;
        const SeedProgress stopAfterThree = [&reported](const QString &phase, qint64 done, qint64) {
            if (phase != QLatin1String("tickets"))
                return true;
            reported << done;
            return done < 120;
        };

        // When seeding
        auto report = Seeder(d).run(options, stopAfterThree);

        // Then the run reports the cancellation after the third batch, no ticket, journal row
        // or search entry of the phase stays, and the schema is whole and usable
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::Usage);
        QCOMPARE(reported, (QList<qint64>{0, 40, 80, 120}));
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM tickets")), qint64(0));
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM journal WHERE entity = 'tickets'")),
                 qint64(0));
        QCOMPARE(ticketSchemaObjects(d), before);
        QVERIFY(d.exec(QStringLiteral("UPDATE number_sequences SET next_value = next_value")).ok());
    }

    void shouldRefuseAnEmptyTicketBatch()
    {
        SD_TEST_DATABASE_AGAIN(d);
        SeedOptions options = smallOptions();
        options.ticketBatch = 0;
        auto report = Seeder(*d).run(options);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::Usage);
        QVERIFY2(report.error().message.contains(QLatin1String("batch")),
                 qPrintable(report.error().message));
        QCOMPARE(count(*d, QStringLiteral("SELECT COUNT(*) FROM cis")), qint64(0));
    }

    void shouldWriteTheSameThroughSqliteAsThroughQt()
    {
        // Given two new SQLite databases
        SD_TEST_DATABASE_AGAIN(direct);
        SD_TEST_DATABASE_AGAIN(throughQt);
#ifdef SERVICEDECK_SQLITE_C_API
        // where this build and Qt's driver share one SQLite library, so that bulk loads write
        // through its C API,
        QVERIFY(nativeSqliteHandle(*direct) != nullptr);
#endif

        // When one is seeded that way and the other through Qt's binding, the tickets in
        // batches of 40: through the C API each batch is written on a thread of its own while
        // the next is made (SeedPhase), through Qt one after the other
        SeedOptions options = smallOptions();
        options.ticketBatch = 40;
        auto report = Seeder(*direct).run(options);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        qputenv("SERVICEDECK_SQLITE_QT_BINDING", "1");
        const bool forced = nativeSqliteHandle(*throughQt) == nullptr;
        report = Seeder(*throughQt).run(options);
        qunsetenv("SERVICEDECK_SQLITE_QT_BINDING");
        QVERIFY(forced);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));

        // Then both hold the same data, and the same tickets are found by text
        QCOMPARE(digest(*direct), digest(*throughQt));
        const QString found =
            QStringLiteral("SELECT COUNT(*) || ':' || COALESCE(SUM(rowid), 0) FROM tickets_fts "
                           "WHERE tickets_fts MATCH 'server OR printer OR password'");
        const auto text = [&found](Database &db) {
            auto query = db.exec(found);
            return query && query->next() ? query->value(0).toString() : QString();
        };
        QVERIFY(!text(*direct).startsWith(QLatin1String("0:")));
        QCOMPARE(text(*direct), text(*throughQt));
        QCOMPARE(count(*direct, QStringLiteral("SELECT COUNT(*) FROM tickets_fts")),
                 count(*direct, QStringLiteral("SELECT COUNT(*) FROM tickets")));
    }

    void shouldBindEveryKindOfValueAsQtDoes()
    {
        // Given values of every type the loads write, nulls and text beyond ASCII among them
        const QVariantList values = {
            QVariant(),
            QVariant(QMetaType(QMetaType::QString)),
            QString(),
            QStringLiteral(""),
            QStringLiteral("plain"),
            QStringLiteral("Gr\u00fc\u00dfe \u2713 \U0001F600 \u65e5\u672c"),
            42,
            qint64(1) << 40,
            true,
            2.5,
            QByteArray("\x00\x01z", 3),
            QByteArray(),
            QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 6), Qt::UTC),
            QDateTime(),
            QDate(2025, 1, 2),
            QTime(3, 4, 5, 6),
            QUuid(QStringLiteral("{0f4c2a9e-6f6d-4b1c-9d7e-2a1b3c4d5e6f}")),
        };
        // When they are written by both ways, in full statements and in single rows (260 rows
        // of two values: one statement of 250 rows and ten rows one by one)
        QStringList written[2];
        for (int way = 0; way < 2; ++way) {
            SD_TEST_DATABASE_AGAIN(db);
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE scratch (k INTEGER, v)")).ok());
            if (way == 1)
                qputenv("SERVICEDECK_SQLITE_QT_BINDING", "1");
            Internal::BulkInsert insert(*db, QStringLiteral("scratch"),
                                        {QStringLiteral("k"), QStringLiteral("v")});
            for (int row = 0; row < 260; ++row)
                insert << row << values.at(row % values.size());
            const auto flushed = insert.flush();
            qunsetenv("SERVICEDECK_SQLITE_QT_BINDING");
            QVERIFY2(flushed.ok(), qPrintable(flushed.ok() ? QString() : flushed.error().message));
            auto rows =
                db->exec(QStringLiteral("SELECT k, typeof(v), quote(v) FROM scratch ORDER BY k"));
            QVERIFY(rows.ok());
            while (rows->next())
                written[way] << rows->value(0).toString() + u' ' + rows->value(1).toString() +
                                    u' ' + rows->value(2).toString();
        }

        // Then both stored the same types and the same bytes
        QCOMPARE(written[0].size(), 260);
        QCOMPARE(written[0], written[1]);
        QVERIFY(written[0].contains(QStringLiteral("3 text ''")));
        QVERIFY(written[0].contains(QStringLiteral("1 null NULL")));
    }
};

QTEST_GUILESS_MAIN(tst_Seeder)
#include "tst_seeder.moc"
