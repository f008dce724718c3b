// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ServiceDeck::Views {

// Where connection passwords live: the OS keychain, or, where no keychain service runs, this
// process's memory only (so the password is asked for again at the next start).
class PasswordVault
{
public:
    virtual ~PasswordVault() = default;

    // True when passwords outlive the program (a keychain answered); false when they are kept
    // in memory only.
    virtual bool isPersistent() = 0;
    // Keeps the password under `key`; returns isPersistent() as found while writing.
    virtual bool write(const QString &key, const QString &password) = 0;
    virtual std::optional<QString> read(const QString &key) = 0;
    virtual void remove(const QString &key) = 0;
};

// The OS keychain through QtKeychain (Secret Service or KWallet, Windows Credential Manager,
// macOS Keychain). Jobs run to their end before a call returns. When the keychain does not
// answer, passwords go to memory that all vaults of the process share.
class KeychainVault : public PasswordVault
{
public:
    // `service` names the entries in the keychain; empty: the application name.
    explicit KeychainVault(QString service = {});

    bool isPersistent() override;
    bool write(const QString &key, const QString &password) override;
    std::optional<QString> read(const QString &key) override;
    void remove(const QString &key) override;

private:
    QString m_service;
    std::optional<bool> m_persistent;
};

// Memory only: for a program that must never touch the keychain (and for tests). Shares the
// process memory with KeychainVault's fallback.
class MemoryVault : public PasswordVault
{
public:
    bool isPersistent() override { return false; }
    bool write(const QString &key, const QString &password) override;
    std::optional<QString> read(const QString &key) override;
    void remove(const QString &key) override;
};

} // namespace ServiceDeck::Views
