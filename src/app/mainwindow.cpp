// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "sync/synccontroller.h"
#include "views/sync/syncpanel.h"
#include "views/sync/syncstatuswidget.h"
#include "ui_mainwindow.h"

#include "models/queuemodel.h"
#include "storage/database.h"
#include "storage/live/liveupdates.h"
#include "views/accessibility/themeicon.h"
#include "views/calendar/calendarpage.h"
#include "views/calendar/calendarview.h"
#include "views/changewindows/changewindowsdialog.h"
#include "views/cmdb/cmdbbrowser.h"
#include "views/cmdbimport/cmdbimportdialog.h"
#include "views/dashboard/dashboardpage.h"
#include "views/queues/filterlineedit.h"
#include "views/queues/queuefilteredit.h"
#include "views/queues/queuenavigator.h"
#include "views/queues/queuepage.h"
#include "views/queues/queuetableview.h"
#include "views/scheduleexport/scheduleexport.h"
#include "views/remotes/remoterunner.h"
#include "views/remotes/remotespanel.h"
#include "views/settings/passwordvault.h"
#include "views/settings/profilestore.h"
#include "views/settings/settingsdialog.h"
#include "views/ticketform/tickettabs.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace ServiceDeck {

using Views::QueueNavigator;
using Views::QueuePage;
using Views::TicketTabs;

namespace {

const QString lastQueueKey = QStringLiteral("MainWindow/queue");

} // namespace

MainWindow::MainWindow(Storage::Database &db, const User &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_db(db)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    setUpKeyboard();
    setWindowTitle(tr("ServiceDeck — %1").arg(m_db.url().displayName()));
    setUpWidgets();
    setUpActions();
    setUpStatusBar();
    connectParts();
    connectLiveUpdates();
    restoreSettings();

    // The queue chosen last time, or the person's own open tickets.
    const QString last = QSettings().value(lastQueueKey).toString();
    if (last.isEmpty() || !m_navigator->selectQueue(last))
        m_navigator->selectQueue(QStringLiteral("my_open"));
}

MainWindow::~MainWindow() = default;

void MainWindow::setConnectionProfile(const Sync::ConnectionProfile &profile)
{
    m_profile = profile;
    if (!profile.isCached() || m_sync)
        return;
    // Cached mode: the UI works on the replica; a thread of its own syncs with the hub.
    m_sync = new Sync::SyncController(profile.databaseUrl, profile.hubUrl, this);
    m_syncStatus = new Views::SyncStatusWidget(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_sync, &Sync::SyncController::statusChanged, m_syncStatus,
            &Views::SyncStatusWidget::setStatus);
    connect(m_syncStatus, &Views::SyncStatusWidget::panelRequested, this,
            &MainWindow::showSyncPanel);
    // What a sync brought in refreshes the views like a NOTIFY does in direct mode.
    connect(m_sync, &Sync::SyncController::dataChanged, m_liveUpdates,
            &Storage::LiveUpdates::announce);
    // A local edit lands in the outbox at once; the count (and a prompt push) follow.
    connect(m_liveUpdates, &Storage::LiveUpdates::changed, m_sync,
            &Sync::SyncController::refreshCounts);
    m_syncStatus->setStatus(m_sync->status());
    auto *syncNow = new QAction(tr("S&ync Now"), this);
    syncNow->setObjectName(QStringLiteral("actionSyncNow"));
    syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    syncNow->setStatusTip(tr("Send the waiting changes to the hub and fetch its news"));
    connect(syncNow, &QAction::triggered, m_sync, &Sync::SyncController::syncNow);
    auto *panel = new QAction(tr("Sync &Status…"), this);
    panel->setObjectName(QStringLiteral("actionSyncStatus"));
    panel->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    connect(panel, &QAction::triggered, this, &MainWindow::showSyncPanel);
    const QList<QAction *> fileActions = m_ui->menuFile->actions();
    QAction *before = fileActions.isEmpty() ? nullptr : fileActions.constLast();
    m_ui->menuFile->insertActions(before, {syncNow, panel});
    m_ui->menuFile->insertSeparator(before);
    m_sync->start();
}

