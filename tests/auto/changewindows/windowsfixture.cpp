// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsfixture.h"

#include "storage/directoryrepository.h"

#include <QTimeZone>

namespace ServiceDeck::Test {

Result<User> makeUser(CmdbFixture &fixture, const QString &login, const QStringList &roles)
{
    User user;
    user.login = login;
    user.displayName = login;
    user.roles = roles;
    return Storage::DirectoryRepository(fixture.db()).createUser(user, fixture.admin());
}

QDateTime utc(const char *text)
{
    QDateTime instant = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    instant.setTimeZone(QTimeZone::utc());
    return instant;
}

} // namespace ServiceDeck::Test
