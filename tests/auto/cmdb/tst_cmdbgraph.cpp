// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"

#include "storage/cmdb/cmdbgraph.h"
#include "storage/ids.h"
#include "storage/seed/seeder.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

namespace {

QHash<QUuid, int> depthsOf(const Cmdb::ImpactClosure &closure)
{
    QHash<QUuid, int> depths;
    for (const Cmdb::ImpactStep &step : closure.steps())
        depths.insert(step.ci, step.depth);
    return depths;
}

// "a0 b1 c2", sorted by depth then name, for readable failures.
QString render(const Test::CmdbFixture &f, const QHash<QUuid, int> &depths)
{
    QStringList parts;
    for (auto it = depths.cbegin(); it != depths.cend(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.value()).arg(f.nameOf(it.key()));
    parts.sort();
    return parts.join(QLatin1Char(' '));
}

Cmdb::ImpactOptions options(Cmdb::ImpactDirection direction, int maxDepth, QStringList types = {})
{
    Cmdb::ImpactOptions o;
    o.direction = direction;
    o.maxDepth = maxDepth;
    o.relationTypes = std::move(types);
    return o;
}

} // namespace

class tst_CmdbGraph : public QObject
{
    Q_OBJECT

private slots:
    void shouldAgreeWithTheCteOnCyclesDiamondsAndDepths_data() { Test::addDriverRows(); }
    void shouldAgreeWithTheCteOnCyclesDiamondsAndDepths()
    {
        SD_CMDB_FIXTURE(f);
        // Given a service over a diamond, a cycle of connects_to and a part_of chain
        const char *const relations[][3] = {
            {"svc", "depends_on", "app1"},  {"svc", "depends_on", "app2"},
            {"app1", "depends_on", "db"},   {"app2", "depends_on", "db"},
            {"app1", "runs_on", "srv1"},    {"db", "runs_on", "srv2"},
            {"srv1", "connects_to", "sw1"}, {"srv2", "connects_to", "sw2"},
            {"sw1", "connects_to", "sw2"},  {"sw2", "connects_to", "sw3"},
            {"sw3", "connects_to", "sw1"},  {"srv2", "depends_on", "vol"},
            {"vol", "part_of", "array"},    {"array", "connects_to", "sw3"},
        };
        for (const auto &r : relations)
            SD_VERIFY_OK(f.relate(QString::fromLatin1(r[0]), QString::fromLatin1(r[1]),
                                  QString::fromLatin1(r[2])));
        CmdbGraph graph(f.db());
        using D = Cmdb::ImpactDirection;
        struct Case
        {
            const char *start;
            Cmdb::ImpactOptions options;
            const char *expected;
        };
        const Case cases[] = {
            {"svc", options(D::Down, -1),
             "0:svc 1:app1 1:app2 2:db 2:srv1 3:srv2 3:sw1 4:sw2 4:vol 5:array 5:sw3"},
            {"svc", options(D::Down, 0), "0:svc"},
            {"svc", options(D::Down, 2), "0:svc 1:app1 1:app2 2:db 2:srv1"},
            {"svc", options(D::Down, -1, {QStringLiteral("depends_on")}),
             "0:svc 1:app1 1:app2 2:db"},
            {"sw1", options(D::Down, -1), "0:sw1 1:sw2 2:sw3"},
            {"sw3", options(D::Up, -1),
             "0:sw3 1:array 1:sw2 2:srv2 2:sw1 2:vol 3:db 3:srv1 4:app1 4:app2 5:svc"},
            {"sw3", options(D::Up, 2, {QStringLiteral("connects_to")}),
             "0:sw3 1:array 1:sw2 2:srv2 2:sw1"},
            {"db", options(D::Up, -1), "0:db 1:app1 1:app2 2:svc"},
        };
        for (const Case &c : cases) {
            const QUuid start = f.id(QString::fromLatin1(c.start));
            auto closure = graph.closure(start, c.options);
            SD_VERIFY_OK(closure);
            auto cte = graph.closureByCte(start, c.options);
            SD_VERIFY_OK(cte);
            QCOMPARE(render(f, depthsOf(*closure)), QString::fromLatin1(c.expected));
            QCOMPARE(render(f, *cte), QString::fromLatin1(c.expected));
            QCOMPARE(closure->start(), start);
        }
        // The tree explains each CI: db hangs under the diamond's side reached first
        auto closure = graph.closure(f.id(QStringLiteral("svc")), options(D::Down, -1));
        SD_VERIFY_OK(closure);
        const Cmdb::ImpactStep *db = closure->step(f.id(QStringLiteral("db")));
        QVERIFY(db);
        QCOMPARE(db->via, closure->steps().at(1).ci);
        QCOMPARE(db->relationType, QStringLiteral("depends_on"));
        QCOMPARE(closure->pathTo(f.id(QStringLiteral("sw3"))).size(), 6);
    }

