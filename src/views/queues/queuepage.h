// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bulkticketupdate.h"

#include "core/query/queuequery.h"
#include "storage/savedqueuerepository.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace ServiceDeck::Models {
class QueueModel;
}

namespace ServiceDeck::Views {

class QueueFilterEdit;
class QueueTableView;
class QueueValueSource;

// One queue at work: its filter box over its table. Shows a saved queue (expression, columns,
// sort), filters as the person types, remembers the columns and sort chosen for the queue, and
// applies bulk assignment and state changes to the selected tickets.
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    QueuePage(Storage::Database &db, const QUuid &actorId, QWidget *parent = nullptr);
    ~QueuePage() override;

    Models::QueueModel *model() const { return m_model; }
    QueueTableView *table() const { return m_table; }
    QueueFilterEdit *filterEdit() const { return m_filter; }

    void showQueue(const Storage::SavedQueue &queue);
    std::optional<Storage::SavedQueue> shownQueue() const { return m_queue; }
    // The expression in the filter box as last applied.
    QString appliedFilter() const { return m_appliedFilter; }

    // Reads the queue again from the database.
    void refresh();
    // Dialogs: choose a person / a state, then apply it to every selected ticket.
    void assignSelected();
    void moveSelected();
    // Without a dialog; reports refusals per ticket in one message.
    BulkTicketUpdate::Outcome applyToSelected(const QString &field, const QString &value);

signals:
    void ticketActivated(const QString &number);
    void queueViewSaved(const ServiceDeck::Storage::SavedQueue &queue);
    // Tickets were changed here (bulk work): counts elsewhere are stale.
    void ticketsChanged();
    void statusMessage(const QString &message);

private:
    void applyQuery(const Query::QueueQuery &query, const QString &text);
    void rememberView();
    void showTableMenu(const QPoint &pos);
    void reportOutcome(const QString &title, const BulkTicketUpdate::Outcome &outcome);

    Storage::Database &m_db;
    QUuid m_actorId;
    Models::QueueModel *m_model;
    QLabel *m_title;
    QueueFilterEdit *m_filter;
    QueueTableView *m_table;
    std::unique_ptr<QueueValueSource> m_values;
    std::optional<Storage::SavedQueue> m_queue;
    QString m_appliedFilter;
    bool m_showing = false;
};

} // namespace ServiceDeck::Views
