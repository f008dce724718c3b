// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"
#include "slasettings.h"

#include "core/directory.h"

#include <QDialog>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

class ProfileStore;
class RemoteRunner;
class RemotesPanel;

namespace Ui {
class SettingsDialog;
}

// The program's settings: connection profiles, who works in the current profile, language,
// appearance, SLA calendars and policies (administrators only) and the saved window layout.
// Profiles change at once; the other pages on OK or Apply.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `currentProfile`: the name of the profile this run was started with; empty when it came
    // from the command line (the user page is then off).
    SettingsDialog(ProfileStore &store, Storage::Database &db, const User &actor,
                   const QString &currentProfile, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Saves the pages; false (and a message) when something could not be saved.
    bool apply();
    void accept() override;
    // The "Remote Services" page's panel.
    RemotesPanel *remotesPanel() const { return m_remotes; }

signals:
    // The saved layout was cleared: open windows should go back to their first-start layout.
    void windowLayoutReset();

private:
    void setUpProfiles();
    void reloadProfiles(const QString &select = {});
    void editProfile(bool add);
    void setUpUser();
    void setUpLanguage();
    void setUpAppearance();
    void setUpSla();
    void setUpRemotes();
    void showCalendar(int index);
    bool keepCalendarEdits();
    bool saveSla();
    AppSettings::Appearance chosenAppearance() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ProfileStore &m_store;
    Storage::Database &m_db;
    User m_actor;
    QString m_currentProfile;
    QList<CalendarSettings> m_calendars; // as loaded
    QList<CalendarSettings> m_editedCalendars;
    QList<PolicySettings> m_policies;
    int m_shownCalendar = -1;
    RemoteRunner *m_remoteRunner = nullptr;
    RemotesPanel *m_remotes = nullptr;
};

} // namespace ServiceDeck::Views
