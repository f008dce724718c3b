// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cmdb/citickets.h"

#include <QHash>
#include <QTreeWidget>

namespace ServiceDeck::Views {

// Open incidents and problems and scheduled changes on CIs, one per row; activating a row asks
// to open the ticket. With CI names given, a column says which CI each ticket was found on.
class CiTicketList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { NumberColumn, KindColumn, TitleColumn, StateColumn, PriorityColumn,
                  WhenColumn, CiColumn, ColumnCount };

    explicit CiTicketList(QWidget *parent = nullptr);

    // `ciNames` fills the CI column; empty hides it (the list of one CI).
    void setTickets(const QList<Storage::CiTicket> &tickets,
                    const QHash<QUuid, QString> &ciNames = {});
    QStringList numbers() const;

signals:
    void ticketActivated(const QString &number);
};

} // namespace ServiceDeck::Views
