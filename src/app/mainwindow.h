// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace ServiceDeck {

namespace Storage {
class Database;
}
namespace Models {
class TicketListModel;
}
namespace Ui {
class MainWindow;
}

// The main window on one open database: navigation on the left, the chosen ticket list on the
// right, the database and the list's size in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The database must outlive the window.
    explicit MainWindow(Storage::Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Models::TicketListModel *ticketModel() const { return m_ticketModel; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void setUpStatusBar();
    void showTicketCount(qint64 count);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Storage::Database &m_db;
    Models::TicketListModel *m_ticketModel;
    QLabel *m_countLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace ServiceDeck
