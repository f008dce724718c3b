// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QCompleter;

namespace ServiceDeck::Views {

// The line of the filter box: Enter applies the filter unless a completion is being chosen in
// the popup, and a span of the text can be marked as the place of a parse error.
class FilterLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit FilterLineEdit(QWidget *parent = nullptr);

    // The completer that offers names and values; not installed with setCompleter(), which
    // would replace the whole line instead of the word under the cursor.
    void setWordCompleter(QCompleter *completer) { m_completer = completer; }

    // Underlines [position, position + length) with a red wave; length 0 marks one character.
    void markError(int position, int length);
    void clearErrorMark();
    // Where the text cursor is drawn, for placing the completion popup.
    QRect caretRect() const { return cursorRect(); }

signals:
    void applyRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QCompleter *m_completer = nullptr;
    bool m_marked = false;
};

} // namespace ServiceDeck::Views
