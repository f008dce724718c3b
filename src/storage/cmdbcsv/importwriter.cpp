// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwriter.h"

#include "storage/bulkinsert.h"
#include "storage/cmdb/cichanges.h"

#include "core/timestamps.h"
#include "core/tr.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlError>

namespace ServiceDeck::Storage::Internal {

namespace {

// Records between flushes and progress reports: big enough for full multi-row statements,
// small enough that cancelling answers at once.
constexpr qsizetype Slice = 1000;

Error cancelled()
{
    return Error{ErrorKind::Usage, Tr::tr("Import cancelled; nothing was written")};
}

} // namespace

ImportWriter::ImportWriter(Database &db, const QUuid &actorId, const ImportProgress &progress)
    : m_db(db)
    , m_actorId(actorId)
    , m_progress(progress)
    , m_now(toIsoUtc(QDateTime::currentDateTimeUtc()))
    , m_cis(std::make_unique<BulkInsert>(
          db, QStringLiteral("cis"),
          QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("class"),
                      QStringLiteral("status"), QStringLiteral("owner_group_id"),
                      QStringLiteral("location"), QStringLiteral("description"),
                      QStringLiteral("created"), QStringLiteral("updated")}))
    , m_attributes(
          std::make_unique<BulkInsert>(db, QStringLiteral("ci_attributes"),
                                     QStringList{QStringLiteral("id"), QStringLiteral("ci_id"),
                                                 QStringLiteral("name"), QStringLiteral("value")}))
    , m_relations(std::make_unique<BulkInsert>(
          db, QStringLiteral("ci_relations"),
          QStringList{QStringLiteral("id"), QStringLiteral("source_id"), QStringLiteral("type"),
                      QStringLiteral("target_id")}))
    , m_journal(std::make_unique<BulkInsert>(
          db, QStringLiteral("journal"),
          QStringList{QStringLiteral("op_id"), QStringLiteral("action"), QStringLiteral("entity"),
                      QStringLiteral("entity_id"), QStringLiteral("field"),
                      QStringLiteral("old_value"), QStringLiteral("new_value"),
                      QStringLiteral("base_version"), QStringLiteral("actor_id"),
                      QStringLiteral("at"), QStringLiteral("origin")}))
{}

ImportWriter::~ImportWriter() = default;

Result<QSqlQuery *> ImportWriter::prepared(std::unique_ptr<QSqlQuery> &query, const QString &sql)
{
    if (!query) {
        auto made = m_db.prepare(sql);
        if (!made)
            return made.error();
        query = std::make_unique<QSqlQuery>(std::move(*made));
    }
    return query.get();
}

void ImportWriter::journal(const JournalOp &op)
{
    const QVariant nullText(QMetaType(QMetaType::QString));
    for (const FieldChange &change : op.changes) {
        *m_journal << Database::idValue(op.opId) << Journal::actionName(op.action) << op.entity
                   << Database::idValue(op.entityId)
                   << (change.field.isNull() ? nullText : QVariant(change.field))
                   << (change.oldValue.isNull() ? nullText : QVariant(change.oldValue))
                   << (change.newValue.isNull() ? nullText : QVariant(change.newValue))
                   << op.baseVersion << Database::optionalId(m_actorId) << m_now << op.origin;
    }
}

void ImportWriter::create(const PlannedCi &planned)
{
    const ConfigurationItem &ci = planned.after;
    const QUuid id = m_ids.next();
    *m_cis << Database::idValue(id) << ci.name << ci.ciClass << ci.status
           << Database::optionalId(planned.ownerGroupId) << Database::optionalText(ci.location)
           << Database::optionalText(ci.description) << m_now << m_now;
    JournalOp op;
    op.opId = m_ids.next();
    op.action = JournalOp::Action::Create;
    op.entity = QStringLiteral("cis");
    op.entityId = id;
    op.actorId = m_actorId;
    op.changes = Internal::ciCreationChanges(ci);
    for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it)
        *m_attributes << Database::idValue(m_ids.next()) << Database::idValue(id) << it.key()
                      << it.value();
    journal(op);
}

