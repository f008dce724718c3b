// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/changewindows/windowrepository.h"

#include "core/directory.h"

#include <QDialog>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views::Internal {

namespace Ui {
class MaintenanceWindowEditor;
}

// Creates or edits one weekly maintenance window of a service: weekday, start time, duration
// (with the end it gives) and time zone. Saving writes through the repository and keeps the
// editor open with the repository's message when it refuses.
class MaintenanceWindowEditor : public QDialog
{
    Q_OBJECT

public:
    // A null window id creates a new window for window.serviceId.
    MaintenanceWindowEditor(Storage::Database &db, const User &actor,
                            const Storage::StoredMaintenanceWindow &window,
                            QWidget *parent = nullptr);
    ~MaintenanceWindowEditor() override;

    const Storage::StoredMaintenanceWindow &saved() const { return m_saved; }

    void accept() override;

private:
    void updateEnd();
    Storage::StoredMaintenanceWindow edited() const;

    std::unique_ptr<Ui::MaintenanceWindowEditor> m_ui;
    Storage::Database &m_db;
    User m_actor;
    Storage::StoredMaintenanceWindow m_saved;
};

// "Sunday" for 7, in the user's language.
QString weekdayName(int weekday);
// "02:00", the local time format for a minute of the day.
QString minuteText(int minuteOfDay);
// When a window of the weekday, start and duration ends: "04:00", or "Monday 01:00" when it
// ends on another day.
QString windowEndText(int weekday, int startMinute, int durationMinutes);

} // namespace ServiceDeck::Views::Internal