void MainWindow::showSyncPanel()
{
    if (!m_sync)
        return;
    if (!m_syncPanel) {
        m_syncPanel = new Views::SyncPanel(m_db, m_actor.id, this);
        m_syncPanel->setObjectName(QStringLiteral("syncPanel"));
        connect(m_sync, &Sync::SyncController::statusChanged, m_syncPanel,
                &Views::SyncPanel::setStatus);
        connect(m_syncPanel, &Views::SyncPanel::syncNowRequested, m_sync,
                &Sync::SyncController::syncNow);
        connect(m_syncPanel, &Views::SyncPanel::conflictsResolved, m_sync, [this] {
            m_sync->refreshCounts();
            m_sync->syncNow();
        });
    }
    if (!m_syncPanel->findChild<Views::RemotesPanel *>()) {
        Views::RemoteRunner &runner = remoteRunner(); // makes the vault too
        m_syncPanel->setRemotesPanel(
            new Views::RemotesPanel(m_db, *m_vault, runner, false, m_syncPanel));
    }
    m_syncPanel->setStatus(m_sync->status());
    m_syncPanel->show();
    m_syncPanel->raise();
    m_syncPanel->activateWindow();
}

Views::RemoteRunner &MainWindow::remoteRunner()
{
    if (!m_remoteRunner) {
        if (!m_vault)
            m_vault = std::make_shared<Views::KeychainVault>();
        m_remoteRunner = new Views::RemoteRunner(m_db.url(), m_actor.id, *m_vault, this);
        // What a remote brought in shows in the open queues, tickets and calendar.
        connect(m_remoteRunner, &Views::RemoteRunner::finished, this, [this] {
            m_liveUpdates->announce({QStringLiteral("tickets"), QStringLiteral("comments")});
        });
    }
    return *m_remoteRunner;
}

void MainWindow::showRemoteServices()
{
    if (m_sync) {
        showSyncPanel();
        return;
    }
    if (!m_remotesDialog) {
        Views::RemoteRunner &runner = remoteRunner();
        m_remotesDialog = new QDialog(this);
        m_remotesDialog->setObjectName(QStringLiteral("remotesDialog"));
        m_remotesDialog->setWindowTitle(tr("Remote Services"));
        auto *layout = new QVBoxLayout(m_remotesDialog);
        layout->addWidget(new Views::RemotesPanel(m_db, *m_vault, runner, false, m_remotesDialog));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_remotesDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_remotesDialog, &QDialog::reject);
        layout->addWidget(buttons);
        m_remotesDialog->resize(m_remotesDialog->sizeHint().expandedTo(QSize(640, 420)));
    }
    if (auto *panel = m_remotesDialog->findChild<Views::RemotesPanel *>())
        panel->reload();
    m_remotesDialog->show();
    m_remotesDialog->raise();
    m_remotesDialog->activateWindow();
}

