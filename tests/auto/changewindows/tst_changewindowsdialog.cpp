// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"
#include "windowsfixture.h"

#include "views/changewindows/changewindowsdialog.h"

#include "storage/changewindows/windowrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;
using namespace Qt::StringLiterals;
using Test::utc;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void save(QWidget *editor)
{
    child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->click();
}

QDateTime local(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0));
}

QStringList tableRow(QTableWidget *table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        texts << table->item(row, column)->text();
    return texts;
}

} // namespace

// Given shop and web (business services) and srv1, and the dialog of a change manager.
#define SD_DIALOG_FIXTURE(f, dialog, roles)                                                        \
    SD_CMDB_FIXTURE(f);                                                                            \
    SD_VERIFY_OK(f.ci(u"shop"_s, u"business_service"_s));                                          \
    SD_VERIFY_OK(f.ci(u"web"_s, u"business_service"_s));                                           \
    SD_VERIFY_OK(f.ci(u"srv1"_s));                                                                 \
    auto actorMade = Test::makeUser(f, u"mia"_s, roles);                                           \
    SD_VERIFY_OK(actorMade);                                                                       \
    const User actor = *actorMade;                                                                 \
    WindowRepository windows(f.db());                                                              \
    Views::ChangeWindowsDialog dialog(f.db(), actor)

class tst_ChangeWindowsDialog : public QObject
{
    Q_OBJECT

private slots:
    void shouldAddAScopedFreeze_data() { Test::addDriverRows(); }
    void shouldAddAScopedFreeze()
    {
        SD_DIALOG_FIXTURE(f, dialog, {u"change_manager"_s});
        // When a freeze on srv1 is entered in the editor that Add opens
        bool answered = false;
        Test::whenDialogOpens([&answered](QWidget *editor) {
            child<QLineEdit>(editor, "nameEdit")->setText(u"Release freeze"_s);
            child<QDateTimeEdit>(editor, "startEdit")->setDateTime(local(2, 8));
            child<QDateTimeEdit>(editor, "endEdit")->setDateTime(local(4, 18));
            child<QRadioButton>(editor, "scopedRadio")->click();
            auto *search = child<QLineEdit>(editor, "searchEdit");
            QTest::keyClicks(search, u"srv"_s);
            QTest::keyClick(search, Qt::Key_Return);
            auto *results = child<QListWidget>(editor, "resultList");
            answered = results->count() == 1;
            if (answered) {
                results->item(0)->setSelected(true);
                child<QPushButton>(editor, "addCiButton")->click();
            }
            save(editor);
        });
        child<QPushButton>(&dialog, "addFreezeButton")->click();
        QVERIFY(answered);

        // Then it is stored with its local times and scope
        auto stored = windows.blackouts();
        SD_VERIFY_OK(stored);
        QCOMPARE(stored->size(), 1);
        const StoredBlackout &blackout = stored->first();
        QCOMPARE(blackout.name, u"Release freeze"_s);
        QCOMPARE(blackout.starts, local(2, 8).toUTC());
        QCOMPARE(blackout.ends, local(4, 18).toUTC());
        QVERIFY(!blackout.global);
        QCOMPARE(blackout.scope.size(), 1);
        QCOMPARE(blackout.scope.first().id, f.id(u"srv1"_s));
        QCOMPARE(blackout.scope.first().name, u"srv1"_s);
        // and listed with its times in local time and its scope by name
        auto *table = child<QTableWidget>(&dialog, "freezeTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(
            tableRow(table, 0),
            QStringList({u"Release freeze"_s, QLocale().toString(local(2, 8), QLocale::ShortFormat),
                         QLocale().toString(local(4, 18), QLocale::ShortFormat), u"srv1"_s}));
    }

    void shouldShowTheRepositorysMessageAndKeepTheEditorOpen_data() { Test::addDriverRows(); }
    void shouldShowTheRepositorysMessageAndKeepTheEditorOpen()
    {
        SD_DIALOG_FIXTURE(f, dialog, {u"change_manager"_s});
        // When a freeze without a name is saved
        QString message;
        bool editorStayed = false;
        Test::whenDialogOpens([&](QWidget *editor) {
            Test::whenDialogOpens([&, editor](QWidget *box) {
                auto *warning = qobject_cast<QMessageBox *>(box);
                message = warning ? warning->text() : QString();
                box->close();
                // Then the editor is still open for a correction, and is cancelled
                Test::whenDialogOpens([&, editor](QWidget *again) {
                    editorStayed = again == editor;
                    qobject_cast<QDialog *>(again)->reject();
                });
            });
            save(editor);
        });
        child<QPushButton>(&dialog, "addFreezeButton")->click();
        QCOMPARE(message, u"Field \"name\": a freeze window needs a name"_s);
        QVERIFY(editorStayed);
        QCOMPARE(windows.blackouts()->size(), 0);
    }

