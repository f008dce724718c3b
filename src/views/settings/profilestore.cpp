// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include "connectionurls.h"

#include <QCoreApplication>
#include <QSettings>

namespace ServiceDeck::Views {

namespace {

struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Views::ProfileStore)
};

const QString arrayKey = QStringLiteral("Connections/profiles");
const QString defaultKey = QStringLiteral("Connections/default");

QString modeKey(Sync::ConnectionMode mode)
{
    switch (mode) {
    case Sync::ConnectionMode::Standalone: return QStringLiteral("standalone");
    case Sync::ConnectionMode::Direct: return QStringLiteral("direct");
    case Sync::ConnectionMode::Cached: return QStringLiteral("cached");
    }
    return {};
}

Sync::ConnectionMode modeFromKey(const QString &key)
{
    if (key == u"direct")
        return Sync::ConnectionMode::Direct;
    if (key == u"cached")
        return Sync::ConnectionMode::Cached;
    return Sync::ConnectionMode::Standalone;
}

// A profile as the settings hold it, with the flags that say a password belongs to it.
struct StoredProfile
{
    Sync::ConnectionProfile profile;
    bool databasePassword = false;
    bool hubPassword = false;
};

QList<StoredProfile> readAll()
{
    QSettings settings;
    QList<StoredProfile> result;
    const int count = settings.beginReadArray(arrayKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        StoredProfile stored;
        stored.profile.name = settings.value(QStringLiteral("name")).toString();
        stored.profile.mode = modeFromKey(settings.value(QStringLiteral("mode")).toString());
        stored.profile.databaseUrl = settings.value(QStringLiteral("databaseUrl")).toString();
        stored.profile.hubUrl = settings.value(QStringLiteral("hubUrl")).toString();
        stored.profile.login = settings.value(QStringLiteral("login")).toString();
        stored.databasePassword = settings.value(QStringLiteral("databasePassword")).toBool();
        stored.hubPassword = settings.value(QStringLiteral("hubPassword")).toBool();
        if (!stored.profile.name.isEmpty())
            result << stored;
    }
    settings.endArray();
    return result;
}

void writeAll(const QList<StoredProfile> &all)
{
    QSettings settings;
    settings.remove(arrayKey);
    settings.beginWriteArray(arrayKey, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        settings.setArrayIndex(i);
        const StoredProfile &stored = all.at(i);
        settings.setValue(QStringLiteral("name"), stored.profile.name);
        settings.setValue(QStringLiteral("mode"), modeKey(stored.profile.mode));
        settings.setValue(QStringLiteral("databaseUrl"), stored.profile.databaseUrl);
        settings.setValue(QStringLiteral("hubUrl"), stored.profile.hubUrl);
        settings.setValue(QStringLiteral("login"), stored.profile.login);
        settings.setValue(QStringLiteral("databasePassword"), stored.databasePassword);
        settings.setValue(QStringLiteral("hubPassword"), stored.hubPassword);
    }
    settings.endArray();
    settings.sync();
}

qsizetype indexOf(const QList<StoredProfile> &all, const QString &name)
{
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).profile.name == name)
            return i;
    }
    return -1;
}

} // namespace

ProfileStore::ProfileStore(std::shared_ptr<PasswordVault> vault)
    : m_vault(vault ? std::move(vault) : std::make_shared<KeychainVault>())
{
}

QList<Sync::ConnectionProfile> ProfileStore::profiles() const
{
    QList<Sync::ConnectionProfile> result;
    for (const StoredProfile &stored : readAll())
        result << stored.profile;
    return result;
}

std::optional<Sync::ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    const QList<StoredProfile> all = readAll();
    if (const qsizetype i = indexOf(all, name); i >= 0)
        return all.at(i).profile;
    return std::nullopt;
}

std::optional<Sync::ConnectionProfile> ProfileStore::defaultProfile() const
{
    if (auto chosen = profile(defaultProfileName()))
        return chosen;
    const QList<Sync::ConnectionProfile> all = profiles();
    if (all.isEmpty())
        return std::nullopt;
    return all.constFirst();
}

QString ProfileStore::defaultProfileName() const
{
    return QSettings().value(defaultKey).toString();
}

void ProfileStore::setDefaultProfile(const QString &name)
{
    QSettings().setValue(defaultKey, name);
}

