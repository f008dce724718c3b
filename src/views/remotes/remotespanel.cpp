// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotespanel.h"

#include "remoteeditor.h"
#include "remoterunner.h"

#include "connectors/remoterun.h"
#include "core/timestamps.h"
#include "storage/database.h"
#include "views/settings/passwordvault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ServiceDeck::Views {

using Connectors::Remote;
using Connectors::RemoteKind;

namespace {

enum Column { NameColumn, KindColumn, AddressColumn, LastSyncColumn, ResultColumn, ErrorsColumn };

QString instantForPeople(const QString &isoUtc)
{
    const QDateTime instant = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!instant.isValid())
        return isoUtc;
    return QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setData(Qt::AccessibleTextRole, text);
    return item;
}

} // namespace

RemotesPanel::RemotesPanel(Storage::Database &db, PasswordVault &vault, RemoteRunner &runner,
                           bool editable, QWidget *parent)
    : QWidget(parent), m_db(db), m_vault(vault), m_runner(runner), m_editable(editable)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("remotesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Address"), tr("Last sync"), tr("Result"), tr("Errors")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Remote services"));
    m_table->setAccessibleDescription(
        tr("Each remote service with its last sync, how it ended and the errors of queued changes"));
    layout->addWidget(m_table, 2);

    auto *buttons = new QHBoxLayout;
    m_syncNow = new QPushButton(tr("&Sync Now"), this);
    m_syncNow->setObjectName(QStringLiteral("remoteSyncNow"));
    m_syncNow->setToolTip(tr("Exchange with the selected remote service now"));
    buttons->addWidget(m_syncNow);
    m_add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("Re&move"), this);
    for (QPushButton *button : {m_add, m_edit, m_remove}) {
        button->setVisible(editable);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_message);

    auto *errorsCaption = new QLabel(tr("Errors of the selected remote (the changes stay queued "
                                        "and are sent again at the next sync):"),
                                     this);
    errorsCaption->setWordWrap(true);
    layout->addWidget(errorsCaption);
    m_errors = new QTableWidget(0, 3, this);
    m_errors->setObjectName(QStringLiteral("remoteErrors"));
    m_errors->setHorizontalHeaderLabels({tr("When"), tr("Attempts"), tr("Error")});
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setWordWrap(true);
    m_errors->setAccessibleName(tr("Remote errors"));
    errorsCaption->setBuddy(m_errors);
    layout->addWidget(m_errors, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RemotesPanel::showErrors);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (m_editable)
            edit(false);
    });
    connect(m_syncNow, &QPushButton::clicked, this, &RemotesPanel::syncSelected);
    connect(m_add, &QPushButton::clicked, this, [this] { edit(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_remove, &QPushButton::clicked, this, &RemotesPanel::removeSelected);
    connect(&m_runner, &RemoteRunner::started, this, [this](const QUuid &) { reload(); });
    connect(&m_runner, &RemoteRunner::finished, this,
            [this](const QUuid &remoteId, bool ok, const QString &message) {
                reload();
                m_message->setText(ok ? tr("Sync finished: %1").arg(message)
                                      : tr("Sync failed: %1").arg(message));
                emit runFinished(remoteId, ok, message);
            });
    reload();
}

void RemotesPanel::reload()
{
    const std::optional<Remote> current = selected();
    Connectors::RemoteRepository remotes(m_db);
    auto listed = remotes.list();
    if (!listed) {
        m_message->setText(listed.error().message);
        return;
    }
    m_remotes = *listed;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_remotes.size()));
    int selectRow = m_remotes.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_remotes.size(); ++row) {
        const Remote &remote = m_remotes.at(row);
        if (current && current->id == remote.id)
            selectRow = row;
        const auto status = Connectors::remoteStatus(m_db, remote.id);
        QString lastSync = tr("never");
        QString result;
        int errors = 0;
        if (status) {
            if (!status->lastRun.isEmpty())
                lastSync = instantForPeople(status->lastRun);
            result = status->lastResult;
            errors = status->errorCount;
        }
        if (m_runner.isRunning(remote.id))
            result = tr("Syncing…");
        else if (!remote.enabled)
            result = tr("Disabled");
        m_table->setItem(row, NameColumn, readOnly(remote.name));
        m_table->setItem(row, KindColumn, readOnly(remote.kind == RemoteKind::CalDav
                                                       ? tr("CalDAV calendar")
                                                       : tr("Request Tracker")));
        m_table->setItem(row, AddressColumn, readOnly(remote.baseUrl.toDisplayString()));
        m_table->setItem(row, LastSyncColumn, readOnly(lastSync));
        auto *resultItem = readOnly(result);
        if (status && status->lastRunFailed)
            resultItem->setData(Qt::AccessibleDescriptionRole, tr("The last sync failed"));
        m_table->setItem(row, ResultColumn, resultItem);
        m_table->setItem(row, ErrorsColumn, readOnly(QLocale().toString(errors)));
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    m_edit->setEnabled(selectRow >= 0);
    m_remove->setEnabled(selectRow >= 0);
    m_syncNow->setEnabled(selectRow >= 0);
    showErrors();
}

std::optional<Remote> RemotesPanel::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_remotes.size())
        return std::nullopt;
    return m_remotes.at(row);
}

void RemotesPanel::selectRemote(const QString &name)
{
    for (int row = 0; row < m_remotes.size(); ++row) {
        if (m_remotes.at(row).name == name)
            m_table->selectRow(row);
    }
}

void RemotesPanel::showErrors()
{
    const std::optional<Remote> remote = selected();
    m_errors->setRowCount(0);
    if (!remote)
        return;
    m_syncNow->setEnabled(remote->enabled && !m_runner.isRunning(remote->id));
    Connectors::RemoteRepository remotes(m_db);
    auto errors = remotes.errors(remote->id);
    if (!errors)
        return;
    m_errors->setRowCount(int(errors->size()));
    for (int row = 0; row < errors->size(); ++row) {
        const Connectors::RemoteError &error = errors->at(row);
        m_errors->setItem(row, 0, readOnly(instantForPeople(error.at)));
        m_errors->setItem(row, 1, readOnly(QLocale().toString(error.attempts)));
        m_errors->setItem(row, 2, readOnly(error.message));
    }
    m_errors->resizeRowsToContents();
}

void RemotesPanel::syncSelected()
{
    if (const std::optional<Remote> remote = selected()) {
        m_message->setText(tr("Syncing %1…").arg(remote->name));
        m_runner.run(*remote);
    }
}

void RemotesPanel::edit(bool add)
{
    Remote remote;
    if (!add) {
        const std::optional<Remote> current = selected();
        if (!current)
            return;
        remote = *current;
    }
    auto *editor = new RemoteEditor(m_db, m_vault, remote, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const QString name = editor->remote().name;
        reload();
        selectRemote(name);
    });
    editor->open();
    emit editorOpened(editor);
}

void RemotesPanel::removeSelected()
{
    const std::optional<Remote> remote = selected();
    if (!remote)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Remote Service"),
        tr("Remove \"%1\"? Its links to remote records and its queued errors are forgotten; the "
           "records themselves stay, here and on the remote.")
            .arg(remote->name));
    if (answer != QMessageBox::Yes)
        return;
    Connectors::RemoteRepository remotes(m_db);
    if (auto removed = remotes.remove(remote->id); !removed) {
        m_message->setText(removed.error().message);
        return;
    }
    m_vault.remove(remote->secretKey());
    reload();
}

} // namespace ServiceDeck::Views
