// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"
#include "testdatabase.h"

#include "views/ticketform/mergeclashdialog.h"
#include "views/ticketform/ticketform.h"

#include "storage/directoryrepository.h"
#include "storage/ticketrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;
using ServiceDeck::Views::MergeClashDialog;
using ServiceDeck::Views::TicketForm;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

const QList<FieldClash> twoClashes = {
    {QStringLiteral("assignee"), QStringLiteral("alice"), QStringLiteral("carol"),
     QStringLiteral("bob")},
    {QStringLiteral("category"), QString(), QStringLiteral("network"), QStringLiteral("hardware")},
};

// A radio button reacts to clicks on its circle and its text, not on the space beside them.
void clickRadio(QRadioButton *button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    QVERIFY(button->isChecked());
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// Given a database with the admin and an incident "Printer jam" (impact 2 × urgency 1).
struct Fixture
{
    std::unique_ptr<Database> db;
    User admin;
    QString incident;
};

Result<Fixture> makeFixture(Test::TestDatabase &testDb)
{
    auto opened = testDb.open();
    if (!opened)
        return opened.error();
    Fixture f{std::move(opened.value()), {}, {}};
    auto admin = DirectoryRepository(*f.db).ensureAdmin();
    if (!admin)
        return admin.error();
    f.admin = *admin;
    auto created = TicketRepository(*f.db).create(TicketKind::Incident,
                                                  {{s("title"), s("Printer jam")},
                                                   {s("impact"), s("2")},
                                                   {s("urgency"), s("1")}},
                                                  admin->id);
    if (!created)
        return created.error();
    f.incident = created->number;
    return f;
}

#define SD_FIXTURE(var)                                                                            \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto var##Made = makeFixture(*testDb);                                                         \
    QVERIFY2(var##Made.ok(), qPrintable(var##Made.ok() ? QString() : var##Made.error().message));  \
    Fixture &var = *var##Made

QString stored(Database &db, const QString &number, const QString &field)
{
    auto ticket = TicketRepository(db).findByNumber(number);
    return ticket ? ticket->fields.value(field) : QStringLiteral("<error>");
}

} // namespace

class tst_MergeClashDialog : public QObject
{
    Q_OBJECT

private slots:
    void shouldListEachClashWithBaseTheirsAndMine()
    {
        MergeClashDialog dialog(s("INC0000042"), twoClashes);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.windowTitle().contains(QLatin1String("INC0000042")));
        QCOMPARE(child<QLabel>(&dialog, s("field_assignee"))->text(), s("Assignee"));
        QCOMPARE(child<QLabel>(&dialog, s("base_assignee"))->text(), s("alice"));
        QCOMPARE(child<QRadioButton>(&dialog, s("theirs_assignee"))->text(), s("carol"));
        QCOMPARE(child<QRadioButton>(&dialog, s("mine_assignee"))->text(), s("bob"));
        QCOMPARE(child<QLabel>(&dialog, s("base_category"))->text(), s("(empty)"));
        QCOMPARE(child<QRadioButton>(&dialog, s("theirs_category"))->text(), s("network"));
        QCOMPARE(child<QRadioButton>(&dialog, s("mine_category"))->text(), s("hardware"));
    }

    void shouldSaveOnlyOnceEveryFieldIsDecided()
    {
        MergeClashDialog dialog(s("INC0000042"), twoClashes);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *save = child<QPushButton>(&dialog, s("saveMergedButton"));
        // Nothing is chosen for the person
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog.choices().isEmpty());
        // When the person keeps their own assignee, Save still waits for the category
        clickRadio(child<QRadioButton>(&dialog, s("mine_assignee")));
        QVERIFY(!save->isEnabled());
        // And when they keep the stored category, Save accepts with both choices
        clickRadio(child<QRadioButton>(&dialog, s("theirs_category")));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choices(), (QHash<QString, ClashChoice>{{s("assignee"), ClashChoice::Mine},
                                                                {s("category"),
                                                                 ClashChoice::Theirs}}));
    }

    void shouldTakeAllOfOneSide_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("choice");
        QTest::newRow("all mine") << s("allMineButton") << int(ClashChoice::Mine);
        QTest::newRow("all theirs") << s("allTheirsButton") << int(ClashChoice::Theirs);
    }
    void shouldTakeAllOfOneSide()
    {
        QFETCH(QString, button);
        QFETCH(int, choice);
        MergeClashDialog dialog(s("INC0000042"), twoClashes);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, button), Qt::LeftButton);
        QVERIFY(child<QPushButton>(&dialog, s("saveMergedButton"))->isEnabled());
        QCOMPARE(dialog.choices().value(s("assignee")), ClashChoice(choice));
        QCOMPARE(dialog.choices().value(s("category")), ClashChoice(choice));
    }

    void shouldMergeWithoutAskingWhenNothingClashes_data() { Test::addDriverRows(); }
    void shouldMergeWithoutAskingWhenNothingClashes()
    {
        SD_FIXTURE(f);
        TicketForm form(*f.db, f.admin.id);
        form.resize(1000, 700);
        form.show();
        QVERIFY(form.load(f.incident).ok());
        replaceText(child<QLineEdit>(&form, s("titleEdit")), s("Printer on fire"));
        // Given someone else changed the urgency after the form loaded the ticket
        QVERIFY(TicketRepository(*f.db)
                    .update(f.incident, {{s("urgency"), s("3")}}, f.admin.id)
                    .ok());
        // When saving, both changes are kept, no dialog asked and no message shown
        QVERIFY2(form.save(), qPrintable(form.message()));
        QCOMPARE(stored(*f.db, f.incident, s("title")), s("Printer on fire"));
        QCOMPARE(stored(*f.db, f.incident, s("urgency")), s("3"));
        // And the form shows the merged ticket, nothing left to save
        QVERIFY(!form.isModified());
        QCOMPARE(child<QComboBox>(&form, s("urgencyCombo"))->currentIndex(), 2);
        QVERIFY(form.message().isEmpty());
    }

    void shouldAskAboutAClashAndSaveTheChoice_data() { Test::addDriverRows(); }
    void shouldAskAboutAClashAndSaveTheChoice()
    {
        SD_FIXTURE(f);
        TicketForm form(*f.db, f.admin.id);
        form.resize(1000, 700);
        form.show();
        QVERIFY(form.load(f.incident).ok());
        replaceText(child<QLineEdit>(&form, s("titleEdit")), s("Mine"));
        // Given someone else changed the title too, and the urgency
        QVERIFY(TicketRepository(*f.db)
                    .update(f.incident, {{s("title"), s("Theirs")}, {s("urgency"), s("3")}},
                            f.admin.id)
                    .ok());
        // When saving, the dialog lists the title with both values; the person keeps theirs
        QString listed;
        Test::whenDialogOpens([&listed](QWidget *dialog) {
            listed = child<QLabel>(dialog, s("base_title"))->text() + u'|'
                     + child<QRadioButton>(dialog, s("theirs_title"))->text() + u'|'
                     + child<QRadioButton>(dialog, s("mine_title"))->text();
            clickRadio(child<QRadioButton>(dialog, s("theirs_title")));
            QTest::mouseClick(child<QPushButton>(dialog, s("saveMergedButton")), Qt::LeftButton);
        });
        QVERIFY2(form.save(), qPrintable(form.message()));
        QCOMPARE(listed, s("Printer jam|Theirs|Mine"));
        QCOMPARE(stored(*f.db, f.incident, s("title")), s("Theirs"));
        QCOMPARE(child<QLineEdit>(&form, s("titleEdit"))->text(), s("Theirs"));
        QVERIFY(!form.isModified());
    }

    void shouldKeepTheEditsWhenTheMergeIsCancelled_data() { Test::addDriverRows(); }
    void shouldKeepTheEditsWhenTheMergeIsCancelled()
    {
        SD_FIXTURE(f);
        TicketForm form(*f.db, f.admin.id);
        form.resize(1000, 700);
        form.show();
        QVERIFY(form.load(f.incident).ok());
        replaceText(child<QLineEdit>(&form, s("titleEdit")), s("Mine"));
        QVERIFY(TicketRepository(*f.db)
                    .update(f.incident, {{s("title"), s("Theirs")}}, f.admin.id)
                    .ok());
        Test::whenDialogOpens([](QWidget *dialog) {
            auto *box = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        });
        // When the person cancels the merge, nothing is written and the edit stays
        QVERIFY(!form.save());
        QCOMPARE(stored(*f.db, f.incident, s("title")), s("Theirs"));
        QCOMPARE(child<QLineEdit>(&form, s("titleEdit"))->text(), s("Mine"));
        QVERIFY(form.isModified());
        QVERIFY2(form.message().contains(QLatin1String("changed by someone else")),
                 qPrintable(form.message()));
    }
};

QTEST_MAIN(tst_MergeClashDialog)
#include "tst_mergeclashdialog.moc"
