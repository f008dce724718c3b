// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/queuequery.h"

#include <QWidget>

#include <functional>

class QCompleter;
class QLabel;
class QStringListModel;
class QTimer;

namespace ServiceDeck::Views {

class FilterLineEdit;

// The filter box above a queue: one line of the queue language, completed as it is typed
// (field names, then the values of the field before the cursor), applied on Enter or after a
// short pause. A parse error is shown under the box at its column and marked in the text.
class QueueFilterEdit : public QWidget
{
    Q_OBJECT

public:
    // Values a field can take that only the database knows (users, groups, CIs).
    using ValueSource = std::function<QStringList(const QString &field)>;

    explicit QueueFilterEdit(QWidget *parent = nullptr);

    FilterLineEdit *lineEdit() const { return m_edit; }
    QString text() const;
    // Shows an expression (of a chosen queue) without applying it.
    void setText(const QString &text);
    void setValueSource(ValueSource source) { m_valueSource = std::move(source); }

    // Parses the text: emits queryApplied, or shows the error and leaves the query as it was.
    void apply();
    bool hasError() const;
    QString errorText() const;
    // Marks [position, position + length) and shows the message under the box (also for errors
    // found after parsing, e.g. by the compiler).
    void showError(int position, int length, const QString &message);

signals:
    void queryApplied(const ServiceDeck::Query::QueueQuery &query, const QString &text);

private:
    void clearError();
    void updateCompletion();
    void insertCompletion(const QString &completion);

    FilterLineEdit *m_edit;
    QLabel *m_errorLabel;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QTimer *m_pause;
    ValueSource m_valueSource;
    QString m_appliedText;
};

} // namespace ServiceDeck::Views
