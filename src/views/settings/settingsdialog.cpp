// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "connectionurls.h"
#include "firstrundialog.h"
#include "profileeditor.h"
#include "profilestore.h"

#include "storage/database.h"
#include "storage/databaseurl.h"
#include "views/remotes/remoterunner.h"
#include "views/remotes/remotespanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace ServiceDeck::Views {

namespace {

enum PolicyColumn { PolicyKind, PolicyPriority, PolicyName, PolicyResponse, PolicyResolution, PolicyColumns };

QSpinBox *minutesBox(qint64 minutes, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 60 * 24 * 365);
    box->setValue(int(minutes));
    box->setSuffix(SettingsDialog::tr(" min"));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(ProfileStore &store, Storage::Database &db, const User &actor,
                               const QString &currentProfile, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_store(store)
    , m_db(db)
    , m_actor(actor)
    , m_currentProfile(currentProfile)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    setUpProfiles();
    setUpUser();
    setUpLanguage();
    setUpAppearance();
    setUpSla();
    setUpRemotes();
    connect(m_ui->resetLayoutButton, &QPushButton::clicked, this, [this] {
        AppSettings::resetWindowLayout();
        m_ui->layoutResultLabel->setText(
            tr("The saved layout is gone: windows open in their first-start layout."));
        emit windowLayoutReset();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { apply(); });
}

SettingsDialog::~SettingsDialog() = default;

// Connection profiles -------------------------------------------------------------------------

void SettingsDialog::setUpProfiles()
{
    m_ui->profilesNoteLabel->setText(
        tr("The default profile opens when ServiceDeck starts without --db or --profile. A "
           "changed profile takes effect at the next start.")
        + QLatin1Char(' ') + FirstRunDialog::keychainNote(m_store.keepsPasswords()));
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, [this] { editProfile(true); });
    connect(m_ui->editProfileButton, &QPushButton::clicked, this, [this] { editProfile(false); });
    connect(m_ui->profileList, &QListWidget::itemActivated, this, [this] { editProfile(false); });
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_ui->profileList->currentItem();
        if (!item)
            return;
        const QString name = item->data(Qt::UserRole).toString();
        if (QMessageBox::question(this, tr("Remove Profile"),
                                  tr("Remove the connection profile \"%1\"? Its database is "
                                     "kept; only the profile and its saved password go.")
                                      .arg(name))
            != QMessageBox::Yes)
            return;
        m_store.remove(name);
        reloadProfiles();
    });
    connect(m_ui->defaultProfileButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_ui->profileList->currentItem()) {
            m_store.setDefaultProfile(item->data(Qt::UserRole).toString());
            reloadProfiles(item->data(Qt::UserRole).toString());
        }
    });
    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->editProfileButton->setEnabled(row >= 0);
        m_ui->removeProfileButton->setEnabled(row >= 0);
        m_ui->defaultProfileButton->setEnabled(row >= 0);
    });
    reloadProfiles(m_currentProfile);
}

