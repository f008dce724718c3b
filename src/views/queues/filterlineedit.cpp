// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterlineedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QTextCharFormat>

namespace ServiceDeck::Views {

FilterLineEdit::FilterLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
}

void FilterLineEdit::keyPressEvent(QKeyEvent *event)
{
    const bool popupOpen = m_completer && m_completer->popup()
                           && m_completer->popup()->isVisible();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (popupOpen && m_completer->popup()->currentIndex().isValid()) {
            // The completer inserts the chosen entry.
            event->ignore();
            return;
        }
        if (popupOpen)
            m_completer->popup()->hide();
        emit applyRequested();
        event->accept();
        return;
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        if (popupOpen) {
            event->ignore();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void FilterLineEdit::markError(int position, int length)
{
    // QLineEdit draws formats only through input method attributes, relative to the cursor.
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
    format.setForeground(QColor(0xc6, 0x28, 0x28));
    const int start = std::clamp(position, 0, int(text().size()));
    const int span = std::max(1, std::min(length, int(text().size()) - start));
    const QList<QInputMethodEvent::Attribute> attributes = {
        {QInputMethodEvent::TextFormat, start - cursorPosition(), span, format}};
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
    m_marked = true;
}

void FilterLineEdit::clearErrorMark()
{
    if (!m_marked)
        return;
    QInputMethodEvent event(QString(), {});
    QCoreApplication::sendEvent(this, &event);
    m_marked = false;
}

} // namespace ServiceDeck::Views
