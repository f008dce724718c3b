// SPDX-License-Identifier: GPL-3.0-or-later
#include "cirepository.h"

#include "database.h"
#include "ids.h"
#include "journal.h"

#include "cmdb/cicataloguerepository.h"
#include "cmdb/cichanges.h"

#include "core/cmdb/attributevalidation.h"
#include "core/timestamps.h"
#include "core/tr.h"

#include <QDateTime>

namespace ServiceDeck::Storage {

Result<std::optional<ConfigurationItem>> CiRepository::findByName(const QString &name)
{
    return findWhere(QStringLiteral("c.name"), name);
}

Result<std::optional<ConfigurationItem>> CiRepository::find(const QUuid &id)
{
    if (id.isNull())
        return std::optional<ConfigurationItem>();
    return findWhere(QStringLiteral("c.id"), Database::idValue(id));
}

Result<std::optional<ConfigurationItem>> CiRepository::findWhere(const QString &column,
                                                                 const QVariant &value)
{
    // `column` is one of two literals above, never user text.
    auto query = m_db.exec(QStringLiteral("SELECT c.id, c.version, c.name, c.class, c.status, "
                                          "g.name, c.location, c.description FROM cis c "
                                          "LEFT JOIN support_groups g ON g.id = c.owner_group_id "
                                          "WHERE %1 = ?")
                               .arg(column),
                           {value});
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

Result<QVariant> CiRepository::checkFields(ConfigurationItem &ci)
{
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
    auto existing = m_db.exec(QStringLiteral("SELECT id FROM cis WHERE name = ?"), {ci.name});
    if (!existing)
        return existing.error();
    if (existing->next() && Database::toUuid(existing->value(0)) != ci.id)
        return invalidData(
            Tr::tr("Field \"name\": a configuration item \"%1\" exists already").arg(ci.name));
    QVariant ownerId(QMetaType(QMetaType::QString));
    if (!ci.ownerGroup.isEmpty()) {
        auto group = m_db.exec(QStringLiteral("SELECT id FROM support_groups WHERE name = ?"),
                               {ci.ownerGroup});
        if (!group)
            return group.error();
        if (!group->next())
            return invalidData(
                Tr::tr("Field \"owner_group\": no group named \"%1\"").arg(ci.ownerGroup));
        ownerId = group->value(0);
    }
    return ownerId;
}

Result<QMap<QString, QString>> CiRepository::checkAttributes(const ConfigurationItem &ci)
{
    if (!m_catalogue) {
        auto loaded = CiCatalogueRepository(m_db).load();
        if (!loaded)
            return loaded.error();
        m_catalogue = std::move(*loaded);
    }
    const Cmdb::CiNameExists exists = [this](const QString &name) {
        auto found = m_db.exec(QStringLiteral("SELECT 1 FROM cis WHERE name = ?"), {name});
        return found.ok() && found->next();
    };
    return Cmdb::validateAttributes(*m_catalogue, ci.ciClass, ci.attributes, exists);
}

Result<ConfigurationItem> CiRepository::create(const ConfigurationItem &input, const QUuid &actorId)
{
    ConfigurationItem ci = input;
    ci.id = QUuid();
    auto ownerId = checkFields(ci);
    if (!ownerId)
        return ownerId.error();
    auto attributes = checkAttributes(ci);
    if (!attributes)
        return attributes.error();
    ci.attributes = *attributes;

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    ci.id = newId();
    ci.version = 1;
    const QString now = toIsoUtc(QDateTime::currentDateTimeUtc());
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO cis (id, name, class, status, "
                                             "owner_group_id, location, description, created, "
                                             "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {Database::idValue(ci.id), ci.name, ci.ciClass, ci.status, *ownerId,
                               Database::optionalText(ci.location), Database::optionalText(ci.description), now, now});
    if (!inserted)
        return inserted.error();
    JournalOp op;
    op.opId = newId();
    op.action = JournalOp::Action::Create;
    op.entity = QStringLiteral("cis");
    op.entityId = ci.id;
    op.actorId = actorId;
    op.changes = Internal::ciCreationChanges(ci);
    for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it) {
        auto attribute =
            m_db.exec(QStringLiteral("INSERT INTO ci_attributes (id, ci_id, name, "
                                     "value) VALUES (?, ?, ?, ?)"),
                      {Database::idValue(newId()), Database::idValue(ci.id), it.key(), it.value()});
        if (!attribute)
            return attribute.error();
    }
    if (auto journaled = Journal(m_db).append(op); !journaled)
        return journaled.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return ci;
}

