// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace ServiceDeck::Models {
class QueueModel;
}

namespace ServiceDeck::Views {

class PriorityDelegate;
class SlaDelegate;
class StateDelegate;

// The table of a queue: sorted by clicking any header (in the database), columns chosen from
// the header's context menu, several rows selectable for bulk work; Enter or a double-click
// opens the ticket.
class QueueTableView : public QTableView
{
    Q_OBJECT

public:
    explicit QueueTableView(QWidget *parent = nullptr);

    // The model stays owned by the caller.
    void setQueueModel(Models::QueueModel *model);
    Models::QueueModel *queueModel() const { return m_model; }

    // Shows the sort indicator for the model's first sort key without sorting again.
    void showSortIndicator();
    // Ticket numbers of the selected rows, in row order.
    QStringList selectedNumbers() const;
    // The menu of columns the header offers (built on demand; for tests and the menu bar).
    QMenu *createColumnMenu(QWidget *parent);

signals:
    void ticketActivated(const QString &number);
    // The person changed the columns or the sort: worth remembering for the queue.
    void viewChanged();

private:
    void applyColumnLayout();
    void toggleColumn(const QString &field, bool shown);

    Models::QueueModel *m_model = nullptr;
    PriorityDelegate *m_priorityDelegate;
    StateDelegate *m_stateDelegate;
    SlaDelegate *m_slaDelegate;
    bool m_settingIndicator = false;
};

} // namespace ServiceDeck::Views
