// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordvault.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QTimer>

namespace ServiceDeck::Views {

namespace {

// Passwords that no keychain keeps: alive until the program ends, never written anywhere.
QHash<QString, QString> &memory()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

// A keychain that does not answer within this time counts as absent.
constexpr int keychainTimeoutMs = 10000;

// Runs a QtKeychain job to its end; returns its error (OtherError on a timeout).
QKeychain::Error runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&loop, &finished] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished ? job.error() : QKeychain::OtherError;
}

bool keychainAnswered(QKeychain::Error error)
{
    return error == QKeychain::NoError || error == QKeychain::EntryNotFound;
}

} // namespace

KeychainVault::KeychainVault(QString service)
    : m_service(service.isEmpty() ? QCoreApplication::applicationName() : std::move(service))
{
}

bool KeychainVault::isPersistent()
{
    if (!m_persistent) {
        // A read of a key that is never written: "not found" means a keychain is there.
        QKeychain::ReadPasswordJob probe(m_service);
        probe.setKey(QStringLiteral("servicedeck-keychain-probe"));
        m_persistent = keychainAnswered(runJob(probe));
    }
    return *m_persistent;
}

bool KeychainVault::write(const QString &key, const QString &password)
{
    if (isPersistent()) {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(key);
        job.setTextData(password);
        if (runJob(job) == QKeychain::NoError) {
            memory().remove(key);
            return true;
        }
        m_persistent = false;
    }
    memory().insert(key, password);
    return false;
}

std::optional<QString> KeychainVault::read(const QString &key)
{
    if (const auto it = memory().constFind(key); it != memory().cend())
        return *it;
    if (!isPersistent())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (runJob(job) != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

void KeychainVault::remove(const QString &key)
{
    memory().remove(key);
    if (!isPersistent())
        return;
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
}

bool MemoryVault::write(const QString &key, const QString &password)
{
    memory().insert(key, password);
    return false;
}

std::optional<QString> MemoryVault::read(const QString &key)
{
    if (const auto it = memory().constFind(key); it != memory().cend())
        return *it;
    return std::nullopt;
}

void MemoryVault::remove(const QString &key)
{
    memory().remove(key);
}

} // namespace ServiceDeck::Views
