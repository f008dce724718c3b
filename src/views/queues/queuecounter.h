// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

// Counts the tickets of queue expressions with the compiled query
// (SELECT COUNT(*) FROM tickets t WHERE …), so the navigation shows what each queue holds.
class QueueCounter
{
public:
    QueueCounter(Storage::Database &db, const QUuid &actorId) : m_db(db), m_actorId(actorId) {}

    // `now` fixes the clock for a batch of counts (invalid: the current time).
    Result<qint64> count(const QString &expression, const QDateTime &now = {});

private:
    Storage::Database &m_db;
    QUuid m_actorId;
};

} // namespace ServiceDeck::Views
