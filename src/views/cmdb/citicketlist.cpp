// SPDX-License-Identifier: GPL-3.0-or-later
#include "citicketlist.h"

#include "core/priority.h"
#include "core/ticketkind.h"
#include "core/timestamps.h"

#include <QHeaderView>
#include <QLocale>

namespace ServiceDeck::Views {

namespace {

QString plannedWindow(const Storage::CiTicket &ticket)
{
    const auto start = parseIsoInstant(ticket.plannedStart);
    const auto end = parseIsoInstant(ticket.plannedEnd);
    if (!start)
        return {};
    const QLocale locale;
    const QString from = locale.toString(start->toLocalTime(), QLocale::ShortFormat);
    if (!end)
        return from;
    return CiTicketList::tr("%1 – %2").arg(from, locale.toString(end->toLocalTime(),
                                                                 QLocale::ShortFormat));
}

} // namespace

CiTicketList::CiTicketList(QWidget *parent)
    : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHeaderLabels({tr("Number"), tr("Kind"), tr("Title"), tr("State"), tr("Priority"),
                     tr("Planned"), tr("Configuration item")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    setColumnHidden(CiColumn, true);
    setToolTip(tr("Double-click or press Enter to open the ticket"));
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit ticketActivated(item->text(NumberColumn));
    });
}

void CiTicketList::setTickets(const QList<Storage::CiTicket> &tickets,
                              const QHash<QUuid, QString> &ciNames)
{
    clear();
    for (const Storage::CiTicket &ticket : tickets) {
        const auto kind = kindFromName(ticket.kind);
        auto *item = new QTreeWidgetItem(this);
        item->setText(NumberColumn, ticket.number);
        item->setText(KindColumn, kind ? kindLabel(*kind) : ticket.kind);
        item->setText(TitleColumn, ticket.title);
        item->setToolTip(TitleColumn, ticket.title);
        item->setText(StateColumn, stateLabel(ticket.state));
        item->setText(PriorityColumn, ticket.priority > 0 ? priorityLabel(ticket.priority)
                                                           : QString());
        item->setText(WhenColumn, plannedWindow(ticket));
        item->setText(CiColumn, ciNames.value(ticket.ciId));
        item->setData(NumberColumn, Qt::UserRole, QVariant::fromValue(ticket.ticketId));
    }
    setColumnHidden(CiColumn, ciNames.isEmpty());
    for (int column : {NumberColumn, KindColumn, StateColumn, PriorityColumn, WhenColumn})
        resizeColumnToContents(column);
}

QStringList CiTicketList::numbers() const
{
    QStringList result;
    for (int row = 0; row < topLevelItemCount(); ++row)
        result << topLevelItem(row)->text(NumberColumn);
    return result;
}

} // namespace ServiceDeck::Views
