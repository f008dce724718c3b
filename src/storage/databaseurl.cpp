// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include "core/tr.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace ServiceDeck::Storage {

namespace {

Error usage(const QString &text, const QString &why)
{
    return Error{ErrorKind::Usage, Tr::tr("Malformed database URL \"%1\": %2").arg(text, why)};
}

Result<DatabaseUrl> parsePostgres(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return usage(text, url.errorString());
    DatabaseUrl result;
    result.dialect = Dialect::Postgres;
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    result.host = url.host();
    result.port = url.port(5432);
    result.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (result.host.isEmpty())
        return usage(text, Tr::tr("the host is missing"));
    if (result.user.isEmpty())
        return usage(text, Tr::tr("the user is missing"));
    if (result.databaseName.isEmpty() || result.databaseName.contains(QLatin1Char('/')))
        return usage(text, Tr::tr("the database name is missing"));
    static const QStringList known = {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                      QStringLiteral("connect_timeout"),
                                      QStringLiteral("application_name")};
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(key))
            return usage(text, Tr::tr("unknown option \"%1\"").arg(key));
        options << key + QLatin1Char('=') + value;
    }
    result.connectOptions = options.join(QLatin1Char(';'));
    return result;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    if (text.startsWith(QLatin1String("sqlite:"))) {
        DatabaseUrl result;
        result.path = text.mid(7);
        if (result.path.startsWith(QLatin1String("//"))) // sqlite:///abs/path
            result.path = result.path.mid(2);
        if (result.path.isEmpty())
            return usage(text, Tr::tr("the file path is missing"));
        if (!result.isMemory())
            result.path = QDir::cleanPath(QDir::current().absoluteFilePath(result.path));
        return result;
    }
    if (text.startsWith(QLatin1String("postgresql://"))
        || text.startsWith(QLatin1String("postgres://")))
        return parsePostgres(text);
    return usage(text, Tr::tr("expected sqlite:PATH or postgresql://USER@HOST/DB"));
}

DatabaseUrl DatabaseUrl::defaultUrl()
{
    DatabaseUrl result;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    result.path = QDir(dir).filePath(QStringLiteral("servicedeck.db"));
    return result;
}

QString DatabaseUrl::displayName() const
{
    return toString(false);
}

QString DatabaseUrl::toString(bool withPassword) const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (withPassword)
        url.setPassword(password);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    if (!connectOptions.isEmpty()) {
        QUrlQuery query;
        for (const QString &option : connectOptions.split(QLatin1Char(';')))
            query.addQueryItem(option.section(QLatin1Char('='), 0, 0),
                               option.section(QLatin1Char('='), 1));
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace ServiceDeck::Storage
