// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Test {

// Rows for calendar tests, written directly: the calendar reads the schedule, and how changes
// and freezes are created is tested with their repositories.
struct ChangeRow
{
    QString number;
    QString title;
    QDateTime start;
    QDateTime end;
    QList<QUuid> cis;
    QString state = QStringLiteral("scheduled");
    QString risk = QStringLiteral("low");
    QString type = QStringLiteral("normal");
    QUuid service;
};

Result<QUuid> insertChange(Storage::Database &db, const ChangeRow &row);
Result<QUuid> insertBlackout(Storage::Database &db, const QString &name, const QDateTime &start,
                             const QDateTime &end, const QList<QUuid> &scope = {});
// A change's planned window as stored, in milliseconds since the epoch.
Result<QPair<qint64, qint64>> plannedWindow(Storage::Database &db, const QString &number);
// How many journal rows record a change of `field` of the ticket.
Result<int> journaledChanges(Storage::Database &db, const QString &number, const QString &field);

// A busy month for the benchmark: `cis` servers and `changes` changes of one to eight hours,
// each on one to three of them, spread over the month (UTC) with a fixed random seed, in
// every state that takes part in collisions; and a freeze in the month's last days.
Result<void> insertBusyMonth(Storage::Database &db, const QDate &month, int cis, int changes);

} // namespace ServiceDeck::Test
