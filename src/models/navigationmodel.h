// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketfilter.h"

#include <QStandardItemModel>

namespace ServiceDeck::Models {

// The navigation tree of the main window: the sections of the program and their entries.
// Only features that work are listed; a section appears when its feature is built.
class NavigationModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum class Entry {
        ActiveTickets,
        Incidents,
        Requests,
        Problems,
        Changes,
        AllTickets,
    };
    Q_ENUM(Entry)

    enum Role {
        EntryRole = Qt::UserRole + 1, // int: Entry; absent on section headings
    };
    Q_ENUM(Role)

    explicit NavigationModel(QObject *parent = nullptr);

    QModelIndex indexOf(Entry entry) const;
    // The entry at an index; nullopt for a section heading or an invalid index.
    static std::optional<Entry> entryAt(const QModelIndex &index);
    // What a ticket list shows for an entry: a kind's entry lists its active tickets.
    static TicketFilter ticketFilter(Entry entry);

private:
    void addEntry(QStandardItem *section, Entry entry, const QString &text,
                  const QString &toolTip);
};

} // namespace ServiceDeck::Models
