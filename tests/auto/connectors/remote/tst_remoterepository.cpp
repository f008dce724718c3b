// SPDX-License-Identifier: GPL-3.0-or-later
// The remote services' own tables on both dialects: configuration with errors that name the
// field, the id map, cursors, errors counted per op, and the journal origin that keeps a
// connector's own writes out of its push.
#include "connectors/remote/remoterepository.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/ids.h"
#include "storage/journal.h"
#include "storage/ticketrepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Connectors;

namespace {

Remote rtRemote(const QString &name)
{
    Remote remote;
    remote.kind = RemoteKind::RequestTracker;
    remote.name = name;
    remote.baseUrl = QUrl(QStringLiteral("https://rt.example.com"));
    remote.settings = QJsonObject{{QStringLiteral("queues"), QJsonArray{QJsonObject{
                                       {QStringLiteral("queue"), QStringLiteral("General")},
                                       {QStringLiteral("group"), QStringLiteral("Service Desk")},
                                       {QStringLiteral("kind"), QStringLiteral("incident")}}}}};
    return remote;
}

} // namespace

class tst_RemoteRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldSaveFindAndNameTheFieldAtFault_data() { Test::addDriverRows(); }
    void shouldSaveFindAndNameTheFieldAtFault()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY(db.ok());
        RemoteRepository remotes(**db);

        // Given a saved remote
        auto saved = remotes.save(rtRemote(QStringLiteral("Supplier RT")));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(!saved->id.isNull());
        // Then it reads back with its settings
        auto found = remotes.findByName(QStringLiteral("Supplier RT"));
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->id, saved->id);
        QCOMPARE((*found)->settings, saved->settings);
        QCOMPARE((*found)->kind, RemoteKind::RequestTracker);

        // When bad values are saved, the error names the field and nothing is written
        Remote noName = rtRemote(QStringLiteral("  "));
        auto refused = remotes.save(noName);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(u"name:"), qPrintable(refused.error().message));
        Remote badUrl = rtRemote(QStringLiteral("Other"));
        badUrl.baseUrl = QUrl(QStringLiteral("ftp://rt.example.com"));
        refused = remotes.save(badUrl);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(u"url:"), qPrintable(refused.error().message));
        refused = remotes.save(rtRemote(QStringLiteral("Supplier RT")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"exists already"),
                 qPrintable(refused.error().message));
        auto all = remotes.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);

        // When it is renamed, the same row changes
        Remote renamed = *saved;
        renamed.name = QStringLiteral("Supplier");
        QVERIFY(remotes.save(renamed).ok());
        all = remotes.list();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->constFirst().name, QStringLiteral("Supplier"));
    }

    void shouldKeepLinksStateAndErrorsPerRemote_data() { Test::addDriverRows(); }
    void shouldKeepLinksStateAndErrorsPerRemote()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY(db.ok());
        RemoteRepository remotes(**db);
        auto remote = remotes.save(rtRemote(QStringLiteral("RT")));
        QVERIFY(remote.ok());

        // A create in flight has no remote key; two of them do not clash on the key index
        const QUuid first = Storage::newId();
        const QUuid second = Storage::newId();
        for (const QUuid &local : {first, second}) {
            RemoteLink link{remote->id, QStringLiteral("tickets"), local, {}, {}, {}, true, {}};
            QVERIFY(remotes.saveLink(link).ok());
        }
        auto link = remotes.link(remote->id, QStringLiteral("tickets"), first);
        QVERIFY(link.ok() && link->has_value());
        QVERIFY((*link)->creating);
        QVERIFY((*link)->remoteKey.isEmpty());

        // Once created it is linked under its key, with its ETag and base
        RemoteLink linked = **link;
        linked.creating = false;
        linked.remoteKey = QStringLiteral("42");
        linked.etag = QStringLiteral("\"abc\"");
        linked.base = QJsonObject{{QStringLiteral("title"), QStringLiteral("Printer")}};
        QVERIFY(remotes.saveLink(linked).ok());
        auto byKey = remotes.linkByKey(remote->id, QStringLiteral("tickets"), QStringLiteral("42"));
        QVERIFY(byKey.ok() && byKey->has_value());
        QCOMPARE((*byKey)->localId, first);
        QCOMPARE((*byKey)->etag, QStringLiteral("\"abc\""));
        QCOMPARE((*byKey)->base.value(QStringLiteral("title")).toString(), QStringLiteral("Printer"));
        QVERIFY(!(*byKey)->synced.isEmpty());
        // and a second record cannot take the same remote key
        RemoteLink duplicate = linked;
        duplicate.localId = second;
        QVERIFY(!remotes.saveLink(duplicate).ok());

        // Cursors: missing reads as null, then as set
        auto cursor = remotes.state(remote->id, QStringLiteral("pull_cursor"));
        QVERIFY(cursor.ok() && cursor->isNull());
        QVERIFY(remotes.setState(remote->id, QStringLiteral("pull_cursor"), QStringLiteral("A")).ok());
        QVERIFY(remotes.setState(remote->id, QStringLiteral("pull_cursor"), QStringLiteral("B")).ok());
        QCOMPARE(*remotes.state(remote->id, QStringLiteral("pull_cursor")), QStringLiteral("B"));

        // Errors: the same op failing again counts attempts; another op is another row
        const QUuid op = Storage::newId();
        RemoteError error;
        error.remoteId = remote->id;
        error.opId = op;
        error.message = QStringLiteral("first");
        QVERIFY(remotes.recordError(error).ok());
        error.message = QStringLiteral("second");
        QVERIFY(remotes.recordError(error).ok());
        RemoteError pullError;
        pullError.remoteId = remote->id;
        pullError.message = QStringLiteral("pull failed");
        QVERIFY(remotes.recordError(pullError).ok());
        auto errors = remotes.errors(remote->id);
        QVERIFY(errors.ok());
        QCOMPARE(errors->size(), 2);
        bool sawOp = false;
        for (const RemoteError &each : *errors) {
            if (each.opId == op) {
                sawOp = true;
                QCOMPARE(each.attempts, 2);
                QCOMPARE(each.message, QStringLiteral("second"));
            }
        }
        QVERIFY(sawOp);
        QVERIFY(remotes.clearErrors(remote->id, op).ok());
        QCOMPARE(remotes.errors(remote->id)->size(), 1);

        // Removing the remote takes its links, cursors and errors along
        QVERIFY(remotes.remove(remote->id).ok());
        auto left = (*db)->exec(QStringLiteral("SELECT (SELECT count(*) FROM remote_links) + "
                                               "(SELECT count(*) FROM remote_state) + "
                                               "(SELECT count(*) FROM remote_errors)"));
        QVERIFY(left.ok() && left->next());
        QCOMPARE(left->value(0).toInt(), 0);
    }

    void shouldJournalUnderTheScopesOrigin_data() { Test::addDriverRows(); }
    void shouldJournalUnderTheScopesOrigin()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY(db.ok());
        auto admin = Storage::DirectoryRepository(**db).ensureAdmin();
        QVERIFY(admin.ok());
        Storage::TicketRepository tickets(**db);
        const QString origin = QStringLiteral("rt:") + Storage::newId().toString(QUuid::WithoutBraces);
        QString number;
        {
            // Writes made inside the scope carry its origin
            Storage::JournalOriginScope scope(**db, origin);
            auto created = tickets.create(TicketKind::Incident,
                                          {{QStringLiteral("title"), QStringLiteral("From RT")}},
                                          admin->id);
            QVERIFY(created.ok());
            number = created->number;
        }
        // and after it the connection's own origin is back
        QCOMPARE((*db)->journalOrigin(), QStringLiteral("local"));
        QVERIFY(tickets.update(number, {{QStringLiteral("title"), QStringLiteral("Edited here")}},
                               admin->id)
                    .ok());
        auto origins = (*db)->exec(QStringLiteral("SELECT origin, count(DISTINCT op_id) FROM "
                                                  "journal WHERE entity = 'tickets' "
                                                  "GROUP BY origin ORDER BY origin"));
        QVERIFY(origins.ok());
        QMap<QString, int> seen;
        while (origins->next())
            seen.insert(origins->value(0).toString(), origins->value(1).toInt());
        QCOMPARE(seen.value(QStringLiteral("local")), 1);
        QCOMPARE(seen.value(origin), 1);
        QCOMPARE(seen.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_RemoteRepository)
#include "tst_remoterepository.moc"
