// SPDX-License-Identifier: GPL-3.0-or-later
// The hub restarted in the middle of a sync: the sync fails cleanly, keeps its outbox, and a
// later sync finishes the work. The hub is a PostgreSQL server of the test's own (initdb in a
// temporary folder), so that restarting it disturbs no other test.
#include "syncfixture.h"

#include "storage/directoryrepository.h"
#include "storage/ticketrepository.h"
#include "sync/rowcodec.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Test;
using Storage::Database;

namespace {

// A throwaway PostgreSQL cluster on loopback, run by the postgres user when the test runs as
// root (initdb refuses root).
class PrivateServer
{
public:
    ~PrivateServer() { pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate")}); }

    QString start()
    {
        m_bin = qEnvironmentVariable("SERVICEDECK_TEST_PG_BIN");
        if (m_bin.isEmpty()) {
            const QStringList versions =
                QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            if (!versions.isEmpty())
                m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
        }
        if (!QFileInfo::exists(m_bin + QStringLiteral("/initdb")))
            return QStringLiteral("no initdb found (SERVICEDECK_TEST_PG_BIN)");
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-u")});
        id.waitForFinished();
        m_asPostgres = id.readAllStandardOutput().trimmed() == "0";
        if (m_asPostgres)
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("postgres"), m_dir.path()});
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        m_port = probe.serverPort();
        probe.close();
        if (const QString failed = run(m_bin + QStringLiteral("/initdb"),
                                       {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"),
                                        QStringLiteral("servicedeck"), QStringLiteral("--auth=trust"),
                                        QStringLiteral("-E"), QStringLiteral("UTF8"),
                                        QStringLiteral("--locale=C")});
            !failed.isEmpty())
            return failed;
        return pgCtl({QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-l"),
                      m_dir.filePath(QStringLiteral("log")), QStringLiteral("-o"), options()});
    }

    QString restart()
    {
        return pgCtl({QStringLiteral("restart"), QStringLiteral("-w"), QStringLiteral("-m"),
                      QStringLiteral("fast"), QStringLiteral("-l"),
                      m_dir.filePath(QStringLiteral("log")), QStringLiteral("-o"), options()});
    }

    QString url() const
    {
        return QStringLiteral("postgresql://servicedeck@127.0.0.1:%1/postgres").arg(m_port);
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString options() const
    {
        return QStringLiteral("-h 127.0.0.1 -p %1 -k %2 -c fsync=off").arg(m_port).arg(m_dir.path());
    }
    QString pgCtl(const QStringList &arguments)
    {
        return run(m_bin + QStringLiteral("/pg_ctl"),
                   QStringList{QStringLiteral("-D"), dataDir()} + arguments);
    }
    QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        if (m_asPostgres)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                      QStringLiteral("--"), program} + arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QStringLiteral("%1 failed: %2").arg(program,
                                                      QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }

    QTemporaryDir m_dir;
    QString m_bin;
    bool m_asPostgres = false;
    quint16 m_port = 0;
};

qint64 count(Database &db, const QString &sql)
{
    auto query = Sync::runSql(db, sql);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace

class TestHubRestart : public QObject
{
    Q_OBJECT

private slots:
    void syncFailsCleanlyAndSucceedsLater()
    {
#ifndef Q_OS_UNIX
        QSKIP("the private PostgreSQL cluster of this test is set up for Unix");
#endif
        PrivateServer server;
        if (const QString why = server.start(); !why.isEmpty()) {
            if (postgresRequired())
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        auto hubUrl = Storage::DatabaseUrl::parse(server.url());
        QVERIFY(hubUrl.ok());
        auto hub = Database::open(*hubUrl);
        QVERIFY2(hub.ok(), qPrintable(hub.ok() ? QString() : hub.error().message));
        auto admin = Storage::DirectoryRepository(**hub).ensureAdmin();
        QVERIFY(admin.ok());
        QStringList numbers;
        for (int i = 0; i < 30; ++i) {
            auto ticket = Storage::TicketRepository(**hub).create(
                TicketKind::Incident,
                {{QStringLiteral("title"), QStringLiteral("ticket %1").arg(i)},
                 {QStringLiteral("impact"), QStringLiteral("2")},
                 {QStringLiteral("urgency"), QStringLiteral("2")}},
                admin->id);
            QVERIFY(ticket.ok());
            numbers << ticket->number;
        }
        QTemporaryDir dir;
        auto replicaUrl = Storage::DatabaseUrl::parse(QStringLiteral("sqlite:") +
                                                      dir.filePath(QStringLiteral("replica.db")));
        auto replica = Database::open(*replicaUrl);
        QVERIFY(replica.ok());
        auto first = Sync::SyncEngine(**replica).run(server.url());
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        const QUuid localAdmin = userId(**replica, QStringLiteral("admin"));
        // Given thirty edits in the outbox: descriptions, which travel in pages, and as the
        // eleventh an impact, which goes alone (so the first page ends after ten)
        for (int i = 0; i < numbers.size(); ++i)
            QVERIFY(Storage::TicketRepository(**replica)
                        .update(numbers[i],
                                {i == 10 ? std::pair{QStringLiteral("impact"), QStringLiteral("3")}
                                         : std::pair{QStringLiteral("description"),
                                                     QStringLiteral("offline")}},
                                localAdmin)
                        .ok());
        QCOMPARE(Sync::SyncEngine::pendingOps(**replica).value(), 30);

        // When the hub restarts after the tenth op was pushed
        QString restarted = QStringLiteral("not restarted");
        auto failed = Sync::SyncEngine(**replica).run(
            server.url(), [&](Sync::SyncEngine::Stage stage, qint64 done, qint64) {
                if (stage == Sync::SyncEngine::Stage::Pushing && done == 10)
                    restarted = server.restart();
                return true;
            });
        QCOMPARE(restarted, QString());
        // Then that sync fails cleanly as a connection failure, keeping the rest of its outbox
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::Connection);
        QCOMPARE(Sync::SyncEngine::pendingOps(**replica).value(), 20);
        QCOMPARE(count(**replica, QStringLiteral("SELECT count(*) FROM tickets WHERE "
                                                 "description = 'offline'")),
                 29);

        // And a later sync succeeds, with every edit on the hub once
        auto later = Sync::SyncEngine(**replica).run(server.url());
        QVERIFY2(later.ok(), qPrintable(later.ok() ? QString() : later.error().message));
        QCOMPARE(later->pending, 0);
        QCOMPARE(later->openConflicts, 0);
        auto reopened = Database::open(*hubUrl);
        QVERIFY(reopened.ok());
        QCOMPARE(count(**reopened, QStringLiteral("SELECT count(*) FROM tickets WHERE "
                                                  "description = 'offline'")),
                 29);
        QCOMPARE(count(**reopened, QStringLiteral("SELECT count(*) FROM tickets WHERE "
                                                  "impact = 3")),
                 1);
        QCOMPARE(count(**reopened, QStringLiteral("SELECT count(*) FROM applied_ops")), 30);
    }
};

QTEST_GUILESS_MAIN(TestHubRestart)
#include "tst_hubrestart.moc"
