// SPDX-License-Identifier: GPL-3.0-or-later
#include "prioritydelegate.h"

#include "models/queuemodel.h"

#include <QApplication>
#include <QPainter>

namespace ServiceDeck::Views {

QColor PriorityDelegate::chipColor(int priority)
{
    switch (priority) {
    case 1: return QColor(0xd3, 0x2f, 0x2f);
    case 2: return QColor(0xef, 0x6c, 0x00);
    case 3: return QColor(0xf9, 0xa8, 0x25);
    case 4: return QColor(0x19, 0x76, 0xd2);
    default: return QColor(0x9e, 0x9e, 0x9e);
    }
}

void PriorityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    bool ok = false;
    const int priority = index.data(Models::QueueModel::PriorityRole).toInt(&ok);
    if (!ok || priority < 1) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString label = QStringLiteral("P%1").arg(priority);
    const QFontMetrics metrics(opt.font);
    const int height = std::min(opt.rect.height() - 4, metrics.height() + 2);
    const int width = metrics.horizontalAdvance(label) + 12;
    const QRect chip(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const QColor color = chipColor(priority);
    painter->setBrush(color);
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    QFont font = opt.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(priority == 3 ? QColor(0x33, 0x33, 0x33) : QColor(Qt::white));
    painter->drawText(chip, Qt::AlignCenter, label);
    painter->restore();
}

QSize PriorityDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(
                                             QStringLiteral("P5")) + 24));
    return size;
}

} // namespace ServiceDeck::Views
