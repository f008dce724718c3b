// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowcodec.h"

#include "storage/database.h"
#include "storage/ids.h"

#include "core/timestamps.h"
#include "core/tr.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlRecord>

namespace ServiceDeck::Sync {

using Storage::Database;
using Storage::Dialect;

namespace {

QVariant null()
{
    return QVariant(QMetaType(QMetaType::QString));
}

bool truthy(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    return text == u"true" || text == u"t" || text == u"1" || text == u"yes";
}

QString dateText(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString().left(10);
}

// References that a journal may give by name, by the column they fill.
const std::pair<const char *, std::pair<const char *, const char *>> namedReferences[] = {
    {"owner_group_id", {"support_groups", "name"}}, {"group_id", {"support_groups", "name"}},
    {"assignee_id", {"users", "login"}},            {"requester_id", {"users", "login"}},
    {"author_id", {"users", "login"}},              {"approver_id", {"users", "login"}},
    {"owner_id", {"users", "login"}},               {"user_id", {"users", "login"}},
    {"ci_id", {"cis", "name"}},                     {"service_id", {"cis", "name"}},
    {"source_id", {"cis", "name"}},                 {"target_id", {"cis", "name"}},
};

// Journal fields named otherwise than their column.
const std::pair<const char *, std::pair<const char *, const char *>> fieldAliases[] = {
    {"comments", {"text", "body"}},
    {"worklog", {"text", "note"}},
};

} // namespace

QString journalText(ColumnType type, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (type) {
    case ColumnType::Bool: return truthy(value) ? QStringLiteral("true") : QStringLiteral("false");
    case ColumnType::Instant: return Database::instantText(value);
    case ColumnType::Date: return dateText(value);
    case ColumnType::Id: return Database::toUuid(value).toString(QUuid::WithoutBraces);
    case ColumnType::Integer: return QString::number(value.toLongLong());
    case ColumnType::Text: break;
    }
    return value.toString();
}

QVariant storedValue(ColumnType type, const QVariant &value, Dialect dialect)
{
    if (value.isNull() || (type != ColumnType::Text && value.toString().isEmpty()))
        return null();
    switch (type) {
    case ColumnType::Bool:
        if (dialect == Dialect::Sqlite)
            return truthy(value) ? 1 : 0;
        return truthy(value) ? QStringLiteral("true") : QStringLiteral("false");
    case ColumnType::Integer: return value.toLongLong();
    case ColumnType::Text: return value.toString();
    default: return journalText(type, value);
    }
}

Error sqlFailure(Database &db, const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const bool dataFault = db.dialect() == Dialect::Postgres
                               ? (state.startsWith(u"22") || state.startsWith(u"23"))
                               : (state == u"19" || error.databaseText().contains(u"constraint"));
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error{dataFault ? ErrorKind::InvalidData : ErrorKind::Connection,
                 Tr::tr("%1: %2").arg(db.url().displayName(), text.trimmed())};
}

Result<QSqlQuery> runSql(Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &value : binds)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (ok)
        return query;
    return sqlFailure(db, query.lastError());
}

Result<SqlRun> RowCodec::run(const QString &sql, const QVariantList &binds)
{
    std::shared_ptr<QSqlQuery> query;
    const bool keep = m_db.dialect() == Dialect::Postgres;
    if (keep)
        query = m_prepared.value(sql);
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_db.sql());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return sqlFailure(m_db, query->lastError());
        if (keep)
            m_prepared.insert(sql, query);
    }
    for (int i = 0; i < binds.size(); ++i)
        query->bindValue(i, binds.at(i));
    if (!query->exec()) {
        // A failed statement may be gone with its connection: prepared afresh next time.
        m_prepared.remove(sql);
        return sqlFailure(m_db, query->lastError());
    }
    return SqlRun(query);
}

QString RowCodec::selectList(const QString &table) const
{
    QStringList names;
    for (const Column &column : m_schema.columns(table))
        names << column.name;
    return names.join(QStringLiteral(", "));
}

Result<std::optional<Row>> RowCodec::read(const QString &table, const QUuid &id)
{
    if (!m_schema.hasTable(table))
        return std::optional<Row>();
    // A push reads one local record per op: the statement is prepared once per table, and
    // finished after each read so that it holds no read snapshot in between.
    std::shared_ptr<QSqlQuery> &query = m_readers[table];
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_db.sql());
        query->setForwardOnly(true);
        if (!query->prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                .arg(selectList(table), table))) {
            const Error error = sqlFailure(m_db, query->lastError());
            m_readers.remove(table);
            return error;
        }
    }
    query->bindValue(0, Database::idValue(id));
    if (!query->exec()) {
        const Error error = sqlFailure(m_db, query->lastError());
        m_readers.remove(table);
        return error;
    }
    std::optional<Row> row;
    if (query->next()) {
        const QList<Column> &columns = m_schema.columns(table);
        row.emplace();
        for (int i = 0; i < columns.size(); ++i)
            row->insert(columns.at(i).name, query->value(i));
    }
    query->finish();
    return row;
}

