// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ServiceDeck::Views {

// SLA time left as text over a thin bar of the share used, coloured by the SLA state: ok green,
// warning amber, breached red, paused grey. The cell's text (what screen readers read) stays the
// model's; the tooltip spells out the state.
class SlaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor slaColor(const QString &slaState);
    static QString slaStateText(const QString &slaState);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace ServiceDeck::Views
