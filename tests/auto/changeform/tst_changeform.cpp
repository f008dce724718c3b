// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"
#include "testdatabase.h"

#include "views/ticketform/approvalspage.h"
#include "views/ticketform/approverdialog.h"
#include "views/ticketform/changecispage.h"
#include "views/ticketform/changecollisionspage.h"
#include "views/ticketform/cipickerdialog.h"
#include "views/ticketform/decisiondialog.h"
#include "views/ticketform/riskpage.h"
#include "views/ticketform/ticketform.h"

#include "storage/change/approvalrepository.h"
#include "storage/cirepository.h"
#include "storage/directoryrepository.h"
#include "storage/ticketrepository.h"

#include "core/change/changetype.h"
#include "core/fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDebug>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;
using namespace Qt::StringLiterals;
using Change::ApprovalDecision;
using Change::ApprovalState;
using Views::ApprovalsPage;
using Views::TicketForm;

namespace {

// Given a migrated database with the admin (every role), carol of the CAB, oscar the operator,
// mia the change manager, three CIs and a normal change on web-01 planned for one night.
struct Fixture
{
    std::unique_ptr<Database> db;
    User admin;
    User carol;
    User oscar;
    User mia;
    QString change; // CHG…, on web-01, 2026-12-01 22:00 – 02:00 UTC
};

Result<User> addUser(Database &db, const QString &login, const QString &displayName,
                     const QString &role, const QUuid &admin)
{
    User user;
    user.login = login;
    user.displayName = displayName;
    user.roles = {role};
    return DirectoryRepository(db).createUser(user, admin);
}

Result<QString> addChange(Database &db, const QUuid &actor, const QString &title,
                          const QString &start, const QString &end, const QString &cis)
{
    auto created = TicketRepository(db).create(TicketKind::Change,
                                               {{u"title"_s, title},
                                                {u"change_type"_s, u"normal"_s},
                                                {u"planned_start"_s, start},
                                                {u"planned_end"_s, end},
                                                {u"implementation_plan"_s, u"Patch, reboot"_s},
                                                {u"cis"_s, cis}},
                                               actor);
    if (!created)
        return created.error();
    return created->number;
}

Result<Fixture> makeFixture(Test::TestDatabase &testDb)
{
    auto opened = testDb.open();
    if (!opened)
        return opened.error();
    Fixture f{std::move(opened.value()), {}, {}, {}, {}, {}};
    auto admin = DirectoryRepository(*f.db).ensureAdmin();
    if (!admin)
        return admin.error();
    f.admin = *admin;
    auto carol = addUser(*f.db, u"carol"_s, u"Carol Board"_s, u"cab"_s, admin->id);
    auto oscar = addUser(*f.db, u"oscar"_s, u"Oscar Desk"_s, u"operator"_s, admin->id);
    auto mia = addUser(*f.db, u"mia"_s, u"Mia Planner"_s, u"change_manager"_s, admin->id);
    for (const Result<User> *user : {&carol, &oscar, &mia}) {
        if (!*user)
            return user->error();
    }
    f.carol = *carol;
    f.oscar = *oscar;
    f.mia = *mia;
    CiRepository cis(*f.db);
    for (const auto &[name, ciClass] : {std::pair{"web-01", "server"}, std::pair{"db-01", "server"},
                                        std::pair{"shop-app", "application"}}) {
        ConfigurationItem ci;
        ci.name = QString::fromLatin1(name);
        ci.ciClass = QString::fromLatin1(ciClass);
        if (ci.ciClass == u"server")
            ci.attributes.insert(u"cpu_count"_s, u"4"_s);
        if (auto created = cis.create(ci, admin->id); !created)
            return created.error();
    }
    auto change = addChange(*f.db, admin->id, u"Patch web-01"_s, u"2026-12-01T22:00:00Z"_s,
                            u"2026-12-02T02:00:00Z"_s, u"web-01"_s);
    if (!change)
        return change.error();
    f.change = *change;
    return f;
}

#define SD_FIXTURE(var)                                                                            \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto var##Made = makeFixture(*testDb);                                                         \
    QVERIFY2(var##Made.ok(), qPrintable(var##Made.ok() ? QString() : var##Made.error().message));  \
    Fixture &var = *var##Made

#define SD_VERIFY_OK(result)                                                                       \
    QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).error().message))

