// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/change/approvals.h"
#include "core/change/changerules.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Change;

namespace {

const QDateTime base(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QUuid person(int n)
{
    return QUuid(0x10000000u + uint(n), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

// "a" approved, "r" rejected, "?" requested, "v" approved but voided in storage; the approver
// is the position, each asked at 09:00 + position minutes and deciding an hour later.
QList<ApprovalRecord> records(const QString &decisions)
{
    QList<ApprovalRecord> list;
    for (int i = 0; i < decisions.size(); ++i) {
        ApprovalRecord r;
        r.approver = person(i);
        r.approverName = QStringLiteral("cab%1").arg(i);
        r.requested = base.addSecs(60 * i);
        const QChar d = decisions.at(i);
        if (d != QLatin1Char('?')) {
            r.decision = d == QLatin1Char('r') ? ApprovalDecision::Rejected
                                               : ApprovalDecision::Approved;
            r.decided = base.addSecs(3600 + 60 * i);
        }
        r.voided = d == QLatin1Char('v');
        list << r;
    }
    return list;
}

User user(const char *login, QStringList roles)
{
    User u;
    u.id = QUuid::createUuid();
    u.login = QString::fromLatin1(login);
    u.roles = std::move(roles);
    return u;
}

} // namespace

class tst_Approvals : public QObject
{
    Q_OBJECT

private slots:
    void shouldEvaluateTheApprovalState_data()
    {
        QTest::addColumn<QString>("decisions");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("quorum");
        QTest::addColumn<int>("planChangedAfterMinutes"); // < 0: the plan never changed
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("approved");
        QTest::addColumn<int>("waiting");

        QTest::newRow("nobody asked") << "" << "normal" << 0 << -1 << "not_requested" << 0 << 0;
        QTest::newRow("all asked, none answered") << "???" << "normal" << 0 << -1 << "pending" << 0
                                                  << 3;
        QTest::newRow("every approver approved") << "aaa" << "normal" << 0 << -1 << "approved"
                                                 << 3 << 0;
        QTest::newRow("one still missing") << "aa?" << "normal" << 0 << -1 << "pending" << 2 << 1;
        QTest::newRow("quorum of two reached") << "aa?" << "normal" << 2 << -1 << "approved" << 2
                                               << 1;
        QTest::newRow("quorum of two not reached") << "a??" << "normal" << 2 << -1 << "pending"
                                                   << 1 << 2;
        QTest::newRow("quorum above the approvers asked") << "aa" << "normal" << 3 << -1
                                                          << "pending" << 2 << 0;
        QTest::newRow("one rejection rejects") << "aar" << "normal" << 0 << -1 << "rejected" << 2
                                               << 0;
        QTest::newRow("a rejection beats a reached quorum") << "aar" << "normal" << 2 << -1
                                                            << "rejected" << 2 << 0;
        QTest::newRow("plan changed after the approvals") << "aaa" << "normal" << 0 << 200
                                                          << "pending" << 0 << 3;
        QTest::newRow("plan changed between two approvals") << "aaa" << "normal" << 0 << 61
                                                            << "pending" << 2 << 1;
        QTest::newRow("plan changed before the approvals") << "aaa" << "normal" << 0 << 30
                                                           << "approved" << 3 << 0;
        QTest::newRow("voided in storage") << "aav" << "normal" << 0 << -1 << "pending" << 2 << 1;
        QTest::newRow("a rejection outlives a change of plan") << "ar" << "normal" << 0 << 200
                                                               << "rejected" << 0 << 1;
        QTest::newRow("emergency: one ECAB approval is enough") << "a??" << "emergency" << 0 << -1
                                                                << "approved" << 1 << 2;
        QTest::newRow("standard: pre-approved") << "" << "standard" << 0 << -1 << "approved" << 0
                                                << 0;
    }
    void shouldEvaluateTheApprovalState()
    {
        QFETCH(QString, decisions);
        QFETCH(QString, type);
        QFETCH(int, quorum);
        QFETCH(int, planChangedAfterMinutes);
        QFETCH(QString, state);
        QFETCH(int, approved);
        QFETCH(int, waiting);
        ApprovalPolicy policy;
        policy.type = *changeTypeFromName(type);
        policy.quorum = quorum;
        if (planChangedAfterMinutes >= 0)
            policy.planChanged = base.addSecs(60 * planChangedAfterMinutes);
        const ApprovalEvaluation result = evaluateApprovals(records(decisions), policy);
        QCOMPARE(approvalStateName(result.state), state);
        QCOMPARE(result.approvedBy.size(), approved);
        QCOMPARE(result.waitingFor.size(), waiting);
        QVERIFY(!result.reasons.isEmpty());
    }

    void shouldLetALaterRequestSupersedeAnOldAnswer()
    {
        // Given a rejection, and the same approver asked again after the plan was revised
        QList<ApprovalRecord> list = records(QStringLiteral("ar"));
        ApprovalRecord again = list.at(1);
        again.decision = ApprovalDecision::Requested;
        again.decided = {};
        again.requested = base.addSecs(5 * 3600);
        list << again;
        // Then the change waits for them instead of staying rejected
        const ApprovalEvaluation result = evaluateApprovals(list, ApprovalPolicy{});
        QCOMPARE(result.state, ApprovalState::Pending);
        QCOMPARE(result.waitingFor, QList<QUuid>{person(1)});
    }

    void shouldExplainAVoidedApproval()
    {
        ApprovalPolicy policy;
        policy.planChanged = base.addSecs(3 * 3600);
        const ApprovalEvaluation result = evaluateApprovals(records(QStringLiteral("a")), policy);
        QCOMPARE(result.voided, QList<QUuid>{person(0)});
        QVERIFY(result.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("cab0")));
    }

    void shouldLetOnlyCabMembersApprove()
    {
        const User cab = user("carol", {QStringLiteral("cab")});
        const User operatorUser = user("oscar", {QStringLiteral("operator")});
        QVERIFY(checkMayApprove(cab).ok());
        const Result<void> refused = checkMayApprove(operatorUser);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::InvalidData);
        QVERIFY(refused.error().message.contains(QStringLiteral("only cab approves")));
        QVERIFY(refused.error().message.contains(QStringLiteral("oscar")));
    }

    void shouldLetOnlyRequestedApproversDecide()
    {
        User cab = user("carol", {QStringLiteral("cab")});
        QList<ApprovalRecord> list = records(QStringLiteral("?"));
        QVERIFY(!checkMayDecide(cab, list).ok());
        list[0].approver = cab.id;
        QVERIFY(checkMayDecide(cab, list).ok());
        list[0].decision = ApprovalDecision::Approved;
        QVERIFY(!checkMayDecide(cab, list).ok()); // decided already: ask again first
        const User outsider = user("oscar", {QStringLiteral("operator")});
        QVERIFY(checkMayDecide(outsider, list).error().message.contains(u"only cab approves"));
    }

    void shouldLetOnlyChangeManagersSchedule()
    {
        const TimeSpan before{1000, 2000};
        const TimeSpan moved{5000, 6000};
        const User manager = user("mia", {QStringLiteral("change_manager")});
        const User cab = user("carol", {QStringLiteral("cab")});
        QVERIFY(checkMaySchedule(manager, before, moved).ok());
        QVERIFY(checkMaySchedule(manager, TimeSpan{}, moved).ok());
        QVERIFY(checkMaySchedule(cab, before, before).ok()); // not a move
        const Result<void> refused = checkMaySchedule(cab, before, moved);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("only change_manager schedules")));
        QVERIFY(!checkMaySchedule(cab, TimeSpan{}, moved).ok()); // setting a window is scheduling
    }

    void shouldKnowWhichFieldsVoidApprovals()
    {
        QVERIFY(voidsApprovals(QStringLiteral("planned_start")));
        QVERIFY(voidsApprovals(QStringLiteral("backout_plan")));
        QVERIFY(!voidsApprovals(QStringLiteral("title")));
    }
};

QTEST_GUILESS_MAIN(tst_Approvals)
#include "tst_approvals.moc"
