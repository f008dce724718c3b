// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitypage.h"
#include "ui_ticketformactivity.h"

#include "storage/activityrepository.h"

#include "core/timestamps.h"

#include <QLocale>

namespace ServiceDeck::Views {

ActivityPage::ActivityPage(Storage::Database &db, const QUuid &actorId, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ActivityPage>())
    , m_db(db)
    , m_actorId(actorId)
{
    m_ui->setupUi(this);
    m_ui->activityList->header()->setStretchLastSection(true);
    connect(m_ui->addCommentButton, &QPushButton::clicked, this, [this] { addEntry(); });
    connect(m_ui->commentEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_ui->addCommentButton->setEnabled(!m_ui->commentEdit->toPlainText().trimmed().isEmpty()
                                           && !m_ticketId.isNull());
    });
    setTicket({});
}

ActivityPage::~ActivityPage() = default;

void ActivityPage::setTicket(const QUuid &ticketId)
{
    m_ticketId = ticketId;
    const bool saved = !ticketId.isNull();
    m_ui->commentEdit->setEnabled(saved);
    m_ui->commentEdit->setPlaceholderText(
        saved ? tr("Write a comment; with time spent it becomes a worklog entry")
              : tr("Save the ticket first to add comments"));
    m_ui->addCommentButton->setEnabled(saved && hasDraft());
    reload();
}

bool ActivityPage::hasDraft() const
{
    return !m_ui->commentEdit->toPlainText().trimmed().isEmpty();
}

void ActivityPage::reload()
{
    m_ui->activityList->clear();
    if (m_ticketId.isNull())
        return;
    auto entries = Storage::ActivityRepository(m_db).list(m_ticketId);
    if (!entries) {
        emit errorOccurred(entries.error().message);
        return;
    }
    const QLocale locale;
    for (const Storage::ActivityEntry &entry : std::as_const(*entries)) {
        const auto at = parseIsoInstant(entry.at);
        const QString kind = entry.minutes > 0 ? tr("Worklog, %n min", nullptr, entry.minutes)
                                               : tr("Comment");
        auto *item = new QTreeWidgetItem(
            m_ui->activityList,
            {at ? locale.toString(at->toLocalTime(), QLocale::ShortFormat) : entry.at,
             entry.author, kind, entry.internal ? tr("Internal") : tr("Public"), entry.text});
        item->setToolTip(4, entry.text);
        item->setData(0, Qt::UserRole, entry.id);
    }
    for (int column = 0; column < 4; ++column)
        m_ui->activityList->resizeColumnToContents(column);
    if (m_ui->activityList->topLevelItemCount() > 0)
        m_ui->activityList->scrollToBottom();
}

void ActivityPage::addEntry()
{
    if (m_ticketId.isNull() || !hasDraft())
        return;
    auto added = Storage::ActivityRepository(m_db).add(m_ticketId,
                                                       m_ui->commentEdit->toPlainText().trimmed(),
                                                       m_ui->internalCheck->isChecked(),
                                                       m_ui->minutesSpin->value(), m_actorId);
    if (!added) {
        emit errorOccurred(added.error().message);
        return;
    }
    m_ui->commentEdit->clear();
    m_ui->minutesSpin->setValue(0);
    reload();
    emit this->added();
}

} // namespace ServiceDeck::Views
