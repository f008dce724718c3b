// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "storage/live/liveupdates.h"

#include <QSignalSpy>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

namespace {

using Tables = QSet<QString>;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Tables tablesIn(const QSignalSpy &spy)
{
    Tables all;
    for (const QList<QVariant> &signal : spy)
        all.unite(signal.at(0).value<Tables>());
    return all;
}

Result<void> notify(Database &db, const char *table)
{
    auto sent = db.exec(QStringLiteral("SELECT pg_notify(?, ?)"),
                        {LiveUpdates::channel(), QString::fromLatin1(table)});
    if (!sent)
        return sent.error();
    return {};
}

} // namespace

class tst_LiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void shouldTellWhetherAChangeConcernsTables_data()
    {
        QTest::addColumn<Tables>("changed");
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<bool>("touches");
        const QStringList tickets = {s("tickets"), s("comments")};
        QTest::newRow("one of them") << Tables{s("comments")} << tickets << true;
        QTest::newRow("none of them") << Tables{s("cis"), s("users")} << tickets << false;
        QTest::newRow("an unknown table concerns all") << Tables{QString()} << tickets << true;
        QTest::newRow("nothing") << Tables() << tickets << false;
    }
    void shouldTellWhetherAChangeConcernsTables()
    {
        QFETCH(Tables, changed);
        QFETCH(QStringList, tables);
        QFETCH(bool, touches);
        QCOMPARE(LiveUpdates::touches(changed, tables), touches);
    }

    void shouldCoalesceAnnouncementsIntoOneSignal_data() { Test::addDriverRows(); }
    void shouldCoalesceAnnouncementsIntoOneSignal()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY(db.ok());
        LiveUpdates live(**db);
        QVERIFY(live.error().isEmpty());
        QCOMPARE(live.isListening(), driver == u"QPSQL");
        QSignalSpy changed(&live, &LiveUpdates::changed);
        // When a sync announces a burst of changed tables
        live.announce({s("tickets")});
        live.announce({s("comments"), s("tickets")});
        live.announce({s("journal")});
        // Then the views hear once, of all of them
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Tables>(),
                 (Tables{s("tickets"), s("comments"), s("journal")}));
        // And an announcement without tables means anything may have changed
        live.announce({});
        QTRY_COMPARE(changed.size(), 2);
        QVERIFY(LiveUpdates::touches(changed.at(1).at(0).value<Tables>(), {s("cis")}));
    }

    void shouldHearOtherConnectionsButNotItsOwn_data() { Test::addDriverRows(); }
    void shouldHearOtherConnectionsButNotItsOwn()
    {
        if (qstrcmp(QTest::currentDataTag(), "QSQLITE") == 0)
            QSKIP("SQLite has no notifications; a sync announces instead");
        SD_TEST_DATABASE(testDb);
        auto mine = testDb->open();
        auto other = testDb->open();
        QVERIFY(mine.ok() && other.ok());
        LiveUpdates live(**mine);
        QVERIFY2(live.isListening(), qPrintable(live.error()));
        QSignalSpy changed(&live, &LiveUpdates::changed);
        // When this connection notifies (its own write) and then another one does, twice
        QVERIFY(notify(**mine, "saved_queues").ok());
        QVERIFY(notify(**other, "tickets").ok());
        QVERIFY(notify(**other, "comments").ok());
        // Then only the other connection's tables are reported
        QTRY_VERIFY(tablesIn(changed).contains(s("comments")));
        QCOMPARE(tablesIn(changed), (Tables{s("tickets"), s("comments")}));
    }
};

QTEST_GUILESS_MAIN(tst_LiveUpdates)
#include "tst_liveupdates.moc"
