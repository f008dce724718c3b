// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"
#include "testdatabase.h"

#include "views/ticketform/ticketform.h"
#include "views/ticketform/tickettabs.h"

#include "storage/activityrepository.h"
#include "storage/directoryrepository.h"
#include "storage/ticketrepository.h"

#include "core/lifecycle.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;
using ServiceDeck::Views::TicketForm;
using ServiceDeck::Views::TicketTabs;

namespace {

// Given a migrated database with the admin, a support group with alice in it, and an incident.
struct Fixture
{
    std::unique_ptr<Database> db;
    User admin;
    QString incident; // INC…, "Printer jam", impact 2 × urgency 1
};

Result<Fixture> makeFixture(Test::TestDatabase &testDb)
{
    auto opened = testDb.open();
    if (!opened)
        return opened.error();
    Fixture f{std::move(opened.value()), {}, {}};
    DirectoryRepository directory(*f.db);
    auto admin = directory.ensureAdmin();
    if (!admin)
        return admin.error();
    f.admin = *admin;
    Group group;
    group.name = QStringLiteral("Service Desk");
    auto createdGroup = directory.createGroup(group, admin->id);
    if (!createdGroup)
        return createdGroup.error();
    User alice;
    alice.login = QStringLiteral("alice");
    alice.roles = {QStringLiteral("operator")};
    auto createdUser = directory.createUser(alice, admin->id);
    if (!createdUser)
        return createdUser.error();
    if (auto added = directory.addMember(createdGroup->id, createdUser->id, admin->id); !added)
        return added.error();
    auto ticket = TicketRepository(*f.db).create(
        TicketKind::Incident,
        {{QStringLiteral("title"), QStringLiteral("Printer jam")},
         {QStringLiteral("description"), QStringLiteral("Paper stuck in tray 2")},
         {QStringLiteral("impact"), QStringLiteral("2")},
         {QStringLiteral("urgency"), QStringLiteral("1")},
         {QStringLiteral("requester"), QStringLiteral("alice")}},
        admin->id);
    if (!ticket)
        return ticket.error();
    f.incident = ticket->number;
    return f;
}

#define SD_FIXTURE(var)                                                                            \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto var##Made = makeFixture(*testDb);                                                         \
    QVERIFY2(var##Made.ok(), qPrintable(var##Made.ok() ? QString() : var##Made.error().message));  \
    Fixture &var = *var##Made

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Answers the next modal dialog (a QMessageBox or the transition dialog) once it is open.
void answerNextDialog(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    QTimer::singleShot(10000, timer, [timer] { timer->deleteLater(); });
    timer->start();
}

void clickMessageBoxButton(QMessageBox::StandardButton which)
{
    answerNextDialog([which](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        QTest::mouseClick(box->button(which), Qt::LeftButton);
    });
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// History rows as "field: change" for the fields a test looks at.
QStringList historyLines(TicketForm *form)
{
    auto *list = child<QTreeWidget>(form, "historyList");
    QStringList lines;
    for (int i = 0; list && i < list->topLevelItemCount(); ++i)
        lines << list->topLevelItem(i)->text(2) + QStringLiteral(": ")
                     + list->topLevelItem(i)->text(3);
    return lines;
}

QString storedField(Database &db, const QString &number, const QString &field)
{
    auto ticket = TicketRepository(db).findByNumber(number);
    return ticket ? ticket->fields.value(field) : QStringLiteral("<error>");
}

} // namespace

class tst_TicketForm : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowTheFieldsOfTheKindAndRecomputePriority_data() { Test::addDriverRows(); }
    void shouldShowTheFieldsOfTheKindAndRecomputePriority()
    {
        SD_FIXTURE(f);
        // Given an open incident
        TicketTabs tabs(*f.db, f.admin.id);
        tabs.openTicket(f.incident);
        TicketForm *form = tabs.currentForm();
        QVERIFY(form);
        // Then its fields are shown, with the fields of other kinds hidden
        QCOMPARE(child<QLabel>(form, "numberLabel")->text(), f.incident);
        QCOMPARE(child<QLabel>(form, "stateLabel")->text(), stateLabel(u"new"));
        QCOMPARE(child<QLineEdit>(form, "titleEdit")->text(), QStringLiteral("Printer jam"));
        QCOMPARE(child<QPlainTextEdit>(form, "descriptionEdit")->toPlainText(),
                 QStringLiteral("Paper stuck in tray 2"));
        QCOMPARE(child<QComboBox>(form, "requesterCombo")->currentText(), QStringLiteral("alice"));
        QCOMPARE(child<QLabel>(form, "priorityValue")->text(), QStringLiteral("P2"));
        QVERIFY(child<QGroupBox>(form, "problemBox")->isHidden());
        QVERIFY(child<QGroupBox>(form, "changeBox")->isHidden());
        QVERIFY(!child<QLabel>(form, "slaLabel")->text().isEmpty());
        QVERIFY(!form->isModified());
        QCOMPARE(tabs.tabText(0), f.incident);
        // When impact goes to high, the priority follows at once and the tab shows the edit
        child<QComboBox>(form, "impactCombo")->setCurrentIndex(0);
        QCOMPARE(child<QLabel>(form, "priorityValue")->text(), QStringLiteral("P1"));
        QVERIFY(form->isModified());
        QCOMPARE(tabs.tabText(0), f.incident + QLatin1Char('*'));
    }

    void shouldSaveAnEditedTitleWithCtrlSAndShowItInHistory_data() { Test::addDriverRows(); }
    void shouldSaveAnEditedTitleWithCtrlSAndShowItInHistory()
    {
        SD_FIXTURE(f);
        TicketTabs tabs(*f.db, f.admin.id);
        QSignalSpy saved(&tabs, &TicketTabs::ticketSaved);
        tabs.resize(1000, 700);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowActive(&tabs));
        tabs.openTicket(f.incident);
        TicketForm *form = tabs.currentForm();
        // When the title is retyped and Ctrl+S pressed
        auto *title = child<QLineEdit>(form, "titleEdit");
        replaceText(title, QStringLiteral("Printer on fire"));
        QCOMPARE(form->changedFields().size(), 1);
        QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
        // Then the database has it, and the history says who changed what
        QTRY_COMPARE(storedField(*f.db, f.incident, QStringLiteral("title")),
                     QStringLiteral("Printer on fire"));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toString(), f.incident);
        QVERIFY(!form->isModified());
        QCOMPARE(tabs.tabText(0), f.incident);
        QVERIFY(historyLines(form).contains(QStringLiteral("title: Printer jam → Printer on fire")));
        auto *history = child<QTreeWidget>(form, "historyList");
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("admin"));
        QCOMPARE(history->topLevelItem(history->topLevelItemCount() - 1)->text(2),
                 QStringLiteral("created")); // newest first
    }

    void shouldOfferOnlyAllowedTransitionsAndAskForWhatTheyNeed_data() { Test::addDriverRows(); }
    void shouldOfferOnlyAllowedTransitionsAndAskForWhatTheyNeed()
    {
        SD_FIXTURE(f);
        TicketTabs tabs(*f.db, f.admin.id);
        tabs.resize(1000, 700);
        tabs.show();
        tabs.openTicket(f.incident);
        TicketForm *form = tabs.currentForm();
        // Then a new incident offers exactly core's next steps: no "closed"
        QCOMPARE(form->offeredTransitions(), allowedTransitions(TicketKind::Incident, u"new"));
        QVERIFY(!form->offeredTransitions().contains(QStringLiteral("closed")));
        // When "assigned" is chosen, the dialog asks for the group and the form saves both
        auto *combo = child<QComboBox>(form, "transitionCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("assigned")));
        QStringList asked;
        answerNextDialog([&asked](QWidget *dialog) {
            for (QWidget *editor : dialog->findChildren<QWidget *>()) {
                if (editor->objectName().startsWith(QLatin1String("field_")))
                    asked << editor->objectName();
            }
            auto *group = dialog->findChild<QComboBox *>(QStringLiteral("field_group"));
            QVERIFY(group);
            group->setCurrentIndex(group->findText(QStringLiteral("Service Desk")));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(form, "transitionButton"), Qt::LeftButton);
        QCOMPARE(asked, QStringList{QStringLiteral("field_group")});
        QCOMPARE(storedField(*f.db, f.incident, QStringLiteral("state")), QStringLiteral("assigned"));
        QCOMPARE(storedField(*f.db, f.incident, QStringLiteral("group")),
                 QStringLiteral("Service Desk"));
        QCOMPARE(child<QLabel>(form, "stateLabel")->text(), stateLabel(u"assigned"));
        QCOMPARE(child<QComboBox>(form, "groupCombo")->currentText(), QStringLiteral("Service Desk"));
        QCOMPARE(form->offeredTransitions(), allowedTransitions(TicketKind::Incident, u"assigned"));
        const QStringList history = historyLines(form);
        QVERIFY2(history.contains(QStringLiteral("state: %1 → %2").arg(stateLabel(u"new"), stateLabel(u"assigned"))),
                 qPrintable(history.join(u'\n')));
        QVERIFY(history.contains(QStringLiteral("group: (none) → Service Desk")));
    }

    void shouldRefuseAStepCoreDoesNotAllowAndChangeNothing_data() { Test::addDriverRows(); }
    void shouldRefuseAStepCoreDoesNotAllowAndChangeNothing()
    {
        SD_FIXTURE(f);
        TicketTabs tabs(*f.db, f.admin.id);
        tabs.openTicket(f.incident);
        TicketForm *form = tabs.currentForm();
        const int version = form->version();
        // When something asks the form to close an incident that was never resolved
        QVERIFY(!form->moveTo(QStringLiteral("closed")));
        // Then the repository's refusal, naming the allowed steps, is shown and nothing changed
        QVERIFY2(form->message().contains(QLatin1String("allowed: assigned, cancelled")),
                 qPrintable(form->message()));
        QCOMPARE(storedField(*f.db, f.incident, QStringLiteral("state")), QStringLiteral("new"));
        QCOMPARE(TicketRepository(*f.db).findByNumber(f.incident)->version, version);
        QCOMPARE(form->state(), QStringLiteral("new"));
    }

    void shouldAddCommentsAndWorklogInActivity_data() { Test::addDriverRows(); }
    void shouldAddCommentsAndWorklogInActivity()
    {
        SD_FIXTURE(f);
        TicketTabs tabs(*f.db, f.admin.id);
        tabs.resize(1000, 700);
        tabs.show();
        tabs.openTicket(f.incident);
        TicketForm *form = tabs.currentForm();
        auto *text = child<QPlainTextEdit>(form, "commentEdit");
        auto *add = child<QPushButton>(form, "addCommentButton");
        // When a public comment and then a worklog entry of 15 minutes are added
        QTest::keyClicks(text, QStringLiteral("Called the user"));
        child<QCheckBox>(form, "internalCheck")->setChecked(false);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::keyClicks(text, QStringLiteral("Cleared the tray"));
        child<QCheckBox>(form, "internalCheck")->setChecked(true);
        child<QSpinBox>(form, "minutesSpin")->setValue(15);
        QTest::mouseClick(add, Qt::LeftButton);
        // Then both are listed, oldest first, and stored
        auto *list = child<QTreeWidget>(form, "activityList");
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Called the user"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Public"));
        QVERIFY(list->topLevelItem(1)->text(2).contains(QLatin1String("15")));
        QCOMPARE(list->topLevelItem(1)->text(4), QStringLiteral("Cleared the tray"));
        auto stored = ActivityRepository(*f.db).list(form->ticket().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(0).internal, false);
        QCOMPARE(stored->at(1).kind, QStringLiteral("worklog"));
        QCOMPARE(stored->at(1).minutes, 15);
        QVERIFY(text->toPlainText().isEmpty());
        QVERIFY(!form->isModified()); // activity is not an unsaved edit of the ticket
    }

    void shouldLinkAnIncidentToAProblem_data() { Test::addDriverRows(); }
    void shouldLinkAnIncidentToAProblem()
    {
        SD_FIXTURE(f);
        auto problem = TicketRepository(*f.db).create(
            TicketKind::Problem, {{QStringLiteral("title"), QStringLiteral("Tray 2 feeder")}},
            f.admin.id);
        QVERIFY(problem.ok());
        TicketTabs tabs(*f.db, f.admin.id);
        tabs.openTicket(f.incident);
        TicketForm *form = tabs.currentForm();
        auto *type = child<QComboBox>(form, "linkTypeCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("caused_by")));
        QTest::keyClicks(child<QLineEdit>(form, "linkNumberEdit"), problem->number);
        QTest::mouseClick(child<QPushButton>(form, "addLinkButton"), Qt::LeftButton);
        auto *list = child<QTreeWidget>(form, "linkList");
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), problem->number);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Tray 2 feeder"));
        // Activating the link opens the problem in a second tab
        emit list->itemActivated(list->topLevelItem(0), 0);
        QCOMPARE(tabs.count(), 2);
        QCOMPARE(tabs.currentForm()->number(), problem->number);
        QVERIFY(!child<QGroupBox>(tabs.currentForm(), "problemBox")->isHidden());
    }

    void shouldKeepOneTabPerTicket_data() { Test::addDriverRows(); }
    void shouldKeepOneTabPerTicket()
    {
        SD_FIXTURE(f);
        auto second = TicketRepository(*f.db).create(
            TicketKind::Request, {{QStringLiteral("title"), QStringLiteral("New laptop")}},
            f.admin.id);
        QVERIFY(second.ok());
        TicketTabs tabs(*f.db, f.admin.id);
        QSignalSpy failed(&tabs, &TicketTabs::openFailed);
        tabs.openTicket(f.incident);
        tabs.openTicket(second->number);
        QCOMPARE(tabs.count(), 2);
        QCOMPARE(tabs.currentForm()->number(), second->number);
        QCOMPARE(child<QLineEdit>(tabs.currentForm(), "titleEdit")->text(),
                 QStringLiteral("New laptop"));
        // Opening an open ticket again focuses its tab
        tabs.openTicket(f.incident.toLower());
        QCOMPARE(tabs.count(), 2);
        QCOMPARE(tabs.currentIndex(), 0);
        // An unknown number opens nothing and says why
        tabs.openTicket(QStringLiteral("INC9999999"));
        QCOMPARE(tabs.count(), 2);
        QCOMPARE(failed.size(), 1);
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    }

    void shouldAskBeforeClosingAModifiedTab_data() { Test::addDriverRows(); }
    void shouldAskBeforeClosingAModifiedTab()
    {
        SD_FIXTURE(f);
        TicketTabs tabs(*f.db, f.admin.id);
        tabs.resize(1000, 700);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowActive(&tabs));
        tabs.openTicket(f.incident);
        TicketForm *form = tabs.currentForm();
        auto *title = child<QLineEdit>(form, "titleEdit");
        replaceText(title, QStringLiteral("Printer jam again"));
        QVERIFY(tabs.hasUnsavedChanges());
        // Cancel keeps the tab and the edit
        clickMessageBoxButton(QMessageBox::Cancel);
        QTest::keyClick(title, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(tabs.count(), 1);
        QCOMPARE(title->text(), QStringLiteral("Printer jam again"));
        // And closing all asks too: Cancel closes nothing
        clickMessageBoxButton(QMessageBox::Cancel);
        QVERIFY(!tabs.maybeCloseAll());
        QCOMPARE(tabs.count(), 1);
        QVERIFY(form->isModified());
    }

    void shouldSaveOrDiscardWhenClosing_data() { Test::addDriverRows(); }
    void shouldSaveOrDiscardWhenClosing()
    {
        SD_FIXTURE(f);
        auto second = TicketRepository(*f.db).create(
            TicketKind::Incident, {{QStringLiteral("title"), QStringLiteral("VPN down")}},
            f.admin.id);
        QVERIFY(second.ok());
        TicketTabs tabs(*f.db, f.admin.id);
        tabs.openTicket(f.incident);
        replaceText(child<QLineEdit>(tabs.currentForm(), "titleEdit"), QStringLiteral("Saved"));
        tabs.openTicket(second->number);
        replaceText(child<QLineEdit>(tabs.currentForm(), "titleEdit"), QStringLiteral("Dropped"));
        // Save closes the first tab after saving it
        clickMessageBoxButton(QMessageBox::Save);
        QVERIFY(tabs.closeTab(0));
        QCOMPARE(storedField(*f.db, f.incident, QStringLiteral("title")), QStringLiteral("Saved"));
        // Discard closes the second without writing
        clickMessageBoxButton(QMessageBox::Discard);
        QVERIFY(tabs.maybeCloseAll());
        QCOMPARE(tabs.count(), 0);
        QCOMPARE(storedField(*f.db, second->number, QStringLiteral("title")),
                 QStringLiteral("VPN down"));
    }

    void shouldReportAConflictAndKeepTheEdit_data() { Test::addDriverRows(); }
    void shouldReportAConflictAndKeepTheEdit()
    {
        SD_FIXTURE(f);
        TicketTabs tabs(*f.db, f.admin.id);
        tabs.resize(1000, 700);
        tabs.show();
        tabs.openTicket(f.incident);
        TicketForm *form = tabs.currentForm();
        auto *title = child<QLineEdit>(form, "titleEdit");
        replaceText(title, QStringLiteral("Mine"));
        // Given someone else changed the same field (and another) after the form loaded it
        QVERIFY(TicketRepository(*f.db)
                    .update(f.incident, {{QStringLiteral("title"), QStringLiteral("Theirs")},
                                         {QStringLiteral("urgency"), QStringLiteral("3")}},
                            f.admin.id)
                    .ok());
        // When saving, the clash is shown; the person cancels it
        Test::whenDialogOpens([](QWidget *dialog) {
            auto *box = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(box);
            QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        });
        // Then the form reports the conflict, keeps the edit and offers a reload
        QVERIFY(!form->save());
        QVERIFY2(form->message().contains(QLatin1String("changed by someone else")),
                 qPrintable(form->message()));
        auto *reload = child<QPushButton>(form, "reloadButton");
        QTRY_VERIFY(reload->isVisible() && reload->width() > 10); // laid out, so a click hits it
        QCOMPARE(title->text(), QStringLiteral("Mine"));
        QVERIFY(form->isModified());
        QCOMPARE(storedField(*f.db, f.incident, QStringLiteral("title")), QStringLiteral("Theirs"));
        // Reload shows the stored ticket
        QTest::mouseClick(reload, Qt::LeftButton);
        QCOMPARE(title->text(), QStringLiteral("Theirs"));
        QCOMPARE(child<QComboBox>(form, "urgencyCombo")->currentIndex(), 2);
        QVERIFY(!form->isModified());
        QVERIFY(form->message().isEmpty());
    }

    void shouldCreateANewTicketOnSave_data() { Test::addDriverRows(); }
    void shouldCreateANewTicketOnSave()
    {
        SD_FIXTURE(f);
        TicketTabs tabs(*f.db, f.admin.id);
        QSignalSpy saved(&tabs, &TicketTabs::ticketSaved);
        tabs.newTicket(TicketKind::Problem);
        TicketForm *form = tabs.currentForm();
        QVERIFY(form->isNew());
        QVERIFY(!form->isModified());
        QVERIFY(form->offeredTransitions().isEmpty());
        QVERIFY(!child<QGroupBox>(form, "problemBox")->isHidden());
        replaceText(child<QLineEdit>(form, "titleEdit"), QStringLiteral("Printers jam weekly"));
        QTest::keyClicks(child<QPlainTextEdit>(form, "rootCauseEdit"), QStringLiteral("Worn rollers"));
        QVERIFY(tabs.tabText(0).endsWith(QLatin1Char('*')));
        QVERIFY(form->save());
        QVERIFY(form->number().startsWith(QLatin1String("PRB")));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(tabs.tabText(0), form->number());
        QCOMPARE(storedField(*f.db, form->number(), QStringLiteral("root_cause")),
                 QStringLiteral("Worn rollers"));
        QCOMPARE(form->offeredTransitions(), allowedTransitions(TicketKind::Problem, u"new"));
    }
};

QTEST_MAIN(tst_TicketForm)
#include "tst_ticketform.moc"
