// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionpasswords.h"

#include "connectionurls.h"

#include "storage/databaseurl.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace ServiceDeck::Views {

namespace {

struct PasswordTr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Views::ConnectionPasswords)
};

// The password for one URL of the profile; nullopt when the person cancels.
std::optional<QString> passwordFor(ProfileStore &store, const Sync::ConnectionProfile &profile,
                                   ProfileStore::Secret which, const QString &url, QWidget *parent)
{
    if (!isPostgresUrl(url) || !store.hasPassword(profile.name, which))
        return QString();
    if (auto kept = store.password(profile.name, which))
        return kept;
    const QString shown = Storage::DatabaseUrl::parse(url).ok()
        ? Storage::DatabaseUrl::parse(url)->displayName()
        : url;
    QString label = PasswordTr::tr("Password for %1:").arg(shown);
    if (!store.keepsPasswords())
        label += QLatin1Char('\n')
            + PasswordTr::tr("No keychain service is running: the password is kept in memory "
                             "only until ServiceDeck quits.");
    bool ok = false;
    const QString typed = QInputDialog::getText(
        parent, PasswordTr::tr("Connect to \"%1\"").arg(profile.name), label,
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    store.rememberPassword(profile.name, which, typed);
    return typed;
}

} // namespace

std::optional<Sync::ConnectionProfile> withPasswords(ProfileStore &store,
                                                     const Sync::ConnectionProfile &profile,
                                                     QWidget *parent)
{
    Sync::ConnectionProfile result = profile;
    const auto database =
        passwordFor(store, profile, ProfileStore::Secret::Database, profile.databaseUrl, parent);
    if (!database)
        return std::nullopt;
    result.databaseUrl = withPassword(profile.databaseUrl, *database);
    if (profile.isCached()) {
        const auto hub =
            passwordFor(store, profile, ProfileStore::Secret::Hub, profile.hubUrl, parent);
        if (!hub)
            return std::nullopt;
        result.hubUrl = withPassword(profile.hubUrl, *hub);
    }
    return result;
}

} // namespace ServiceDeck::Views