    void shouldEditAFreeze_data() { Test::addDriverRows(); }
    void shouldEditAFreeze()
    {
        SD_CMDB_FIXTURE(f);
        SD_VERIFY_OK(f.ci(u"srv1"_s));
        auto actor = Test::makeUser(f, u"mia"_s, {u"change_manager"_s});
        SD_VERIFY_OK(actor);
        WindowRepository windows(f.db());
        StoredBlackout blackout;
        blackout.name = u"Close"_s;
        blackout.starts = utc("2026-03-02T00:00");
        blackout.ends = utc("2026-03-03T00:00");
        blackout.global = false;
        blackout.scope = {ScopeCi{f.id(u"srv1"_s), {}}};
        auto created = windows.createBlackout(blackout, *actor);
        SD_VERIFY_OK(created);
        Views::ChangeWindowsDialog dialog(f.db(), *actor);
        auto *table = child<QTableWidget>(&dialog, "freezeTable");
        QCOMPARE(table->rowCount(), 1);

        // When it is renamed and made global in the editor Edit opens
        table->selectRow(0);
        auto *edit = child<QPushButton>(&dialog, "editFreezeButton");
        QVERIFY(edit->isEnabled());
        QString shownName;
        Test::whenDialogOpens([&shownName](QWidget *editor) {
            auto *name = child<QLineEdit>(editor, "nameEdit");
            shownName = name->text();
            name->setText(u"Month-end close"_s);
            child<QRadioButton>(editor, "globalRadio")->click();
            save(editor);
        });
        edit->click();

        // Then the editor showed it, and the change is stored and listed
        QCOMPARE(shownName, u"Close"_s);
        auto stored = windows.findBlackout(created->id);
        SD_VERIFY_OK(stored);
        QCOMPARE((*stored)->name, u"Month-end close"_s);
        QCOMPARE((*stored)->version, 2);
        QVERIFY((*stored)->global);
        QVERIFY((*stored)->scope.isEmpty());
        QCOMPARE((*stored)->starts, utc("2026-03-02T00:00"));
        QCOMPARE(table->item(0, 0)->text(), u"Month-end close"_s);
        QCOMPARE(table->item(0, 3)->text(), u"Global"_s);
    }

    void shouldDeleteAFreezeOnlyWhenConfirmed_data() { Test::addDriverRows(); }
    void shouldDeleteAFreezeOnlyWhenConfirmed()
    {
        SD_CMDB_FIXTURE(f);
        auto actor = Test::makeUser(f, u"mia"_s, {u"change_manager"_s});
        SD_VERIFY_OK(actor);
        WindowRepository windows(f.db());
        StoredBlackout blackout;
        blackout.name = u"Close"_s;
        blackout.starts = utc("2026-03-02T00:00");
        blackout.ends = utc("2026-03-03T00:00");
        SD_VERIFY_OK(windows.createBlackout(blackout, *actor));
        Views::ChangeWindowsDialog dialog(f.db(), *actor);
        auto *table = child<QTableWidget>(&dialog, "freezeTable");
        table->selectRow(0);
        auto *remove = child<QPushButton>(&dialog, "deleteFreezeButton");

        // When the question is cancelled, then the freeze stays
        QString question;
        Test::whenDialogOpens([&question](QWidget *box) {
            question = qobject_cast<QMessageBox *>(box)->text();
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
        });
        remove->click();
        QVERIFY2(question.startsWith(u"Delete the freeze window \"Close\""_s),
                 qPrintable(question));
        QCOMPARE(windows.blackouts()->size(), 1);
        QCOMPARE(table->rowCount(), 1);

        // When it is confirmed, then the freeze is gone
        Test::whenDialogOpens([](QWidget *box) {
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
        });
        remove->click();
        QCOMPARE(windows.blackouts()->size(), 0);
        QCOMPARE(table->rowCount(), 0);
    }

