// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationmodel.h"

namespace ServiceDeck::Models {

NavigationModel::NavigationModel(QObject *parent)
    : QStandardItemModel(parent)
{
    auto *tickets = new QStandardItem(tr("Tickets"));
    tickets->setFlags(Qt::ItemIsEnabled);
    tickets->setToolTip(tr("Incidents, service requests, problems and changes"));
    appendRow(tickets);

    addEntry(tickets, Entry::ActiveTickets, tr("All active tickets"),
             tr("Tickets of every kind that still need work"));
    addEntry(tickets, Entry::Incidents, tr("Incidents"), tr("Active incidents"));
    addEntry(tickets, Entry::Requests, tr("Service requests"), tr("Active service requests"));
    addEntry(tickets, Entry::Problems, tr("Problems"), tr("Active problems"));
    addEntry(tickets, Entry::Changes, tr("Changes"), tr("Active changes"));
    addEntry(tickets, Entry::AllTickets, tr("All tickets"),
             tr("Every ticket, including resolved and closed ones"));
}

void NavigationModel::addEntry(QStandardItem *section, Entry entry, const QString &text,
                               const QString &toolTip)
{
    auto *item = new QStandardItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(toolTip);
    item->setData(static_cast<int>(entry), EntryRole);
    section->appendRow(item);
}

QModelIndex NavigationModel::indexOf(Entry entry) const
{
    const QModelIndexList found =
        match(index(0, 0), EntryRole, static_cast<int>(entry), 1,
              Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.constFirst();
}

std::optional<NavigationModel::Entry> NavigationModel::entryAt(const QModelIndex &index)
{
    const QVariant value = index.data(EntryRole);
    if (!value.isValid())
        return std::nullopt;
    return static_cast<Entry>(value.toInt());
}

TicketFilter NavigationModel::ticketFilter(Entry entry)
{
    switch (entry) {
    case Entry::ActiveTickets: return {std::nullopt, true};
    case Entry::Incidents: return {TicketKind::Incident, true};
    case Entry::Requests: return {TicketKind::Request, true};
    case Entry::Problems: return {TicketKind::Problem, true};
    case Entry::Changes: return {TicketKind::Change, true};
    case Entry::AllTickets: return {std::nullopt, false};
    }
    return {};
}

} // namespace ServiceDeck::Models