Result<QList<Row>> RowCodec::readMany(const QString &table, const QList<QUuid> &ids,
                                      const QStringList &only)
{
    QList<Row> rows;
    if (!m_schema.hasTable(table) || ids.isEmpty())
        return rows;
    QList<Column> columns = m_schema.columns(table);
    if (!only.isEmpty())
        columns.removeIf([&](const Column &column) {
            return column.name != u"id" && !only.contains(column.name);
        });
    QStringList names;
    for (const Column &column : std::as_const(columns))
        names << column.name;
    const QString selected = names.join(QStringLiteral(", "));
    const auto collect = [&](QSqlQuery &query) {
        while (query.next()) {
            Row row;
            for (int i = 0; i < columns.size(); ++i)
                row.insert(columns.at(i).name, query.value(i));
            rows << row;
        }
    };
    constexpr qsizetype chunk = 400;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QList<QUuid> part = ids.mid(from, chunk);
        QStringList texts;
        for (const QUuid &id : part)
            texts << id.toString(QUuid::WithoutBraces);
        Result<QSqlQuery> query =
            m_db.dialect() == Dialect::Postgres
                ? runSql(m_db,
                         QStringLiteral("SELECT %1 FROM %2 WHERE id = ANY(?::uuid[])")
                             .arg(selected, table),
                         {QStringLiteral("{%1}").arg(texts.join(QLatin1Char(',')))})
                : runSql(m_db,
                         QStringLiteral("SELECT %1 FROM %2 WHERE id IN (%3)")
                             .arg(selected, table,
                                  QStringList(part.size(), QStringLiteral("?"))
                                      .join(QLatin1Char(','))),
                         QVariantList(texts.cbegin(), texts.cend()));
        if (!query)
            return query.error();
        collect(*query);
    }
    return rows;
}

Result<QList<Row>> RowCodec::readWhere(const QString &table, const QString &column,
                                       const QUuid &ownerId)
{
    QList<Row> rows;
    if (!m_schema.column(table, column))
        return rows;
    auto query = runSql(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY id")
                                  .arg(selectList(table), table, column),
                        {Database::idValue(ownerId)});
    if (!query)
        return query.error();
    const QList<Column> &columns = m_schema.columns(table);
    while (query->next()) {
        Row row;
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns.at(i).name, query->value(i));
        rows << row;
    }
    return rows;
}

Result<void> RowCodec::upsert(const QString &table, const Row &row)
{
    QStringList names, marks, updates;
    QVariantList binds;
    for (const Column &column : m_schema.columns(table)) {
        if (!row.contains(column.name))
            continue;
        names << column.name;
        marks << QStringLiteral("?");
        binds << storedValue(column.type, row.value(column.name), m_db.dialect());
        if (column.name != u"id")
            updates << QStringLiteral("%1 = excluded.%1").arg(column.name);
    }
    QString sql;
    if (m_db.dialect() == Dialect::Postgres) {
        // The hub keeps what it has: a record created twice stays as first written.
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO NOTHING");
    } else if (table == u"tickets") {
        // An update in place keeps the text index (kept by triggers on tickets) right.
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET ") +
              updates.join(QStringLiteral(", "));
    } else {
        // A mirror of the hub: a local row holding the same natural key under another id
        // (a member both sides added) gives way to the hub's.
        sql = QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)");
    }
    auto done = run(sql.arg(table, names.join(QStringLiteral(", ")),
                            marks.join(QStringLiteral(", "))),
                    binds);
    if (!done)
        return done.error();
    return {};
}

Result<void> RowCodec::remove(const QString &table, const QUuid &id)
{
    auto done = runSql(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table),
                       {Database::idValue(id)});
    if (!done)
        return done.error();
    return {};
}

