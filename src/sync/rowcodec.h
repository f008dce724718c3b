// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schemainfo.h"

#include "storage/databaseurl.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Sync {

// A record as one database returns it: column → value.
using Row = QVariantMap;

// A value as the journal writes it: text, ids without braces, instants ISO UTC, booleans
// true/false; null for no value.
QString journalText(ColumnType type, const QVariant &value);
// A value of either database, or journal text, in the form `dialect` stores for `type`.
QVariant storedValue(ColumnType type, const QVariant &value, Storage::Dialect dialect);

// Runs SQL for sync. A failure the data causes (a constraint, a bad value: SQLSTATE classes 22
// and 23, or SQLite's constraint errors) is InvalidData and rejects one op; any other failure
// is Connection: the sync stops and keeps its outbox.
Result<QSqlQuery> runSql(Storage::Database &db, const QString &sql,
                         const QVariantList &binds = {});
// The error runSql returns for a failed statement.
Error sqlFailure(Storage::Database &db, const QSqlError &error);

// The rows of one run of a statement (see RowCodec::run).
class SqlRun
{
public:
    explicit SqlRun(std::shared_ptr<QSqlQuery> query) : m_query(std::move(query)) {}
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    void finish() { m_query->finish(); }

private:
    std::shared_ptr<QSqlQuery> m_query;
};

// Where a journal field lives in the tables: most fields are a column (named like the field,
// or the field plus "_id" for a reference); some are a set of member rows (a change's `cis`, a
// freeze's `scope`) or a CI attribute row.
struct FieldTarget
{
    enum class Kind { Column, Set, Attribute, Unknown };
    Kind kind = Kind::Unknown;
    QString column;
    ColumnType type = ColumnType::Text;
    // Column references given by name in the journal (a CI's owner_group).
    QString refTable, refNameColumn;
    // Sets: table, the column naming the owner, the column naming the member.
    QString setTable, setOwner, setMember;
};

// A record locked for a merge: its version and the current values of the fields asked for
// that are plain columns (other fields are read with RowCodec::readField).
struct LockedFields
{
    int version = 0;
    QHash<QString, QString> values; // field → value as readField returns it
    QString stamp; // readFields: the row version's xmin, which any update of the row changes
};

// Reads and writes records and journal fields on one database, converting values between the
// dialects with the hub's schema.
class RowCodec
{
public:
    RowCodec(Storage::Database &db, const SchemaInfo &schema) : m_db(db), m_schema(schema) {}

    Storage::Database &database() { return m_db; }
    // Runs SQL as runSql does. On PostgreSQL the statement stays prepared for the codec's life,
    // so each later run is one EXECUTE rather than PREPARE, EXECUTE and DEALLOCATE: the hub's
    // round trips are what a push costs. (SQLite prepares for free, and a statement kept open
    // there would hold its read snapshot: it gets a fresh one each time.)
    Result<SqlRun> run(const QString &sql, const QVariantList &binds = {});
    const SchemaInfo &schema() const { return m_schema; }

    Result<std::optional<Row>> read(const QString &table, const QUuid &id);
    // Records by id; with `only`, just those columns (and the id).
    Result<QList<Row>> readMany(const QString &table, const QList<QUuid> &ids,
                                const QStringList &only = {});
    // Rows of `table` whose `column` is `ownerId`: a record's members and dependants.
    Result<QList<Row>> readWhere(const QString &table, const QString &column, const QUuid &ownerId);
    // Inserts or replaces a row read from either database (values converted to this one).
    Result<void> upsert(const QString &table, const Row &row);
    Result<void> remove(const QString &table, const QUuid &id);

    FieldTarget target(const QString &entity, const QString &field) const;
    // A journal value in the form readField returns (references as ids, sets sorted).
    Result<QString> normalise(const QString &entity, const QString &field, const QString &text);
    // The current value of a field; nullopt when the record does not exist.
    Result<std::optional<QString>> readField(const QString &entity, const QUuid &id,
                                             const QString &field);
    // Locks the record (FOR UPDATE on PostgreSQL) and reads its version with the column fields
    // among `fields`, in one statement; nullopt when the record does not exist.
    Result<std::optional<LockedFields>> lockFields(const QString &entity, const QUuid &id,
                                                   const QStringList &fields);
    // The same for many records without locking them (PostgreSQL only), each with its stamp;
    // records that do not exist are left out.
    Result<QHash<QUuid, LockedFields>> readFields(const QString &entity, const QList<QUuid> &ids,
                                                  const QStringList &fields);
    // Writes normalised field values, with extra column values (derived ones copied from the
    // other side) and a version bump; members of sets keep the ids given in `memberIds` where
    // there is one, so that replicas and the hub name the same row alike.
    Result<void> writeFields(const QString &entity, const QUuid &id,
                             const QList<std::pair<QString, QString>> &fields,
                             const Row &extraColumns = {},
                             const QHash<QString, QUuid> &memberIds = {});

private:
    QString selectList(const QString &table) const;
    // The fields among `fields` that are plain columns of `entity`, with where they live.
    QList<std::pair<QString, FieldTarget>> columnFields(const QString &entity,
                                                       const QStringList &fields) const;
    Result<QString> idOfName(const FieldTarget &target, const QString &name);

    Storage::Database &m_db;
    const SchemaInfo &m_schema;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_readers; // read(): table → statement
};

} // namespace ServiceDeck::Sync
