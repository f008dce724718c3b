// SPDX-License-Identifier: GPL-3.0-or-later
#include "sladelegate.h"

#include "models/queuemodel.h"

#include <QAbstractItemView>
#include <QApplication>

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace ServiceDeck::Views {

QColor SlaDelegate::slaColor(const QString &slaState)
{
    if (slaState == u"ok")
        return QColor(0x2e, 0x7d, 0x32);
    if (slaState == u"warning")
        return QColor(0xf5, 0x9e, 0x0b);
    if (slaState == u"breached")
        return QColor(0xd3, 0x2f, 0x2f);
    return QColor(0x9e, 0x9e, 0x9e);
}

QString SlaDelegate::slaStateText(const QString &slaState)
{
    if (slaState == u"ok")
        return tr("SLA on track");
    if (slaState == u"warning")
        return tr("SLA at risk");
    if (slaState == u"breached")
        return tr("SLA breached");
    if (slaState == u"paused")
        return tr("SLA paused");
    return tr("No SLA");
}

void SlaDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    const QString slaState = index.data(Models::QueueModel::SlaStateRole).toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (slaState.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QColor color = slaColor(slaState);
    if (slaState == u"breached" && !(opt.state & QStyle::State_Selected))
        opt.palette.setColor(QPalette::Text, color.darker(110));
    // Leave room for the bar under the text.
    const int barHeight = 3;
    opt.rect.adjust(0, -1, 0, -barHeight - 1);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = {};
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    opt.backgroundBrush = Qt::NoBrush;
    opt.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double used = std::clamp(index.data(Models::QueueModel::SlaUsedShareRole).toDouble(),
                                   0.0, 1.0);
    const QRect track(option.rect.left() + 4, option.rect.bottom() - barHeight - 1,
                      option.rect.width() - 8, barHeight);
    painter->save();
    QColor trackColor = color;
    trackColor.setAlpha(45);
    painter->fillRect(track, trackColor);
    QRect bar = track;
    bar.setWidth(slaState == u"breached" ? track.width() : int(track.width() * used));
    painter->fillRect(bar, color);
    painter->restore();
}

bool SlaDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                            const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QString slaState = index.data(Models::QueueModel::SlaStateRole).toString();
        const QString text = index.data(Qt::DisplayRole).toString();
        const double used = index.data(Models::QueueModel::SlaUsedShareRole).toDouble();
        QString tip = slaStateText(slaState);
        if (!slaState.isEmpty())
            tip = tr("%1: %2 (%3 % of the target used)")
                      .arg(tip, text)
                      .arg(qRound(used * 100));
        QToolTip::showText(event->globalPos(), tip, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace ServiceDeck::Views