Result<ConfigurationItem> CiRepository::update(const ConfigurationItem &input, const QUuid &actorId)
{
    ConfigurationItem ci = input;
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    // Read inside the transaction, so that the version check, the diff and the write see one
    // state of the row.
    auto stored = find(ci.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return invalidData(Tr::tr("No configuration item with the id %1")
                               .arg(ci.id.toString(QUuid::WithoutBraces)));
    const ConfigurationItem &current = **stored;
    if (current.version != ci.version)
        return Error{ErrorKind::Conflict,
                     Tr::tr("Configuration item \"%1\" was changed by someone else meanwhile "
                            "(version %2, edited from version %3); reload it and edit again")
                         .arg(current.name)
                         .arg(current.version)
                         .arg(ci.version)};
    auto ownerId = checkFields(ci);
    if (!ownerId)
        return ownerId.error();
    auto attributes = checkAttributes(ci);
    if (!attributes)
        return attributes.error();
    ci.attributes = *attributes;

    JournalOp op;
    op.opId = newId();
    op.action = JournalOp::Action::Update;
    op.entity = QStringLiteral("cis");
    op.entityId = ci.id;
    op.baseVersion = current.version;
    op.actorId = actorId;
    op.changes = Internal::ciFieldChanges(current, ci);
    for (const QString &name : Internal::changedAttributes(current, ci)) {
        const QString before = current.attributes.value(name);
        const QString after = ci.attributes.value(name);
        op.changes << FieldChange{name, Internal::journalValue(before),
                                  Internal::journalValue(after)};
        const QVariant ciId = Database::idValue(ci.id);
        Result<QSqlQuery> written =
            before.isEmpty()
                ? m_db.exec(QStringLiteral("INSERT INTO ci_attributes (id, ci_id, name, value) "
                                           "VALUES (?, ?, ?, ?)"),
                            {Database::idValue(newId()), ciId, name, after})
            : after.isEmpty()
                ? m_db.exec(QStringLiteral("DELETE FROM ci_attributes "
                                           "WHERE ci_id = ? AND name = ?"),
                            {ciId, name})
                : m_db.exec(QStringLiteral("UPDATE ci_attributes SET value = ?, "
                                           "version = version + 1 WHERE ci_id = ? AND name = ?"),
                            {after, ciId, name});
        if (!written)
            return written.error();
    }
    if (op.changes.isEmpty())
        return current; // nothing to save: no new version, no journal entry

    auto updated = m_db.exec(QStringLiteral("UPDATE cis SET name = ?, class = ?, status = ?, "
                                            "owner_group_id = ?, location = ?, description = ?, "
                                            "version = version + 1, updated = ? "
                                            "WHERE id = ? AND version = ?"),
                             {ci.name, ci.ciClass, ci.status, *ownerId, Database::optionalText(ci.location),
                              Database::optionalText(ci.description), toIsoUtc(QDateTime::currentDateTimeUtc()),
                              Database::idValue(ci.id), current.version});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{ErrorKind::Conflict,
                     Tr::tr("Configuration item \"%1\" was changed by someone else meanwhile")
                         .arg(current.name)};
    if (auto journaled = Journal(m_db).append(op); !journaled)
        return journaled.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    ci.version = current.version + 1;
    return ci;
}

Result<QList<CiSummary>> CiRepository::summaryRows(QSqlQuery &query)
{
    QList<CiSummary> rows;
    while (query.next())
        rows << CiSummary{Database::toUuid(query.value(0)), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString()};
    return rows;
}

Result<QList<CiSummary>> CiRepository::search(const QString &text, int limit)
{
    // A contains-match cannot use a b-tree index; the name order with LIMIT lets the database
    // walk the name index and stop early for a common term. LOWER() on both sides folds case
    // the same way for the data and the pattern (ASCII only on SQLite, fully on PostgreSQL).
    QString pattern = text.trimmed();
    pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    auto query = m_db.exec(QStringLiteral("SELECT c.id, c.name, c.class, c.status FROM cis c "
                                          "WHERE LOWER(c.name) LIKE LOWER(?) ESCAPE '\\' "
                                          "OR LOWER(c.class) LIKE LOWER(?) ESCAPE '\\' "
                                          "OR EXISTS (SELECT 1 FROM ci_attributes a "
                                          "WHERE a.ci_id = c.id "
                                          "AND LOWER(a.value) LIKE LOWER(?) ESCAPE '\\') "
                                          "ORDER BY c.name LIMIT ?"),
                           {pattern, pattern, pattern, std::max(0, limit)});
    if (!query)
        return query.error();
    return summaryRows(*query);
}

Result<QList<CiSummary>> CiRepository::summaries(const QList<QUuid> &ids)
{
    // In chunks well below SQLite's limit on bound variables; answered in the order asked.
    constexpr qsizetype chunk = 500;
    QHash<QUuid, CiSummary> found;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const QList<QUuid> part = ids.mid(from, chunk);
        QStringList marks;
        QVariantList values;
        for (const QUuid &id : part) {
            marks << QStringLiteral("?");
            values << Database::idValue(id);
        }
        auto query = m_db.exec(QStringLiteral("SELECT id, name, class, status FROM cis "
                                              "WHERE id IN (%1)")
                                   .arg(marks.join(QStringLiteral(", "))),
                               values);
        if (!query)
            return query.error();
        auto rows = summaryRows(*query);
        if (!rows)
            return rows.error();
        for (const CiSummary &row : std::as_const(*rows))
            found.insert(row.id, row);
    }
    QList<CiSummary> ordered;
    for (const QUuid &id : ids) {
        const auto it = found.constFind(id);
        if (it != found.constEnd())
            ordered << *it;
    }
    return ordered;
}

Result<QList<CiSummary>> CiRepository::byClass(const QString &ciClass, int offset, int limit)
{
    auto query = m_db.exec(QStringLiteral("SELECT id, name, class, status FROM cis "
                                          "WHERE class = ? ORDER BY name LIMIT ? OFFSET ?"),
                           {ciClass, std::max(0, limit), std::max(0, offset)});
    if (!query)
        return query.error();
    return summaryRows(*query);
}

Result<int> CiRepository::countByClass(const QString &ciClass)
{
    auto query = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM cis WHERE class = ?"), {ciClass});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace ServiceDeck::Storage