FieldTarget RowCodec::target(const QString &entity, const QString &field) const
{
    FieldTarget target;
    if (entity == u"tickets" && field == u"cis") {
        target.kind = FieldTarget::Kind::Set;
        target.setTable = QStringLiteral("change_cis");
        target.setOwner = QStringLiteral("change_id");
        target.setMember = QStringLiteral("ci_id");
        return target;
    }
    if (entity == u"blackout_windows" && field == u"scope") {
        target.kind = FieldTarget::Kind::Set;
        target.setTable = QStringLiteral("blackout_scope");
        target.setOwner = QStringLiteral("blackout_id");
        target.setMember = QStringLiteral("ci_id");
        return target;
    }
    QString name = field;
    for (const auto &[table, alias] : fieldAliases) {
        if (entity == QLatin1String(table) && field == QLatin1String(alias.first))
            name = QString::fromLatin1(alias.second);
    }
    const Column *column = m_schema.column(entity, name);
    if (!column)
        column = m_schema.column(entity, name + QStringLiteral("_id"));
    if (column && column->name != u"id") {
        target.kind = FieldTarget::Kind::Column;
        target.column = column->name;
        target.type = column->type;
        for (const auto &[columnName, reference] : namedReferences) {
            if (column->name == QLatin1String(columnName)) {
                target.refTable = QString::fromLatin1(reference.first);
                target.refNameColumn = QString::fromLatin1(reference.second);
            }
        }
        return target;
    }
    if (entity == u"cis") {
        target.kind = FieldTarget::Kind::Attribute;
        target.column = field;
    }
    return target;
}

Result<QString> RowCodec::idOfName(const FieldTarget &target, const QString &name)
{
    auto query = run(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                         .arg(target.refTable, target.refNameColumn),
                     {name});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorKind::InvalidData,
                     Tr::tr("Field \"%1\": nothing named \"%2\"").arg(target.column, name)};
    return Database::toUuid(query->value(0)).toString(QUuid::WithoutBraces);
}

Result<QString> RowCodec::normalise(const QString &entity, const QString &field,
                                    const QString &text)
{
    const FieldTarget where = target(entity, field);
    if (text.isEmpty())
        return QString();
    switch (where.kind) {
    case FieldTarget::Kind::Set: {
        QStringList members = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &member : members)
            member = QUuid::fromString(member.trimmed()).toString(QUuid::WithoutBraces);
        members.sort();
        members.removeDuplicates();
        return members.join(QLatin1Char(','));
    }
    case FieldTarget::Kind::Column:
        if (where.type == ColumnType::Id && QUuid::fromString(text).isNull() &&
            !where.refTable.isEmpty())
            return idOfName(where, text);
        return journalText(where.type, text);
    default: return text;
    }
}

Result<std::optional<QString>> RowCodec::readField(const QString &entity, const QUuid &id,
                                                   const QString &field)
{
    const FieldTarget where = target(entity, field);
    if (where.kind == FieldTarget::Kind::Column) {
        auto query = run(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(where.column, entity),
                         {Database::idValue(id)});
        if (!query)
            return query.error();
        if (!query->next())
            return std::optional<QString>();
        return std::optional<QString>(journalText(where.type, query->value(0)));
    }
    auto exists = run(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(entity),
                      {Database::idValue(id)});
    if (!exists)
        return exists.error();
    if (!exists->next())
        return std::optional<QString>();
    switch (where.kind) {
    case FieldTarget::Kind::Column: break;
    case FieldTarget::Kind::Set: {
        auto query = run(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                             .arg(where.setMember, where.setTable, where.setOwner),
                         {Database::idValue(id)});
        if (!query)
            return query.error();
        QStringList members;
        while (query->next())
            members << journalText(ColumnType::Id, query->value(0));
        members.sort();
        return std::optional<QString>(members.join(QLatin1Char(',')));
    }
    case FieldTarget::Kind::Attribute: {
        auto query = run(QStringLiteral("SELECT value FROM ci_attributes "
                                        "WHERE ci_id = ? AND name = ?"),
                         {Database::idValue(id), field});
        if (!query)
            return query.error();
        return std::optional<QString>(query->next() ? query->value(0).toString() : QString());
    }
    case FieldTarget::Kind::Unknown: break;
    }
    return std::optional<QString>(QString());
}

QList<std::pair<QString, FieldTarget>> RowCodec::columnFields(const QString &entity,
                                                             const QStringList &fields) const
{
    QList<std::pair<QString, FieldTarget>> columns;
    for (const QString &field : fields) {
        const FieldTarget where = target(entity, field);
        if (where.kind == FieldTarget::Kind::Column)
            columns << std::pair{field, where};
    }
    return columns;
}