template<typename T> T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QString storedField(Database &db, const QString &number, const QString &field)
{
    auto ticket = TicketRepository(db).findByNumber(number);
    return ticket ? ticket->fields.value(field) : u"<error>"_s;
}

QUuid changeId(Database &db, const QString &number)
{
    auto ticket = TicketRepository(db).findByNumber(number);
    return ticket ? ticket->id : QUuid();
}

// A form for the user, showing the change.
std::unique_ptr<TicketForm> openForm(Fixture &f, const User &user, const QString &number)
{
    auto form = std::make_unique<TicketForm>(*f.db, user.id);
    form->resize(1000, 700);
    if (auto loaded = form->load(number); !loaded) {
        qWarning().noquote() << loaded.error().message;
        return nullptr;
    }
    return form;
}

QStringList rowTexts(QTreeWidget *list, int column)
{
    QStringList texts;
    for (int i = 0; list && i < list->topLevelItemCount(); ++i)
        texts << list->topLevelItem(i)->text(column);
    return texts;
}

bool tabVisible(TicketForm *form, const char *pageName)
{
    auto *tabs = child<QTabWidget>(form, "formTabs");
    QWidget *page = child<QWidget>(form, pageName);
    return tabs && page && tabs->isTabVisible(tabs->indexOf(page));
}

} // namespace

