// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"
#include "settingsfixture.h"
#include "testdatabase.h"

#include "views/settings/appsettings.h"
#include "views/settings/profilestore.h"
#include "views/settings/settingsdialog.h"
#include "views/settings/slasettings.h"

#include "storage/directoryrepository.h"
#include "storage/seed/seeder.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Views;

#define SD_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &sdResult = (expression);                                                       \
        QVERIFY2(sdResult.ok(), qPrintable(sdResult.ok() ? QString() : sdResult.error().message)); \
    } while (false)

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void press(QDialog &dialog, QDialogButtonBox::StandardButton which)
{
    child<QDialogButtonBox>(&dialog, "buttonBox")->button(which)->click();
}

Result<User> makeUser(Storage::Database &db, const QString &login, const QStringList &roles)
{
    User user;
    user.login = login;
    user.displayName = login.toUpper();
    user.roles = roles;
    return Storage::DirectoryRepository(db).createUser(user, {});
}

// Given a database with the demo calendars and policies, an administrator and an operator.
#define SD_SETTINGS_FIXTURE(db, admin, operatorUser)                                               \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto opened = testDb->open();                                                                  \
    SD_VERIFY_OK(opened);                                                                          \
    Storage::Database &db = **opened;                                                              \
    auto adminMade = Storage::DirectoryRepository(db).ensureAdmin();                               \
    SD_VERIFY_OK(adminMade);                                                                       \
    const User admin = *adminMade;                                                                 \
    auto operatorMade = makeUser(db, QStringLiteral("olga"), {QStringLiteral("operator")});        \
    SD_VERIFY_OK(operatorMade);                                                                    \
    const User operatorUser = *operatorMade;                                                       \
    Storage::SeedOptions seedOptions;                                                              \
    seedOptions.tickets = 0;                                                                       \
    seedOptions.cis = 0;                                                                           \
    seedOptions.changes = 0;                                                                       \
    SD_VERIFY_OK(Storage::Seeder(db).run(seedOptions))

} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateSettings(QStringLiteral("tst_settingsdialog")); }
    void init() { QSettings().clear(); }
    void cleanup() { AppSettings::applyAppearance(AppSettings::Appearance::System); }

    void shouldSaveLanguageAndAppearance_data() { Test::addDriverRows(); }
    void shouldSaveLanguageAndAppearance()
    {
        SD_SETTINGS_FIXTURE(db, admin, operatorUser);
        ProfileStore store(std::make_shared<MemoryVault>());
        {
            // When German and the dark appearance are chosen and the dialog is closed with OK
            SettingsDialog dialog(store, db, operatorUser, QString());
            dialog.show();
            auto *language = child<QComboBox>(&dialog, "languageCombo");
            language->setCurrentIndex(language->findData(QStringLiteral("de")));
            child<QRadioButton>(&dialog, "darkAppearanceRadio")->click();
            QVERIFY(child<QLabel>(&dialog, "languageNoteLabel")->text().contains(
                QLatin1String("next time")));
            press(dialog, QDialogButtonBox::Ok);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        // Then both are stored for the next start, and the dark palette applies at once
        QCOMPARE(AppSettings::language(), QStringLiteral("de"));
        QCOMPARE(AppSettings::startupLocale().language(), QLocale::German);
        QCOMPARE(AppSettings::appearance(), AppSettings::Appearance::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        {
            // When a new dialog shows them and light / follow the system are chosen
            SettingsDialog dialog(store, db, operatorUser, QString());
            QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->currentData().toString(),
                     QStringLiteral("de"));
            QVERIFY(child<QRadioButton>(&dialog, "darkAppearanceRadio")->isChecked());
            child<QRadioButton>(&dialog, "lightAppearanceRadio")->click();
            child<QComboBox>(&dialog, "languageCombo")->setCurrentIndex(0);
            press(dialog, QDialogButtonBox::Apply);
            QCOMPARE(AppSettings::appearance(), AppSettings::Appearance::Light);
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
            QCOMPARE(AppSettings::language(), QString());
            press(dialog, QDialogButtonBox::Cancel);
        }
    }

    void shouldOfferSlaSettingsToAdministratorsOnly_data() { Test::addDriverRows(); }
    void shouldOfferSlaSettingsToAdministratorsOnly()
    {
        SD_SETTINGS_FIXTURE(db, admin, operatorUser);
        ProfileStore store(std::make_shared<MemoryVault>());
        SettingsDialog forOperator(store, db, operatorUser, QString());
        auto *pages = child<QTabWidget>(&forOperator, "pages");
        auto *slaPage = child<QWidget>(&forOperator, "slaPage");
        QVERIFY(!pages->isTabEnabled(pages->indexOf(slaPage)));
        QVERIFY(!slaPage->isEnabled());
        QVERIFY(child<QLabel>(&forOperator, "slaNoteLabel")->text().contains(
            QLatin1String("administrators")));

        SettingsDialog forAdmin(store, db, admin, QString());
        pages = child<QTabWidget>(&forAdmin, "pages");
        slaPage = child<QWidget>(&forAdmin, "slaPage");
        QVERIFY(pages->isTabEnabled(pages->indexOf(slaPage)));
        QVERIFY(slaPage->isEnabled());
        QVERIFY(child<QTableWidget>(&forAdmin, "policyTable")->rowCount() > 0);
        // and the rule holds below the dialog too
        SlaSettings sla(db);
        auto policies = sla.policies();
        SD_VERIFY_OK(policies);
        PolicySettings changed = policies->constFirst();
        changed.responseMinutes += 5;
        QVERIFY(!sla.savePolicy(policies->constFirst(), changed, operatorUser).ok());
    }

    void shouldSaveSlaPoliciesAndCalendarHours_data() { Test::addDriverRows(); }
    void shouldSaveSlaPoliciesAndCalendarHours()
    {
        SD_SETTINGS_FIXTURE(db, admin, operatorUser);
        ProfileStore store(std::make_shared<MemoryVault>());
        SettingsDialog dialog(store, db, admin, QString());
        dialog.show();
        // When the first policy's response target and the office calendar's Monday change
        auto *policies = child<QTableWidget>(&dialog, "policyTable");
        auto *response = qobject_cast<QSpinBox *>(policies->cellWidget(0, 3));
        QVERIFY(response);
        const int newResponse = response->value() + 7;
        response->setValue(newResponse);
        auto *calendars = child<QComboBox>(&dialog, "calendarCombo");
        calendars->setCurrentIndex(calendars->findText(QStringLiteral("Office hours")));
        QVERIFY(calendars->currentIndex() >= 0);
        auto *hours = child<QTableWidget>(&dialog, "hoursTable");
        QCOMPARE(hours->item(0, 0)->text(), QStringLiteral("08:00–18:00"));
        hours->item(0, 0)->setText(QStringLiteral("07:30-12:00, 13:00-17:00"));
        child<QComboBox>(&dialog, "timeZoneCombo")->setCurrentText(QStringLiteral("Europe/Paris"));
        press(dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // Then the database has them, and the journal says who changed what
        SlaSettings sla(db);
        auto storedPolicies = sla.policies();
        SD_VERIFY_OK(storedPolicies);
        QCOMPARE(storedPolicies->constFirst().responseMinutes, qint64(newResponse));
        QCOMPARE(storedPolicies->constFirst().version, 2);
        auto storedCalendars = sla.calendars();
        SD_VERIFY_OK(storedCalendars);
        const auto office = std::find_if(storedCalendars->cbegin(), storedCalendars->cend(),
                                         [](const CalendarSettings &c) {
                                             return c.name == u"Office hours";
                                         });
        QVERIFY(office != storedCalendars->cend());
        QCOMPARE(office->timeZone, QStringLiteral("Europe/Paris"));
        QList<WorkingHours> monday;
        for (const WorkingHours &span : office->hours) {
            if (span.weekday == 1)
                monday << span;
        }
        QCOMPARE(hoursText(monday), QStringLiteral("07:30–12:00, 13:00–17:00"));
        auto journal = db.exec(QStringLiteral("SELECT COUNT(*) FROM journal WHERE entity = ? "
                                              "AND actor_id = ?"),
                               {QStringLiteral("sla_policies"), Storage::Database::idValue(admin.id)});
        SD_VERIFY_OK(journal);
        QVERIFY(journal->next());
        QCOMPARE(journal->value(0).toInt(), 1);
    }

    void shouldRefuseMalformedHours()
    {
        QVERIFY(!parseHoursText(1, QStringLiteral("9-5")).ok());
        QVERIFY(!parseHoursText(1, QStringLiteral("17:00-09:00")).ok());
        QVERIFY(!parseHoursText(1, QStringLiteral("08:00-12:00, 11:00-13:00")).ok());
        auto day = parseHoursText(7, QStringLiteral("00:00–24:00"));
        QVERIFY(day.ok());
        QCOMPARE(day->size(), 1);
        QCOMPARE(day->constFirst().endMinute, 1440);
        QVERIFY(parseHoursText(2, QString())->isEmpty());
    }

    void shouldManageProfilesAndTheActingUser_data() { Test::addDriverRows(); }
    void shouldManageProfilesAndTheActingUser()
    {
        SD_SETTINGS_FIXTURE(db, admin, operatorUser);
        ProfileStore store(std::make_shared<MemoryVault>());
        Sync::ConnectionProfile current;
        current.name = QStringLiteral("Here");
        current.databaseUrl = QStringLiteral("sqlite:/tmp/here.db");
        SD_VERIFY_OK(store.save(current));
        store.setDefaultProfile(current.name);

        SettingsDialog dialog(store, db, admin, current.name);
        dialog.show();
        // When a profile is added through the editor that Add opens
        bool answered = false;
        Test::whenDialogOpens([&answered](QWidget *editor) {
            child<QLineEdit>(editor, "nameEdit")->setText(QStringLiteral("Team"));
            auto *mode = child<QComboBox>(editor, "modeCombo");
            mode->setCurrentIndex(1); // direct
            child<QLineEdit>(editor, "databaseEdit")
                ->setText(QStringLiteral("postgresql://desk@db.example.org/sd"));
            child<QLineEdit>(editor, "databasePasswordEdit")->setText(QStringLiteral("pw-typed"));
            child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->click();
            answered = true;
        });
        child<QPushButton>(&dialog, "addProfileButton")->click();
        QVERIFY(answered);
        const auto team = store.profile(QStringLiteral("Team"));
        QVERIFY(team);
        QCOMPARE(team->mode, Sync::ConnectionMode::Direct);
        QCOMPARE(store.password(QStringLiteral("Team"), ProfileStore::Secret::Database),
                 std::optional<QString>(QStringLiteral("pw-typed")));
        auto *list = child<QListWidget>(&dialog, "profileList");
        QCOMPARE(list->count(), 2);
        // and made the default
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("Team"));
        child<QPushButton>(&dialog, "defaultProfileButton")->click();
        QCOMPARE(store.defaultProfileName(), QStringLiteral("Team"));

        // When the operator is chosen to work in the current profile
        auto *users = child<QComboBox>(&dialog, "userCombo");
        QVERIFY(users->isEnabled());
        users->setCurrentIndex(users->findData(QStringLiteral("olga")));
        QVERIFY(users->currentIndex() > 0);
        press(dialog, QDialogButtonBox::Ok);
        QCOMPARE(store.profile(QStringLiteral("Here"))->login, QStringLiteral("olga"));
        QVERIFY(!Test::settingsFileContents().contains("pw-typed"));
    }

    void shouldResetTheSavedWindowLayout_data() { Test::addDriverRows(); }
    void shouldResetTheSavedWindowLayout()
    {
        SD_SETTINGS_FIXTURE(db, admin, operatorUser);
        ProfileStore store(std::make_shared<MemoryVault>());
        {
            QSettings settings;
            settings.setValue(QStringLiteral("MainWindow/geometry"), QByteArray("g"));
            settings.setValue(QStringLiteral("MainWindow/splitter"), QByteArray("s"));
            settings.setValue(QStringLiteral("MainWindow/workSplitter"), QByteArray("w"));
            settings.setValue(QStringLiteral("MainWindow/queue"), QStringLiteral("my_open"));
            settings.setValue(QStringLiteral("Settings/language"), QStringLiteral("fr"));
        }
        SettingsDialog dialog(store, db, operatorUser, QString());
        QSignalSpy reset(&dialog, &SettingsDialog::windowLayoutReset);
        child<QPushButton>(&dialog, "resetLayoutButton")->click();
        QCOMPARE(reset.count(), 1);
        const QSettings settings;
        QVERIFY(!settings.contains(QStringLiteral("MainWindow/geometry")));
        QVERIFY(!settings.contains(QStringLiteral("MainWindow/splitter")));
        QVERIFY(!settings.contains(QStringLiteral("MainWindow/workSplitter")));
        QVERIFY(settings.contains(QStringLiteral("MainWindow/queue")));
        QCOMPARE(settings.value(QStringLiteral("Settings/language")).toString(),
                 QStringLiteral("fr"));
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
