// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "storage/directoryrepository.h"
#include "storage/live/ticketmerge.h"
#include "storage/ticketrepository.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Given a database with the admin and one incident "Printer jam", impact 2 × urgency 1, as a
// form loaded it; then someone else sets urgency 3 and the category.
struct Fixture
{
    std::unique_ptr<Database> db;
    User admin;
    Ticket loaded;
};

Result<Fixture> makeFixture(Test::TestDatabase &testDb)
{
    auto opened = testDb.open();
    if (!opened)
        return opened.error();
    Fixture f{std::move(opened.value()), {}, {}};
    auto admin = DirectoryRepository(*f.db).ensureAdmin();
    if (!admin)
        return admin.error();
    f.admin = *admin;
    TicketRepository tickets(*f.db);
    auto created = tickets.create(TicketKind::Incident,
                                  {{s("title"), s("Printer jam")},
                                   {s("description"), s("Tray 2")},
                                   {s("impact"), s("2")},
                                   {s("urgency"), s("1")}},
                                  admin->id);
    if (!created)
        return created.error();
    f.loaded = *created;
    auto theirs = tickets.update(created->number,
                                 {{s("urgency"), s("3")}, {s("category"), s("hardware")}},
                                 admin->id, created->version);
    if (!theirs)
        return theirs.error();
    return f;
}

#define SD_FIXTURE(var)                                                                            \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto var##Made = makeFixture(*testDb);                                                         \
    QVERIFY2(var##Made.ok(), qPrintable(var##Made.ok() ? QString() : var##Made.error().message));  \
    Fixture &var = *var##Made

} // namespace

class tst_UpdateMerging : public QObject
{
    Q_OBJECT

private slots:
    void shouldSaveMergedWithoutAskingWhenNothingClashes_data() { Test::addDriverRows(); }
    void shouldSaveMergedWithoutAskingWhenNothingClashes()
    {
        SD_FIXTURE(f);
        TicketRepository tickets(*f.db);
        int asked = 0;
        // When I save a new title against the version I loaded
        auto saved = updateMerging(tickets, f.loaded, {{s("title"), s("Printer on fire")}},
                                   f.admin.id, [&asked](const auto &, const auto &) {
                                       ++asked;
                                       return std::optional<QHash<QString, ClashChoice>>();
                                   });
        // Then both changes are stored, without a question
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(asked, 0);
        auto stored = tickets.findByNumber(f.loaded.number);
        QVERIFY(stored.ok());
        QCOMPARE(stored->fields.value(s("title")), s("Printer on fire"));
        QCOMPARE(stored->fields.value(s("urgency")), s("3"));
        QCOMPARE(stored->fields.value(s("category")), s("hardware"));
        // priority follows the merged impact × urgency: 2 × 3 is P4
        QCOMPARE(stored->fields.value(s("priority")), s("4"));
        QCOMPARE(stored->version, f.loaded.version + 2);
        QCOMPARE(saved->version, stored->version);
    }

    void shouldAskAboutClashesAndApplyTheChoices_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("urgency");
        const QList<QPair<QString, QString>> drivers = {{s("QSQLITE"), s("sqlite")},
                                                        {s("QPSQL"), s("postgresql")}};
        const QString only = qEnvironmentVariable("SERVICEDECK_TEST_DRIVERS");
        for (const auto &[driver, name] : drivers) {
            if (!only.isEmpty() && !only.split(QLatin1Char(',')).contains(driver))
                continue;
            QTest::addRow("%s: mine", qPrintable(name)) << driver << int(ClashChoice::Mine) << s("2");
            QTest::addRow("%s: theirs", qPrintable(name))
                << driver << int(ClashChoice::Theirs) << s("3");
        }
    }
    void shouldAskAboutClashesAndApplyTheChoices()
    {
        QFETCH(int, choice);
        QFETCH(QString, urgency);
        SD_FIXTURE(f);
        TicketRepository tickets(*f.db);
        QList<FieldClash> asked;
        // When I save urgency 2 and a new title while they set urgency 3
        auto saved = updateMerging(
            tickets, f.loaded, {{s("title"), s("Printer on fire")}, {s("urgency"), s("2")}},
            f.admin.id,
            [&](const QList<FieldClash> &clashes, const Ticket &stored) {
                asked = clashes;
                // the stored ticket comes along, as it is now
                if (stored.fields.value(s("urgency")) != u"3")
                    return std::optional<QHash<QString, ClashChoice>>();
                return std::optional(QHash<QString, ClashChoice>{
                    {s("urgency"), ClashChoice(choice)}});
            });
        // Then I am asked about urgency only, with base, theirs and mine
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(asked, (QList<FieldClash>{{s("urgency"), s("1"), s("3"), s("2")}}));
        // And my choice is stored beside the merged title and their category
        auto stored = tickets.findByNumber(f.loaded.number);
        QVERIFY(stored.ok());
        QCOMPARE(stored->fields.value(s("urgency")), urgency);
        QCOMPARE(stored->fields.value(s("title")), s("Printer on fire"));
        QCOMPARE(stored->fields.value(s("category")), s("hardware"));
    }

    void shouldWriteNothingWhenTheClashIsCancelled_data() { Test::addDriverRows(); }
    void shouldWriteNothingWhenTheClashIsCancelled()
    {
        SD_FIXTURE(f);
        TicketRepository tickets(*f.db);
        const int version = tickets.findByNumber(f.loaded.number)->version;
        auto saved = updateMerging(
            tickets, f.loaded, {{s("title"), s("Printer on fire")}, {s("urgency"), s("2")}},
            f.admin.id, [](const auto &, const auto &) {
                return std::optional<QHash<QString, ClashChoice>>();
            });
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ErrorKind::Conflict);
        auto stored = tickets.findByNumber(f.loaded.number);
        QCOMPARE(stored->version, version);
        QCOMPARE(stored->fields.value(s("title")), s("Printer jam"));
    }

    void shouldNotWriteWhatIsStoredAlready_data() { Test::addDriverRows(); }
    void shouldNotWriteWhatIsStoredAlready()
    {
        SD_FIXTURE(f);
        TicketRepository tickets(*f.db);
        const int version = tickets.findByNumber(f.loaded.number)->version;
        // When I made the same change they made
        auto saved = updateMerging(tickets, f.loaded, {{s("category"), s("hardware")}},
                                   f.admin.id, {});
        // Then the save succeeds and nothing new is written
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved->version, version);
        QCOMPARE(tickets.findByNumber(f.loaded.number)->version, version);
    }

    void shouldSaveDirectlyWhenNobodyElseChangedIt_data() { Test::addDriverRows(); }
    void shouldSaveDirectlyWhenNobodyElseChangedIt()
    {
        SD_FIXTURE(f);
        TicketRepository tickets(*f.db);
        auto current = tickets.findByNumber(f.loaded.number);
        QVERIFY(current.ok());
        auto saved = updateMerging(tickets, *current, {{s("urgency"), s("2")}}, f.admin.id, {});
        QVERIFY(saved.ok());
        QCOMPARE(saved->version, current->version + 1);
        QCOMPARE(saved->fields.value(s("urgency")), s("2"));
    }
};

QTEST_GUILESS_MAIN(tst_UpdateMerging)
#include "tst_updatemerging.moc"