void MainWindow::setUpKeyboard()
{
    // Every action has a key of its own or sits in a menu; the form leaves some without one.
    // Standard keys where the platform has one, Ctrl+Shift+letter for the rest. The form's
    // theme icons are lost where no theme has them (uic drops the name): the same names again,
    // with the program's own SVGs as fallback, sharp at any scale.
    struct Binding
    {
        QAction *action;
        QKeySequence key;
        const char *icon;
    };
    const QList<Binding> bindings = {
        {m_ui->actionNewIncident, QKeySequence::New, "document-new"},
        {m_ui->actionNewRequest, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), nullptr},
        {m_ui->actionNewProblem, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), nullptr},
        {m_ui->actionNewChange, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), nullptr},
        {m_ui->actionSaveQueue, {}, "document-save-as"},
        {m_ui->actionImportCis, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), "document-import"},
        {m_ui->actionSettings, {}, "preferences-system"},
        {m_ui->actionQuit, QKeySequence::Quit, "application-exit"},
        {m_ui->actionFilter, QKeySequence::Find, "edit-find"},
        {m_ui->actionRefresh, QKeySequence::Refresh, "view-refresh"},
        {m_ui->actionOpenTicket, {}, "document-open"},
        {m_ui->actionAssign, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), "im-user"},
        {m_ui->actionMoveState, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), "go-next"},
        {m_ui->actionShowQueues, {}, "view-list-details"},
        {m_ui->actionShowCalendar, {}, "view-calendar"},
        {m_ui->actionShowCmdb, {}, "network-server"},
        {m_ui->actionShowDashboard, {}, "office-chart-bar"},
        {m_ui->actionExportIcs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), "x-office-calendar"},
        {m_ui->actionExportSchedulePdf, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         "document-export"},
        {m_ui->actionPrintSchedule, QKeySequence::Print, "document-print"},
        {m_ui->actionManageWindows, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
         "appointment-new"},
        {m_ui->actionAbout, QKeySequence::HelpContents, "help-about"},
    };
    for (const Binding &binding : bindings) {
        // A platform without a standard key for it keeps the form's.
        if (!binding.key.isEmpty())
            binding.action->setShortcut(binding.key);
        if (binding.icon)
            binding.action->setIcon(Views::themeIcon(QString::fromLatin1(binding.icon)));
    }
    m_ui->menuNew->setIcon(Views::themeIcon(QStringLiteral("document-new")));
    m_ui->mainToolBar->setAccessibleName(tr("Main tool bar"));
    statusBar()->setAccessibleName(tr("Status"));
}

void MainWindow::setUpWidgets()
{
    m_navigator = new QueueNavigator(m_db, m_actor.id, this);
    m_navigator->setObjectName(QStringLiteral("queueNavigator"));
    // In characters rather than pixels: a larger font widens the list with it.
    m_navigator->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_queuePage = new QueuePage(m_db, m_actor.id, this);
    m_queuePage->setObjectName(QStringLiteral("queuePage"));
    m_ticketTabs = new TicketTabs(m_db, m_actor.id, this);
    // The queue and the CMDB take turns above the ticket tabs, so that a ticket opened from a
    // CI opens where tickets always do.
    m_workStack = new QStackedWidget(this);
    m_workStack->setObjectName(QStringLiteral("workStack"));
    m_workStack->addWidget(m_queuePage);

    m_ui->splitter->insertWidget(0, m_navigator);
    m_ui->workSplitter->addWidget(m_workStack);
    m_ui->workSplitter->addWidget(m_ticketTabs);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({230, 1100});
    m_ui->workSplitter->setStretchFactor(0, 3);
    m_ui->workSplitter->setStretchFactor(1, 2);
    m_ui->workSplitter->setSizes({450, 300});
}