void SettingsDialog::reloadProfiles(const QString &select)
{
    const QString defaultName = m_store.defaultProfile() ? m_store.defaultProfile()->name : QString();
    m_ui->profileList->clear();
    for (const Sync::ConnectionProfile &profile : m_store.profiles()) {
        QString text = tr("%1 — %2: %3").arg(profile.name, modeLabel(profile.mode),
                                             profile.isCached() ? profile.hubUrl
                                                                : profile.databaseUrl);
        if (profile.name == defaultName)
            text += QLatin1Char(' ') + tr("(default)");
        auto *item = new QListWidgetItem(text, m_ui->profileList);
        item->setData(Qt::UserRole, profile.name);
        if (profile.name == defaultName) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (profile.name == select)
            m_ui->profileList->setCurrentItem(item);
    }
    if (!m_ui->profileList->currentItem() && m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    const bool any = m_ui->profileList->currentRow() >= 0;
    m_ui->editProfileButton->setEnabled(any);
    m_ui->removeProfileButton->setEnabled(any);
    m_ui->defaultProfileButton->setEnabled(any);
}

void SettingsDialog::editProfile(bool add)
{
    Sync::ConnectionProfile profile;
    if (!add) {
        QListWidgetItem *item = m_ui->profileList->currentItem();
        if (!item)
            return;
        const auto stored = m_store.profile(item->data(Qt::UserRole).toString());
        if (!stored)
            return;
        profile = *stored;
    }
    ProfileEditor editor(m_store, profile, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (!add && profile.name == m_currentProfile)
        m_currentProfile = editor.profile().name;
    if (m_store.profiles().size() == 1)
        m_store.setDefaultProfile(editor.profile().name);
    reloadProfiles(editor.profile().name);
}

// The acting user -----------------------------------------------------------------------------

void SettingsDialog::setUpUser()
{
    const auto profile = m_store.profile(m_currentProfile);
    if (!profile) {
        m_ui->userProfileLabel->setText(
            tr("This run was started from the command line, not with a connection profile: "
               "start ServiceDeck with a profile to choose who works in it (or use --as)."));
        m_ui->userCombo->addItem(tr("%1 (%2)").arg(m_actor.displayName, m_actor.login),
                                 m_actor.login);
        m_ui->userCombo->setEnabled(false);
        return;
    }
    m_ui->userProfileLabel->setText(
        tr("Who works when the profile \"%1\" starts: the actor in the journal and \"me\" in "
           "queues. A change takes effect at the next start.")
            .arg(profile->name));
    m_ui->userCombo->addItem(tr("The first administrator"), QString());
    auto users = m_db.exec(QStringLiteral("SELECT login, display_name FROM users WHERE active = ? "
                                          "ORDER BY display_name, login"),
                           {true});
    if (users) {
        while (users->next())
            m_ui->userCombo->addItem(
                tr("%1 (%2)").arg(users->value(1).toString(), users->value(0).toString()),
                users->value(0).toString());
    }
    const int current = m_ui->userCombo->findData(profile->login);
    if (current >= 0) {
        m_ui->userCombo->setCurrentIndex(current);
    } else if (!profile->login.isEmpty()) {
        m_ui->userCombo->addItem(profile->login, profile->login);
        m_ui->userCombo->setCurrentIndex(m_ui->userCombo->count() - 1);
    }
}

// Language and appearance ---------------------------------------------------------------------

void SettingsDialog::setUpLanguage()
{
    m_ui->languageCombo->addItem(tr("Follow the system (%1)")
                                     .arg(QLocale::system().nativeLanguageName()),
                                 QString());
    for (const auto &[name, label] : AppSettings::availableLanguages())
        m_ui->languageCombo->addItem(label, name);
    const int current = m_ui->languageCombo->findData(AppSettings::language());
    m_ui->languageCombo->setCurrentIndex(std::max(0, current));
}

void SettingsDialog::setUpAppearance()
{
    switch (AppSettings::appearance()) {
    case AppSettings::Appearance::System: m_ui->systemAppearanceRadio->setChecked(true); break;
    case AppSettings::Appearance::Light: m_ui->lightAppearanceRadio->setChecked(true); break;
    case AppSettings::Appearance::Dark: m_ui->darkAppearanceRadio->setChecked(true); break;
    }
}

AppSettings::Appearance SettingsDialog::chosenAppearance() const
{
    if (m_ui->darkAppearanceRadio->isChecked())
        return AppSettings::Appearance::Dark;
    if (m_ui->lightAppearanceRadio->isChecked())
        return AppSettings::Appearance::Light;
    return AppSettings::Appearance::System;
}

// Remote services -----------------------------------------------------------------------------

void SettingsDialog::setUpRemotes()
{
    // Connecting a remote hands its records to another system: administrators only; everybody
    // sees the status and may sync.
    const bool admin = m_actor.hasRole(QStringLiteral("admin"));
    m_remoteRunner = new RemoteRunner(m_db.url(), m_actor.id, m_store.vault(), this);
    m_remotes = new RemotesPanel(m_db, m_store.vault(), *m_remoteRunner, admin, this);
    m_remotes->setObjectName(QStringLiteral("remotesPage"));
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(admin ? tr("Request Tracker instances exchange tickets with this "
                                       "database; CalDAV calendars receive the change schedule.")
                                  : tr("Only administrators can add or change remote services."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_remotes);
    m_ui->pages->insertTab(m_ui->pages->indexOf(m_ui->layoutPage), page,
                           tr("&Remote Services"));
}

// SLA calendars and policies ------------------------------------------------------------------

void SettingsDialog::setUpSla()
{
    const bool admin = SlaSettings::mayEdit(m_actor);
    m_ui->slaNoteLabel->setText(
        admin ? tr("Changed targets apply to tickets opened or re-prioritised from now on.")
              : tr("Only administrators can change SLA calendars and policies."));
    const int slaIndex = m_ui->pages->indexOf(m_ui->slaPage);
    m_ui->pages->setTabEnabled(slaIndex, admin);
    m_ui->slaPage->setEnabled(admin);
    if (!admin) {
        m_ui->pages->setTabToolTip(slaIndex, m_ui->slaNoteLabel->text());
        return;
    }

    SlaSettings sla(m_db);
    auto calendars = sla.calendars();
    auto policies = sla.policies();
    if (!calendars || !policies) {
        m_ui->slaNoteLabel->setText(calendars ? policies.error().message
                                              : calendars.error().message);
        m_ui->calendarGroup->setEnabled(false);
        m_ui->policyGroup->setEnabled(false);
        return;
    }
    m_calendars = *calendars;
    m_editedCalendars = m_calendars;
    m_policies = *policies;

    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    m_ui->timeZoneCombo->addItems(zones);
    m_ui->hoursTable->setColumnCount(1);
    m_ui->hoursTable->setRowCount(7);
    m_ui->hoursTable->setHorizontalHeaderLabels({tr("Working hours (e.g. 08:00–17:00)")});
    m_ui->hoursTable->horizontalHeader()->setStretchLastSection(true);
    for (int weekday = 1; weekday <= 7; ++weekday)
        m_ui->hoursTable->setVerticalHeaderItem(
            weekday - 1, new QTableWidgetItem(QLocale().dayName(weekday)));
    for (const CalendarSettings &calendar : m_calendars)
        m_ui->calendarCombo->addItem(calendar.name, calendar.id);
    connect(m_ui->calendarCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!keepCalendarEdits()) {
            const QSignalBlocker blocker(m_ui->calendarCombo);
            m_ui->calendarCombo->setCurrentIndex(m_shownCalendar);
            return;
        }
        showCalendar(index);
    });
    connect(m_ui->aroundTheClockCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->hoursTable->setEnabled(!on);
        m_ui->timeZoneCombo->setEnabled(!on);
    });
    showCalendar(m_ui->calendarCombo->currentIndex());

    QTableWidget *table = m_ui->policyTable;
    table->setColumnCount(PolicyColumns);
    table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Priority"), tr("Calendar"), tr("Response"), tr("Resolution")});
    table->setRowCount(int(m_policies.size()));
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_policies.size(); ++row) {
        const PolicySettings &policy = m_policies.at(row);
        QString calendarName;
        for (const CalendarSettings &calendar : m_calendars) {
            if (calendar.id == policy.calendarId)
                calendarName = calendar.name;
        }
        table->setItem(row, PolicyKind, new QTableWidgetItem(kindLabel(policy.kind)));
        table->setItem(row, PolicyPriority,
                       new QTableWidgetItem(tr("P%1").arg(policy.priority)));
        table->setItem(row, PolicyName, new QTableWidgetItem(calendarName));
        table->setCellWidget(row, PolicyResponse, minutesBox(policy.responseMinutes, table));
        table->setCellWidget(row, PolicyResolution, minutesBox(policy.resolutionMinutes, table));
    }
    table->resizeColumnsToContents();
}

