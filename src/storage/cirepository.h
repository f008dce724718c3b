// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ci.h"
#include "core/cmdb/cicatalogue.h"
#include "core/error.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace ServiceDeck::Storage {

class Database;

// What a list or a tree shows of a CI.
struct CiSummary
{
    QUuid id;
    QString name;
    QString ciClass;
    QString status;
};

// One relation seen from one CI: outgoing (this CI is the source) or incoming.
struct CiRelation
{
    QUuid id;
    QString type;
    bool outgoing = true;
    CiSummary other;
};

// Configuration items and their relations, journaled like every other record. Attribute values
// are validated against the class's definitions (Cmdb::validateAttributes).
class CiRepository
{
public:
    explicit CiRepository(Database &db) : m_db(db) {}

    Result<std::optional<ConfigurationItem>> findByName(const QString &name);
    Result<std::optional<ConfigurationItem>> find(const QUuid &id);
    // Validates class, status, owner group and attributes, then inserts the CI.
    Result<ConfigurationItem> create(const ConfigurationItem &ci, const QUuid &actorId);
    // Saves the changed fields and attributes of ci; ci.version is the version it was read at.
    // A CI changed by someone else meanwhile is refused with ErrorKind::Conflict.
    Result<ConfigurationItem> update(const ConfigurationItem &ci, const QUuid &actorId);

    // A directed relation of a known type ("depends_on", "runs_on", …) between two CIs.
    Result<QUuid> addRelation(const QUuid &sourceId, const QString &type, const QUuid &targetId,
                              const QUuid &actorId);
    Result<void> removeRelation(const QUuid &relationId, const QUuid &actorId);
    // Whether adding source -part_of-> target would close a cycle of part_of relations.
    Result<bool> wouldCyclePartOf(const QUuid &sourceId, const QUuid &targetId);
    // Both directions, outgoing first, each ordered by type and the other CI's name.
    Result<QList<CiRelation>> relationsOf(const QUuid &ciId);

    // CIs whose name, class or an attribute value contains the text (case-insensitive),
    // ordered by name.
    Result<QList<CiSummary>> search(const QString &text, int limit = 200);
    Result<QList<CiSummary>> summaries(const QList<QUuid> &ids);
    // CIs of a class ordered by name, a page at a time (the tree's lazy children).
    Result<QList<CiSummary>> byClass(const QString &ciClass, int offset, int limit);
    Result<int> countByClass(const QString &ciClass);

private:
    Result<std::optional<ConfigurationItem>> findWhere(const QString &column,
                                                       const QVariant &value);
    // Checks name, status, class and owner group; returns the owner group's id (or NULL).
    Result<QVariant> checkFields(ConfigurationItem &ci);
    Result<QMap<QString, QString>> checkAttributes(const ConfigurationItem &ci);
    Result<QList<CiSummary>> summaryRows(QSqlQuery &query);

    Database &m_db;
    // Loaded on first use: the definitions change with a schema step or an administrator's
    // edit, not while one repository object lives.
    std::optional<Cmdb::CiCatalogue> m_catalogue;
};

} // namespace ServiceDeck::Storage
