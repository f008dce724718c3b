// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lifecycle.h"

#include <QTest>

using namespace ServiceDeck;

using Fields = QMap<QString, QString>;

class tst_Lifecycle : public QObject
{
    Q_OBJECT

private slots:
    void shouldAllowTheLifecycleOfDesign_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        const auto row = [](const char *kind, const char *from, const char *to, bool allowed) {
            QTest::addRow("%s %s→%s", kind, from, to)
                << QString::fromLatin1(kind) << QString::fromLatin1(from)
                << QString::fromLatin1(to) << allowed;
        };
        row("incident", "new", "assigned", true);
        row("incident", "assigned", "in_progress", true);
        row("incident", "in_progress", "pending", true);
        row("incident", "pending", "in_progress", true);
        row("incident", "in_progress", "resolved", true);
        row("incident", "resolved", "closed", true);
        row("incident", "resolved", "in_progress", true);
        row("incident", "pending", "cancelled", true);
        row("incident", "new", "closed", false);
        row("incident", "in_progress", "closed", false);
        row("incident", "closed", "in_progress", false);
        row("incident", "resolved", "cancelled", false);
        row("request", "new", "approved", true);
        row("request", "new", "rejected", true);
        row("request", "approved", "fulfilling", true);
        row("request", "fulfilling", "pending", true);
        row("request", "fulfilled", "closed", true);
        row("request", "approved", "rejected", false);
        row("request", "new", "fulfilled", false);
        row("problem", "new", "investigating", true);
        row("problem", "investigating", "known_error", true);
        row("problem", "known_error", "resolved", true);
        row("problem", "resolved", "closed", true);
        row("problem", "new", "known_error", false);
        row("change", "draft", "assessing", true);
        row("change", "assessing", "awaiting_approval", true);
        row("change", "awaiting_approval", "approved", true);
        row("change", "awaiting_approval", "rejected", true);
        row("change", "approved", "scheduled", true);
        row("change", "scheduled", "implementing", true);
        row("change", "implementing", "review", true);
        row("change", "review", "closed", true);
        row("change", "scheduled", "cancelled", true);
        row("change", "implementing", "cancelled", false);
        row("change", "draft", "approved", false);
    }
    void shouldAllowTheLifecycleOfDesign()
    {
        QFETCH(QString, kind);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        const TicketKind k = *kindFromName(kind);
        QCOMPARE(allowedTransitions(k, from).contains(to), allowed);
        // With every field filled in, the check agrees with the list.
        Fields full;
        for (const char *field : {"group", "assignee", "resolution", "root_cause", "workaround",
                                  "planned_start", "planned_end", "implementation_plan",
                                  "backout_plan"})
            full.insert(QLatin1String(field), QStringLiteral("x"));
        QCOMPARE(checkTransition(k, from, to, full).ok(), allowed);
    }

    void shouldNameTheAllowedTransitionsWhenRefusing()
    {
        const auto refused = checkTransition(TicketKind::Incident, QStringLiteral("in_progress"),
                                             QStringLiteral("closed"), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::InvalidData);
        QVERIFY2(refused.error().message.contains(QStringLiteral("pending, resolved, cancelled")),
                 qPrintable(refused.error().message));
    }

    void shouldAskForWhatATransitionRequires_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("missing");
        QTest::newRow("resolve needs a resolution") << "incident" << "in_progress" << "resolved"
                                                    << "resolution";
        QTest::newRow("known error needs a workaround") << "problem" << "investigating"
                                                        << "known_error" << "root_cause, workaround";
        QTest::newRow("closing a problem needs a root cause") << "problem" << "resolved" << "closed"
                                                              << "root_cause";
        QTest::newRow("scheduling needs a window") << "change" << "approved" << "scheduled"
                                                   << "planned_start, planned_end";
    }
    void shouldAskForWhatATransitionRequires()
    {
        QFETCH(QString, kind);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, missing);
        const auto result = checkTransition(*kindFromName(kind), from, to, {});
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.endsWith(missing), qPrintable(result.error().message));
    }

    void shouldKeepResolvedAndClosedTimestamps()
    {
        const QString now = QStringLiteral("2026-03-02T10:00:00.000Z");
        QCOMPARE(transitionEffects(TicketKind::Incident, QStringLiteral("in_progress"),
                                   QStringLiteral("resolved"), now),
                 (Fields{{QStringLiteral("resolved"), now}}));
        QCOMPARE(transitionEffects(TicketKind::Incident, QStringLiteral("resolved"),
                                   QStringLiteral("closed"), now),
                 (Fields{{QStringLiteral("closed"), now}}));
        QCOMPARE(transitionEffects(TicketKind::Incident, QStringLiteral("resolved"),
                                   QStringLiteral("in_progress"), now),
                 (Fields{{QStringLiteral("resolved"), QString()}}));
    }
};

QTEST_GUILESS_MAIN(tst_Lifecycle)
#include "tst_lifecycle.moc"
