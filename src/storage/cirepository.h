// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ci.h"
#include "core/error.h"

#include <optional>

namespace ServiceDeck::Storage {

class Database;

// Configuration items and their relations, journaled like every other record.
class CiRepository
{
public:
    explicit CiRepository(Database &db) : m_db(db) {}

    Result<std::optional<ConfigurationItem>> findByName(const QString &name);
    // Validates class, status and owner group, then inserts the CI with its attributes.
    Result<ConfigurationItem> create(const ConfigurationItem &ci, const QUuid &actorId);
    // A directed relation of a known type ("depends_on", "runs_on", …) between two CIs.
    Result<QUuid> addRelation(const QUuid &sourceId, const QString &type, const QUuid &targetId,
                              const QUuid &actorId);

private:
    Database &m_db;
};

} // namespace ServiceDeck::Storage
