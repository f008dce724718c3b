// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "models/navigationmodel.h"
#include "models/ticketlistmodel.h"
#include "storage/database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>

#include <algorithm>
#include <limits>

namespace ServiceDeck {

using Models::NavigationModel;
using Models::TicketListModel;

MainWindow::MainWindow(Storage::Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_db(db)
    , m_ticketModel(new TicketListModel(db, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("ServiceDeck — %1").arg(m_db.url().displayName()));

    m_ui->ticketListView->setTicketModel(m_ticketModel);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({190, 1000});

    setUpActions();
    setUpStatusBar();

    connect(m_ui->navigationView, &Views::NavigationView::entryChosen, this,
            [this](NavigationModel::Entry entry) {
                m_ticketModel->setFilter(NavigationModel::ticketFilter(entry));
                m_ui->ticketListView->scrollToTop();
            });
    connect(m_ticketModel, &TicketListModel::totalCountChanged, this,
            [this](qint64 count) { showTicketCount(count); });
    connect(m_ticketModel, &TicketListModel::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    restoreSettings();
    // Reads the first page of the default list.
    m_ui->navigationView->selectEntry(NavigationModel::Entry::ActiveTickets);
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, [this] { close(); });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        statusBar()->clearMessage();
        m_ticketModel->reload();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { showAbout(); });
    connect(m_ui->actionAboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });
}

void MainWindow::setUpStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("ticketCountLabel"));
    statusBar()->addWidget(m_countLabel);

    m_databaseLabel = new QLabel(m_db.url().displayName(), this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setToolTip(tr("The open database"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

void MainWindow::showTicketCount(qint64 count)
{
    const int shown = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    m_countLabel->setText(tr("%Ln tickets", nullptr, shown));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ServiceDeck"),
        tr("<h3>ServiceDeck %1</h3>"
           "<p>A desktop client for IT service management: incidents, service requests, "
           "problems and changes.</p>"
           "<p>Database: %2</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion(), m_db.url().displayName().toHtmlEscaped()));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray())) {
        // First start: most of the screen, up to a size where a table is still easy to read.
        const QSize available = screen()->availableSize();
        resize(std::min(1440, available.width() * 9 / 10),
               std::min(900, available.height() * 9 / 10));
    }
    m_ui->splitter->restoreState(
        settings.value(QStringLiteral("MainWindow/splitter")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/splitter"), m_ui->splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace ServiceDeck
