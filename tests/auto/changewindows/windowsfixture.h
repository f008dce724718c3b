// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cmdbfixture.h"

#include "core/directory.h"

#include <QDateTime>
#include <QString>

namespace ServiceDeck::Test {

// A user with the roles, made through the directory so the rules see real rows.
Result<User> makeUser(CmdbFixture &fixture, const QString &login, const QStringList &roles);

// An instant in UTC, "2026-03-02T10:00".
QDateTime utc(const char *text);

} // namespace ServiceDeck::Test
