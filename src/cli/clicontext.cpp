// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include "storage/directoryrepository.h"

namespace ServiceDeck::Cli {

Result<Storage::Database *> CliContext::openDatabase(Storage::Database::OpenMode mode,
                                                     Storage::Database::SchemaPolicy policy)
{
    Storage::DatabaseUrl url = Storage::DatabaseUrl::defaultUrl();
    if (!databaseUrl.isEmpty()) {
        auto parsed = Storage::DatabaseUrl::parse(databaseUrl);
        if (!parsed)
            return parsed.error();
        url = *parsed;
    }
    auto opened = Storage::Database::open(url, mode, policy);
    if (!opened)
        return opened.error();
    m_db = std::move(opened.value());
    return m_db.get();
}

Result<User> CliContext::actor()
{
    const QString login = actorLogin.isEmpty() ? QStringLiteral("admin") : actorLogin;
    auto user = Storage::DirectoryRepository(*m_db).findUser(login);
    if (!user)
        return user.error();
    if (!user->has_value())
        return invalidData(Tr::tr("Option --as: no user with the login \"%1\"").arg(login));
    return user->value();
}

int exitCodeFor(const Error &error)
{
    return static_cast<int>(error.kind);
}

int fail(CliContext &context, const Error &error)
{
    context.err() << QStringLiteral("servicedeck-cli: ")
                  << error.message << Qt::endl;
    return exitCodeFor(error);
}

} // namespace ServiceDeck::Cli
