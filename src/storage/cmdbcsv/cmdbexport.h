// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QStringList>

class QIODevice;

namespace ServiceDeck::Storage {

class Database;

// Writes the CMDB as CSV files that CmdbImport reads back: the CIs (name, class, status,
// owner_group, location, description, then one column per attribute name that any class
// defines, sorted by name) or the relations (source, type, target by CI name), ordered by name.
class CmdbExport
{
public:
    explicit CmdbExport(Database &db)
        : m_db(db)
    {}

    // The header of a CI file for this database's catalogue.
    Result<QStringList> ciHeader();
    // Returns the number of records written after the header.
    Result<qint64> writeCis(QIODevice &device);
    Result<qint64> writeRelations(QIODevice &device);

private:
    Database &m_db;
};

} // namespace ServiceDeck::Storage