    void shouldAddAMaintenanceWindowForAService_data() { Test::addDriverRows(); }
    void shouldAddAMaintenanceWindowForAService()
    {
        SD_DIALOG_FIXTURE(f, dialog, {u"change_manager"_s});
        // Given the services to choose from, and web chosen
        auto *services = child<QComboBox>(&dialog, "serviceCombo");
        QCOMPARE(services->count(), 2);
        QCOMPARE(services->itemText(0), u"shop"_s);
        services->setCurrentIndex(services->findText(u"web"_s));
        // When a window on Saturdays from 23:30 for 90 minutes is added
        Test::whenDialogOpens([](QWidget *editor) {
            auto *weekday = child<QComboBox>(editor, "weekdayCombo");
            weekday->setCurrentIndex(weekday->findData(6));
            child<QTimeEdit>(editor, "startTimeEdit")->setTime(QTime(23, 30));
            child<QSpinBox>(editor, "durationSpin")->setValue(90);
            child<QComboBox>(editor, "timeZoneCombo")->setCurrentText(u"Europe/Berlin"_s);
            save(editor);
        });
        child<QPushButton>(&dialog, "addWindowButton")->click();

        // Then web has it, and the table lists it with the day it ends on
        auto stored = windows.maintenanceWindows(f.id(u"web"_s));
        SD_VERIFY_OK(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().weekday, 6);
        QCOMPARE(stored->first().startMinute, 23 * 60 + 30);
        QCOMPARE(stored->first().durationMinutes, 90);
        QCOMPARE(stored->first().timeZone, u"Europe/Berlin"_s);
        QVERIFY(windows.maintenanceWindows(f.id(u"shop"_s))->isEmpty());
        auto *table = child<QTableWidget>(&dialog, "maintenanceTable");
        QCOMPARE(table->rowCount(), 1);
        const QLocale locale;
        QCOMPARE(table->item(0, 0)->text(), locale.dayName(6));
        QCOMPARE(table->item(0, 2)->text(),
                 locale.dayName(7) + u' ' + locale.toString(QTime(1, 0), QLocale::ShortFormat));
        QCOMPARE(table->item(0, 3)->text(), u"Europe/Berlin"_s);

        // When it is edited to last an hour, then that is stored
        table->selectRow(0);
        Test::whenDialogOpens([](QWidget *editor) {
            child<QSpinBox>(editor, "durationSpin")->setValue(60);
            save(editor);
        });
        child<QPushButton>(&dialog, "editWindowButton")->click();
        QCOMPARE(windows.maintenanceWindows(f.id(u"web"_s))->first().durationMinutes, 60);

        // When it is deleted and that confirmed, then web has none
        table->selectRow(0);
        Test::whenDialogOpens([](QWidget *box) {
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
        });
        child<QPushButton>(&dialog, "deleteWindowButton")->click();
        QVERIFY(windows.maintenanceWindows(f.id(u"web"_s))->isEmpty());
        QCOMPARE(table->rowCount(), 0);
    }

    void shouldDisableEditingWithoutTheChangeManagerRole_data() { Test::addDriverRows(); }
    void shouldDisableEditingWithoutTheChangeManagerRole()
    {
        SD_CMDB_FIXTURE(f);
        SD_VERIFY_OK(f.ci(u"shop"_s, u"business_service"_s));
        auto manager = Test::makeUser(f, u"mia"_s, {u"change_manager"_s});
        SD_VERIFY_OK(manager);
        WindowRepository windows(f.db());
        StoredBlackout blackout;
        blackout.name = u"Close"_s;
        blackout.starts = utc("2026-03-02T00:00");
        blackout.ends = utc("2026-03-03T00:00");
        SD_VERIFY_OK(windows.createBlackout(blackout, *manager));
        StoredMaintenanceWindow window;
        window.serviceId = f.id(u"shop"_s);
        SD_VERIFY_OK(windows.createMaintenanceWindow(window, *manager));
        auto operatorMade = Test::makeUser(f, u"otto"_s, {u"operator"_s, u"cab"_s});
        SD_VERIFY_OK(operatorMade);

        // When an operator opens the dialog and selects a freeze and a window
        Views::ChangeWindowsDialog dialog(f.db(), *operatorMade);
        auto *freezes = child<QTableWidget>(&dialog, "freezeTable");
        auto *maintenance = child<QTableWidget>(&dialog, "maintenanceTable");
        QCOMPARE(freezes->rowCount(), 1);
        QCOMPARE(maintenance->rowCount(), 1);
        freezes->selectRow(0);
        maintenance->selectRow(0);

        // Then they are shown, the editing is disabled and the reason said
        for (const char *name : {"addFreezeButton", "editFreezeButton", "deleteFreezeButton",
                                 "addWindowButton", "editWindowButton", "deleteWindowButton"})
            QVERIFY2(!child<QPushButton>(&dialog, name)->isEnabled(), name);
        QVERIFY(!child<QLabel>(&dialog, "readOnlyLabel")->isHidden());

        // and a change manager gets them, without the note
        Views::ChangeWindowsDialog managed(f.db(), *manager);
        child<QTableWidget>(&managed, "freezeTable")->selectRow(0);
        child<QTableWidget>(&managed, "maintenanceTable")->selectRow(0);
        for (const char *name : {"addFreezeButton", "editFreezeButton", "deleteFreezeButton",
                                 "addWindowButton", "editWindowButton", "deleteWindowButton"})
            QVERIFY2(child<QPushButton>(&managed, name)->isEnabled(), name);
        QVERIFY(child<QLabel>(&managed, "readOnlyLabel")->isHidden());
    }
};

QTEST_MAIN(tst_ChangeWindowsDialog)
#include "tst_changewindowsdialog.moc"
