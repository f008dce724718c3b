// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbexport.h"

#include "core/csv/csvwriter.h"
#include "core/tr.h"
#include "storage/cmdb/cicataloguerepository.h"
#include "storage/database.h"

#include <QHash>
#include <QIODevice>

namespace ServiceDeck::Storage {

namespace {

const QStringList &coreColumns()
{
    static const QStringList columns = {QStringLiteral("name"),     QStringLiteral("class"),
                                        QStringLiteral("status"),   QStringLiteral("owner_group"),
                                        QStringLiteral("location"), QStringLiteral("description")};
    return columns;
}

Error writeFailed(const QIODevice &device)
{
    return invalidData(Tr::tr("Cannot write the export: %1").arg(device.errorString()));
}

} // namespace

Result<QStringList> CmdbExport::ciHeader()
{
    auto catalogue = CiCatalogueRepository(m_db).load();
    if (!catalogue)
        return catalogue.error();
    QStringList attributes;
    for (const Cmdb::CiClass &ciClass : catalogue->classes()) {
        for (const Cmdb::AttributeDefinition &definition : catalogue->attributesOf(ciClass.name))
            attributes << definition.name;
    }
    attributes.removeDuplicates();
    attributes.sort(); // by name, so that the columns stay put when a class gains an attribute
    return coreColumns() + attributes;
}

Result<qint64> CmdbExport::writeCis(QIODevice &device)
{
    auto header = ciHeader();
    if (!header)
        return header.error();
    QHash<QString, qsizetype> columnOf;
    for (qsizetype i = coreColumns().size(); i < header->size(); ++i)
        columnOf.insert(header->at(i), i);
    Csv::Writer writer(device);
    if (!writer.writeRecord(*header))
        return writeFailed(device);

    // Two ordered streams merged by name instead of a query per CI: the CIs, and every
    // attribute with its CI's name. Both ORDER BY the same unique column, so they run in step.
    auto cis = m_db.exec(QStringLiteral("SELECT c.name, c.class, c.status, g.name, c.location, "
                                        "c.description FROM cis c LEFT JOIN support_groups g "
                                        "ON g.id = c.owner_group_id ORDER BY c.name"));
    if (!cis)
        return cis.error();
    auto attributes = m_db.exec(QStringLiteral("SELECT c.name, a.name, a.value "
                                               "FROM ci_attributes a JOIN cis c "
                                               "ON c.id = a.ci_id ORDER BY c.name"));
    if (!attributes)
        return attributes.error();
    bool attributeRow = attributes->next();
    qint64 written = 0;
    while (cis->next()) {
        const QString name = cis->value(0).toString();
        QStringList record(header->size());
        for (int i = 0; i < 6; ++i)
            record[i] = cis->value(i).toString();
        while (attributeRow && attributes->value(0).toString() == name) {
            const auto column = columnOf.constFind(attributes->value(1).toString());
            // A value whose definition was removed has no column; it stays in the database.
            if (column != columnOf.cend())
                record[*column] = attributes->value(2).toString();
            attributeRow = attributes->next();
        }
        if (!writer.writeRecord(record))
            return writeFailed(device);
        ++written;
    }
    return written;
}

Result<qint64> CmdbExport::writeRelations(QIODevice &device)
{
    Csv::Writer writer(device);
    if (!writer.writeRecord(
            {QStringLiteral("source"), QStringLiteral("type"), QStringLiteral("target")}))
        return writeFailed(device);
    auto query = m_db.exec(QStringLiteral("SELECT s.name, r.type, t.name FROM ci_relations r "
                                          "JOIN cis s ON s.id = r.source_id "
                                          "JOIN cis t ON t.id = r.target_id "
                                          "ORDER BY s.name, r.type, t.name"));
    if (!query)
        return query.error();
    qint64 written = 0;
    while (query->next()) {
        if (!writer.writeRecord({query->value(0).toString(), query->value(1).toString(),
                                 query->value(2).toString()}))
            return writeFailed(device);
        ++written;
    }
    return written;
}

} // namespace ServiceDeck::Storage
