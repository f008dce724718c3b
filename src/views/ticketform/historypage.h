// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

namespace Ui {
class HistoryPage;
}

class ReferenceLookup;

// The History tab of a ticket form, read from the journal: who changed which field when, old →
// new, newest first, with users, groups and CIs shown by name rather than by id.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    HistoryPage(Storage::Database &db, ReferenceLookup &lookup, QWidget *parent = nullptr);
    ~HistoryPage() override;

    void setTicket(const QUuid &ticketId);
    void reload();

signals:
    void errorOccurred(const QString &message);

private:
    QString displayValue(const QString &field, const QString &stored) const;

    std::unique_ptr<Ui::HistoryPage> m_ui;
    Storage::Database &m_db;
    ReferenceLookup &m_lookup;
    QUuid m_ticketId;
};

} // namespace ServiceDeck::Views
