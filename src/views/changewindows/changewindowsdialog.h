// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/changewindows/windowrepository.h"

#include "core/directory.h"

#include <QDialog>
#include <QList>

#include <memory>

class QTableWidget;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

namespace Ui {
class ChangeWindowsDialog;
}

// Manages freeze (blackout) windows and the weekly maintenance windows of services. Everybody
// may look; the editing is enabled only for users the repository lets write windows.
class ChangeWindowsDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeWindowsDialog(Storage::Database &db, const User &actor, QWidget *parent = nullptr);
    ~ChangeWindowsDialog() override;

private:
    void loadBlackouts();
    void loadServices();
    void loadMaintenanceWindows();
    void updateButtons();
    void editBlackout(const Storage::StoredBlackout &blackout);
    void deleteBlackout();
    void editMaintenanceWindow(const Storage::StoredMaintenanceWindow &window);
    void deleteMaintenanceWindow();
    int selectedRow(const QTableWidget *table) const;
    void selectRow(QTableWidget *table, int row);
    void showError(const QString &title, const QString &message);

    std::unique_ptr<Ui::ChangeWindowsDialog> m_ui;
    Storage::Database &m_db;
    User m_actor;
    bool m_mayEdit = false;
    QList<Storage::StoredBlackout> m_blackouts;            // in table order
    QList<Storage::StoredMaintenanceWindow> m_maintenance; // in table order
};

} // namespace ServiceDeck::Views
