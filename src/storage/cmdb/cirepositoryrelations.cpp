// SPDX-License-Identifier: GPL-3.0-or-later
// CiRepository's relations: the half of the repository that edits and reads the CMDB's graph,
// beside the graph queries it uses to warn about part_of cycles.
#include "storage/cirepository.h"

#include "cmdbgraph.h"

#include "storage/database.h"
#include "storage/ids.h"
#include "storage/journal.h"

#include "core/cmdb/impact.h"
#include "core/tr.h"

namespace ServiceDeck::Storage {

Result<QUuid> CiRepository::addRelation(const QUuid &sourceId, const QString &type,
                                        const QUuid &targetId, const QUuid &actorId)
{
    if (sourceId == targetId)
        return invalidData(Tr::tr("A configuration item cannot be related to itself"));
    auto known = m_db.exec(QStringLiteral("SELECT 1 FROM relation_types WHERE name = ?"), {type});
    if (!known)
        return known.error();
    if (!known->next())
        return invalidData(Tr::tr("Field \"type\": no relation type \"%1\"").arg(type));
    auto ends = summaries({sourceId, targetId});
    if (!ends)
        return ends.error();
    if (ends->size() != 2)
        return invalidData(Tr::tr("A relation needs two existing configuration items"));
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto duplicate = m_db.exec(QStringLiteral("SELECT 1 FROM ci_relations WHERE source_id = ? "
                                              "AND type = ? AND target_id = ?"),
                               {Database::idValue(sourceId), type, Database::idValue(targetId)});
    if (!duplicate)
        return duplicate.error();
    if (duplicate->next())
        return invalidData(Tr::tr("\"%1\" is related to \"%2\" by \"%3\" already")
                               .arg(ends->at(0).name, ends->at(1).name, type));
    const QUuid id = newId();
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO ci_relations (id, source_id, type, "
                       "target_id) VALUES (?, ?, ?, ?)"),
        {Database::idValue(id), Database::idValue(sourceId), type, Database::idValue(targetId)});
    if (!inserted)
        return inserted.error();
    JournalOp op;
    op.opId = newId();
    op.action = JournalOp::Action::Create;
    op.entity = QStringLiteral("ci_relations");
    op.entityId = id;
    op.actorId = actorId;
    op.changes << FieldChange{QStringLiteral("source"), {}, sourceId.toString(QUuid::WithoutBraces)}
               << FieldChange{QStringLiteral("type"), {}, type}
               << FieldChange{
                      QStringLiteral("target"), {}, targetId.toString(QUuid::WithoutBraces)};
    if (auto journaled = Journal(m_db).append(op); !journaled)
        return journaled.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> CiRepository::removeRelation(const QUuid &relationId, const QUuid &actorId)
{
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto row = m_db.exec(QStringLiteral("SELECT source_id, type, target_id, version "
                                        "FROM ci_relations WHERE id = ?"),
                         {Database::idValue(relationId)});
    if (!row)
        return row.error();
    if (!row->next())
        return invalidData(
            Tr::tr("No relation with the id %1").arg(relationId.toString(QUuid::WithoutBraces)));
    JournalOp op;
    op.opId = newId();
    op.action = JournalOp::Action::Delete;
    op.entity = QStringLiteral("ci_relations");
    op.entityId = relationId;
    op.baseVersion = row->value(3).toInt();
    op.actorId = actorId;
    // The old values go with the delete, so the history can say what was unlinked.
    op.changes << FieldChange{QStringLiteral("source"),
                              Database::toUuid(row->value(0)).toString(QUuid::WithoutBraces),
                              {}}
               << FieldChange{QStringLiteral("type"), row->value(1).toString(), {}}
               << FieldChange{QStringLiteral("target"),
                              Database::toUuid(row->value(2)).toString(QUuid::WithoutBraces),
                              {}};
    auto removed = m_db.exec(QStringLiteral("DELETE FROM ci_relations WHERE id = ?"),
                             {Database::idValue(relationId)});
    if (!removed)
        return removed.error();
    if (auto journaled = Journal(m_db).append(op); !journaled)
        return journaled.error();
    return tx.commit();
}

Result<bool> CiRepository::wouldCyclePartOf(const QUuid &sourceId, const QUuid &targetId)
{
    if (sourceId == targetId)
        return true;
    // source part_of target closes a cycle exactly when target is already part of source,
    // directly or through other part_of relations.
    Cmdb::ImpactOptions options;
    options.direction = Cmdb::ImpactDirection::Down;
    options.relationTypes = {QStringLiteral("part_of")};
    auto closure = CmdbGraph(m_db).closure(targetId, options);
    if (!closure)
        return closure.error();
    return closure->contains(sourceId);
}

Result<QList<CiRelation>> CiRepository::relationsOf(const QUuid &ciId)
{
    QList<CiRelation> relations;
    for (const bool outgoing : {true, false}) {
        auto query =
            m_db.exec(QStringLiteral("SELECT r.id, r.type, c.id, c.name, c.class, "
                                     "c.status FROM ci_relations r "
                                     "JOIN cis c ON c.id = r.%1 WHERE r.%2 = ? "
                                     "ORDER BY r.type, c.name")
                          .arg(outgoing ? QLatin1String("target_id") : QLatin1String("source_id"),
                               outgoing ? QLatin1String("source_id") : QLatin1String("target_id")),
                      {Database::idValue(ciId)});
        if (!query)
            return query.error();
        while (query->next()) {
            relations << CiRelation{
                Database::toUuid(query->value(0)), query->value(1).toString(), outgoing,
                CiSummary{Database::toUuid(query->value(2)), query->value(3).toString(),
                          query->value(4).toString(), query->value(5).toString()}};
        }
    }
    return relations;
}

} // namespace ServiceDeck::Storage
