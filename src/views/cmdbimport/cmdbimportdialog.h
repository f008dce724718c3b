// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cmdbcsv/importplan.h"

#include <QDialog>
#include <QUuid>

#include <memory>
#include <optional>

class QPushButton;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

namespace Ui {
class CmdbImportDialog;
}

// Imports a CSV file of CIs or relations: shows what the file would change and every error with
// its line and column, and imports only a file without errors, with progress and cancel.
class CmdbImportDialog : public QDialog
{
    Q_OBJECT

public:
    CmdbImportDialog(Storage::Database &db, const QUuid &actorId, QWidget *parent = nullptr);
    ~CmdbImportDialog() override;

    // Checks the file and shows the result; what choosing it in the file dialog does.
    void loadFile(const QString &path);
    // The plan of the file shown, if one was checked.
    const Storage::ImportPlan *plan() const { return m_plan ? &*m_plan : nullptr; }

signals:
    void imported();

private:
    void chooseFile();
    void startImport();
    void showPlan();
    void showPreview();
    void showErrors();
    void showFailure(const QString &message);

    std::unique_ptr<Ui::CmdbImportDialog> m_ui;
    Storage::Database &m_db;
    QUuid m_actorId;
    QPushButton *m_importButton = nullptr;
    QString m_path;
    std::optional<Storage::ImportPlan> m_plan;
};

} // namespace ServiceDeck::Views
