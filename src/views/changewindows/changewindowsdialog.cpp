// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewindowsdialog.h"
#include "ui_changewindowsdialog.h"

#include "blackouteditor.h"
#include "maintenancewindoweditor.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>

namespace ServiceDeck::Views {

namespace {

enum FreezeColumn { FreezeName, FreezeStarts, FreezeEnds, FreezeScope, FreezeColumns };
enum WindowColumn { WindowWeekday, WindowStart, WindowEnd, WindowZone, WindowName, WindowColumns };

QString localText(const QDateTime &instant)
{
    return QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

ChangeWindowsDialog::ChangeWindowsDialog(Storage::Database &db, const User &actor, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeWindowsDialog>())
    , m_db(db)
    , m_actor(actor)
    , m_mayEdit(Storage::WindowRepository::checkMayManageWindows(actor).ok())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("changeWindowsDialog"));
    m_ui->readOnlyLabel->setVisible(!m_mayEdit);

    QTableWidget *freezes = m_ui->freezeTable;
    freezes->setColumnCount(FreezeColumns);
    freezes->setHorizontalHeaderLabels({tr("Name"), tr("Starts"), tr("Ends"), tr("Scope")});
    QTableWidget *windows = m_ui->maintenanceTable;
    // Tab leaves a table for the buttons beside it; the arrow keys move within it.
    freezes->setTabKeyNavigation(false);
    windows->setTabKeyNavigation(false);
    windows->setColumnCount(WindowColumns);
    windows->setHorizontalHeaderLabels(
        {tr("Weekday"), tr("From"), tr("Until"), tr("Time zone"), tr("Name")});

    connect(m_ui->addFreezeButton, &QPushButton::clicked, this, [this] {
        Storage::StoredBlackout blackout;
        // A new freeze starts as the coming night, a shape people adjust rather than type.
        const QDateTime midnight(QDate::currentDate().addDays(1), QTime(0, 0));
        blackout.starts = midnight.toUTC();
        blackout.ends = midnight.addDays(1).toUTC();
        editBlackout(blackout);
    });
    connect(m_ui->editFreezeButton, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(m_ui->freezeTable); row >= 0)
            editBlackout(m_blackouts.at(row));
    });
    connect(freezes, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (m_mayEdit && row >= 0 && row < m_blackouts.size())
            editBlackout(m_blackouts.at(row));
    });
    connect(m_ui->deleteFreezeButton, &QPushButton::clicked, this, [this] { deleteBlackout(); });

    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this,
            [this] { loadMaintenanceWindows(); });
    connect(m_ui->addWindowButton, &QPushButton::clicked, this, [this] {
        Storage::StoredMaintenanceWindow window;
        window.serviceId = m_ui->serviceCombo->currentData().toUuid();
        window.serviceName = m_ui->serviceCombo->currentText();
        window.weekday = 7;
        window.startMinute = 2 * 60;
        window.durationMinutes = 120;
        window.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        editMaintenanceWindow(window);
    });
    connect(m_ui->editWindowButton, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(m_ui->maintenanceTable); row >= 0)
            editMaintenanceWindow(m_maintenance.at(row));
    });
    connect(windows, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (m_mayEdit && row >= 0 && row < m_maintenance.size())
            editMaintenanceWindow(m_maintenance.at(row));
    });
    connect(m_ui->deleteWindowButton, &QPushButton::clicked, this,
            [this] { deleteMaintenanceWindow(); });

    for (QTableWidget *table : {freezes, windows})
        connect(table, &QTableWidget::itemSelectionChanged, this, [this] { updateButtons(); });

    loadBlackouts();
    loadServices();
    updateButtons();
}

ChangeWindowsDialog::~ChangeWindowsDialog() = default;

void ChangeWindowsDialog::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

int ChangeWindowsDialog::selectedRow(const QTableWidget *table) const
{
    const QList<QTableWidgetSelectionRange> ranges = table->selectedRanges();
    return ranges.isEmpty() ? -1 : ranges.first().topRow();
}

void ChangeWindowsDialog::selectRow(QTableWidget *table, int row)
{
    if (row >= 0 && row < table->rowCount())
        table->selectRow(row);
}

void ChangeWindowsDialog::updateButtons()
{
    const bool freezeChosen = selectedRow(m_ui->freezeTable) >= 0;
    m_ui->addFreezeButton->setEnabled(m_mayEdit);
    m_ui->editFreezeButton->setEnabled(m_mayEdit && freezeChosen);
    m_ui->deleteFreezeButton->setEnabled(m_mayEdit && freezeChosen);
    const bool service = !m_ui->serviceCombo->currentData().toUuid().isNull();
    const bool windowChosen = selectedRow(m_ui->maintenanceTable) >= 0;
    m_ui->addWindowButton->setEnabled(m_mayEdit && service);
    m_ui->editWindowButton->setEnabled(m_mayEdit && windowChosen);
    m_ui->deleteWindowButton->setEnabled(m_mayEdit && windowChosen);
}

