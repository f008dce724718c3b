// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passwordvault.h"

#include "core/error.h"
#include "sync/connectionprofile.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ServiceDeck::Views {

// The connection profiles a person has made, and which one starts by default. Profiles live in
// QSettings; their passwords never do: they go to the OS keychain (or, without one, stay in
// memory until the program ends and are asked for at the next start).
class ProfileStore
{
public:
    // Which of a profile's two connections a password belongs to.
    enum class Secret { Database, Hub };

    // `vault` null: the OS keychain.
    explicit ProfileStore(std::shared_ptr<PasswordVault> vault = {});

    QList<Sync::ConnectionProfile> profiles() const;
    std::optional<Sync::ConnectionProfile> profile(const QString &name) const;
    bool isEmpty() const { return profiles().isEmpty(); }

    // The profile a start without arguments opens: the one made default, else the first.
    std::optional<Sync::ConnectionProfile> defaultProfile() const;
    QString defaultProfileName() const;
    void setDefaultProfile(const QString &name);

    // Adds a profile or replaces the one of the same name (`previousName`: the name it had, for
    // a rename). A password in a postgresql:// URL is taken out and kept with the others;
    // explicit passwords win over those in the URLs; an empty password keeps the one stored.
    // Returns the profile as stored, URLs without passwords.
    Result<Sync::ConnectionProfile> save(Sync::ConnectionProfile profile,
                                         const QString &databasePassword = {},
                                         const QString &hubPassword = {},
                                         const QString &previousName = {});
    void remove(const QString &name);
    // Forgets a stored password (the next connect asks again).
    void forgetPassword(const QString &name, Secret which);

    // A name not yet taken: `base`, else "base (2)", "base (3)", …
    QString uniqueName(const QString &base) const;

    // Where the secrets go: also used for the remote services' tokens and passwords.
    PasswordVault &vault() const { return *m_vault; }
    // True when passwords outlive the program here (a keychain runs).
    bool keepsPasswords() const { return m_vault->isPersistent(); }
    // True when a password was given for this connection of the profile (it may still have to be
    // asked for where no keychain keeps it).
    bool hasPassword(const QString &name, Secret which) const;
    // The password kept for it, from the keychain or this process's memory.
    std::optional<QString> password(const QString &name, Secret which) const;
    // Keeps a password typed at connect time for the rest of this run (and in the keychain).
    void rememberPassword(const QString &name, Secret which, const QString &password);

private:
    static QString secretKey(const QString &name, Secret which);

    std::shared_ptr<PasswordVault> m_vault;
};

} // namespace ServiceDeck::Views
