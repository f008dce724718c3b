// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"

#include "storage/change/approvalrepository.h"
#include "storage/directoryrepository.h"
#include "storage/ids.h"
#include "storage/journal.h"
#include "storage/ticketrepository.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;
using namespace Qt::StringLiterals;
using Change::ApprovalDecision;
using Change::ApprovalState;

namespace {

Result<QUuid> addChange(Database &db, const QString &type)
{
    const QUuid id = newId();
    const QString now = u"2026-03-01T10:00:00.000Z"_s;
    auto inserted = db.exec(QStringLiteral("INSERT INTO tickets (id, number, kind, title, state, "
                                           "impact, urgency, priority, opened, updated, "
                                           "change_type) VALUES (?, 'CHG0000001', 'change', "
                                           "'Patch', 'awaiting_approval', 2, 2, 3, ?, ?, ?)"),
                            {Database::idValue(id), now, now, type});
    if (!inserted)
        return inserted.error();
    return id;
}

Result<QUuid> addUser(Database &db, const QString &login, const QString &role, const QUuid &admin)
{
    User user;
    user.login = login;
    user.roles = {role};
    auto created = DirectoryRepository(db).createUser(user, admin);
    if (!created)
        return created.error();
    return created->id;
}

} // namespace

class tst_ApprovalRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldRequestDecideAndVoidApprovals_data() { Test::addDriverRows(); }
    void shouldRequestDecideAndVoidApprovals()
    {
        SD_CMDB_FIXTURE(f);
        Database &db = f.db();
        auto change = addChange(db, u"normal"_s);
        SD_VERIFY_OK(change);
        auto carol = addUser(db, u"carol"_s, u"cab"_s, f.admin());
        auto dave = addUser(db, u"dave"_s, u"cab"_s, f.admin());
        auto oscar = addUser(db, u"oscar"_s, u"operator"_s, f.admin());
        SD_VERIFY_OK(carol);
        SD_VERIFY_OK(dave);
        SD_VERIFY_OK(oscar);
        ApprovalRepository approvals(db);

        // Given nobody asked, the change is not requested
        QCOMPARE(approvals.evaluate(*change)->state, ApprovalState::NotRequested);
        // A non-CAB user is refused as an approver, naming the rule, and nothing is written
        const auto refused = approvals.requestApprovers(*change, {*carol, *oscar}, f.admin());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"only cab approves"_s));
        QVERIFY(approvals.approvals(*change)->isEmpty());

        // When both CAB members are asked (twice: the second time adds nothing)
        SD_VERIFY_OK(approvals.requestApprovers(*change, {*carol, *dave}, f.admin()));
        SD_VERIFY_OK(approvals.requestApprovers(*change, {*carol}, f.admin()));
        QCOMPARE(approvals.approvals(*change)->size(), 2);
        QCOMPARE(approvals.evaluate(*change)->state, ApprovalState::Pending);

        // Then the operator cannot decide, carol's approval alone is not enough
        QVERIFY(!approvals.decide(*change, *oscar, ApprovalDecision::Approved, {}).ok());
        SD_VERIFY_OK(approvals.decide(*change, *carol, ApprovalDecision::Approved, u"ok"_s));
        QCOMPARE(approvals.evaluate(*change)->state, ApprovalState::Pending);
        // unless the quorum is one
        SD_VERIFY_OK(approvals.setQuorum(*change, 1, f.admin()));
        QCOMPARE(approvals.evaluate(*change)->state, ApprovalState::Approved);
        SD_VERIFY_OK(approvals.setQuorum(*change, 0, f.admin()));
        // and carol cannot decide twice on one request
        QVERIFY(!approvals.decide(*change, *carol, ApprovalDecision::Rejected, {}).ok());
        SD_VERIFY_OK(approvals.decide(*change, *dave, ApprovalDecision::Approved, {}));
        QCOMPARE(approvals.evaluate(*change)->state, ApprovalState::Approved);

        // When the plan changes, both approvals are void and both are asked again
        auto voided = approvals.voidApprovals(*change, f.admin());
        SD_VERIFY_OK(voided);
        QCOMPARE(*voided, 2);
        auto evaluation = approvals.evaluate(*change);
        QCOMPARE(evaluation->state, ApprovalState::Pending);
        QCOMPARE(evaluation->waitingFor.size(), 2);
        QCOMPARE(approvals.approvals(*change)->size(), 4);

        // and one rejection rejects
        SD_VERIFY_OK(approvals.decide(*change, *carol, ApprovalDecision::Approved, {}));
        SD_VERIFY_OK(approvals.decide(*change, *dave, ApprovalDecision::Rejected, u"no way back"_s));
        evaluation = approvals.evaluate(*change);
        QCOMPARE(evaluation->state, ApprovalState::Rejected);
        QVERIFY(evaluation->reasons.join(u' ').contains(u"no way back"_s));

        // Every write is in the journal with its actor
        const QList<Change::ApprovalRecord> records = *approvals.approvals(*change);
        const auto rejection =
            std::find_if(records.cbegin(), records.cend(), [](const Change::ApprovalRecord &r) {
                return r.decision == ApprovalDecision::Rejected;
            });
        QVERIFY(rejection != records.cend());
        auto history = Journal(db).history(rejection->id);
        SD_VERIFY_OK(history);
        QVERIFY(std::any_of(history->cbegin(), history->cend(), [&](const JournalEntry &e) {
            return e.field == u"decision" && e.newValue == u"rejected" && e.actorId == *dave;
        }));
        auto quorumHistory = Journal(db).history(*change);
        SD_VERIFY_OK(quorumHistory);
        QCOMPARE(quorumHistory->size(), 2); // quorum set, quorum cleared
        auto voidHistory = Journal(db).history(records.first().id);
        QVERIFY(std::any_of(voidHistory->cbegin(), voidHistory->cend(),
                            [](const JournalEntry &e) { return e.field == u"voided"; }));
    }

    void shouldScheduleOnlyAsChangeManagerAndVoidApprovalsOnANewPlan_data()
    {
        Test::addDriverRows();
    }
    void shouldScheduleOnlyAsChangeManagerAndVoidApprovalsOnANewPlan()
    {
        SD_CMDB_FIXTURE(f);
        Database &db = f.db();
        auto change = addChange(db, u"normal"_s);
        auto carol = addUser(db, u"carol"_s, u"cab"_s, f.admin());
        auto oscar = addUser(db, u"oscar"_s, u"operator"_s, f.admin());
        auto mia = addUser(db, u"mia"_s, u"change_manager"_s, f.admin());
        SD_VERIFY_OK(change);
        SD_VERIFY_OK(carol);
        SD_VERIFY_OK(oscar);
        SD_VERIFY_OK(mia);
        TicketRepository tickets(db);
        ApprovalRepository approvals(db);
        const FieldAssignments window = {{u"planned_start"_s, u"2026-03-10T20:00:00Z"_s},
                                         {u"planned_end"_s, u"2026-03-10T22:00:00Z"_s}};
        const int version = tickets.findByNumber(u"CHG0000001"_s)->version;

        // An operator may not set the window, and nothing is written
        auto refused = tickets.update(u"CHG0000001"_s, window, *oscar);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"only change_manager schedules"_s));
        QCOMPARE(tickets.findByNumber(u"CHG0000001"_s)->version, version);
        // nor create a change with one
        auto created = tickets.create(TicketKind::Change,
                                      window + FieldAssignments{{u"title"_s, u"Reboot"_s}}, *oscar);
        QVERIFY(!created.ok());
        QVERIFY(created.error().message.contains(u"only change_manager schedules"_s));
        // but a change manager may
        SD_VERIFY_OK(tickets.update(u"CHG0000001"_s, window, *mia));

        // Given carol approved
        SD_VERIFY_OK(approvals.requestApprovers(*change, {*carol}, *mia));
        SD_VERIFY_OK(approvals.decide(*change, *carol, ApprovalDecision::Approved, {}));
        QCOMPARE(approvals.evaluate(*change)->state, ApprovalState::Approved);
        // an edit that leaves plan and window alone keeps the approval, whoever makes it
        SD_VERIFY_OK(tickets.update(u"CHG0000001"_s, {{u"title"_s, u"Patch the core"_s}}, *oscar));
        QCOMPARE(approvals.evaluate(*change)->state, ApprovalState::Approved);
        // a new plan voids it and asks carol again, in the same step
        SD_VERIFY_OK(tickets.update(u"CHG0000001"_s,
                                    {{u"backout_plan"_s, u"Restore the snapshot"_s}}, *oscar));
        QCOMPARE(approvals.evaluate(*change)->state, ApprovalState::Pending);
        SD_VERIFY_OK(approvals.decide(*change, *carol, ApprovalDecision::Approved, {}));
        QCOMPARE(approvals.evaluate(*change)->state, ApprovalState::Approved);

        // A move refused for a stale version voids nothing
        const int current = tickets.findByNumber(u"CHG0000001"_s)->version;
        const FieldAssignments later = {{u"planned_start"_s, u"2026-03-11T20:00:00Z"_s},
                                        {u"planned_end"_s, u"2026-03-11T22:00:00Z"_s}};
        auto stale = tickets.update(u"CHG0000001"_s, later, *mia, current - 1);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, ErrorKind::Conflict);
        QCOMPARE(approvals.evaluate(*change)->state, ApprovalState::Approved);
        // while the move itself voids the approval
        auto moved = tickets.update(u"CHG0000001"_s, later, *mia, current);
        SD_VERIFY_OK(moved);
        QCOMPARE(moved->fields.value(u"planned_start"_s), u"2026-03-11T20:00:00.000Z"_s);
        QCOMPARE(approvals.evaluate(*change)->state, ApprovalState::Pending);
        const QList<Change::ApprovalRecord> records = *approvals.approvals(*change);
        QCOMPARE(std::count_if(records.cbegin(), records.cend(),
                               [](const Change::ApprovalRecord &r) { return r.voided; }),
                 2);
    }

    void shouldLetOneEcabApprovalCarryAnEmergency_data() { Test::addDriverRows(); }
    void shouldLetOneEcabApprovalCarryAnEmergency()
    {
        SD_CMDB_FIXTURE(f);
        auto change = addChange(f.db(), u"emergency"_s);
        auto carol = addUser(f.db(), u"carol"_s, u"cab"_s, f.admin());
        auto dave = addUser(f.db(), u"dave"_s, u"cab"_s, f.admin());
        ApprovalRepository approvals(f.db());
        SD_VERIFY_OK(approvals.requestApprovers(*change, {*carol, *dave}, f.admin()));
        SD_VERIFY_OK(approvals.decide(*change, *dave, ApprovalDecision::Approved, {}));
        QCOMPARE(approvals.evaluate(*change)->state, ApprovalState::Approved);
    }
};

QTEST_GUILESS_MAIN(tst_ApprovalRepository)
#include "tst_approvalrepository.moc"
