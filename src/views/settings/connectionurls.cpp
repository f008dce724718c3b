// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionurls.h"

#include "storage/databaseurl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace ServiceDeck::Views {

namespace {

struct UrlTr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Views::ConnectionUrls)
};

} // namespace

bool isPostgresUrl(const QString &url)
{
    return url.startsWith(QLatin1String("postgresql://"))
        || url.startsWith(QLatin1String("postgres://"));
}

Result<SplitUrl> splitPassword(const QString &url)
{
    const QString text = url.trimmed();
    if (!isPostgresUrl(text))
        return SplitUrl{text, {}};
    auto parsed = Storage::DatabaseUrl::parse(text);
    if (!parsed)
        return parsed.error();
    return SplitUrl{parsed->toString(false), parsed->password};
}

QString withPassword(const QString &url, const QString &password)
{
    if (password.isEmpty() || !isPostgresUrl(url))
        return url;
    auto parsed = Storage::DatabaseUrl::parse(url);
    if (!parsed)
        return url;
    parsed->password = password;
    return parsed->toString(true);
}

Result<Sync::ConnectionProfile> profileFromUrls(const QString &databaseUrl, const QString &hubUrl)
{
    Sync::ConnectionProfile profile;
    profile.databaseUrl = databaseUrl.trimmed();
    profile.hubUrl = hubUrl.trimmed();
    if (auto parsed = Storage::DatabaseUrl::parse(profile.databaseUrl); !parsed)
        return parsed.error();
    const bool postgres = isPostgresUrl(profile.databaseUrl);
    if (profile.hubUrl.isEmpty()) {
        profile.mode = postgres ? Sync::ConnectionMode::Direct : Sync::ConnectionMode::Standalone;
        return profile;
    }
    if (postgres)
        return Error{ErrorKind::Usage,
                     UrlTr::tr("Option --hub: the local replica given by --db must be a "
                               "sqlite: file, not \"%1\"")
                         .arg(Storage::DatabaseUrl::parse(profile.databaseUrl)->displayName())};
    if (!isPostgresUrl(profile.hubUrl))
        return Error{ErrorKind::Usage,
                     UrlTr::tr("Option --hub: \"%1\" is not a postgresql:// URL")
                         .arg(profile.hubUrl)};
    if (auto parsed = Storage::DatabaseUrl::parse(profile.hubUrl); !parsed)
        return parsed.error();
    profile.mode = Sync::ConnectionMode::Cached;
    return profile;
}

Result<void> testConnection(const QString &url)
{
    auto parsed = Storage::DatabaseUrl::parse(url.trimmed());
    if (!parsed)
        return parsed.error();
    if (parsed->dialect != Storage::Dialect::Postgres)
        return Result<void>();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{ErrorKind::Connection,
                     UrlTr::tr("The PostgreSQL driver (QPSQL) is not installed.")};
    const QString name = QStringLiteral("servicedeck-test-") + QUuid::createUuid().toString();
    QString message;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed->host);
        db.setPort(parsed->port);
        db.setUserName(parsed->user);
        db.setPassword(parsed->password);
        db.setDatabaseName(parsed->databaseName);
        QString options = parsed->connectOptions;
        if (!options.contains(QLatin1String("connect_timeout"))) {
            // A mistyped host must not keep the dialog waiting for the system's TCP timeout.
            if (!options.isEmpty())
                options += QLatin1Char(';');
            options += QStringLiteral("connect_timeout=5");
        }
        db.setConnectOptions(options);
        if (!db.open())
            message = db.lastError().text().trimmed();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!message.isEmpty())
        return Error{ErrorKind::Connection,
                     UrlTr::tr("Cannot connect to %1: %2").arg(parsed->displayName(), message)};
    return Result<void>();
}

QString modeLabel(Sync::ConnectionMode mode)
{
    switch (mode) {
    case Sync::ConnectionMode::Standalone: return UrlTr::tr("Standalone");
    case Sync::ConnectionMode::Direct: return UrlTr::tr("Direct");
    case Sync::ConnectionMode::Cached: return UrlTr::tr("Cached");
    }
    return {};
}

} // namespace ServiceDeck::Views
