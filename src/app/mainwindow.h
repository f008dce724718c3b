// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/timespan.h"
#include "core/directory.h"
#include "sync/connectionprofile.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace ServiceDeck {

namespace Storage {
class Database;
}
namespace Views {
class CalendarPage;
class CmdbBrowser;
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

    // The work area shows the chosen queue, the change calendar or the CMDB browser.
    void showQueues();
    void showCalendar();
    void showCmdb();
    bool isShowingQueues() const;
    bool isShowingCalendar() const;
    bool isShowingCmdb() const;

    // How the program was started; in cached mode the window runs the sync with the hub.
    void setConnectionProfile(const Sync::ConnectionProfile &profile);
    const Sync::ConnectionProfile &connectionProfile() const { return m_profile; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpWidgets();
    void setUpActions();
    void setUpStatusBar();
    void connectParts();
    void updateBulkActions();
    void importCis();
    // The range the Changes menu's exports and print cover.
    Change::TimeSpan scheduleRange() const;
    void manageWindows();
    void openCurrentTicket();
    void refresh();
    void showTicketCount(qint64 count);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Storage::Database &m_db;
    User m_actor;
    Sync::ConnectionProfile m_profile;
    Views::QueueNavigator *m_navigator = nullptr;
    Views::QueuePage *m_queuePage = nullptr;
    Views::TicketTabs *m_ticketTabs = nullptr;
    Views::CmdbBrowser *m_cmdbBrowser = nullptr;
    Views::CalendarPage *m_calendarPage = nullptr;
    QStackedWidget *m_workStack = nullptr;
    QToolButton *m_newButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_actorLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace ServiceDeck
