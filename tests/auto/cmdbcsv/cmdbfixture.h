// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Test {

// The support groups the fixture files name, and the admin as the actor; returns its id.
QUuid prepareCmdbDatabase(Storage::Database &db);
// Creates the support groups of another database, so that its CIs' owners exist here too.
bool copyGroups(Storage::Database &from, Storage::Database &to);
// COUNT(*) of a table; -1 on error.
qint64 rowCount(Storage::Database &db, const QString &table);
// What an import must leave alone: the row counts of cis, ci_attributes, ci_relations, journal.
QString cmdbCounts(Storage::Database &db);
// A file of tests/fixtures/cmdb.
QString fixturePath(const QString &name);
QByteArray fixture(const QString &name);

} // namespace ServiceDeck::Test
