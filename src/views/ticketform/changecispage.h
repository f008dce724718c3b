// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldpage.h"

#include <QList>
#include <QUuid>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

namespace Ui {
class ChangeCisPage;
}

// The Affected CIs tab of a change: the configuration items it touches, added from a CMDB
// search and removed from the list. Edits the `cis` field, saved with the rest of the form.
class ChangeCisPage : public FieldPage
{
    Q_OBJECT

public:
    explicit ChangeCisPage(Storage::Database &db, QWidget *parent = nullptr);
    ~ChangeCisPage() override;

    void setKind(TicketKind kind) override;
    void setValues(const QMap<QString, QString> &fields) override;
    QStringList fields() const override;
    QString value(const QString &field) const override;

    QStringList ciNames() const;
    QList<QUuid> ciIds() const; // of the listed CIs that the CMDB knows
    // Opens the CMDB search; the chosen CIs join the list.
    void addCis();
    void removeSelected();

private:
    void addRow(const QUuid &id, const QString &name, const QString &ciClass,
                const QString &status);
    void updateButtons();

    std::unique_ptr<Ui::ChangeCisPage> m_ui;
    Storage::Database &m_db;
    TicketKind m_kind = TicketKind::Change;
};

} // namespace ServiceDeck::Views
