// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/conflictrepository.h"

#include <QDialog>
#include <QList>
#include <QUuid>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

namespace Ui {
class ConflictDialog;
}

// The replica's open sync conflicts: a list on the left and, for the one selected, what each
// side did and the ways to settle it (keep mine, take theirs, or for a field a value of one's
// own). A resolution is written like any edit, so it waits in the outbox and reaches the hub.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(Storage::Database &db, const QUuid &actorId, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    // Reads the open conflicts again, keeping the selection where it can.
    void reload();

signals:
    // A conflict was resolved: the replica holds a new op, and one conflict fewer.
    void resolved();

private:
    void showConflict(int row);
    void resolve(Sync::ConflictRepository::Take take);
    bool multiLine(const Sync::Conflict &conflict) const;

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    Storage::Database &m_db;
    QUuid m_actorId;
    QList<Sync::Conflict> m_conflicts; // in list order
};

} // namespace ServiceDeck::Views