void MainWindow::setUpActions()
{
    const QList<QPair<QAction *, TicketKind>> kinds = {
        {m_ui->actionNewIncident, TicketKind::Incident},
        {m_ui->actionNewRequest, TicketKind::Request},
        {m_ui->actionNewProblem, TicketKind::Problem},
        {m_ui->actionNewChange, TicketKind::Change},
    };
    for (const auto &[action, kind] : kinds) {
        connect(action, &QAction::triggered, this, [this, kind = kind] {
            m_ticketTabs->newTicket(kind);
        });
    }
    // "New" on the tool bar: a click makes an incident, the arrow offers the other kinds.
    m_newButton = new QToolButton(this);
    m_newButton->setObjectName(QStringLiteral("newTicketButton"));
    m_newButton->setDefaultAction(m_ui->actionNewIncident);
    m_newButton->setText(tr("New"));
    m_newButton->setMenu(m_ui->menuNew);
    m_newButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->mainToolBar->insertWidget(m_ui->actionRefresh, m_newButton);
    m_ui->mainToolBar->insertSeparator(m_ui->actionRefresh);
    connect(m_ui->actionNewIncident, &QAction::changed, this,
            [this] { m_newButton->setText(tr("New")); });
    m_newButton->setAccessibleName(tr("New ticket"));
    m_newButton->setAccessibleDescription(
        tr("Creates an incident; the arrow (or Alt+Down) offers the other kinds"));

    // Ctrl+S saves the ticket while the focus is in the ticket tabs, the filter as a queue while
    // it is on the queue side: each shortcut is bound to its side of the window.
    m_ui->actionSaveQueue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_navigator->addAction(m_ui->actionSaveQueue);
    m_queuePage->addAction(m_ui->actionSaveQueue);
    connect(m_ui->actionSaveQueue, &QAction::triggered, this,
            [this] { m_navigator->createQueue(m_queuePage->filterEdit()->text()); });
    m_ui->menuFile->insertAction(m_ui->actionSaveQueue, m_ticketTabs->saveAction());
    m_ui->menuFile->insertAction(m_ui->actionSaveQueue, m_ticketTabs->closeTabAction());

    connect(m_ui->actionFilter, &QAction::triggered, this, [this] {
        // The dashboard has nothing to filter: the filter of the queue it leads to does.
        if (isShowingDashboard())
            showQueues();
        // The calendar filters by choices, not by text: its first filter takes the focus.
        if (isShowingCalendar()) {
            m_calendarPage->serviceFilter()->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        QLineEdit *edit = isShowingCmdb() ? m_cmdbBrowser->searchEdit()
                                          : m_queuePage->filterEdit()->lineEdit();
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    });
    auto *pages = new QActionGroup(this);
    pages->addAction(m_ui->actionShowQueues);
    pages->addAction(m_ui->actionShowCalendar);
    pages->addAction(m_ui->actionShowCmdb);
    pages->addAction(m_ui->actionShowDashboard);
    connect(m_ui->actionShowQueues, &QAction::triggered, this, [this] { showQueues(); });
    connect(m_ui->actionShowCalendar, &QAction::triggered, this, [this] { showCalendar(); });
    connect(m_ui->actionShowCmdb, &QAction::triggered, this, [this] { showCmdb(); });
    connect(m_ui->actionShowDashboard, &QAction::triggered, this, [this] { showDashboard(); });
    connect(m_ui->actionImportCis, &QAction::triggered, this, [this] { importCis(); });
    connect(m_ui->actionExportIcs, &QAction::triggered, this,
            [this] { Views::ScheduleExport::exportICalendar(this, m_db, scheduleRange()); });
    connect(m_ui->actionExportSchedulePdf, &QAction::triggered, this,
            [this] { Views::ScheduleExport::exportPdf(this, m_db, scheduleRange()); });
    connect(m_ui->actionPrintSchedule, &QAction::triggered, this,
            [this] { Views::ScheduleExport::print(this, m_db, scheduleRange()); });
    connect(m_ui->actionManageWindows, &QAction::triggered, this, [this] { manageWindows(); });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] { refresh(); });

    // Enter opens the current row while the table has the focus; a double-click does too.
    m_ui->actionOpenTicket->setShortcutContext(Qt::WidgetShortcut);
    m_queuePage->table()->addAction(m_ui->actionOpenTicket);
    connect(m_ui->actionOpenTicket, &QAction::triggered, this, [this] { openCurrentTicket(); });
    connect(m_ui->actionAssign, &QAction::triggered, this, [this] { m_queuePage->assignSelected(); });
    connect(m_ui->actionMoveState, &QAction::triggered, this,
            [this] { m_queuePage->moveSelected(); });

    connect(m_ui->actionSettings, &QAction::triggered, this, [this] {
        Views::ProfileStore profiles;
        Views::SettingsDialog dialog(profiles, m_db, m_actor, m_profile.name, this);
        // With the saved layout gone, this window takes its first-start layout too, so that
        // closing it does not save the old one again.
        connect(&dialog, &Views::SettingsDialog::windowLayoutReset, this, [this] {
            m_ui->splitter->setSizes({230, 1100});
            m_ui->workSplitter->setSizes({450, 300});
            restoreSettings();
        });
        dialog.exec();
    });
    // Remote services work in every mode: an RT exchange or a calendar publish needs no hub.
    auto *remotes = new QAction(tr("&Remote Services…"), this);
    remotes->setObjectName(QStringLiteral("actionRemoteServices"));
    remotes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F9));
    remotes->setStatusTip(tr("Request Tracker and calendar exchanges: last sync, errors, Sync Now"));
    connect(remotes, &QAction::triggered, this, &MainWindow::showRemoteServices);
    m_ui->menuFile->insertAction(m_ui->actionSettings, remotes);
    connect(m_ui->actionQuit, &QAction::triggered, this, [this] { close(); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { showAbout(); });
    connect(m_ui->actionAboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });
}

