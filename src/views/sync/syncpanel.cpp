// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpanel.h"
#include "ui_syncpanel.h"

#include "conflictdialog.h"
#include "outboxtext.h"
#include "syncstatustext.h"

#include "storage/database.h"
#include "sync/outbox.h"
#include "sync/syncstate.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QVBoxLayout>
#include <QPushButton>

#include <limits>

namespace ServiceDeck::Views {

namespace {

enum OutboxColumn { OutboxTime, OutboxAction, OutboxRecord, OutboxChanges, OutboxColumns };

} // namespace

SyncPanel::SyncPanel(Storage::Database &db, const QUuid &actorId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SyncPanel>())
    , m_db(db)
    , m_actorId(actorId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("syncPanel"));
    QTableWidget *table = m_ui->outboxTable;
    table->setColumnCount(OutboxColumns);
    table->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Record"), tr("Changes")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->syncNowButton, &QPushButton::clicked, this, [this] { emit syncNowRequested(); });
    connect(m_ui->conflictsButton, &QPushButton::clicked, this, [this] { openConflicts(); });

    auto hub = Sync::SyncState(m_db).value(Sync::StateKey::hub);
    m_ui->hubLabel->setText(!hub             ? hub.error().message
                            : hub->isEmpty() ? tr("Not synced yet")
                                             : *hub);
    showStatus();
    reloadOutbox();
}

SyncPanel::~SyncPanel() = default;

void SyncPanel::setStatus(const Sync::SyncStatus &status)
{
    // A first download reports progress often; the outbox is read again only when it may
    // have changed.
    const bool outboxMoved =
        status.state != m_status.state || status.pendingOps != m_status.pendingOps ||
        status.openConflicts != m_status.openConflicts || status.lastSync != m_status.lastSync;
    m_status = status;
    showStatus();
    if (outboxMoved)
        reloadOutbox();
}

void SyncPanel::showStatus()
{
    using State = Sync::SyncStatus::State;
    QStringList state{SyncStatusText::state(m_status)};
    state << SyncStatusText::counts(m_status);
    m_ui->stateLabel->setText(state.join(QStringLiteral(" · ")));
    QPalette palette = m_ui->stateLabel->palette();
    palette.setColor(QPalette::WindowText, m_status.state == State::Failed
                                               ? SyncStatusText::colour(State::Failed)
                                               : this->palette().color(QPalette::WindowText));
    m_ui->stateLabel->setPalette(palette);
    m_ui->lastSyncLabel->setText(SyncStatusText::lastSync(m_status));

    const bool downloading = m_status.downloadTotal > 0;
    m_ui->downloadProgress->setVisible(downloading);
    if (downloading) {
        // QProgressBar counts in int; records beyond that are shown in thousands.
        const qint64 scale = m_status.downloadTotal > std::numeric_limits<int>::max() ? 1000 : 1;
        m_ui->downloadProgress->setRange(0, int(m_status.downloadTotal / scale));
        m_ui->downloadProgress->setValue(int(m_status.downloadDone / scale));
    }

    m_ui->errorList->clear();
    QStringList errors = m_status.recentErrors;
    if (errors.isEmpty() && !m_status.lastError.isEmpty())
        errors << m_status.lastError;
    if (errors.isEmpty())
        errors << tr("No errors.");
    m_ui->errorList->addItems(errors);
    m_ui->syncNowButton->setEnabled(m_status.state != State::Syncing);
    m_ui->conflictsButton->setText(m_status.openConflicts > 0
                                       ? tr("&Conflicts (%1)…").arg(m_status.openConflicts)
                                       : tr("&Conflicts…"));
}

void SyncPanel::reloadOutbox()
{
    QTableWidget *table = m_ui->outboxTable;
    table->setRowCount(0);
    auto pushed = Sync::SyncState(m_db).number(Sync::StateKey::pushSeq);
    if (!pushed) {
        m_ui->outboxLabel->setText(pushed.error().message);
        return;
    }
    Sync::Outbox outbox(m_db);
    auto ops = outbox.pending(*pushed, outboxLimit);
    if (!ops) {
        m_ui->outboxLabel->setText(ops.error().message);
        return;
    }
    OutboxText text(m_db);
    table->setRowCount(int(ops->size()));
    for (int row = 0; row < ops->size(); ++row) {
        const Sync::OutboxOp &op = ops->at(row);
        const QString changes = OutboxText::changes(op.op);
        const QStringList cells{SyncStatusText::localTime(op.at), OutboxText::action(op.op.action),
                                text.record(op.op), changes};
        for (int column = 0; column < OutboxColumns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(OutboxText::details(op.op));
            table->setItem(row, column, item);
        }
    }
    if (ops->isEmpty()) {
        m_ui->outboxLabel->setText(tr("Nothing is waiting: every change made here has reached "
                                      "the hub."));
    } else if (auto total = outbox.pendingCount(*pushed); !total) {
        m_ui->outboxLabel->setText(total.error().message);
    } else if (*total <= ops->size()) {
        m_ui->outboxLabel->setText(tr("%n change(s) waiting.", nullptr, int(ops->size())));
    } else {
        m_ui->outboxLabel->setText(
            tr("The first %1 of %2 changes waiting.").arg(ops->size()).arg(*total));
    }
}

void SyncPanel::setRemotesPanel(QWidget *panel)
{
    auto *group = new QGroupBox(tr("Remote services"), m_ui->splitter);
    group->setObjectName(QStringLiteral("remotesGroup"));
    auto *layout = new QVBoxLayout(group);
    panel->setParent(group);
    layout->addWidget(panel);
    m_ui->splitter->addWidget(group);
}

void SyncPanel::openConflicts()
{
    ConflictDialog dialog(m_db, m_actorId, this);
    connect(&dialog, &ConflictDialog::resolved, this, [this] {
        reloadOutbox();
        emit conflictsResolved();
    });
    dialog.exec();
}

} // namespace ServiceDeck::Views
