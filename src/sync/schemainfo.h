// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Sync {

// What a column holds, as far as copying it between the dialects needs to know.
enum class ColumnType { Text, Id, Instant, Date, Bool, Integer };

struct Column
{
    QString name;
    ColumnType type = ColumnType::Text;
};

// The record tables (an id and a version) that sync carries, with their columns, as the hub's
// catalogue describes them. A replica keeps a copy, so that it can convert values offline.
class SchemaInfo
{
public:
    static Result<SchemaInfo> readHub(Storage::Database &hub);
    static Result<SchemaInfo> fromJson(const QString &json);
    QString toJson() const;
    // Keeps the tables and columns the other database has too (the hub has some of its own,
    // such as the text search column).
    Result<void> restrictTo(Storage::Database &db);

    QStringList tables() const { return m_order; }
    bool hasTable(const QString &table) const { return m_columns.contains(table); }
    const QList<Column> &columns(const QString &table) const;
    const Column *column(const QString &table, const QString &name) const;

private:
    QStringList m_order;
    QHash<QString, QList<Column>> m_columns;
};

} // namespace ServiceDeck::Sync
