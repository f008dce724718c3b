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

// Checks every row of a relation file (source, type, target by CI name) and plans the relations
// that are not there yet. Both CIs must exist: a relation file adds relations, not CIs.
class RelationFileChecker
{
public:
    RelationFileChecker(Database &db, const Cmdb::CiCatalogue &catalogue, ImportPlan &plan,
                        QList<ImportError> &errors);

    Result<void> check(const Csv::Table &table, const ImportProgress &progress);

private:
    void checkRow(const Csv::Record &record, const CiLookup &lookup, const QSet<QString> &existing);
    Result<void> checkPartOfCycles(CiLookup &lookup);
    void error(int line, const QString &column, const QString &message);

    Database &m_db;
    const Cmdb::CiCatalogue &m_catalogue;
    ImportPlan &m_plan;
    QList<ImportError> &m_errors;
    bool m_rowFailed = false;
    int m_source = 0;
    int m_type = 1;
    int m_target = 2;
    QSet<QString> m_seen; // relation keys of the file so far
};

} // namespace ServiceDeck::Storage::Internal
