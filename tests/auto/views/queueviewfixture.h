// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "core/error.h"

#include <QStringList>
#include <QVariantList>


class QAbstractItemModel;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Test {

// Four people (admin, alice, bob, carol), the group "Network Ops" (admin, alice) and 48 tickets
// of every kind, priority and assignment, made today. Returns the administrator.
Result<User> seedQueueData(Storage::Database &db);

// Tickets matching a queue expression for `actor`, counted or listed by SQL directly.
qint64 countMatching(Storage::Database &db, const QString &expression, const QUuid &actor);
QStringList numbersMatching(Storage::Database &db, const QString &expression, const QUuid &actor);

// Ticket numbers shown in the first `rows` rows of a queue model.
QStringList shownNumbers(const QAbstractItemModel &model, int rows);


} // namespace ServiceDeck::Test
