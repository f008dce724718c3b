// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importplan.h"

#include "core/cmdb/cicatalogue.h"
#include "core/error.h"

#include <QHash>
#include <QSet>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Storage::Internal {

class CiLookup;

// Checks every row of a CI file against the catalogue and the database and plans the creates
// and updates. A row is an upsert by name: a column in the header is the truth for the CIs in
// the file (an empty cell clears the value), a column left out leaves the value as it is.
// Status is never empty: a new CI without one is live, an existing one keeps its own.
class CiFileChecker
{
public:
    CiFileChecker(Database &db, const Cmdb::CiCatalogue &catalogue, ImportPlan &plan,
                  QList<ImportError> &errors);

    Result<void> check(const Csv::Table &table, const ImportProgress &progress);

private:
    // What the file's attribute columns mean for one class, worked out once per class rather
    // than once per row.
    struct ClassColumns
    {
        QList<const Cmdb::AttributeDefinition *> definitions; // by attribute column; null: none
        QList<Cmdb::AttributeDefinition> requiredElsewhere;   // required, without a column
    };
    enum Core { Name, Class, Status, Owner, Location, Description, CoreCount };

    bool readHeader(const Csv::Record &header);
    const ClassColumns &classColumns(const QString &ciClass);
    void checkRow(const Csv::Record &record, const CiLookup &lookup);
    void checkAttributes(const Csv::Record &record, const QStringList &fields,
                         ConfigurationItem &ci, const CiLookup &lookup);
    void error(int line, const QString &column, const QString &message);

    Database &m_db;
    const Cmdb::CiCatalogue &m_catalogue;
    ImportPlan &m_plan;
    QList<ImportError> &m_errors;
    bool m_rowFailed = false;

    int m_core[CoreCount] = {-1, -1, -1, -1, -1, -1};  // field index of each core column
    QList<std::pair<int, QString>> m_attributeColumns; // field index, attribute name
    QHash<QString, ClassColumns> m_classColumns;
    QHash<QString, QUuid> m_groups; // support group name → id
    QSet<QString> m_fileNames;      // every CI name in the file
    const Csv::Table *m_table = nullptr;
    QHash<QString, qsizetype> m_seen; // name → index of its first record
};

} // namespace ServiceDeck::Storage::Internal
