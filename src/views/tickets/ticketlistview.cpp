// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlistview.h"

#include "models/ticketlistmodel.h"

#include "core/ticketkind.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace ServiceDeck::Views {

using Models::TicketListModel;

TicketListView::TicketListView(QWidget *parent)
    : QTableView(parent)
{
    setAlternatingRowColors(true);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setEditTriggers(NoEditTriggers);
    setWordWrap(false);
    setShowGrid(false);
    setSortingEnabled(false); // sorted by the database; sortable queues come with saved queues
    setHorizontalScrollMode(ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void TicketListView::setTicketModel(TicketListModel *model)
{
    setModel(model);
    if (model)
        applyColumnWidths();
}

void TicketListView::applyColumnWidths()
{
    // Widths from the longest text each column usually holds, in the translated language.
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 16;
    };
    const QDateTime late(QDate(2000, 12, 28), QTime(23, 58));
    QHeaderView *header = horizontalHeader();
    header->setMinimumSectionSize(40);
    header->resizeSection(TicketListModel::NumberColumn, width(QStringLiteral("INC0000000")));
    header->resizeSection(TicketListModel::StateColumn, width(stateLabel(u"awaiting_approval")));
    header->resizeSection(TicketListModel::PriorityColumn,
                          std::max(width(QStringLiteral("P5")),
                                   width(model()->headerData(TicketListModel::PriorityColumn,
                                                             Qt::Horizontal)
                                             .toString())));
    header->resizeSection(TicketListModel::KindColumn, width(kindLabel(TicketKind::Request)));
    header->resizeSection(TicketListModel::AssigneeColumn,
                          width(QStringLiteral("Sophie Hartmann")));
    header->resizeSection(TicketListModel::GroupColumn,
                          width(QStringLiteral("Network Operations")));
    header->resizeSection(TicketListModel::UpdatedColumn,
                          width(QLocale().toString(late, QLocale::ShortFormat)));
    header->setSectionResizeMode(TicketListModel::TitleColumn, QHeaderView::Stretch);
}

} // namespace ServiceDeck::Views