class tst_ChangeForm : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowTheChangeTabsForChangesOnly_data() { Test::addDriverRows(); }
    void shouldShowTheChangeTabsForChangesOnly()
    {
        SD_FIXTURE(f);
        auto form = openForm(f, f.admin, f.change);
        QVERIFY(form);
        for (const char *page : {"changeCisPage", "changePlansPage", "riskPage", "approvalsPage",
                                 "changeCollisionsPage"})
            QVERIFY2(tabVisible(form.get(), page), page);
        // The plans live on their tab only
        QCOMPARE(form->findChildren<QPlainTextEdit *>(u"implementationPlanEdit"_s).size(), 1);
        QCOMPARE(child<QPlainTextEdit>(form.get(), "implementationPlanEdit")->toPlainText(),
                 u"Patch, reboot"_s);
        QCOMPARE(rowTexts(child<QTreeWidget>(form.get(), "ciList"), 0), QStringList{u"web-01"_s});
        QVERIFY(!form->isModified());
        // The review is offered once core has canonical fields for the schema's review columns
        QCOMPARE(tabVisible(form.get(), "changeReviewPage"),
                 findTicketField(u"review_outcome") != nullptr
                     || findTicketField(u"review_notes") != nullptr);

        form->startNew(TicketKind::Incident);
        for (const char *page : {"changeCisPage", "changePlansPage", "riskPage", "approvalsPage",
                                 "changeCollisionsPage", "changeReviewPage"})
            QVERIFY2(!tabVisible(form.get(), page), page);
    }

    void shouldRecordThePostImplementationReview_data() { Test::addDriverRows(); }
    void shouldRecordThePostImplementationReview()
    {
        SD_FIXTURE(f);
        auto form = openForm(f, f.admin, f.change);
        QVERIFY(form);
        QVERIFY(tabVisible(form.get(), "changeReviewPage"));
        // When the outcome, the notes and the real start are entered and saved
        auto *outcome = child<QComboBox>(form.get(), "reviewOutcomeCombo");
        QVERIFY(outcome);
        outcome->setCurrentIndex(outcome->findData(u"backed_out"_s));
        QTest::keyClicks(child<QPlainTextEdit>(form.get(), "reviewNotesEdit"),
                         u"Rolled back after the health check failed"_s);
        child<QCheckBox>(form.get(), "actualStartCheck")->setChecked(true);
        child<QDateTimeEdit>(form.get(), "actualStartEdit")
            ->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(20, 5), Qt::UTC).toLocalTime());
        QVERIFY(form->isModified());
        QVERIFY2(form->save(), qPrintable(form->message()));
        // Then the change holds them, as the CLI and the queue language see them
        QCOMPARE(storedField(*f.db, f.change, u"review_outcome"_s), u"backed_out"_s);
        QCOMPARE(storedField(*f.db, f.change, u"review_notes"_s),
                 u"Rolled back after the health check failed"_s);
        QVERIFY2(storedField(*f.db, f.change, u"actual_start"_s).startsWith(u"2026-03-10T20:05"_s),
                 qPrintable(storedField(*f.db, f.change, u"actual_start"_s)));
    }

    void shouldAddACiPickedFromTheCmdbAndSaveIt_data() { Test::addDriverRows(); }
    void shouldAddACiPickedFromTheCmdbAndSaveIt()
    {
        SD_FIXTURE(f);
        auto form = openForm(f, f.admin, f.change);
        QVERIFY(form);
        form->show();
        // When the CMDB is searched for "db" and db-01 picked
        bool answered = false;
        Test::whenDialogOpens([&answered](QWidget *dialog) {
            auto *picker = qobject_cast<Views::CiPickerDialog *>(dialog);
            QVERIFY(picker);
            auto *search = child<QLineEdit>(picker, "searchEdit");
            QTest::keyClicks(search, u"db"_s);
            QTest::keyClick(search, Qt::Key_Return);
            auto *results = child<QTreeWidget>(picker, "resultList");
            QCOMPARE(rowTexts(results, 0), QStringList{u"db-01"_s});
            results->topLevelItem(0)->setSelected(true);
            answered = true;
            child<QDialogButtonBox>(picker, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        });
        child<QPushButton>(form.get(), "addCiButton")->click();
        QVERIFY(answered);
        // Then the list has it, the form knows the edit, and saving stores it
        QCOMPARE(rowTexts(child<QTreeWidget>(form.get(), "ciList"), 0),
                 (QStringList{u"db-01"_s, u"web-01"_s}));
        QVERIFY(form->isModified());
        QVERIFY2(form->save(), qPrintable(form->message()));
        QCOMPARE(storedField(*f.db, f.change, u"cis"_s), u"db-01,web-01"_s);
        QVERIFY(!form->isModified());

        // When web-01 is removed again and saved
        auto *list = child<QTreeWidget>(form.get(), "ciList");
        list->findItems(u"web-01"_s, Qt::MatchExactly).value(0)->setSelected(true);
        child<QPushButton>(form.get(), "removeCiButton")->click();
        QVERIFY2(form->save(), qPrintable(form->message()));
        QCOMPARE(storedField(*f.db, f.change, u"cis"_s), u"db-01"_s);
    }

    void shouldMergeTheCiEditWithATitleSavedElsewhere_data() { Test::addDriverRows(); }
    void shouldMergeTheCiEditWithATitleSavedElsewhere()
    {
        SD_FIXTURE(f);
        auto form = openForm(f, f.admin, f.change);
        QVERIFY(form);
        // Given someone else saved a new title after the form loaded the change
        SD_VERIFY_OK(TicketRepository(*f.db).update(f.change, {{u"title"_s, u"Patch web-01 now"_s}},
                                                    f.admin.id));
        Test::whenDialogOpens([](QWidget *dialog) {
            auto *picker = qobject_cast<Views::CiPickerDialog *>(dialog);
            QVERIFY(picker);
            picker->search(u"shop"_s);
            child<QTreeWidget>(picker, "resultList")->topLevelItem(0)->setSelected(true);
            picker->accept();
        });
        child<QPushButton>(form.get(), "addCiButton")->click();
        // When the CI edit is saved, it merges with theirs: different fields, no clash
        QVERIFY2(form->save(), qPrintable(form->message()));
        QCOMPARE(storedField(*f.db, f.change, u"cis"_s), u"shop-app,web-01"_s);
        QCOMPARE(storedField(*f.db, f.change, u"title"_s), u"Patch web-01 now"_s);
        QCOMPARE(rowTexts(child<QTreeWidget>(form.get(), "ciList"), 0),
                 (QStringList{u"shop-app"_s, u"web-01"_s}));
    }

    void shouldScoreTheQuestionnaireAndSaveTheRisk_data() { Test::addDriverRows(); }
    void shouldScoreTheQuestionnaireAndSaveTheRisk()
    {
        SD_FIXTURE(f);
        auto form = openForm(f, f.admin, f.change);
        QVERIFY(form);
        auto *score = child<QLabel>(form.get(), "scoreValue");
        auto *level = child<QLabel>(form.get(), "levelValue");
        const auto choose = [&](const char *question, const char *answer) {
            auto *combo =
                child<QComboBox>(form.get(), qPrintable(u"question_"_s + QLatin1String(question)));
            QVERIFY(combo);
            const int index = combo->findData(QString::fromLatin1(answer));
            QVERIFY(index > 0);
            combo->setCurrentIndex(index);
        };
        // When four of five questions are answered, there is no level yet and nothing to save
        choose("user_impact", "everyone"); // 6
        choose("cis_affected", "few");     // 2
        choose("tested", "untested");      // 5
        choose("backout", "documented");   // 2
        QVERIFY(score->text().contains(u"4"_s));
        QVERIFY(!level->text().contains(Change::riskLevelLabel(Change::RiskLevel::High)));
        QVERIFY(!form->isModified());
        // When the last one is answered, the score and the level follow at once
        choose("business_hours", "outside"); // 0
        QVERIFY2(score->text().contains(u"15"_s), qPrintable(score->text()));
        QCOMPARE(level->text(), Change::riskLevelLabel(Change::RiskLevel::High));
        QVERIFY(form->isModified());
        // Then saving stores the level (and the score, once core has a field for it)
        QVERIFY2(form->save(), qPrintable(form->message()));
        QCOMPARE(storedField(*f.db, f.change, u"risk"_s), u"high"_s);
        if (findTicketField(u"risk_score"))
            QCOMPARE(storedField(*f.db, f.change, u"risk_score"_s), u"15"_s);
        QCOMPARE(level->text(), Change::riskLevelLabel(Change::RiskLevel::High));
        QVERIFY(!form->isModified());
        QVERIFY(child<QLabel>(form.get(), "storedValue")
                    ->text()
                    .contains(Change::riskLevelLabel(Change::RiskLevel::High)));

        // When an answer is lowered, the level drops with it
        choose("tested", "production_like"); // 15 - 5 = 10
        QCOMPARE(level->text(), Change::riskLevelLabel(Change::RiskLevel::Medium));
        QVERIFY2(form->save(), qPrintable(form->message()));
        QCOMPARE(storedField(*f.db, f.change, u"risk"_s), u"medium"_s);
    }

    void shouldRequestAnApproverAndRecordTheirApprovalWithAComment_data() { Test::addDriverRows(); }
    void shouldRequestAnApproverAndRecordTheirApprovalWithAComment()
    {
        SD_FIXTURE(f);
        // Given the change manager asks carol through the approver list
        auto managerForm = openForm(f, f.mia, f.change);
        QVERIFY(managerForm);
        auto *managerPage = managerForm->findChild<ApprovalsPage *>();
        QCOMPARE(managerPage->evaluation().state, ApprovalState::NotRequested);
        QVERIFY(!child<QPushButton>(managerForm.get(), "approveButton")->isEnabled());
        bool listed = false;
        Test::whenDialogOpens([&listed](QWidget *dialog) {
            auto *approvers = qobject_cast<Views::ApproverDialog *>(dialog);
            QVERIFY(approvers);
            QVERIFY(!approvers->check(u"oscar"_s)); // not on the board
            listed = approvers->check(u"carol"_s);
            child<QDialogButtonBox>(approvers, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        });
        child<QPushButton>(managerForm.get(), "requestButton")->click();
        QVERIFY(listed);
        QCOMPARE(managerPage->evaluation().state, ApprovalState::Pending);
        QCOMPARE(rowTexts(child<QTreeWidget>(managerForm.get(), "approvalList"), 0),
                 QStringList{u"Carol Board"_s});

        // When carol approves with a comment in her own form
        auto form = openForm(f, f.carol, f.change);
        QVERIFY(form);
        auto *approve = child<QPushButton>(form.get(), "approveButton");
        QVERIFY(approve->isEnabled());
        Test::whenDialogOpens([](QWidget *dialog) {
            auto *decision = qobject_cast<Views::DecisionDialog *>(dialog);
            QVERIFY(decision);
            QTest::keyClicks(child<QPlainTextEdit>(decision, "commentEdit"), u"Looks safe"_s);
            child<QDialogButtonBox>(decision, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        });
        approve->click();
        // Then the record and the evaluation show it, and there is nothing left to decide
        auto *list = child<QTreeWidget>(form.get(), "approvalList");
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), u"Carol Board"_s);
        QCOMPARE(list->topLevelItem(0)->text(1), ApprovalsPage::tr("Approved"));
        QCOMPARE(list->topLevelItem(0)->text(4), u"Looks safe"_s);
        QVERIFY(!list->topLevelItem(0)->text(3).isEmpty());
        QCOMPARE(child<QLabel>(form.get(), "evaluationState")->text(),
                 Change::approvalStateLabel(ApprovalState::Approved));
        QVERIFY(!approve->isEnabled());
        QVERIFY(form->message().isEmpty());
        auto stored = ApprovalRepository(*f.db).evaluate(changeId(*f.db, f.change));
        SD_VERIFY_OK(stored);
        QCOMPARE(stored->state, ApprovalState::Approved);
    }

    void shouldRejectWithAComment_data() { Test::addDriverRows(); }
    void shouldRejectWithAComment()
    {
        SD_FIXTURE(f);
        const QUuid id = changeId(*f.db, f.change);
        SD_VERIFY_OK(ApprovalRepository(*f.db).requestApprovers(id, {f.carol.id}, f.admin.id));
        auto form = openForm(f, f.carol, f.change);
        QVERIFY(form);
        Test::whenDialogOpens([](QWidget *dialog) {
            auto *decision = qobject_cast<Views::DecisionDialog *>(dialog);
            QVERIFY(decision);
            decision->setComment(u"No backout plan"_s);
            decision->accept();
        });
        child<QPushButton>(form.get(), "rejectButton")->click();
        QCOMPARE(form->findChild<ApprovalsPage *>()->evaluation().state, ApprovalState::Rejected);
        QCOMPARE(rowTexts(child<QTreeWidget>(form.get(), "approvalList"), 4),
                 QStringList{u"No backout plan"_s});
    }

    void shouldNotLetAUserOutsideTheCabDecide_data() { Test::addDriverRows(); }
    void shouldNotLetAUserOutsideTheCabDecide()
    {
        SD_FIXTURE(f);
        const QUuid id = changeId(*f.db, f.change);
        SD_VERIFY_OK(ApprovalRepository(*f.db).requestApprovers(id, {f.carol.id}, f.admin.id));
        // Given oscar, who is not on the board, opens the change
        auto form = openForm(f, f.oscar, f.change);
        QVERIFY(form);
        auto *approve = child<QPushButton>(form.get(), "approveButton");
        auto *reject = child<QPushButton>(form.get(), "rejectButton");
        // Then he may not approve or reject, and the page says why
        QVERIFY(!approve->isEnabled());
        QVERIFY(!reject->isEnabled());
        QVERIFY2(approve->toolTip().contains(u"only cab approves"_s),
                 qPrintable(approve->toolTip()));
        QVERIFY(child<QLabel>(form.get(), "hintLabel")->text().contains(u"only cab approves"_s));
        // When he approves anyway, storage refuses and the form shows the refusal
        auto *page = form->findChild<ApprovalsPage *>();
        QVERIFY(!page->decide(ApprovalDecision::Approved, u"fine by me"_s));
        QVERIFY2(form->message().contains(u"only cab approves"_s), qPrintable(form->message()));
        QCOMPARE(page->evaluation().state, ApprovalState::Pending);
        // And nobody outside the board can be asked
        QVERIFY(!page->requestApprovers({f.oscar.id}));
        QVERIFY2(form->message().contains(u"only cab approves"_s), qPrintable(form->message()));

        // A CAB member without an open request may not decide either
        auto admin = openForm(f, f.admin, f.change);
        QVERIFY(admin);
        QVERIFY(!child<QPushButton>(admin.get(), "approveButton")->isEnabled());
        QVERIFY(child<QPushButton>(admin.get(), "approveButton")
                    ->toolTip()
                    .contains(u"only requested approvers decide"_s));
    }

    void shouldVoidTheStandingApprovalWhenAChangeManagerEditsThePlan_data()
    {
        Test::addDriverRows();
    }
    void shouldVoidTheStandingApprovalWhenAChangeManagerEditsThePlan()
    {
        SD_FIXTURE(f);
        const QUuid id = changeId(*f.db, f.change);
        ApprovalRepository approvals(*f.db);
        SD_VERIFY_OK(approvals.requestApprovers(id, {f.carol.id}, f.admin.id));
        SD_VERIFY_OK(approvals.decide(id, f.carol.id, ApprovalDecision::Approved, u"ok"_s));
        // Given the change manager's form shows the standing approval
        auto form = openForm(f, f.mia, f.change);
        QVERIFY(form);
        auto *page = form->findChild<ApprovalsPage *>();
        QCOMPARE(page->evaluation().state, ApprovalState::Approved);
        // When she rewrites the implementation plan and saves
        auto *plan = child<QPlainTextEdit>(form.get(), "implementationPlanEdit");
        plan->setPlainText(u"Patch, reboot, check the logs"_s);
        QVERIFY(form->isModified());
        QVERIFY2(form->save(), qPrintable(form->message()));
        QCOMPARE(storedField(*f.db, f.change, u"implementation_plan"_s),
                 u"Patch, reboot, check the logs"_s);
        // Then the approval shows as void, carol is asked again and the change waits for her
        auto *list = child<QTreeWidget>(form.get(), "approvalList");
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(1),
                 ApprovalsPage::tr("%1 (void)").arg(ApprovalsPage::tr("Approved")));
        QCOMPARE(list->topLevelItem(1)->text(1), ApprovalsPage::tr("Requested"));
        QCOMPARE(page->evaluation().state, ApprovalState::Pending);
    }

    void shouldLetOnlyAChangeManagerMoveTheWindow_data() { Test::addDriverRows(); }
    void shouldLetOnlyAChangeManagerMoveTheWindow()
    {
        SD_FIXTURE(f);
        auto manager = openForm(f, f.mia, f.change);
        QVERIFY(manager);
        QVERIFY(child<QDateTimeEdit>(manager.get(), "plannedStartEdit")->isEnabled());
        auto operatorForm = openForm(f, f.oscar, f.change);
        QVERIFY(operatorForm);
        auto *start = child<QDateTimeEdit>(operatorForm.get(), "plannedStartEdit");
        QVERIFY(!start->isEnabled());
        QVERIFY(!child<QWidget>(operatorForm.get(), "plannedStartCheck")->isEnabled());
        QVERIFY2(start->toolTip().contains(u"only change_manager schedules"_s),
                 qPrintable(start->toolTip()));
    }

    void shouldListASameCiCollisionWithAnOverlappingChange_data() { Test::addDriverRows(); }
    void shouldListASameCiCollisionWithAnOverlappingChange()
    {
        SD_FIXTURE(f);
        // Given another change on web-01 that overlaps the night of the first one
        auto other = addChange(*f.db, f.admin.id, u"Replace a disk in web-01"_s,
                               u"2026-12-02T01:00:00Z"_s, u"2026-12-02T03:00:00Z"_s, u"web-01"_s);
        SD_VERIFY_OK(other);
        auto form = openForm(f, f.mia, f.change);
        QVERIFY(form);
        auto *list = child<QTreeWidget>(form.get(), "collisionList");
        // Then the collisions tab lists it, as an error naming the other change
        QCOMPARE(list->topLevelItemCount(), 1);
        QTreeWidgetItem *row = list->topLevelItem(0);
        QCOMPARE(row->text(1),
                 Views::ChangeCollisionsPage::kindLabel(Change::CollisionKind::SameCi));
        QCOMPARE(row->text(2), *other);
        QCOMPARE(row->text(0), Views::ChangeCollisionsPage::tr("Error"));
        QVERIFY(row->text(4).contains(u"web-01"_s));
        // When the row is activated, the other change is asked to open
        QSignalSpy open(form.get(), &TicketForm::openTicketRequested);
        emit list->itemActivated(row, 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), *other);

        // When the window moves a week later (not saved yet), the collision goes
        auto *end = child<QDateTimeEdit>(form.get(), "plannedEndEdit");
        auto *start = child<QDateTimeEdit>(form.get(), "plannedStartEdit");
        end->setDateTime(end->dateTime().addDays(7));
        start->setDateTime(start->dateTime().addDays(7));
        QTRY_COMPARE(list->topLevelItemCount(), 0);
        // And when it moves back and the other CI is taken instead, there is none either
        start->setDateTime(start->dateTime().addDays(-7));
        end->setDateTime(end->dateTime().addDays(-7));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        Test::whenDialogOpens([](QWidget *dialog) {
            auto *picker = qobject_cast<Views::CiPickerDialog *>(dialog);
            QVERIFY(picker);
            picker->search(u"db-01"_s);
            child<QTreeWidget>(picker, "resultList")->topLevelItem(0)->setSelected(true);
            picker->accept();
        });
        child<QPushButton>(form.get(), "addCiButton")->click();
        auto *cis = child<QTreeWidget>(form.get(), "ciList");
        cis->findItems(u"web-01"_s, Qt::MatchExactly).value(0)->setSelected(true);
        child<QPushButton>(form.get(), "removeCiButton")->click();
        QTRY_COMPARE(list->topLevelItemCount(), 0);
        QVERIFY2(form->save(), qPrintable(form->message()));
        QCOMPARE(list->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(tst_ChangeForm)
#include "tst_changeform.moc"
