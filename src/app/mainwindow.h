// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/timespan.h"
#include "core/directory.h"
#include "sync/connectionprofile.h"

#include <QMainWindow>

#include <memory>

class QDialog;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace ServiceDeck {

namespace Storage {
class Database;
class LiveUpdates;
}
namespace Sync {
class SyncController;
}
namespace Views {
class PasswordVault;
class RemoteRunner;
class SyncPanel;
class SyncStatusWidget;
class CalendarPage;
class CmdbBrowser;
class DashboardPage;
class QueueNavigator;
class QueuePage;
class TicketTabs;
}
namespace Ui {
class MainWindow;
}

// The main window on one open database, worked by one person: the queues with their counts on
// the left; on the right the chosen queue (filter box over the table), the change calendar or
// the CMDB browser, above the open tickets; the database and the queue's size in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The database must outlive the window; `actor` is who works (and who `me` is).
    MainWindow(Storage::Database &db, const User &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    Views::QueueNavigator *queueNavigator() const { return m_navigator; }
    Views::QueuePage *queuePage() const { return m_queuePage; }
    Views::TicketTabs *ticketTabs() const { return m_ticketTabs; }
    // Made when the CMDB is first shown: a launch does not wait for it.
    Views::CmdbBrowser *cmdbBrowser() const { return m_cmdbBrowser; }
    // Made when the change calendar is first shown, like the CMDB.
    Views::CalendarPage *calendarPage() const { return m_calendarPage; }
    // Made when the dashboard is first shown, like the CMDB.
    Views::DashboardPage *dashboardPage() const { return m_dashboardPage; }
    // Hints that others changed the database (NOTIFY in direct mode; a sync announces pulls).
    Storage::LiveUpdates *liveUpdates() const { return m_liveUpdates; }

    // The work area shows the chosen queue, the change calendar or the CMDB browser.
    void showQueues();
    void showCalendar();
    void showCmdb();
    void showDashboard();
    bool isShowingQueues() const;
    bool isShowingCalendar() const;
    bool isShowingCmdb() const;
    bool isShowingDashboard() const;

    // How the program was started; in cached mode the window runs the sync with the hub.
    void setConnectionProfile(const Sync::ConnectionProfile &profile);
    const Sync::ConnectionProfile &connectionProfile() const { return m_profile; }
    // Cached mode only (else null): the sync with the hub, its status-bar item and panel.
    Sync::SyncController *syncController() const { return m_sync; }
    Views::SyncStatusWidget *syncStatusWidget() const { return m_syncStatus; }
    void showSyncPanel();
    // The remote services' status, errors and "Sync Now": inside the sync panel in cached mode,
    // a window of its own otherwise.
    void showRemoteServices();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpKeyboard();
    void setUpWidgets();
    void setUpActions();
    void setUpStatusBar();
    void connectParts();
    // Direct mode: what others write shows in the open queue, counts, tickets and calendar.
    void connectLiveUpdates();
    void updateBulkActions();
    void importCis();
    // The range the Changes menu's exports and print cover.
    Change::TimeSpan scheduleRange() const;
    void manageWindows();
    void openCurrentTicket();
    void refresh();
    void showTicketCount(qint64 count);
    void showAbout();
    Views::RemoteRunner &remoteRunner();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Storage::Database &m_db;
    User m_actor;
    Sync::ConnectionProfile m_profile;
    Sync::SyncController *m_sync = nullptr;
    Views::SyncStatusWidget *m_syncStatus = nullptr;
    Views::SyncPanel *m_syncPanel = nullptr;
    std::shared_ptr<Views::PasswordVault> m_vault; // made when a remote is first shown
    Views::RemoteRunner *m_remoteRunner = nullptr;
    QDialog *m_remotesDialog = nullptr;
    Views::QueueNavigator *m_navigator = nullptr;
    Views::QueuePage *m_queuePage = nullptr;
    Views::TicketTabs *m_ticketTabs = nullptr;
    Views::CmdbBrowser *m_cmdbBrowser = nullptr;
    Views::CalendarPage *m_calendarPage = nullptr;
    Views::DashboardPage *m_dashboardPage = nullptr;
    Storage::LiveUpdates *m_liveUpdates = nullptr;
    QStackedWidget *m_workStack = nullptr;
    QToolButton *m_newButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_actorLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace ServiceDeck