Result<Sync::ConnectionProfile> ProfileStore::save(Sync::ConnectionProfile profile,
                                                   const QString &databasePassword,
                                                   const QString &hubPassword,
                                                   const QString &previousName)
{
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty())
        return invalidData(StoreTr::tr("Field \"name\": a connection profile needs a name"));
    auto database = splitPassword(profile.databaseUrl);
    if (!database)
        return database.error();
    if (database->url.isEmpty())
        return invalidData(StoreTr::tr("Field \"database\": the profile \"%1\" needs a database")
                               .arg(profile.name));
    SplitUrl hub;
    if (profile.mode == Sync::ConnectionMode::Cached) {
        auto split = splitPassword(profile.hubUrl);
        if (!split)
            return split.error();
        if (!isPostgresUrl(split->url))
            return invalidData(StoreTr::tr("Field \"hub\": a cached profile needs the "
                                           "postgresql:// URL of its hub"));
        hub = *split;
    }
    profile.databaseUrl = database->url;
    profile.hubUrl = hub.url;

    QList<StoredProfile> all = readAll();
    const QString oldName = previousName.isEmpty() ? profile.name : previousName;
    const qsizetype old = indexOf(all, oldName);
    if (oldName != profile.name && indexOf(all, profile.name) >= 0)
        return invalidData(StoreTr::tr("Field \"name\": a profile \"%1\" exists already")
                               .arg(profile.name));

    StoredProfile stored;
    stored.profile = profile;
    if (old >= 0) {
        stored.databasePassword = all.at(old).databasePassword;
        stored.hubPassword = all.at(old).hubPassword;
    }
    // A rename takes the kept passwords along.
    if (old >= 0 && oldName != profile.name) {
        for (Secret which : {Secret::Database, Secret::Hub}) {
            if (auto kept = m_vault->read(secretKey(oldName, which))) {
                m_vault->write(secretKey(profile.name, which), *kept);
                m_vault->remove(secretKey(oldName, which));
            }
        }
    }
    const QString newDatabasePassword =
        !databasePassword.isEmpty() ? databasePassword : database->password;
    const QString newHubPassword = !hubPassword.isEmpty() ? hubPassword : hub.password;
    if (!isPostgresUrl(profile.databaseUrl)) {
        stored.databasePassword = false;
        m_vault->remove(secretKey(profile.name, Secret::Database));
    } else if (!newDatabasePassword.isEmpty()) {
        m_vault->write(secretKey(profile.name, Secret::Database), newDatabasePassword);
        stored.databasePassword = true;
    }
    if (profile.mode != Sync::ConnectionMode::Cached) {
        stored.hubPassword = false;
        m_vault->remove(secretKey(profile.name, Secret::Hub));
    } else if (!newHubPassword.isEmpty()) {
        m_vault->write(secretKey(profile.name, Secret::Hub), newHubPassword);
        stored.hubPassword = true;
    }

    if (old >= 0)
        all[old] = stored;
    else
        all << stored;
    writeAll(all);
    if (oldName != profile.name && defaultProfileName() == oldName)
        setDefaultProfile(profile.name);
    return profile;
}

void ProfileStore::remove(const QString &name)
{
    QList<StoredProfile> all = readAll();
    const qsizetype i = indexOf(all, name);
    if (i < 0)
        return;
    all.removeAt(i);
    writeAll(all);
    m_vault->remove(secretKey(name, Secret::Database));
    m_vault->remove(secretKey(name, Secret::Hub));
    if (defaultProfileName() == name)
        QSettings().remove(defaultKey);
}

void ProfileStore::forgetPassword(const QString &name, Secret which)
{
    QList<StoredProfile> all = readAll();
    const qsizetype i = indexOf(all, name);
    if (i < 0)
        return;
    (which == Secret::Database ? all[i].databasePassword : all[i].hubPassword) = false;
    writeAll(all);
    m_vault->remove(secretKey(name, which));
}

QString ProfileStore::uniqueName(const QString &base) const
{
    const QList<StoredProfile> all = readAll();
    QString name = base;
    for (int n = 2; indexOf(all, name) >= 0; ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

bool ProfileStore::hasPassword(const QString &name, Secret which) const
{
    const QList<StoredProfile> all = readAll();
    const qsizetype i = indexOf(all, name);
    if (i < 0)
        return false;
    return which == Secret::Database ? all.at(i).databasePassword : all.at(i).hubPassword;
}

std::optional<QString> ProfileStore::password(const QString &name, Secret which) const
{
    return m_vault->read(secretKey(name, which));
}

void ProfileStore::rememberPassword(const QString &name, Secret which, const QString &password)
{
    m_vault->write(secretKey(name, which), password);
    QList<StoredProfile> all = readAll();
    if (const qsizetype i = indexOf(all, name); i >= 0) {
        (which == Secret::Database ? all[i].databasePassword : all[i].hubPassword) = true;
        writeAll(all);
    }
}

QString ProfileStore::secretKey(const QString &name, Secret which)
{
    return (which == Secret::Database ? QStringLiteral("database:") : QStringLiteral("hub:"))
        + name;
}

} // namespace ServiceDeck::Views