Result<void> ImportWriter::update(const PlannedCi &planned)
{
    const ConfigurationItem &before = planned.before;
    const ConfigurationItem &after = planned.after;
    JournalOp op;
    op.opId = m_ids.next();
    op.action = JournalOp::Action::Update;
    op.entity = QStringLiteral("cis");
    op.entityId = before.id;
    op.baseVersion = before.version;
    op.actorId = m_actorId;
    // Name and class never differ here: rows match CIs by name, and a class change is refused.
    op.changes = Internal::ciFieldChanges(before, after);
    auto updateCi =
        prepared(m_updateCi, QStringLiteral("UPDATE cis SET status = ?, owner_group_id = ?, "
                                            "location = ?, description = ?, "
                                            "version = version + 1, updated = ? "
                                            "WHERE id = ? AND version = ?"));
    if (!updateCi)
        return updateCi.error();
    QSqlQuery &query = **updateCi;
    query.addBindValue(after.status);
    query.addBindValue(Database::optionalId(planned.ownerGroupId));
    query.addBindValue(Database::optionalText(after.location));
    query.addBindValue(Database::optionalText(after.description));
    query.addBindValue(m_now);
    query.addBindValue(Database::idValue(before.id));
    query.addBindValue(before.version);
    if (!query.exec())
        return m_db.sqlError(query.lastError(), Tr::tr("updating configuration items"));
    if (query.numRowsAffected() != 1)
        return Error{ErrorKind::Conflict,
                     Tr::tr("Line %1: configuration item \"%2\" was changed by someone else "
                            "since the file was checked; check the file again")
                         .arg(planned.line)
                         .arg(before.name)};

    for (const QString &name : Internal::changedAttributes(before, after)) {
        const QString old = before.attributes.value(name);
        const QString now = after.attributes.value(name);
        op.changes << FieldChange{name, Internal::journalValue(old), Internal::journalValue(now)};
        if (old.isEmpty()) {
            *m_attributes << Database::idValue(m_ids.next()) << Database::idValue(before.id) << name
                          << now;
            continue;
        }
        auto statement =
            now.isEmpty()
                ? prepared(m_deleteAttribute, QStringLiteral("DELETE FROM ci_attributes "
                                                             "WHERE ci_id = ? AND name = ?"))
                : prepared(m_updateAttribute, QStringLiteral("UPDATE ci_attributes SET value = ?, "
                                                             "version = version + 1 "
                                                             "WHERE ci_id = ? AND name = ?"));
        if (!statement)
            return statement.error();
        QSqlQuery &attribute = **statement;
        if (!now.isEmpty())
            attribute.addBindValue(now);
        attribute.addBindValue(Database::idValue(before.id));
        attribute.addBindValue(name);
        if (!attribute.exec())
            return m_db.sqlError(attribute.lastError(), Tr::tr("updating CI attributes"));
    }
    journal(op);
    return {};
}

Result<void> ImportWriter::flush()
{
    // Parents before the rows that reference them.
    for (BulkInsert *batch : {m_cis.get(), m_attributes.get(), m_relations.get(), m_journal.get()}) {
        if (auto flushed = batch->flush(); !flushed)
            return flushed;
    }
    return {};
}

Result<void> ImportWriter::writeCis(const QList<PlannedCi> &cis)
{
    for (qsizetype i = 0; i < cis.size(); ++i) {
        const PlannedCi &planned = cis.at(i);
        if (planned.before.id.isNull()) {
            create(planned);
        } else if (auto updated = update(planned); !updated) {
            return updated;
        }
        if ((i + 1) % Slice == 0 || i + 1 == cis.size()) {
            if (auto flushed = flush(); !flushed)
                return flushed;
            if (m_progress && !m_progress(i + 1, cis.size()))
                return cancelled();
        }
    }
    return {};
}

Result<void> ImportWriter::writeRelations(const QList<PlannedRelation> &relations)
{
    for (qsizetype i = 0; i < relations.size(); ++i) {
        const PlannedRelation &relation = relations.at(i);
        const QUuid id = m_ids.next();
        *m_relations << Database::idValue(id) << Database::idValue(relation.sourceId)
                     << relation.type << Database::idValue(relation.targetId);
        JournalOp op;
        op.opId = m_ids.next();
        op.action = JournalOp::Action::Create;
        op.entity = QStringLiteral("ci_relations");
        op.entityId = id;
        op.actorId = m_actorId;
        op.changes << FieldChange{QStringLiteral("source"),
                                  {},
                                  relation.sourceId.toString(QUuid::WithoutBraces)}
                   << FieldChange{QStringLiteral("type"), {}, relation.type}
                   << FieldChange{QStringLiteral("target"),
                                  {},
                                  relation.targetId.toString(QUuid::WithoutBraces)};
        journal(op);
        if ((i + 1) % Slice == 0 || i + 1 == relations.size()) {
            if (auto flushed = flush(); !flushed)
                return flushed;
            if (m_progress && !m_progress(i + 1, relations.size()))
                return cancelled();
        }
    }
    return {};
}

} // namespace ServiceDeck::Storage::Internal
