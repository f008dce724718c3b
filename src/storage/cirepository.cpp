// SPDX-License-Identifier: GPL-3.0-or-later
#include "cirepository.h"

#include "database.h"
#include "ids.h"
#include "journal.h"

#include "core/timestamps.h"
#include "core/tr.h"

#include <QDateTime>

namespace ServiceDeck::Storage {

Result<std::optional<ConfigurationItem>> CiRepository::findByName(const QString &name)
{
    auto query = m_db.exec(QStringLiteral("SELECT c.id, c.version, c.name, c.class, c.status, "
                                          "g.name, c.location, c.description FROM cis c "
                                          "LEFT JOIN support_groups g ON g.id = c.owner_group_id "
                                          "WHERE c.name = ?"),
                           {name});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ConfigurationItem>();
    ConfigurationItem ci;
    ci.id = Database::toUuid(query->value(0));
    ci.version = query->value(1).toInt();
    ci.name = query->value(2).toString();
    ci.ciClass = query->value(3).toString();
    ci.status = query->value(4).toString();
    ci.ownerGroup = query->value(5).toString();
    ci.location = query->value(6).toString();
    ci.description = query->value(7).toString();
    auto attributes = m_db.exec(QStringLiteral("SELECT name, value FROM ci_attributes "
                                               "WHERE ci_id = ?"),
                                {Database::idValue(ci.id)});
    if (!attributes)
        return attributes.error();
    while (attributes->next())
        ci.attributes.insert(attributes->value(0).toString(), attributes->value(1).toString());
    return std::optional<ConfigurationItem>(ci);
}

Result<ConfigurationItem> CiRepository::create(const ConfigurationItem &input,
                                               const QUuid &actorId)
{
    ConfigurationItem ci = input;
    ci.name = ci.name.trimmed();
    if (ci.name.isEmpty())
        return invalidData(Tr::tr("Field \"name\": a configuration item needs a name"));
    if (!ciStatuses().contains(ci.status))
        return invalidData(Tr::tr("Field \"status\": \"%1\" is not one of: %2")
                               .arg(ci.status, ciStatuses().join(QStringLiteral(", "))));
    auto cls = m_db.exec(QStringLiteral("SELECT 1 FROM ci_classes WHERE name = ?"), {ci.ciClass});
    if (!cls)
        return cls.error();
    if (!cls->next())
        return invalidData(Tr::tr("Field \"class\": no CI class \"%1\"").arg(ci.ciClass));
    auto existing = findByName(ci.name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return invalidData(Tr::tr("Field \"name\": a configuration item \"%1\" exists already")
                               .arg(ci.name));
    QVariant ownerId(QMetaType(QMetaType::QString));
    if (!ci.ownerGroup.isEmpty()) {
        auto group = m_db.exec(QStringLiteral("SELECT id FROM support_groups WHERE name = ?"),
                               {ci.ownerGroup});
        if (!group)
            return group.error();
        if (!group->next())
            return invalidData(Tr::tr("Field \"owner_group\": no group named \"%1\"")
                                   .arg(ci.ownerGroup));
        ownerId = group->value(0);
    }

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    ci.id = newId();
    ci.version = 1;
    const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
    const QVariant nullText(QMetaType(QMetaType::QString));
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO cis (id, name, class, status, "
                                             "owner_group_id, location, description, created, "
                                             "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {Database::idValue(ci.id), ci.name, ci.ciClass, ci.status, ownerId,
                               ci.location.isEmpty() ? nullText : ci.location,
                               ci.description.isEmpty() ? nullText : ci.description, now, now});
    if (!inserted)
        return inserted.error();
    JournalOp op;
    op.opId = newId();
    op.action = JournalOp::Action::Create;
    op.entity = QStringLiteral("cis");
    op.entityId = ci.id;
    op.actorId = actorId;
    op.changes << FieldChange{QStringLiteral("name"), {}, ci.name}
               << FieldChange{QStringLiteral("class"), {}, ci.ciClass}
               << FieldChange{QStringLiteral("status"), {}, ci.status};
    for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it) {
        auto attribute = m_db.exec(QStringLiteral("INSERT INTO ci_attributes (id, ci_id, name, "
                                                  "value) VALUES (?, ?, ?, ?)"),
                                   {Database::idValue(newId()), Database::idValue(ci.id),
                                    it.key(), it.value()});
        if (!attribute)
            return attribute.error();
        op.changes << FieldChange{it.key(), {}, it.value()};
    }
    if (auto journaled = Journal(m_db).append(op); !journaled)
        return journaled.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return ci;
}

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
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const QUuid id = newId();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO ci_relations (id, source_id, type, "
                                             "target_id) VALUES (?, ?, ?, ?)"),
                              {Database::idValue(id), Database::idValue(sourceId), type,
                               Database::idValue(targetId)});
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
               << FieldChange{QStringLiteral("target"), {}, targetId.toString(QUuid::WithoutBraces)};
    if (auto journaled = Journal(m_db).append(op); !journaled)
        return journaled.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

} // namespace ServiceDeck::Storage
