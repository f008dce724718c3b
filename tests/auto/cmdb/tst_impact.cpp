// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cmdb/impact.h"

#include <QSet>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Cmdb;

namespace {

// CIs named by letters; the uuid is derived from the name so failures print readably.
QUuid ci(char name)
{
    return QUuid(uint(name), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

char nameOf(const QUuid &id)
{
    return char(id.data1);
}

// An in-memory CMDB: relations as "A>B:type" and a log of the frontiers asked for.
class Graph
{
public:
    explicit Graph(std::initializer_list<const char *> relations)
    {
        for (const char *text : relations) {
            const QString spec = QString::fromLatin1(text);
            RelationEdge edge;
            edge.source = ci(text[0]);
            edge.target = ci(text[2]);
            edge.type = spec.size() > 4 ? spec.mid(4) : QStringLiteral("depends_on");
            edge.relationId = QUuid::createUuid();
            m_edges << edge;
        }
    }

    NeighbourFetch fetch()
    {
        return [this](const QList<QUuid> &frontier, ImpactDirection direction) {
            m_calls << frontier;
            const QSet<QUuid> wanted(frontier.cbegin(), frontier.cend());
            QList<RelationEdge> found;
            // Backwards, so that the algorithm cannot rely on the store's order.
            for (auto it = m_edges.crbegin(); it != m_edges.crend(); ++it) {
                if (wanted.contains(direction == ImpactDirection::Down ? it->source : it->target))
                    found << *it;
            }
            return Result<QList<RelationEdge>>(found);
        };
    }

    const QList<QList<QUuid>> &calls() const { return m_calls; }

private:
    QList<RelationEdge> m_edges;
    QList<QList<QUuid>> m_calls;
};

// "A0 B1 C1 D2": each CI with its depth, in the order reached.
QString render(const ImpactClosure &closure)
{
    QStringList parts;
    for (const ImpactStep &step : closure.steps())
        parts << QString(QLatin1Char(nameOf(step.ci))) + QString::number(step.depth);
    return parts.join(QLatin1Char(' '));
}

ImpactClosure run(Graph &graph, char start, ImpactOptions options = {})
{
    auto result = impactClosure(ci(start), options, graph.fetch());
    if (!result.ok())
        qWarning("%s", qPrintable(result.error().message));
    return result.ok() ? *result : ImpactClosure();
}

} // namespace

class tst_Impact : public QObject
{
    Q_OBJECT

private slots:
    void shouldNameTheDirections()
    {
        QCOMPARE(impactDirectionName(ImpactDirection::Down), QStringLiteral("down"));
        QCOMPARE(impactDirectionName(ImpactDirection::Up), QStringLiteral("up"));
    }

    void shouldWalkBreadthFirstWithOneFetchPerLevel()
    {
        // Given a service on two applications that share a database on a server
        Graph graph{"S>A", "S>B", "A>D", "B>D", "D>H:runs_on"};
        // When its downstream closure is computed
        const ImpactClosure closure = run(graph, 'S');
        // Then every CI comes once at its shortest depth, level by level
        QCOMPARE(render(closure), QStringLiteral("S0 A1 B1 D2 H3"));
        QCOMPARE(closure.start(), ci('S'));
        // And storage was asked once per level, with the whole level
        QCOMPARE(graph.calls().size(), 4);
        QCOMPARE(graph.calls().at(1), (QList<QUuid>{ci('A'), ci('B')}));
        QCOMPARE(graph.calls().at(2), QList<QUuid>{ci('D')});
    }

    void shouldHangADiamondsCiUnderItsFirstParent()
    {
        Graph graph{"S>B", "S>A", "B>D", "A>D"};
        const ImpactClosure closure = run(graph, 'S');
        // Edges are taken in frontier order, then by type and far CI: A before B, so D hangs
        // under A whatever order the store answered in.
        QCOMPARE(render(closure), QStringLiteral("S0 A1 B1 D2"));
        QCOMPARE(closure.step(ci('D'))->via, ci('A'));
        QCOMPARE(closure.childrenOf(ci('A')), QList<QUuid>{ci('D')});
        QVERIFY(closure.childrenOf(ci('B')).isEmpty());
        QCOMPARE(closure.childrenOf(ci('S')), (QList<QUuid>{ci('A'), ci('B')}));
    }

    void shouldStopOnCycles_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<char>("start");
        QTest::addColumn<QString>("expected");
        QTest::newRow("down from A")
            << QStringLiteral("down") << 'A' << QStringLiteral("A0 B1 C2 D3");
        QTest::newRow("up from A") << QStringLiteral("up") << 'A' << QStringLiteral("A0 C1 B2");
        QTest::newRow("up from D") << QStringLiteral("up") << 'D' << QStringLiteral("D0 C1 B2 A3");
    }
    void shouldStopOnCycles()
    {
        QFETCH(QString, direction);
        QFETCH(char, start);
        QFETCH(QString, expected);
        // Given a cycle A → B → C → A with a tail C → D, and a CI related to itself
        Graph graph{"A>B", "B>C", "C>A", "C>D", "D>D:connects_to"};
        ImpactOptions options;
        options.direction = direction == u"up" ? ImpactDirection::Up : ImpactDirection::Down;
        const ImpactClosure closure = run(graph, start, options);
        QCOMPARE(render(closure), expected);
    }

    void shouldStopAtTheDepthLimit_data()
    {
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("fetches");
        QTest::newRow("only the start") << 0 << QStringLiteral("A0") << 0;
        QTest::newRow("one level") << 1 << QStringLiteral("A0 B1 E1") << 1;
        QTest::newRow("two levels") << 2 << QStringLiteral("A0 B1 E1 C2") << 2;
        QTest::newRow("unlimited") << -1 << QStringLiteral("A0 B1 E1 C2 D3") << 4;
        QTest::newRow("beyond the graph") << 10 << QStringLiteral("A0 B1 E1 C2 D3") << 4;
    }
    void shouldStopAtTheDepthLimit()
    {
        QFETCH(int, maxDepth);
        QFETCH(QString, expected);
        QFETCH(int, fetches);
        Graph graph{"A>B", "B>C", "C>D", "A>E", "E>C"};
        ImpactOptions options;
        options.maxDepth = maxDepth;
        QCOMPARE(render(run(graph, 'A', options)), expected);
        QCOMPARE(graph.calls().size(), fetches);
    }

    void shouldFollowOnlyTheGivenRelationTypes()
    {
        Graph graph{"V>X:part_of", "X>Y:part_of", "V>H:runs_on", "H>Z:part_of", "Y>V:connects_to"};
        ImpactOptions options;
        options.relationTypes = {QStringLiteral("part_of")};
        const ImpactClosure closure = run(graph, 'V', options);
        QCOMPARE(render(closure), QStringLiteral("V0 X1 Y2"));
        QCOMPARE(closure.step(ci('Y'))->relationType, QStringLiteral("part_of"));
    }

    void shouldGiveThePathFromTheStart()
    {
        Graph graph{"S>A", "A>D:runs_on", "D>H", "S>K"};
        const ImpactClosure closure = run(graph, 'S');
        const QList<ImpactStep> path = closure.pathTo(ci('H'));
        QCOMPARE(path.size(), 4);
        QCOMPARE(path.first().ci, ci('S'));
        QCOMPARE(path.at(2).relationType, QStringLiteral("runs_on"));
        QCOMPARE(path.at(2).via, ci('A'));
        QCOMPARE(path.last().ci, ci('H'));
        QVERIFY(closure.pathTo(ci('Q')).isEmpty());
        QVERIFY(!closure.contains(ci('Q')));
        QVERIFY(!closure.step(ci('Q')));
    }

    void shouldPassOnTheStoresError()
    {
        int calls = 0;
        const NeighbourFetch failing = [&](const QList<QUuid> &, ImpactDirection) {
            ++calls;
            return Result<QList<RelationEdge>>(invalidData(QStringLiteral("disk on fire")));
        };
        const auto result = impactClosure(ci('A'), {}, failing);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, QStringLiteral("disk on fire"));
        QCOMPARE(calls, 1);
    }

