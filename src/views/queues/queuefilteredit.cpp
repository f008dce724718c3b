// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuefilteredit.h"

#include "filterlineedit.h"
#include "queuecompletion.h"

#include "core/query/queuefields.h"
#include "core/query/queueparser.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QScrollBar>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace ServiceDeck::Views {

namespace {

// A field name is offered after this many letters, so that short words stay plain text.
constexpr int nameCompletionAfter = 2;
constexpr int typingPauseMs = 600;

} // namespace

QueueFilterEdit::QueueFilterEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new FilterLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
    , m_pause(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("queueFilterEdit"));
    m_edit->setPlaceholderText(
        tr("Filter: kind:incident state:new,assigned priority<=2 assignee:me \"vpn\"  (Ctrl+F)"));
    m_edit->setAccessibleName(tr("Queue filter"));
    m_edit->setToolTip(tr("Filter the queue with the queue language; Enter applies it"));
    m_errorLabel->setObjectName(QStringLiteral("queueFilterError"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_errorLabel);

    m_completer->setModel(m_completions);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_edit->setWordCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &completion) { insertCompletion(completion); });

    m_pause->setSingleShot(true);
    m_pause->setInterval(typingPauseMs);
    connect(m_pause, &QTimer::timeout, this, [this] {
        if (m_edit->text() != m_appliedText)
            apply();
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        clearError();
        updateCompletion();
        m_pause->start();
    });
    connect(m_edit, &FilterLineEdit::applyRequested, this, [this] {
        m_pause->stop();
        apply();
    });
}

QString QueueFilterEdit::text() const
{
    return m_edit->text();
}

void QueueFilterEdit::setText(const QString &text)
{
    m_pause->stop();
    clearError();
    m_edit->setText(text);
    m_appliedText = text;
}

void QueueFilterEdit::apply()
{
    const QString text = m_edit->text();
    const Query::ParseResult parsed = Query::parseQueueQuery(text);
    if (!parsed.ok()) {
        showError(parsed.error.position, parsed.error.length, parsed.error.message);
        return;
    }
    clearError();
    m_appliedText = text;
    emit queryApplied(*parsed.query, text);
}

bool QueueFilterEdit::hasError() const
{
    return !m_errorLabel->isHidden();
}

QString QueueFilterEdit::errorText() const
{
    return hasError() ? m_errorLabel->text() : QString();
}

void QueueFilterEdit::showError(int position, int length, const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    m_edit->setProperty("invalid", true);
    m_edit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c62828; "
                                         "background: #fff3f3; }"));
    m_edit->setAccessibleDescription(message);
    if (position >= 0)
        m_edit->setCursorPosition(position);
    m_edit->markError(position, length);
}

void QueueFilterEdit::clearError()
{
    if (!hasError())
        return;
    m_errorLabel->hide();
    m_errorLabel->clear();
    m_edit->setProperty("invalid", false);
    m_edit->setStyleSheet(QString());
    m_edit->setAccessibleDescription(QString());
    m_edit->clearErrorMark();
}

void QueueFilterEdit::updateCompletion()
{
    const CompletionContext context = completionContextAt(m_edit->text(),
                                                          m_edit->cursorPosition());
    QStringList candidates;
    if (context.inQuotes) {
        // Phrases are free text.
    } else if (context.completesValue()) {
        candidates = Query::queueValueSuggestions(context.field);
        if (m_valueSource)
            candidates += m_valueSource(context.field.toLower());
    } else if (context.prefix.size() >= nameCompletionAfter) {
        candidates = Query::queueFieldNames();
    }
    candidates.removeDuplicates();
    if (candidates.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completions->setStringList(candidates);
    m_completer->setCompletionPrefix(context.prefix);
    // A value fully typed needs no popup; neither does a prefix nothing starts with.
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1
            && m_completer->currentCompletion().compare(context.prefix, Qt::CaseInsensitive)
                   == 0)) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_edit->caretRect();
    rect.setWidth(std::max(220, m_completer->popup()->sizeHintForColumn(0)
                                    + m_completer->popup()->verticalScrollBar()->sizeHint().width()));
    m_completer->complete(rect);
}

void QueueFilterEdit::insertCompletion(const QString &completion)
{
    const CompletionContext context = completionContextAt(m_edit->text(),
                                                          m_edit->cursorPosition());
    int cursor = 0;
    const QString text = applyCompletion(m_edit->text(), context, completion, &cursor);
    m_edit->setText(text);
    m_edit->setCursorPosition(cursor);
    m_pause->start();
    if (!context.completesValue())
        QTimer::singleShot(0, this, [this] { updateCompletion(); });
}

} // namespace ServiceDeck::Views
