// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/remote/remoterepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

class PasswordVault;

// Adds or edits one remote service: where it is, how to sign in (the token or password goes to
// the keychain, never into the database), the CA to trust, and what it maps: for Request
// Tracker the RT queues and the ServiceDeck group and kind each one feeds; for a CalDAV calendar
// how far back and ahead the published schedule reaches.
class RemoteEditor : public QDialog
{
    Q_OBJECT

public:
    RemoteEditor(Storage::Database &db, PasswordVault &vault, const Connectors::Remote &remote,
                 QWidget *parent = nullptr);

    // The remote as edited (valid after accept()).
    const Connectors::Remote &remote() const { return m_remote; }
    // The secret typed in (empty: keep the stored one).
    QString secret() const;

    void accept() override;

    // The widgets, for tests.
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QTableWidget *queueTable() const { return m_queues; }
    QLabel *errorLabel() const { return m_error; }
    void testConnection();

private:
    void build();
    void load();
    void kindChanged();
    void addQueueRow(const QString &queue, const QString &group, const QString &kind);
    bool collect(Connectors::Remote &remote, QString &error) const;

    Storage::Database &m_db;
    PasswordVault &m_vault;
    Connectors::Remote m_remote;
    QStringList m_groups;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_enabled = nullptr;
    QStackedWidget *m_kindPages = nullptr;
    QTableWidget *m_queues = nullptr;
    QSpinBox *m_daysBack = nullptr;
    QSpinBox *m_daysAhead = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ServiceDeck::Views
