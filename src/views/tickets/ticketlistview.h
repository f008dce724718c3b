// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace ServiceDeck::Models {
class TicketListModel;
}

namespace ServiceDeck::Views {

// A plain table of tickets over a TicketListModel; rows load as it scrolls.
class TicketListView : public QTableView
{
    Q_OBJECT

public:
    explicit TicketListView(QWidget *parent = nullptr);

    // The model stays owned by the caller.
    void setTicketModel(Models::TicketListModel *model);

private:
    void applyColumnWidths();
};

} // namespace ServiceDeck::Views
