// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatuswidget.h"

#include "syncstatustext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>

namespace ServiceDeck::Views {

namespace {

// A filled dot in the state's colour, drawn for the screen's pixel ratio.
QPixmap stateDot(const QColor &colour, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(130), 1));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    return pixmap;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatusWidget"));
    m_icon->setObjectName(QStringLiteral("syncStateIcon"));
    m_state->setObjectName(QStringLiteral("syncStateLabel"));
    m_counts->setObjectName(QStringLiteral("syncCountsLabel"));
    for (QLabel *label : {m_state, m_counts})
        label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_state);
    layout->addWidget(m_counts);
    setCursor(Qt::PointingHandCursor);
    // Reachable by Tab for keyboard users, without taking focus from the work on a click.
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Sync status"));
    refresh();
}

QString SyncStatusWidget::text() const
{
    QStringList parts{m_state->text()};
    if (!m_counts->text().isEmpty())
        parts << m_counts->text();
    return parts.join(QStringLiteral(" · "));
}

void SyncStatusWidget::setStatus(const Sync::SyncStatus &status)
{
    m_status = status;
    refresh();
}

void SyncStatusWidget::refresh()
{
    using State = Sync::SyncStatus::State;
    const int size = fontMetrics().height() * 3 / 4;
    m_icon->setPixmap(
        stateDot(SyncStatusText::colour(m_status.state), qMax(size, 8), devicePixelRatioF()));
    m_state->setText(SyncStatusText::state(m_status));
    m_counts->setText(SyncStatusText::counts(m_status).join(QStringLiteral(", ")));
    m_counts->setVisible(!m_counts->text().isEmpty());
    setProperty("syncState", int(m_status.state));

    QStringList tip{tr("Last synced: %1").arg(SyncStatusText::lastSync(m_status))};
    if (!m_status.lastError.isEmpty())
        tip << tr("Last error: %1").arg(m_status.lastError);
    if (m_status.state == State::Offline && m_status.lastError.isEmpty())
        tip << tr("The hub cannot be reached; your changes are kept here until it can.");
    tip << tr("Click for the sync panel.");
    const QString tipText = tip.join(QLatin1Char('\n'));
    setToolTip(tipText);
    setAccessibleDescription(text() + QLatin1Char('\n') + tipText);
}

void SyncStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        event->accept();
        emit panelRequested();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void SyncStatusWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        event->accept();
        emit panelRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        setAccessibleName(tr("Sync status"));
        refresh();
    }
}

} // namespace ServiceDeck::Views
