// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbimportdialog.h"
#include "ui_cmdbimportdialog.h"

#include "importprogresspopup.h"

#include "storage/cmdbcsv/cmdbimport.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

namespace ServiceDeck::Views {

CmdbImportDialog::CmdbImportDialog(Storage::Database &db, const QUuid &actorId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CmdbImportDialog>())
    , m_db(db)
    , m_actorId(actorId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("cmdbImportDialog"));
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_ui->errorTable->setColumnCount(3);
    m_ui->errorTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_ui->errorTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->errorTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->errorsPane->hide();
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] { chooseFile(); });
    // Not through accepted(): the dialog stays open to show what the import did.
    connect(m_importButton, &QPushButton::clicked, this, [this] { startImport(); });
}

CmdbImportDialog::~CmdbImportDialog() = default;

void CmdbImportDialog::chooseFile()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CMDB from CSV"), start,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void CmdbImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_plan.reset();
    m_importButton->setEnabled(false);
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showFailure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray content = file.readAll();
    Storage::CmdbImport importer(m_db);
    ImportProgressPopup progress(this, tr("Checking %1…").arg(QFileInfo(path).fileName()));
    importer.setProgress(progress.callback());
    auto plan = importer.prepare(content);
    if (!plan) {
        showFailure(plan.error().message);
        return;
    }
    m_plan = std::move(*plan);
    showPlan();
}

void CmdbImportDialog::showFailure(const QString &message)
{
    m_ui->summaryLabel->setText(message);
    m_ui->previewTable->clear();
    m_ui->previewTable->setRowCount(0);
    m_ui->previewTable->setColumnCount(0);
    m_ui->errorTable->setRowCount(0);
    m_ui->errorsPane->hide();
}

void CmdbImportDialog::showPlan()
{
    const Storage::ImportPlan &plan = *m_plan;
    const QString kind =
        plan.kind == Storage::ImportKind::Cis ? tr("configuration items") : tr("relations");
    QString summary =
        tr("%n row(s) of %1: %2 to create, %3 to update, %4 unchanged.", nullptr, int(plan.rows))
            .arg(kind)
            .arg(plan.creates)
            .arg(plan.updates)
            .arg(plan.unchanged);
    if (plan.duplicates > 0)
        summary +=
            u' ' + tr("%n repeated row(s) will be written once.", nullptr, int(plan.duplicates));
    if (!plan.ok())
        summary += u' ' + tr("Nothing can be imported until the errors below are fixed.");
    else if (plan.creates + plan.updates == 0)
        summary += u' ' + tr("The database has everything in this file already.");
    m_ui->summaryLabel->setText(summary);
    showPreview();
    showErrors();
    m_importButton->setEnabled(plan.ok() && plan.creates + plan.updates > 0);
}

void CmdbImportDialog::showPreview()
{
    const Storage::ImportPlan &plan = *m_plan;
    QTableWidget *table = m_ui->previewTable;
    table->clear();
    table->setColumnCount(int(plan.header.size()));
    table->setHorizontalHeaderLabels(plan.header);
    table->setRowCount(int(plan.preview.size()));
    QStringList lines;
    for (int row = 0; row < plan.preview.size(); ++row) {
        const Csv::Record &record = plan.preview.at(row);
        lines << QString::number(record.line);
        for (int column = 0; column < record.fields.size() && column < plan.header.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(record.fields.at(column)));
    }
    // Rows are labelled with their line in the file, which the error list refers to.
    table->setVerticalHeaderLabels(lines);
    table->resizeColumnsToContents();
}

void CmdbImportDialog::showErrors()
{
    const Storage::ImportPlan &plan = *m_plan;
    QTableWidget *table = m_ui->errorTable;
    table->setRowCount(int(plan.errors.size()));
    for (int row = 0; row < plan.errors.size(); ++row) {
        const Storage::ImportError &error = plan.errors.at(row);
        auto *line = new QTableWidgetItem(error.line > 0 ? QString::number(error.line)
                                                         : QStringLiteral("—"));
        line->setData(Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
        table->setItem(row, 0, line);
        table->setItem(row, 1, new QTableWidgetItem(error.column));
        table->setItem(row, 2, new QTableWidgetItem(error.message));
    }
    m_ui->errorsPane->setVisible(!plan.ok());
    const qint64 total = plan.errors.size() + plan.moreErrors;
    m_ui->errorsLabel->setText(
        plan.moreErrors > 0 ? tr("%n error(s); the first %1 are listed:", nullptr, int(total))
                                  .arg(plan.errors.size())
                            : tr("%n error(s):", nullptr, int(total)));
}

void CmdbImportDialog::startImport()
{
    if (!m_plan || !m_plan->ok())
        return;
    m_importButton->setEnabled(false);
    Storage::CmdbImport importer(m_db);
    ImportProgressPopup progress(this, tr("Importing %1…").arg(QFileInfo(m_path).fileName()));
    importer.setProgress(progress.callback());
    auto report = importer.apply(*m_plan, m_actorId);
    if (!report) {
        m_ui->summaryLabel->setText(tr("Nothing was imported: %1").arg(report.error().message));
        m_importButton->setEnabled(true);
        return;
    }
    m_ui->summaryLabel->setText(
        report->kind == Storage::ImportKind::Cis
            ? tr("Imported: %1 configuration items created, %2 updated, %3 unchanged.")
                  .arg(report->created)
                  .arg(report->updated)
                  .arg(report->unchanged)
            : tr("Imported: %1 relations created, %2 present already.")
                  .arg(report->created)
                  .arg(report->unchanged));
    // The plan is spent: importing it again would only find its own rows.
    m_plan.reset();
    emit imported();
}

} // namespace ServiceDeck::Views