void ChangeWindowsDialog::loadBlackouts()
{
    QTableWidget *table = m_ui->freezeTable;
    table->setRowCount(0);
    m_blackouts.clear();
    auto loaded = Storage::WindowRepository(m_db).blackouts();
    if (!loaded) {
        showError(tr("Freeze Windows Not Loaded"), loaded.error().message);
        return;
    }
    m_blackouts = std::move(*loaded);
    table->setRowCount(int(m_blackouts.size()));
    for (int row = 0; row < m_blackouts.size(); ++row) {
        const Storage::StoredBlackout &blackout = m_blackouts.at(row);
        QStringList names;
        for (const Storage::ScopeCi &ci : blackout.scope)
            names << ci.name;
        auto *name = cell(blackout.name);
        if (!blackout.reason.isEmpty())
            name->setToolTip(blackout.reason);
        table->setItem(row, FreezeName, name);
        table->setItem(row, FreezeStarts, cell(localText(blackout.starts)));
        table->setItem(row, FreezeEnds, cell(localText(blackout.ends)));
        table->setItem(row, FreezeScope,
                       cell(blackout.global ? tr("Global") : names.join(tr(", "))));
    }
    table->resizeColumnsToContents();
    updateButtons();
}

void ChangeWindowsDialog::editBlackout(const Storage::StoredBlackout &blackout)
{
    Internal::BlackoutEditor editor(m_db, m_actor, blackout, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const QUuid id = editor.saved().id;
    loadBlackouts();
    for (int row = 0; row < m_blackouts.size(); ++row) {
        if (m_blackouts.at(row).id == id)
            selectRow(m_ui->freezeTable, row);
    }
}

void ChangeWindowsDialog::deleteBlackout()
{
    const int row = selectedRow(m_ui->freezeTable);
    if (row < 0)
        return;
    const Storage::StoredBlackout blackout = m_blackouts.at(row);
    const auto answer = QMessageBox::question(
        this, tr("Delete Freeze Window"),
        tr("Delete the freeze window \"%1\" (%2 to %3)? Changes in that time will no longer "
           "collide with it.")
            .arg(blackout.name, localText(blackout.starts), localText(blackout.ends)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto removed =
        Storage::WindowRepository(m_db).removeBlackout(blackout.id, blackout.version, m_actor);
    if (!removed)
        showError(tr("Freeze Window Not Deleted"), removed.error().message);
    loadBlackouts();
}

void ChangeWindowsDialog::loadServices()
{
    auto services = Storage::WindowRepository(m_db).services();
    if (!services) {
        showError(tr("Services Not Loaded"), services.error().message);
        return;
    }
    const QSignalBlocker blocker(m_ui->serviceCombo);
    m_ui->serviceCombo->clear();
    for (const Storage::ScopeCi &service : std::as_const(*services))
        m_ui->serviceCombo->addItem(service.name, service.id);
    if (services->isEmpty())
        m_ui->serviceCombo->setPlaceholderText(tr("No business services in the CMDB"));
    loadMaintenanceWindows();
}

void ChangeWindowsDialog::loadMaintenanceWindows()
{
    QTableWidget *table = m_ui->maintenanceTable;
    table->setRowCount(0);
    m_maintenance.clear();
    const QUuid service = m_ui->serviceCombo->currentData().toUuid();
    if (!service.isNull()) {
        auto loaded = Storage::WindowRepository(m_db).maintenanceWindows(service);
        if (!loaded)
            showError(tr("Maintenance Windows Not Loaded"), loaded.error().message);
        else
            m_maintenance = std::move(*loaded);
    }
    table->setRowCount(int(m_maintenance.size()));
    for (int row = 0; row < m_maintenance.size(); ++row) {
        const Storage::StoredMaintenanceWindow &window = m_maintenance.at(row);
        table->setItem(row, WindowWeekday, cell(Internal::weekdayName(window.weekday)));
        table->setItem(row, WindowStart, cell(Internal::minuteText(window.startMinute)));
        table->setItem(row, WindowEnd,
                       cell(Internal::windowEndText(window.weekday, window.startMinute,
                                                    window.durationMinutes)));
        table->setItem(row, WindowZone, cell(window.timeZone));
        table->setItem(row, WindowName, cell(window.name));
    }
    table->resizeColumnsToContents();
    updateButtons();
}

void ChangeWindowsDialog::editMaintenanceWindow(const Storage::StoredMaintenanceWindow &window)
{
    Internal::MaintenanceWindowEditor editor(m_db, m_actor, window, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const QUuid id = editor.saved().id;
    loadMaintenanceWindows();
    for (int row = 0; row < m_maintenance.size(); ++row) {
        if (m_maintenance.at(row).id == id)
            selectRow(m_ui->maintenanceTable, row);
    }
}

void ChangeWindowsDialog::deleteMaintenanceWindow()
{
    const int row = selectedRow(m_ui->maintenanceTable);
    if (row < 0)
        return;
    const Storage::StoredMaintenanceWindow window = m_maintenance.at(row);
    const auto answer =
        QMessageBox::question(this, tr("Delete Maintenance Window"),
                              tr("Delete the maintenance window of %1 on %2 from %3?")
                                  .arg(window.serviceName, Internal::weekdayName(window.weekday),
                                       Internal::minuteText(window.startMinute)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto removed =
        Storage::WindowRepository(m_db).removeMaintenanceWindow(window.id, window.version, m_actor);
    if (!removed)
        showError(tr("Maintenance Window Not Deleted"), removed.error().message);
    loadMaintenanceWindows();
}

} // namespace ServiceDeck::Views
