// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenancewindoweditor.h"
#include "ui_maintenancewindoweditor.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTime>
#include <QTimeZone>

namespace ServiceDeck::Views::Internal {

namespace {

constexpr int minutesPerDay = 24 * 60;

} // namespace

QString weekdayName(int weekday)
{
    return QLocale().dayName(weekday, QLocale::LongFormat);
}

QString minuteText(int minuteOfDay)
{
    return QLocale().toString(QTime(0, 0).addSecs(qint64(minuteOfDay) * 60), QLocale::ShortFormat);
}

QString windowEndText(int weekday, int startMinute, int durationMinutes)
{
    const int end = startMinute + durationMinutes;
    const int days = end / minutesPerDay;
    const int endMinute = end % minutesPerDay;
    if (days == 0)
        return minuteText(endMinute);
    const int endDay = (weekday - 1 + days) % 7 + 1;
    return MaintenanceWindowEditor::tr("%1 %2").arg(weekdayName(endDay), minuteText(endMinute));
}

MaintenanceWindowEditor::MaintenanceWindowEditor(Storage::Database &db, const User &actor,
                                                 const Storage::StoredMaintenanceWindow &window,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MaintenanceWindowEditor>())
    , m_db(db)
    , m_actor(actor)
    , m_saved(window)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("maintenanceWindowEditor"));
    setWindowTitle(window.id.isNull() ? tr("New Maintenance Window")
                                      : tr("Edit Maintenance Window"));
    m_ui->serviceLabel->setText(window.serviceName);
    m_ui->nameEdit->setText(window.name);
    for (int day = 1; day <= 7; ++day)
        m_ui->weekdayCombo->addItem(weekdayName(day), day);
    m_ui->weekdayCombo->setCurrentIndex(m_ui->weekdayCombo->findData(window.weekday));
    m_ui->startTimeEdit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_ui->startTimeEdit->setTime(QTime(0, 0).addSecs(qint64(window.startMinute) * 60));
    m_ui->durationSpin->setSuffix(tr(" min"));
    m_ui->durationSpin->setValue(window.durationMinutes);
    QStringList zones;
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(zone);
    m_ui->timeZoneCombo->addItems(zones);
    m_ui->timeZoneCombo->setCurrentText(window.timeZone);
    const auto update = [this] {
        updateEnd();
    };
    connect(m_ui->weekdayCombo, &QComboBox::currentIndexChanged, this, update);
    connect(m_ui->startTimeEdit, &QTimeEdit::timeChanged, this, update);
    connect(m_ui->durationSpin, &QSpinBox::valueChanged, this, update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MaintenanceWindowEditor::accept);
    updateEnd();
}

MaintenanceWindowEditor::~MaintenanceWindowEditor() = default;

void MaintenanceWindowEditor::updateEnd()
{
    const Storage::StoredMaintenanceWindow window = edited();
    m_ui->endsLabel->setText(
        tr("until %1")
            .arg(windowEndText(window.weekday, window.startMinute, window.durationMinutes)));
}

Storage::StoredMaintenanceWindow MaintenanceWindowEditor::edited() const
{
    Storage::StoredMaintenanceWindow window = m_saved;
    window.name = m_ui->nameEdit->text();
    window.weekday = m_ui->weekdayCombo->currentData().toInt();
    const QTime start = m_ui->startTimeEdit->time();
    window.startMinute = start.hour() * 60 + start.minute();
    window.durationMinutes = m_ui->durationSpin->value();
    window.timeZone = m_ui->timeZoneCombo->currentText();
    return window;
}

void MaintenanceWindowEditor::accept()
{
    const Storage::StoredMaintenanceWindow window = edited();
    Storage::WindowRepository windows(m_db);
    auto saved = window.id.isNull() ? windows.createMaintenanceWindow(window, m_actor)
                                    : windows.updateMaintenanceWindow(window, m_actor);
    if (!saved) {
        QMessageBox::warning(this, tr("Maintenance Window Not Saved"), saved.error().message);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace ServiceDeck::Views::Internal
