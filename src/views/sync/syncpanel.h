// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/synccontroller.h"

#include <QDialog>
#include <QUuid>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

namespace Ui {
class SyncPanel;
}

// Cached mode at a glance: the hub, how the last sync went, the recent errors and the changes
// made here that still wait for the hub (read from the replica's outbox). "Sync Now" asks for a
// sync; "Conflicts…" opens the conflict dialog on the same replica.
class SyncPanel : public QDialog
{
    Q_OBJECT

public:
    // `db`: the replica the UI works on; `actorId`: who resolves conflicts.
    SyncPanel(Storage::Database &db, const QUuid &actorId, QWidget *parent = nullptr);
    ~SyncPanel() override;

    // How many of the waiting changes the outbox table shows at most.
    static constexpr int outboxLimit = 500;

public slots:
    // Shows the status and reads the outbox again.
    void setStatus(const ServiceDeck::Sync::SyncStatus &status);
    void reloadOutbox();
    // Shows the remote services (their status, errors and "Sync Now") below the hub's.
    void setRemotesPanel(QWidget *panel);

signals:
    void syncNowRequested();
    // A conflict was resolved in the dialog the panel opened: counts need refreshing.
    void conflictsResolved();

private:
    void showStatus();
    void openConflicts();

    std::unique_ptr<Ui::SyncPanel> m_ui;
    Storage::Database &m_db;
    QUuid m_actorId;
    Sync::SyncStatus m_status;
};

} // namespace ServiceDeck::Views
