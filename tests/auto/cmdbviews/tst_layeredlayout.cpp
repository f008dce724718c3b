// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/cmdb/layeredlayout.h"

#include <QTest>

using ServiceDeck::Views::LayeredLayout;

class tst_LayeredLayout : public QObject
{
    Q_OBJECT

private slots:
    void shouldPlaceEachDepthInItsOwnRow()
    {
        // Given a start with two children and a grandchild
        LayeredLayout layout;
        const int start = layout.addNode(0);
        const int a = layout.addNode(1);
        const int b = layout.addNode(1);
        const int c = layout.addNode(2);
        layout.addEdge(start, a);
        layout.addEdge(start, b);
        layout.addEdge(b, c);
        // When laid out
        layout.run();
        // Then each depth is one row, deeper rows lower, and nodes of a row do not overlap
        QCOMPARE(layout.layerCount(), 3);
        QCOMPARE(layout.rectOf(a).top(), layout.rectOf(b).top());
        QVERIFY(layout.rectOf(start).bottom() < layout.rectOf(a).top());
        QVERIFY(layout.rectOf(b).bottom() < layout.rectOf(c).top());
        QVERIFY(!layout.rectOf(a).intersects(layout.rectOf(b)));
        // And the rows are centred on each other, inside the bounds
        QCOMPARE(layout.centreOf(start).x(), layout.boundingRect().center().x());
        QCOMPARE(layout.centreOf(c).x(), layout.boundingRect().center().x());
        for (int node = 0; node < layout.nodeCount(); ++node)
            QVERIFY(layout.boundingRect().contains(layout.rectOf(node)));
    }

    void shouldUseTheGivenGeometry()
    {
        LayeredLayout layout;
        layout.setGeometry({QSizeF(100, 40), 10, 20});
        const int start = layout.addNode(0);
        const int a = layout.addNode(1);
        const int b = layout.addNode(1);
        layout.addEdge(start, a);
        layout.addEdge(start, b);
        layout.run();
        QCOMPARE(layout.boundingRect(), QRectF(0, 0, 210, 100));
        QCOMPARE(layout.rectOf(a), QRectF(0, 60, 100, 40));
        QCOMPARE(layout.rectOf(b), QRectF(110, 60, 100, 40));
        QCOMPARE(layout.rectOf(start), QRectF(55, 0, 100, 40));
    }

    void shouldOrderChildrenUnderTheirParents()
    {
        // Given two parents whose children were added crosswise
        LayeredLayout layout;
        const int root = layout.addNode(0);
        const int left = layout.addNode(1);
        const int right = layout.addNode(1);
        const int ofRight1 = layout.addNode(2);
        const int ofLeft1 = layout.addNode(2);
        const int ofRight2 = layout.addNode(2);
        const int ofLeft2 = layout.addNode(2);
        layout.addEdge(root, left);
        layout.addEdge(root, right);
        layout.addEdge(right, ofRight1);
        layout.addEdge(left, ofLeft1);
        layout.addEdge(right, ofRight2);
        layout.addEdge(left, ofLeft2);
        // When laid out
        layout.run();
        // Then no edges cross: the left parent's children come first, in the order added
        QCOMPARE(layout.crossings(), 0);
        QCOMPARE(layout.layer(2), (QList<int>{ofLeft1, ofLeft2, ofRight1, ofRight2}));
        QVERIFY(layout.centreOf(ofLeft2).x() < layout.centreOf(ofRight1).x());
    }

    void shouldReduceCrossingsBySweeping()
    {
        // Given a bipartite tangle: the deeper layer pulls the upper one into its order
        LayeredLayout layout;
        QList<int> top, bottom;
        for (int i = 0; i < 4; ++i)
            top << layout.addNode(0);
        for (int i = 0; i < 4; ++i)
            bottom << layout.addNode(1);
        // top i is joined to bottom 3-i, and bottom 0 also to top 0
        for (int i = 0; i < 4; ++i)
            layout.addEdge(top.at(i), bottom.at(3 - i));
        layout.addEdge(top.at(0), bottom.at(0));
        // When laid out without and with sweeps
        LayeredLayout unswept = layout;
        unswept.setSweeps(0);
        unswept.run();
        layout.run();
        // Then the sweeps never make it worse, and here they untangle it
        QVERIFY(layout.crossings() <= unswept.crossings());
        QVERIFY(layout.crossings() <= 3);
    }

    void shouldIgnoreEdgesWithinALayerAndBadNodes()
    {
        LayeredLayout layout;
        const int a = layout.addNode(0);
        const int b = layout.addNode(0);
        layout.addEdge(a, b);
        layout.addEdge(a, a);
        layout.addEdge(a, 42);
        layout.run();
        QCOMPARE(layout.layerCount(), 1);
        QCOMPARE(layout.layer(0), (QList<int>{a, b}));
        QCOMPARE(layout.crossings(), 0);
    }

    void shouldHandleAnEmptyGraph()
    {
        LayeredLayout layout;
        layout.run();
        QCOMPARE(layout.layerCount(), 0);
        QVERIFY(layout.boundingRect().isEmpty());
    }

    void shouldFollowBackEdgesUpwards()
    {
        // Given an edge from a deep node back to the start (a cycle in the CMDB)
        LayeredLayout layout;
        const int start = layout.addNode(0);
        const int child = layout.addNode(1);
        const int grandchild = layout.addNode(2);
        layout.addEdge(start, child);
        layout.addEdge(child, grandchild);
        layout.addEdge(grandchild, start);
        layout.run();
        // Then the depths stand and nothing crosses
        QCOMPARE(layout.depthOf(grandchild), 2);
        QCOMPARE(layout.crossings(), 0);
    }
};

QTEST_APPLESS_MAIN(tst_LayeredLayout)
#include "tst_layeredlayout.moc"
