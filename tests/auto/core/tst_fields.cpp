// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fields.h"

#include <QTest>

using namespace ServiceDeck;

class tst_Fields : public QObject
{
    Q_OBJECT

private slots:
    void shouldNormaliseValidValues_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title trimmed") << "incident" << "title" << "  VPN down " << "VPN down";
        QTest::newRow("impact") << "incident" << "impact" << "1" << "1";
        QTest::newRow("state") << "request" << "state" << "fulfilling" << "fulfilling";
        QTest::newRow("date") << "change" << "planned_start" << "2026-03-01"
                              << "2026-03-01T00:00:00.000Z";
        QTest::newRow("date-time offset") << "change" << "planned_end"
                                          << "2026-03-01T14:30:00+02:00"
                                          << "2026-03-01T12:30:00.000Z";
        QTest::newRow("date-time no offset is UTC") << "incident" << "resolved"
                                                    << "2026-03-01 08:00" << "2026-03-01T08:00:00.000Z";
        QTest::newRow("bool yes") << "problem" << "known_error" << "yes" << "true";
        QTest::newRow("choice") << "change" << "risk" << "very_high" << "very_high";
        QTest::newRow("ci list deduplicated") << "change" << "cis" << "a, b,a ,," << "a,b";
        QTest::newRow("clearing") << "incident" << "category" << "  " << "";
    }
    void shouldNormaliseValidValues()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto result = normaliseFieldValue(*kindFromName(kind), field, input);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(*result, expected);
    }

    void shouldNameTheFieldInEveryError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("input");
        QTest::newRow("unknown field") << "incident" << "colour" << "red";
        QTest::newRow("impact 7") << "incident" << "impact" << "7";
        QTest::newRow("urgency word") << "incident" << "urgency" << "high";
        QTest::newRow("malformed date") << "change" << "planned_start" << "2026-13-45";
        QTest::newRow("not a date") << "incident" << "closed" << "yesterday";
        QTest::newRow("state of another kind") << "incident" << "state" << "fulfilling";
        QTest::newRow("priority is derived") << "incident" << "priority" << "1";
        QTest::newRow("opened is kept") << "incident" << "opened" << "2026-01-01";
        QTest::newRow("problem field on incident") << "incident" << "root_cause" << "x";
        QTest::newRow("bad choice") << "change" << "change_type" << "urgent";
        QTest::newRow("empty title") << "incident" << "title" << "   ";
        QTest::newRow("multi-line title") << "incident" << "title" << "a\nb";
    }
    void shouldNameTheFieldInEveryError()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        QFETCH(QString, input);
        const auto result = normaliseFieldValue(*kindFromName(kind), field, input);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::InvalidData);
        QVERIFY2(result.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')),
                 qPrintable(result.error().message));
    }

    void shouldSplitAssignments()
    {
        auto pair = splitAssignment(QStringLiteral("title=a=b"));
        QVERIFY(pair.ok());
        QCOMPARE(pair->first, QStringLiteral("title"));
        QCOMPARE(pair->second, QStringLiteral("a=b"));
        QVERIFY(!splitAssignment(QStringLiteral("=x")).ok());
        QVERIFY(!splitAssignment(QStringLiteral("title")).ok());
        QCOMPARE(splitAssignment(QStringLiteral("title")).error().kind, ErrorKind::Usage);
    }

    void shouldListFieldsPerKind()
    {
        QVERIFY(ticketFieldNames(TicketKind::Change).contains(QStringLiteral("planned_start")));
        QVERIFY(!ticketFieldNames(TicketKind::Incident).contains(QStringLiteral("planned_start")));
        QVERIFY(ticketFieldNames(TicketKind::Problem).contains(QStringLiteral("known_error")));
        for (const char *common : {"title", "description", "state", "impact", "urgency",
                                   "priority", "category", "requester", "assignee", "group",
                                   "service", "ci", "opened", "updated", "resolved", "closed"})
            QVERIFY(ticketFieldNames(TicketKind::Request).contains(QLatin1String(common)));
    }
};

QTEST_GUILESS_MAIN(tst_Fields)
#include "tst_fields.moc"