void SettingsDialog::showCalendar(int index)
{
    m_shownCalendar = index;
    const bool any = index >= 0 && index < m_editedCalendars.size();
    m_ui->timeZoneCombo->setEnabled(any);
    m_ui->aroundTheClockCheck->setEnabled(any);
    m_ui->hoursTable->setEnabled(any);
    if (!any)
        return;
    const CalendarSettings &calendar = m_editedCalendars.at(index);
    m_ui->timeZoneCombo->setCurrentText(calendar.timeZone);
    m_ui->aroundTheClockCheck->setChecked(calendar.aroundTheClock);
    m_ui->hoursTable->setEnabled(!calendar.aroundTheClock);
    m_ui->timeZoneCombo->setEnabled(!calendar.aroundTheClock);
    for (int weekday = 1; weekday <= 7; ++weekday) {
        QList<WorkingHours> spans;
        for (const WorkingHours &span : calendar.hours) {
            if (span.weekday == weekday)
                spans << span;
        }
        m_ui->hoursTable->setItem(weekday - 1, 0, new QTableWidgetItem(hoursText(spans)));
    }
}

bool SettingsDialog::keepCalendarEdits()
{
    if (m_shownCalendar < 0 || m_shownCalendar >= m_editedCalendars.size())
        return true;
    CalendarSettings &calendar = m_editedCalendars[m_shownCalendar];
    QList<WorkingHours> hours;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const QTableWidgetItem *item = m_ui->hoursTable->item(weekday - 1, 0);
        auto spans = parseHoursText(weekday, item ? item->text() : QString());
        if (!spans) {
            m_ui->pages->setCurrentWidget(m_ui->slaPage);
            QMessageBox::warning(this, tr("SLA Calendar"), spans.error().message);
            return false;
        }
        hours << *spans;
    }
    calendar.hours = hours;
    calendar.timeZone = m_ui->timeZoneCombo->currentText().trimmed();
    calendar.aroundTheClock = m_ui->aroundTheClockCheck->isChecked();
    return true;
}