    void shouldAnswerWideFrontiersInChunks_data() { Test::addDriverRows(); }
    void shouldAnswerWideFrontiersInChunks()
    {
        SD_CMDB_FIXTURE(f);
        // Given a hub with 1,100 leaves, each connected to one of 3 switches: wider than one
        // IN list, and with every padded chunk size in use
        SD_VERIFY_OK(f.ci(QStringLiteral("hub"), QStringLiteral("business_service")));
        for (int s = 0; s < 3; ++s)
            SD_VERIFY_OK(f.ci(QStringLiteral("sw%1").arg(s), QStringLiteral("network_device")));
        const int leaves = 1100;
        QList<QUuid> frontier;
        {
            // Written in one transaction: the repository's checks are not under test here.
            Transaction tx(f.db());
            SD_VERIFY_OK(tx.begin());
            const QString now = QStringLiteral("2025-01-01T00:00:00.000Z");
            for (int i = 0; i < leaves; ++i) {
                const QUuid leaf = newId();
                frontier << leaf;
                SD_VERIFY_OK(f.db().exec(
                    QStringLiteral("INSERT INTO cis (id, name, class, "
                                   "created, updated) VALUES (?, ?, "
                                   "'server', ?, ?)"),
                    {Database::idValue(leaf), QStringLiteral("leaf%1").arg(i), now, now}));
                const QUuid ends[][2] = {{f.id(QStringLiteral("hub")), leaf},
                                         {leaf, f.id(QStringLiteral("sw%1").arg(i % 3))}};
                for (const auto &end : ends)
                    SD_VERIFY_OK(f.db().exec(
                        QStringLiteral("INSERT INTO ci_relations (id, source_id, type, "
                                       "target_id) VALUES (?, ?, ?, ?)"),
                        {Database::idValue(newId()), Database::idValue(end[0]),
                         end[0] == f.id(QStringLiteral("hub")) ? QStringLiteral("depends_on")
                                                               : QStringLiteral("connects_to"),
                         Database::idValue(end[1])}));
            }
            SD_VERIFY_OK(tx.commit());
        }
        CmdbGraph graph(f.db());
        auto closure = graph.closure(f.id(QStringLiteral("hub")), {});
        SD_VERIFY_OK(closure);
        QCOMPARE(closure->steps().size(), 1 + leaves + 3);
        QCOMPARE(closure->steps().constLast().depth, 2);
        auto cte = graph.closureByCte(f.id(QStringLiteral("hub")), {});
        SD_VERIFY_OK(cte);
        QCOMPARE(*cte, depthsOf(*closure));

        auto up = graph.neighbours(frontier, Cmdb::ImpactDirection::Up);
        SD_VERIFY_OK(up);
        QCOMPARE(up->size(), leaves);
        auto down = graph.neighbours(frontier.mid(0, 77), Cmdb::ImpactDirection::Down);
        SD_VERIFY_OK(down);
        QCOMPARE(down->size(), 77);
        for (const Cmdb::RelationEdge &edge : std::as_const(*down)) {
            QCOMPARE(edge.type, QStringLiteral("connects_to"));
            QVERIFY(!edge.relationId.isNull());
        }
    }

    void shouldRefuseAnUnknownStart_data() { Test::addDriverRows(); }
    void shouldRefuseAnUnknownStart()
    {
        SD_CMDB_FIXTURE(f);
        CmdbGraph graph(f.db());
        QVERIFY(!graph.closure(QUuid::createUuid(), {}).ok());
        auto cte = graph.closureByCte(QUuid::createUuid(), {});
        SD_VERIFY_OK(cte);
        QVERIFY(cte->isEmpty());
    }

    void shouldAgreeWithTheCteOnASeededEstate_data() { Test::addDriverRows(); }
    void shouldAgreeWithTheCteOnASeededEstate()
    {
        SD_CMDB_FIXTURE(f);
        SeedOptions seed;
        seed.tickets = 0;
        seed.changes = 0;
        seed.cis = 1500;
        seed.randomSeed = 11;
        seed.until = QDate(2025, 6, 30);
        SD_VERIFY_OK(Seeder(f.db()).run(seed));
        CmdbGraph graph(f.db());
        // Every business service down, and the most used CIs up, both ways
        auto services = f.db().exec(QStringLiteral("SELECT id FROM cis WHERE class = "
                                                   "'business_service' ORDER BY name"));
        SD_VERIFY_OK(services);
        QList<QUuid> starts;
        while (services->next())
            starts << Database::toUuid(services->value(0));
        QVERIFY(starts.size() >= 10);
        auto popular = f.db().exec(QStringLiteral("SELECT target_id FROM ci_relations GROUP BY "
                                                  "target_id ORDER BY COUNT(*) DESC, target_id "
                                                  "LIMIT 5"));
        SD_VERIFY_OK(popular);
        QList<QUuid> targets;
        while (popular->next())
            targets << Database::toUuid(popular->value(0));
        qsizetype largest = 0;
        for (const auto &[list, direction] : {std::pair{starts, Cmdb::ImpactDirection::Down},
                                              std::pair{targets, Cmdb::ImpactDirection::Up}}) {
            for (const QUuid &start : list) {
                for (int depth : {-1, 2}) {
                    const Cmdb::ImpactOptions o = options(direction, depth);
                    auto closure = graph.closure(start, o);
                    SD_VERIFY_OK(closure);
                    auto cte = graph.closureByCte(start, o);
                    SD_VERIFY_OK(cte);
                    QCOMPARE(depthsOf(*closure), *cte);
                    largest = std::max(largest, closure->steps().size());
                }
            }
        }
        // The estate is connected enough for this to mean something
        QVERIFY2(largest > 100, qPrintable(QString::number(largest)));
    }
};

QTEST_GUILESS_MAIN(tst_CmdbGraph)
#include "tst_cmdbgraph.moc"
