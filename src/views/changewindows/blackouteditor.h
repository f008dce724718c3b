// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/changewindows/windowrepository.h"

#include "core/directory.h"

#include <QDialog>

#include <memory>

class QTimer;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views::Internal {

namespace Ui {
class BlackoutEditor;
}

// Creates or edits one freeze: name, start and end in local time, and whether it is global or
// scoped to CIs found by name. Saving writes through the repository and keeps the editor open
// with the repository's message when it refuses.
class BlackoutEditor : public QDialog
{
    Q_OBJECT

public:
    // A null blackout id creates a new freeze.
    BlackoutEditor(Storage::Database &db, const User &actor,
                   const Storage::StoredBlackout &blackout, QWidget *parent = nullptr);
    ~BlackoutEditor() override;

    // The freeze as saved, once the editor was accepted.
    const Storage::StoredBlackout &saved() const { return m_saved; }

    void accept() override;

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void search();
    void addSelected();
    void removeSelected();
    void addScopeItem(const Storage::ScopeCi &ci);
    void updateScopeState();
    Storage::StoredBlackout edited() const;

    std::unique_ptr<Ui::BlackoutEditor> m_ui;
    Storage::Database &m_db;
    User m_actor;
    Storage::StoredBlackout m_saved;
    QTimer *m_searchTimer = nullptr;
};

} // namespace ServiceDeck::Views::Internal