bool SettingsDialog::saveSla()
{
    if (!SlaSettings::mayEdit(m_actor) || (m_calendars.isEmpty() && m_policies.isEmpty()))
        return true;
    if (!keepCalendarEdits())
        return false;
    SlaSettings sla(m_db);
    for (int i = 0; i < m_calendars.size(); ++i) {
        if (auto saved = sla.saveCalendar(m_calendars.at(i), m_editedCalendars.at(i), m_actor);
            !saved) {
            m_ui->pages->setCurrentWidget(m_ui->slaPage);
            QMessageBox::warning(this, tr("SLA Calendar"), saved.error().message);
            return false;
        }
    }
    for (int row = 0; row < m_policies.size(); ++row) {
        PolicySettings after = m_policies.at(row);
        after.responseMinutes =
            qobject_cast<QSpinBox *>(m_ui->policyTable->cellWidget(row, PolicyResponse))->value();
        after.resolutionMinutes =
            qobject_cast<QSpinBox *>(m_ui->policyTable->cellWidget(row, PolicyResolution))->value();
        if (auto saved = sla.savePolicy(m_policies.at(row), after, m_actor); !saved) {
            m_ui->pages->setCurrentWidget(m_ui->slaPage);
            QMessageBox::warning(this, tr("SLA Policy"), saved.error().message);
            return false;
        }
    }
    // What is saved is the new starting point: a second Apply changes nothing more.
    auto calendars = sla.calendars();
    auto policies = sla.policies();
    if (calendars && policies && calendars->size() == m_calendars.size()
        && policies->size() == m_policies.size()) {
        m_calendars = *calendars;
        m_editedCalendars = m_calendars;
        m_policies = *policies;
    }
    return true;
}

// Saving --------------------------------------------------------------------------------------

bool SettingsDialog::apply()
{
    if (auto profile = m_store.profile(m_currentProfile); profile && m_ui->userCombo->isEnabled()) {
        const QString login = m_ui->userCombo->currentData().toString();
        if (profile->login != login) {
            profile->login = login;
            if (auto saved = m_store.save(*profile); !saved) {
                QMessageBox::warning(this, tr("Settings"), saved.error().message);
                return false;
            }
        }
    }
    AppSettings::setLanguage(m_ui->languageCombo->currentData().toString());
    const AppSettings::Appearance appearance = chosenAppearance();
    if (appearance != AppSettings::appearance()) {
        AppSettings::setAppearance(appearance);
        AppSettings::applyAppearance(appearance);
    }
    return saveSla();
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace ServiceDeck::Views
