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
class ActivityPage;
}

// The Activity tab of a ticket form: comments and worklog, oldest first, and a box to add one
// (internal or public; with time spent it is a worklog entry).
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    ActivityPage(Storage::Database &db, const QUuid &actorId, QWidget *parent = nullptr);
    ~ActivityPage() override;

    void setTicket(const QUuid &ticketId); // a null id: a ticket not saved yet
    void reload();
    // Whether the comment box holds text not added yet.
    bool hasDraft() const;

signals:
    void errorOccurred(const QString &message);
    void added();

private:
    void addEntry();

    std::unique_ptr<Ui::ActivityPage> m_ui;
    Storage::Database &m_db;
    QUuid m_actorId;
    QUuid m_ticketId;
};

} // namespace ServiceDeck::Views
