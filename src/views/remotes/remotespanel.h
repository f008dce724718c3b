// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/remote/remoterepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

class PasswordVault;
class RemoteRunner;

// The remote services of this database: per remote its kind, address, last sync and how it
// ended, and the errors recorded against queued ops; "Sync Now" runs the selected one in the
// background. Editable (settings, administrators): add, edit with its mappings, remove, test.
class RemotesPanel : public QWidget
{
    Q_OBJECT

public:
    RemotesPanel(Storage::Database &db, PasswordVault &vault, RemoteRunner &runner,
                 bool editable, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QTableWidget *errorTable() const { return m_errors; }
    QPushButton *syncNowButton() const { return m_syncNow; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *messageLabel() const { return m_message; }

    void selectRemote(const QString &name);

public slots:
    void reload();

signals:
    // Opens the editor; tests answer it (see RemoteEditor), the panel saves what it accepts.
    void editorOpened(QDialog *editor);
    // A run ended (after the table was refreshed).
    void runFinished(const QUuid &remoteId, bool ok, const QString &message);

private:
    void edit(bool add);
    void removeSelected();
    void syncSelected();
    void showErrors();
    std::optional<Connectors::Remote> selected() const;

    Storage::Database &m_db;
    PasswordVault &m_vault;
    RemoteRunner &m_runner;
    bool m_editable;
    QList<Connectors::Remote> m_remotes;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_errors = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ServiceDeck::Views
