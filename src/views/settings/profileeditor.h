// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/connectionprofile.h"

#include <QDialog>

#include <memory>

namespace ServiceDeck::Views {

class ProfileStore;

namespace Ui {
class ProfileEditor;
}

// Adds or edits one connection profile; Save stores it (passwords to the keychain).
class ProfileEditor : public QDialog
{
    Q_OBJECT

public:
    // An empty `profile.name` adds a new profile.
    ProfileEditor(ProfileStore &store, const Sync::ConnectionProfile &profile,
                  QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // As stored, after accept.
    const Sync::ConnectionProfile &profile() const { return m_profile; }

    void accept() override;

private:
    Sync::ConnectionMode mode() const;
    void updateFields();

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    ProfileStore &m_store;
    Sync::ConnectionProfile m_profile;
    QString m_previousName;
};

} // namespace ServiceDeck::Views
