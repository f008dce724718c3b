// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ServiceDeck::Storage {

class Database;

// One numbered schema step: statements for both dialects (with the type placeholders of
// Database::expand), then each dialect's own, then reference data; all in one transaction.
struct Migration
{
    int version = 0;
    QString description;
    QStringList common;
    QStringList sqliteOnly;
    QStringList postgresOnly;
    std::function<Result<void>(Database &)> populate;
};

const QList<Migration> &migrations();
int latestSchemaVersion();

// Steps, one function each, defined beside their SQL.
Migration initialSchema();
Migration queueIndexes();
Migration cmdbAttributes();
Migration changeApprovalQuorum();
Migration syncSupport();
Migration remoteServices();
Migration cheaperChangeLog();
Migration changeLogPerTable();
Migration batchedPush();
Migration changeLogRetention();
Migration cheaperHubTicketWrites();

// On PostgreSQL: the change-log and NOTIFY triggers on every record table (idempotent), each
// table's log function naming its columns. A step that adds a record table, or a column to one,
// calls it again, and installPushAppliers too.
Result<void> installChangeLogTriggers(Database &db);
// On PostgreSQL: servicedeck_apply_TABLE(sets, id, stamp) for every record table, which the
// batched push (servicedeck_push_ops) writes a record's columns with (idempotent).
Result<void> installPushAppliers(Database &db);
// The CREATE OR REPLACE of the procedure servicedeck_push_ops, as steps 9 and 11 install it.
QString pushOpsProcedure();

} // namespace ServiceDeck::Storage
