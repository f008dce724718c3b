// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cirepository.h"

#include <QDialog>
#include <QList>
#include <QSet>
#include <QUuid>

#include <memory>

class QTimer;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

namespace Ui {
class CiPickerDialog;
}

// Picks configuration items from the CMDB: the text typed searches names, classes and
// attribute values in the database (a page of matches, never the whole CMDB); one or more rows
// are chosen.
class CiPickerDialog : public QDialog
{
    Q_OBJECT

public:
    // CIs in `present` are listed but cannot be chosen again.
    CiPickerDialog(Storage::Database &db, const QSet<QUuid> &present, QWidget *parent = nullptr);
    ~CiPickerDialog() override;

    // Runs the search for the text now rather than after the typing pause.
    void search(const QString &text);
    // The rows chosen, in list order.
    QList<Storage::CiSummary> chosen() const;

private:
    void updateOk();

    std::unique_ptr<Ui::CiPickerDialog> m_ui;
    Storage::Database &m_db;
    QSet<QUuid> m_present;
    QList<Storage::CiSummary> m_results;
    QTimer *m_typing = nullptr;
};

} // namespace ServiceDeck::Views
