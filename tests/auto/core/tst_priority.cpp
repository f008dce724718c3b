// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/priority.h"

#include <QTest>

using namespace ServiceDeck;

class tst_Priority : public QObject
{
    Q_OBJECT

private slots:
    void shouldFollowTheItilMatrix_data()
    {
        QTest::addColumn<int>("impact");
        QTest::addColumn<int>("urgency");
        QTest::addColumn<int>("priority");
        const int matrix[3][3] = {{1, 2, 3}, {2, 3, 4}, {3, 4, 5}};
        for (int impact = 1; impact <= 3; ++impact) {
            for (int urgency = 1; urgency <= 3; ++urgency) {
                QTest::addRow("%dx%d", impact, urgency)
                    << impact << urgency << matrix[impact - 1][urgency - 1];
            }
        }
    }
    void shouldFollowTheItilMatrix()
    {
        QFETCH(int, impact);
        QFETCH(int, urgency);
        QFETCH(int, priority);
        QCOMPARE(priorityFor(impact, urgency), priority);
        QCOMPARE(priorityLabel(priority), QStringLiteral("P%1").arg(priority));
    }

    void shouldRejectLevelsOutOfRange_data()
    {
        QTest::addColumn<int>("impact");
        QTest::addColumn<int>("urgency");
        QTest::newRow("impact 0") << 0 << 1;
        QTest::newRow("impact 7") << 7 << 1;
        QTest::newRow("urgency 4") << 1 << 4;
        QTest::newRow("negative") << -1 << -1;
    }
    void shouldRejectLevelsOutOfRange()
    {
        QFETCH(int, impact);
        QFETCH(int, urgency);
        QCOMPARE(priorityFor(impact, urgency), 0);
        QVERIFY(priorityLabel(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Priority)
#include "tst_priority.moc"
