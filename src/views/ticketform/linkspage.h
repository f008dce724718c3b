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
class LinksPage;
}

// The Links tab of a ticket form: related tickets in both directions (an incident caused by a
// problem, a duplicate, a change that solved it) and a row to add a link by ticket number.
class LinksPage : public QWidget
{
    Q_OBJECT

public:
    LinksPage(Storage::Database &db, const QUuid &actorId, QWidget *parent = nullptr);
    ~LinksPage() override;

    void setTicket(const QUuid &ticketId);
    void reload();

    // How a link reads from the side of this ticket ("caused by", or "causes" seen from the
    // other end).
    static QString relationLabel(const QString &type, bool outgoing);

signals:
    void errorOccurred(const QString &message);
    void openTicketRequested(const QString &number);

private:
    void addLink();

    std::unique_ptr<Ui::LinksPage> m_ui;
    Storage::Database &m_db;
    QUuid m_actorId;
    QUuid m_ticketId;
};

} // namespace ServiceDeck::Views