Result<std::optional<LockedFields>> RowCodec::lockFields(const QString &entity, const QUuid &id,
                                                        const QStringList &fields)
{
    QStringList columns{QStringLiteral("version")};
    const auto read = columnFields(entity, fields);
    for (const auto &[field, where] : read)
        columns << where.column;
    auto query = run(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?%3")
                         .arg(columns.join(QStringLiteral(", ")), entity,
                              m_db.dialect() == Dialect::Postgres ? QStringLiteral(" FOR UPDATE")
                                                                  : QString()),
                     {Database::idValue(id)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<LockedFields>();
    LockedFields locked;
    locked.version = query->value(0).toInt();
    for (int i = 0; i < read.size(); ++i)
        locked.values.insert(read.at(i).first, journalText(read.at(i).second.type,
                                                           query->value(i + 1)));
    return std::optional<LockedFields>(locked);
}

Result<QHash<QUuid, LockedFields>> RowCodec::readFields(const QString &entity,
                                                        const QList<QUuid> &ids,
                                                        const QStringList &fields)
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("xmin::text"),
                        QStringLiteral("version")};
    const auto read = columnFields(entity, fields);
    for (const auto &[field, where] : read)
        columns << where.column;
    QStringList idList;
    for (const QUuid &id : ids)
        idList << id.toString(QUuid::WithoutBraces);
    auto query = run(QStringLiteral("SELECT %1 FROM %2 WHERE id = ANY(?::uuid[])")
                         .arg(columns.join(QStringLiteral(", ")), entity),
                     {QStringLiteral("{%1}").arg(idList.join(QLatin1Char(',')))});
    if (!query)
        return query.error();
    QHash<QUuid, LockedFields> records;
    while (query->next()) {
        LockedFields &record = records[Database::toUuid(query->value(0))];
        record.stamp = query->value(1).toString();
        record.version = query->value(2).toInt();
        for (int i = 0; i < read.size(); ++i)
            record.values.insert(read.at(i).first, journalText(read.at(i).second.type,
                                                               query->value(i + 3)));
    }
    query->finish();
    return records;
}

Result<void> RowCodec::writeFields(const QString &entity, const QUuid &id,
                                   const QList<std::pair<QString, QString>> &fields,
                                   const Row &extraColumns, const QHash<QString, QUuid> &memberIds)
{
    QStringList sets;
    QVariantList binds;
    const Dialect dialect = m_db.dialect();
    for (const auto &[field, value] : fields) {
        const FieldTarget where = target(entity, field);
        switch (where.kind) {
        case FieldTarget::Kind::Column:
            sets << where.column + QStringLiteral(" = ?");
            binds << (value.isEmpty() ? null() : storedValue(where.type, value, dialect));
            break;
        case FieldTarget::Kind::Set: {
            const QStringList members = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            auto current = readField(entity, id, field);
            if (!current)
                return current.error();
            const QStringList present =
                current->value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &member : present) {
                if (members.contains(member))
                    continue;
                auto removed = runSql(m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 = ?")
                                                .arg(where.setTable, where.setOwner,
                                                     where.setMember),
                                      {Database::idValue(id), member});
                if (!removed)
                    return removed.error();
            }
            for (const QString &member : members) {
                if (present.contains(member))
                    continue;
                const QUuid rowId = memberIds.value(member, Storage::newId());
                auto added = runSql(m_db, QStringLiteral("INSERT INTO %1 (id, %2, %3) "
                                                         "VALUES (?, ?, ?)")
                                              .arg(where.setTable, where.setOwner,
                                                   where.setMember),
                                    {Database::idValue(rowId), Database::idValue(id), member});
                if (!added)
                    return added.error();
            }
            break;
        }
        case FieldTarget::Kind::Attribute: {
            auto removed = runSql(m_db, QStringLiteral("DELETE FROM ci_attributes "
                                                       "WHERE ci_id = ? AND name = ?"),
                                  {Database::idValue(id), field});
            if (!removed)
                return removed.error();
            if (value.isEmpty())
                break;
            const QUuid rowId = memberIds.value(field, Storage::newId());
            auto added = runSql(m_db, QStringLiteral("INSERT INTO ci_attributes (id, ci_id, "
                                                     "name, value) VALUES (?, ?, ?, ?)"),
                                {Database::idValue(rowId), Database::idValue(id), field, value});
            if (!added)
                return added.error();
            break;
        }
        case FieldTarget::Kind::Unknown: break;
        }
    }
    for (auto it = extraColumns.cbegin(); it != extraColumns.cend(); ++it) {
        const Column *column = m_schema.column(entity, it.key());
        if (!column)
            continue;
        sets << column->name + QStringLiteral(" = ?");
        binds << storedValue(column->type, it.value(), dialect);
    }
    sets << QStringLiteral("version = version + 1");
    binds << Database::idValue(id);
    auto updated = run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                           .arg(entity, sets.join(QStringLiteral(", "))),
                       binds);
    if (!updated)
        return updated.error();
    return {};
}

} // namespace ServiceDeck::Sync
