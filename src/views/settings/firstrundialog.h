// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/connectionprofile.h"

#include <QDialog>

#include <memory>

namespace ServiceDeck::Views {

class ProfileStore;

namespace Ui {
class FirstRunDialog;
}

// The very first start: where ServiceDeck keeps its data — a local database with or without
// demo data, a shared PostgreSQL (direct) or a local replica of a PostgreSQL hub (cached). On OK
// it makes the demo database if asked, stores the profile (passwords to the keychain) and makes
// it the default.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(ProfileStore &store, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    // The profile made, as stored (URLs without passwords); valid after accept.
    const Sync::ConnectionProfile &profile() const { return m_profile; }

    void accept() override;

    // Explains where a keychain is missing; shared with the profile editor.
    static QString keychainNote(bool keepsPasswords);

private:
    void updatePage();
    void testConnection(const QString &url, const QString &password);
    void showProblem(const QString &message);

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    ProfileStore &m_store;
    Sync::ConnectionProfile m_profile;
};

} // namespace ServiceDeck::Views
