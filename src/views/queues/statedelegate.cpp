// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedelegate.h"

#include "models/queuemodel.h"

#include <QApplication>
#include <QPainter>

namespace ServiceDeck::Views {

QColor StateDelegate::stateColor(const QString &state)
{
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("new"), QColor(0x15, 0x65, 0xc0)},
        {QStringLiteral("draft"), QColor(0x15, 0x65, 0xc0)},
        {QStringLiteral("assigned"), QColor(0x00, 0x83, 0x8f)},
        {QStringLiteral("in_progress"), QColor(0x00, 0x83, 0x8f)},
        {QStringLiteral("investigating"), QColor(0x00, 0x83, 0x8f)},
        {QStringLiteral("fulfilling"), QColor(0x00, 0x83, 0x8f)},
        {QStringLiteral("assessing"), QColor(0x00, 0x83, 0x8f)},
        {QStringLiteral("implementing"), QColor(0x00, 0x83, 0x8f)},
        {QStringLiteral("scheduled"), QColor(0x5e, 0x35, 0xb1)},
        {QStringLiteral("approved"), QColor(0x5e, 0x35, 0xb1)},
        {QStringLiteral("known_error"), QColor(0x6d, 0x4c, 0x41)},
        {QStringLiteral("review"), QColor(0x6d, 0x4c, 0x41)},
        {QStringLiteral("pending"), QColor(0xb2, 0x6a, 0x00)},
        {QStringLiteral("awaiting_approval"), QColor(0xb2, 0x6a, 0x00)},
        {QStringLiteral("resolved"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("fulfilled"), QColor(0x2e, 0x7d, 0x32)},
    };
    return colors.value(state, QColor(0x75, 0x75, 0x75));
}

void StateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QString state = index.data(Models::QueueModel::StateRole).toString();
    if (state.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor color = stateColor(state);
    const QFontMetrics metrics(opt.font);
    const int height = std::min(opt.rect.height() - 4, metrics.height() + 2);
    const int width = std::min(opt.rect.width() - 8, metrics.horizontalAdvance(text) + 20);
    const QRect pill(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor tint = color;
    tint.setAlpha(opt.state & QStyle::State_Selected ? 70 : 34);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tint);
    painter->drawRoundedRect(pill, 4, 4);
    painter->setPen(opt.state & QStyle::State_Selected
                        ? opt.palette.color(QPalette::HighlightedText)
                        : color.darker(115));
    painter->setFont(opt.font);
    painter->drawText(pill.adjusted(7, 0, -5, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, pill.width() - 12));
    painter->restore();
}

} // namespace ServiceDeck::Views
