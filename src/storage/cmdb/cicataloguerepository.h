// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cmdb/cicatalogue.h"
#include "core/error.h"

namespace ServiceDeck::Storage {

class Database;

// Reads the CI classes, attribute definitions and relation types of a database.
class CiCatalogueRepository
{
public:
    explicit CiCatalogueRepository(Database &db) : m_db(db) {}

    Result<Cmdb::CiCatalogue> load();

private:
    Database &m_db;
};

} // namespace ServiceDeck::Storage
