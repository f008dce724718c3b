// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemainfo.h"

#include "storage/database.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ServiceDeck::Sync {

namespace {

ColumnType typeOf(const QString &dataType)
{
    if (dataType == u"uuid")
        return ColumnType::Id;
    if (dataType.startsWith(u"timestamp"))
        return ColumnType::Instant;
    if (dataType == u"date")
        return ColumnType::Date;
    if (dataType == u"boolean")
        return ColumnType::Bool;
    if (dataType == u"integer" || dataType == u"bigint" || dataType == u"smallint")
        return ColumnType::Integer;
    return ColumnType::Text;
}

const char *const typeNames[] = {"text", "id", "instant", "date", "bool", "integer"};

} // namespace

Result<SchemaInfo> SchemaInfo::readHub(Storage::Database &hub)
{
    auto query = hub.exec(QStringLiteral(
        "SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c "
        "WHERE c.table_schema = current_schema() AND c.table_name IN ("
        "  SELECT table_name FROM information_schema.columns WHERE table_schema = "
        "  current_schema() AND column_name IN ('id', 'version') GROUP BY table_name "
        "  HAVING count(*) = 2) "
        "AND c.table_name IN (SELECT table_name FROM information_schema.tables "
        "  WHERE table_schema = current_schema() AND table_type = 'BASE TABLE') "
        "ORDER BY c.table_name, c.ordinal_position"));
    if (!query)
        return query.error();
    SchemaInfo info;
    while (query->next()) {
        const QString table = query->value(0).toString();
        if (!info.m_columns.contains(table))
            info.m_order << table;
        info.m_columns[table] << Column{query->value(1).toString(),
                                        typeOf(query->value(2).toString())};
    }
    if (info.m_order.isEmpty())
        return Error{ErrorKind::InvalidData, Tr::tr("The hub has no ServiceDeck tables")};
    return info;
}

Result<void> SchemaInfo::restrictTo(Storage::Database &db)
{
    QStringList kept;
    for (const QString &table : std::as_const(m_order)) {
        auto query = db.exec(db.dialect() == Storage::Dialect::Sqlite
                                 ? QStringLiteral("SELECT name FROM pragma_table_info(?)")
                                 : QStringLiteral("SELECT column_name FROM information_schema.columns "
                                                  "WHERE table_schema = current_schema() "
                                                  "AND table_name = ?"),
                             {table});
        if (!query)
            return query.error();
        QSet<QString> names;
        while (query->next())
            names.insert(query->value(0).toString());
        if (names.isEmpty()) {
            m_columns.remove(table);
            continue;
        }
        kept << table;
        m_columns[table].removeIf([&names](const Column &column) {
            return !names.contains(column.name);
        });
    }
    m_order = kept;
    return {};
}

QString SchemaInfo::toJson() const
{
    QJsonArray tables;
    for (const QString &table : m_order) {
        QJsonArray columns;
        for (const Column &column : m_columns.value(table))
            columns.append(QJsonArray{column.name,
                                      QString::fromLatin1(typeNames[int(column.type)])});
        tables.append(QJsonObject{{QStringLiteral("table"), table},
                                  {QStringLiteral("columns"), columns}});
    }
    return QString::fromUtf8(QJsonDocument(tables).toJson(QJsonDocument::Compact));
}

Result<SchemaInfo> SchemaInfo::fromJson(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isArray())
        return Error{ErrorKind::InvalidData, Tr::tr("The replica's copy of the hub schema is "
                                                    "damaged; sync again to renew it")};
    SchemaInfo info;
    for (const QJsonValue &entry : document.array()) {
        const QString table = entry[QStringLiteral("table")].toString();
        info.m_order << table;
        for (const QJsonValue &column : entry[QStringLiteral("columns")].toArray()) {
            const QString type = column[1].toString();
            int index = 0;
            for (int i = 0; i < int(std::size(typeNames)); ++i) {
                if (type == QLatin1String(typeNames[i]))
                    index = i;
            }
            info.m_columns[table] << Column{column[0].toString(), ColumnType(index)};
        }
    }
    return info;
}

const QList<Column> &SchemaInfo::columns(const QString &table) const
{
    static const QList<Column> none;
    const auto it = m_columns.constFind(table);
    return it == m_columns.cend() ? none : *it;
}

const Column *SchemaInfo::column(const QString &table, const QString &name) const
{
    const auto it = m_columns.constFind(table);
    if (it == m_columns.cend())
        return nullptr;
    for (const Column &column : *it) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

} // namespace ServiceDeck::Sync
