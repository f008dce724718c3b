// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ticketkind.h"

#include <QTest>

using namespace ServiceDeck;

class tst_TicketKind : public QObject
{
    Q_OBJECT

private slots:
    void shouldFormatAndRecogniseNumbers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("number");
        QTest::newRow("incident") << "incident" << "INC0000042";
        QTest::newRow("request") << "request" << "REQ0000042";
        QTest::newRow("problem") << "problem" << "PRB0000042";
        QTest::newRow("change") << "change" << "CHG0000042";
    }
    void shouldFormatAndRecogniseNumbers()
    {
        QFETCH(QString, kind);
        QFETCH(QString, number);
        const TicketKind parsed = *kindFromName(kind);
        QCOMPARE(formatNumber(parsed, 42), number);
        QCOMPARE(kindFromNumber(number), parsed);
        QCOMPARE(kindName(parsed), kind);
    }

    void shouldStartLifecyclesAtTheirFirstState()
    {
        for (TicketKind kind : allTicketKinds()) {
            QCOMPARE(states(kind).constFirst(), initialState(kind));
            QVERIFY(isActiveState(kind, initialState(kind)));
            QVERIFY(!isActiveState(kind, QStringLiteral("closed")));
        }
        QVERIFY(!kindFromName(u"ticket").has_value());
        QVERIFY(!isState(TicketKind::Incident, u"known_error"));
        QVERIFY(isState(TicketKind::Problem, u"known_error"));
    }
};

QTEST_GUILESS_MAIN(tst_TicketKind)
#include "tst_ticketkind.moc"