    void shouldRefuseANullStart()
    {
        Graph graph{"A>B"};
        QVERIFY(!impactClosure(QUuid(), {}, graph.fetch()).ok());
        QVERIFY(graph.calls().isEmpty());
    }

    void shouldHandleALargeGraphQuickly()
    {
        // A layered graph of 30,000 CIs with three edges each stays well under a second.
        QList<RelationEdge> edges;
        const int width = 3000, layers = 10;
        auto node = [](int layer, int i) {
            return QUuid(uint(layer * 100000 + i + 1), 1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        };
        QHash<QUuid, QList<RelationEdge>> bySource;
        for (int layer = 0; layer + 1 < layers; ++layer) {
            for (int i = 0; i < width; ++i) {
                for (int k = 0; k < 3; ++k) {
                    RelationEdge edge{QUuid::createUuid(), node(layer, i),
                                      QStringLiteral("depends_on"),
                                      node(layer + 1, (i * 7 + k * 13) % width)};
                    bySource[edge.source] << edge;
                }
            }
        }
        RelationEdge root{QUuid::createUuid(), ci('R'), QStringLiteral("depends_on"), node(0, 0)};
        bySource[ci('R')] << root;
        for (int i = 1; i < width; ++i)
            bySource[node(0, i - 1)] << RelationEdge{QUuid::createUuid(), node(0, i - 1),
                                                     QStringLiteral("connects_to"), node(0, i)};
        const NeighbourFetch fetch = [&](const QList<QUuid> &frontier, ImpactDirection) {
            QList<RelationEdge> found;
            for (const QUuid &id : frontier)
                found << bySource.value(id);
            return Result<QList<RelationEdge>>(found);
        };
        // Each CI once: the step count is the graph's size, not the number of paths (the time
        // is the benchmark's to report, cmdb.impact in `servicedeck-cli bench`).
        const auto result = impactClosure(ci('R'), {}, fetch);
        QVERIFY(result.ok());
        QCOMPARE(result->steps().size(), width * layers + 1);
    }
};

QTEST_GUILESS_MAIN(tst_Impact)
#include "tst_impact.moc"