void MainWindow::setUpStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("ticketCountLabel"));
    m_countLabel->setAccessibleName(tr("Tickets in the queue"));
    statusBar()->addWidget(m_countLabel);

    m_actorLabel = new QLabel(tr("Signed in as %1").arg(m_actor.displayName), this);
    m_actorLabel->setObjectName(QStringLiteral("actorLabel"));
    statusBar()->addPermanentWidget(m_actorLabel);

    m_databaseLabel = new QLabel(m_db.url().displayName(), this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setToolTip(tr("The open database"));
    m_databaseLabel->setAccessibleName(tr("Open database"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

void MainWindow::connectParts()
{
    Models::QueueModel *model = m_queuePage->model();
    connect(m_navigator, &QueueNavigator::queueChosen, this,
            [this](const Storage::SavedQueue &queue) {
                statusBar()->clearMessage();
                m_queuePage->showQueue(queue);
                showQueues();
            });
    connect(m_navigator, &QueueNavigator::saveFilterRequested, this,
            [this] { m_navigator->createQueue(m_queuePage->filterEdit()->text()); });
    connect(m_queuePage, &QueuePage::queueViewSaved, this,
            [this](const Storage::SavedQueue &queue) { m_navigator->updateQueue(queue); });
    connect(m_queuePage, &QueuePage::ticketActivated, this,
            [this](const QString &number) { m_ticketTabs->openTicket(number); });
    connect(m_queuePage, &QueuePage::ticketsChanged, this,
            [this] { m_navigator->refreshCounts(); });
    connect(m_queuePage, &QueuePage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(model, &Models::QueueModel::totalCountChanged, this,
            [this](qint64 count) { showTicketCount(count); });
    connect(model, &QAbstractItemModel::modelReset, this,
            [this, model] { showTicketCount(model->totalCount()); });
    connect(m_ticketTabs, &TicketTabs::ticketSaved, this, [this] {
        m_queuePage->refresh();
        m_navigator->refreshCounts();
        // A saved change may have a new window, state or risk.
        if (m_calendarPage)
            m_calendarPage->refresh();
    });
    connect(m_ticketTabs, &TicketTabs::openFailed, this,
            [this](const QString &, const QString &message) {
                QMessageBox::warning(this, tr("Open Ticket"), message);
            });
    // Bulk work needs a selection.
    const auto updateActions = [this] { updateBulkActions(); };
    connect(m_queuePage->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            updateActions);
    connect(m_queuePage->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, updateActions);
    updateBulkActions();
}

void MainWindow::connectLiveUpdates()
{
    using Storage::LiveUpdates;
    m_liveUpdates = new LiveUpdates(m_db, this);
    if (!m_liveUpdates->error().isEmpty())
        statusBar()->showMessage(m_liveUpdates->error(), 10000);
    connect(m_liveUpdates, &LiveUpdates::changed, this, [this](const QSet<QString> &tables) {
        // Names shown in the queue (people, groups, CIs) count as well as the tickets.
        const QStringList queueTables = {
            QStringLiteral("tickets"),        QStringLiteral("users"),
            QStringLiteral("support_groups"), QStringLiteral("group_members"),
            QStringLiteral("cis"),            QStringLiteral("sla_policies")};
        if (LiveUpdates::touches(tables, queueTables)) {
            m_queuePage->refresh();
            m_navigator->refreshCounts();
        }
        const QStringList ticketTables = {
            QStringLiteral("tickets"),      QStringLiteral("comments"),
            QStringLiteral("worklog"),      QStringLiteral("ticket_links"),
            QStringLiteral("change_cis"),   QStringLiteral("change_approvals"),
            QStringLiteral("journal")};
        if (LiveUpdates::touches(tables, ticketTables))
            m_ticketTabs->takeOutsideChanges();
        const QStringList calendarTables = {
            QStringLiteral("tickets"),          QStringLiteral("change_cis"),
            QStringLiteral("blackout_windows"), QStringLiteral("blackout_scope"),
            QStringLiteral("maintenance_windows"), QStringLiteral("cis"),
            QStringLiteral("ci_relations")};
        if (m_calendarPage && LiveUpdates::touches(tables, calendarTables))
            m_calendarPage->refresh();
        if (m_dashboardPage &&
            LiveUpdates::touches(tables, {QStringLiteral("tickets"),
                                          QStringLiteral("support_groups")}))
            m_dashboardPage->refresh();
    });
}

void MainWindow::updateBulkActions()
{
    // The queue's selection is out of sight while another page is shown: nothing acts on it then.
    const bool queues = isShowingQueues();
    const bool any = queues && m_queuePage->table()->selectionModel()
                     && m_queuePage->table()->selectionModel()->hasSelection();
    m_ui->actionAssign->setEnabled(any);
    m_ui->actionMoveState->setEnabled(any);
    m_ui->actionOpenTicket->setEnabled(queues && m_queuePage->table()->currentIndex().isValid());
    m_ui->actionSaveQueue->setEnabled(queues);
}

bool MainWindow::isShowingQueues() const
{
    return m_workStack->currentWidget() == m_queuePage;
}

bool MainWindow::isShowingCalendar() const
{
    return m_calendarPage && m_workStack->currentWidget() == m_calendarPage;
}

bool MainWindow::isShowingCmdb() const
{
    return m_cmdbBrowser && m_workStack->currentWidget() == m_cmdbBrowser;
}

bool MainWindow::isShowingDashboard() const
{
    return m_dashboardPage && m_workStack->currentWidget() == m_dashboardPage;
}

void MainWindow::showQueues()
{
    m_ui->actionShowQueues->setChecked(true);
    if (m_workStack->currentWidget() == m_queuePage)
        return;
    m_workStack->setCurrentWidget(m_queuePage);
    m_countLabel->show();
    updateBulkActions();
}

void MainWindow::showCalendar()
{
    m_ui->actionShowCalendar->setChecked(true);
    if (!m_calendarPage) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_calendarPage = new Views::CalendarPage(m_db, m_actor, m_workStack);
        m_workStack->addWidget(m_calendarPage);
        connect(m_calendarPage, &Views::CalendarPage::openTicket, this,
                [this](const QString &number) { m_ticketTabs->openTicket(number); });
        connect(m_calendarPage, &Views::CalendarPage::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
        QApplication::restoreOverrideCursor();
    }
    m_workStack->setCurrentWidget(m_calendarPage);
    m_countLabel->hide();
    updateBulkActions();
    m_calendarPage->currentView()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showCmdb()
{
    m_ui->actionShowCmdb->setChecked(true);
    if (!m_cmdbBrowser) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_cmdbBrowser = new Views::CmdbBrowser(m_db, m_actor.id, m_workStack);
        m_cmdbBrowser->setObjectName(QStringLiteral("cmdbBrowser"));
        m_workStack->addWidget(m_cmdbBrowser);
        connect(m_cmdbBrowser, &Views::CmdbBrowser::ticketActivated, this,
                [this](const QString &number) { m_ticketTabs->openTicket(number); });
        connect(m_cmdbBrowser, &Views::CmdbBrowser::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
        QApplication::restoreOverrideCursor();
    }
    m_workStack->setCurrentWidget(m_cmdbBrowser);
    m_countLabel->hide();
    updateBulkActions();
    m_cmdbBrowser->searchEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showDashboard()
{
    m_ui->actionShowDashboard->setChecked(true);
    if (!m_dashboardPage) {
        m_dashboardPage = new Views::DashboardPage(m_db, m_workStack);
        m_workStack->addWidget(m_dashboardPage);
        // A bar opens the queue of its tickets: its expression in the filter box, applied.
        connect(m_dashboardPage, &Views::DashboardPage::queueRequested, this,
                [this](const QString &expression, const QString &title) {
                    showQueues();
                    m_queuePage->filterEdit()->setText(expression);
                    m_queuePage->filterEdit()->apply();
                    statusBar()->showMessage(title, 10000);
                });
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_workStack->setCurrentWidget(m_dashboardPage); // reads the figures when they are stale
    QApplication::restoreOverrideCursor();
    m_countLabel->hide();
    updateBulkActions();
    m_dashboardPage->setFocus(Qt::OtherFocusReason);
}

void MainWindow::importCis()
{
    Views::CmdbImportDialog dialog(m_db, m_actor.id, this);
    connect(&dialog, &Views::CmdbImportDialog::imported, this, [this] {
        if (m_cmdbBrowser)
            m_cmdbBrowser->refresh();
    });
    dialog.exec();
}

Change::TimeSpan MainWindow::scheduleRange() const
{
    // What the calendar shows, once it was opened; before, the next 90 days from today.
    if (m_calendarPage)
        return m_calendarPage->visibleRange();
    const QDateTime today = QDate::currentDate().startOfDay();
    return Change::TimeSpan::fromDateTimes(today, today.addDays(90));
}

void MainWindow::manageWindows()
{
    Views::ChangeWindowsDialog dialog(m_db, m_actor, this);
    dialog.exec();
    // Freezes and maintenance windows change what collides.
    if (m_calendarPage)
        m_calendarPage->refresh();
}

void MainWindow::openCurrentTicket()
{
    const QModelIndex index = m_queuePage->table()->currentIndex();
    const QString number = index.data(Models::QueueModel::NumberRole).toString();
    if (!number.isEmpty())
        m_ticketTabs->openTicket(number);
}

void MainWindow::refresh()
{
    statusBar()->clearMessage();
    if (m_cmdbBrowser)
        m_cmdbBrowser->refresh();
    if (m_calendarPage)
        m_calendarPage->refresh();
    if (m_dashboardPage)
        m_dashboardPage->refresh();
    m_queuePage->refresh();
    m_navigator->refreshCounts();
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
    m_ui->workSplitter->restoreState(
        settings.value(QStringLiteral("MainWindow/workSplitter")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("MainWindow/workSplitter"), m_ui->workSplitter->saveState());
    if (const auto queue = m_navigator->currentQueue())
        settings.setValue(lastQueueKey, QueueNavigator::queueKey(*queue));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved ticket edits are never lost: the person saves, discards or stays.
    if (!m_ticketTabs->maybeCloseAll() || (m_cmdbBrowser && !m_cmdbBrowser->maybeLeave())) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace ServiceDeck
