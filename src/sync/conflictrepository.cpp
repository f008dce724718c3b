// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictrepository.h"

#include "rowcodec.h"
#include "syncstate.h"

#include "storage/database.h"
#include "storage/ids.h"
#include "storage/journal.h"
#include "storage/ticketrepository.h"

#include "core/fields.h"
#include "core/timestamps.h"
#include "core/tr.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace ServiceDeck::Sync {

using Storage::Database;
using Storage::FieldChange;
using Storage::JournalOp;

namespace {

Result<SchemaInfo> replicaSchema(Database &db)
{
    auto json = SyncState(db).value(StateKey::schema);
    if (!json)
        return json.error();
    if (json->isEmpty())
        return Error{ErrorKind::InvalidData, Tr::tr("This database has never been synced")};
    return SchemaInfo::fromJson(*json);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Names for the ids a ticket field holds.
Result<QString> namesOf(Database &db, FieldType type, const QString &ids)
{
    if (ids.isEmpty())
        return QString();
    const auto [table, column] = type == FieldType::User    ? std::pair{"users", "login"}
                                 : type == FieldType::Group ? std::pair{"support_groups", "name"}
                                                            : std::pair{"cis", "name"};
    QStringList names;
    for (const QString &id : ids.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto query = runSql(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                    .arg(QLatin1String(column), QLatin1String(table)),
                            {id});
        if (!query)
            return query.error();
        names << (query->next() ? query->value(0).toString() : id);
    }
    names.sort();
    return names.join(QLatin1Char(','));
}

} // namespace

QString ConflictRepository::describe(const Conflict &c)
{
    const QString what = c.label.isEmpty() ? c.entity + QLatin1Char(' ') + idText(c.entityId)
                                           : c.label;
    if (c.kind == u"field" && !c.remoteId.isNull()) {
        const QString remote = QJsonDocument::fromJson(c.detail.toUtf8())
                                   .object()
                                   .value(QStringLiteral("remote"))
                                   .toString();
        return Tr::tr("%1: field \"%2\" changed here and in %3").arg(what, c.field, remote);
    }
    if (c.kind == u"field")
        return Tr::tr("%1: field \"%2\" changed on both sides").arg(what, c.field);
    if (c.kind == u"update_deleted")
        return Tr::tr("%1: edited here, deleted on the hub").arg(what);
    if (c.kind == u"delete_updated")
        return Tr::tr("%1: deleted here, edited on the hub").arg(what);
    return Tr::tr("%1: the hub refused the change: %2").arg(what, c.theirs);
}

Result<QString> ConflictRepository::displayValue(const Conflict &conflict, const QString &value)
{
    if (conflict.entity != u"tickets" || conflict.kind != u"field")
        return value;
    const FieldDef *def = findTicketField(conflict.field);
    if (!def)
        return value;
    switch (def->type) {
    case FieldType::User:
    case FieldType::Group:
    case FieldType::Ci:
    case FieldType::CiList: return namesOf(m_db, def->type, value);
    default: return value;
    }
}

Result<QList<Conflict>> ConflictRepository::open()
{
    auto query = runSql(m_db, QStringLiteral("SELECT id, op_id, kind, entity, entity_id, field, "
                                             "base_value, local_value, remote_value, detail, "
                                             "created, remote_id FROM sync_conflicts WHERE "
                                             "resolved IS NULL ORDER BY created, id"));
    if (!query)
        return query.error();
    QList<Conflict> conflicts;
    while (query->next()) {
        Conflict c;
        c.id = Database::toUuid(query->value(0));
        c.opId = Database::toUuid(query->value(1));
        c.kind = query->value(2).toString();
        c.entity = query->value(3).toString();
        c.entityId = Database::toUuid(query->value(4));
        c.field = query->value(5).toString();
        c.base = query->value(6).toString();
        c.mine = query->value(7).toString();
        c.theirs = query->value(8).toString();
        c.detail = query->value(9).toString();
        c.created = Database::instantText(query->value(10));
        c.remoteId = Database::toUuid(query->value(11));
        conflicts << c;
    }
    query->finish();
    for (Conflict &c : conflicts) {
        const QJsonObject image = QJsonDocument::fromJson(c.detail.toUtf8()).object();
        if (c.entity == u"tickets") {
            auto number = runSql(m_db, QStringLiteral("SELECT number FROM tickets WHERE id = ?"),
                                 {Database::idValue(c.entityId)});
            if (!number)
                return number.error();
            c.label = number->next() ? number->value(0).toString()
                                     : image.value(QStringLiteral("number")).toString();
        } else if (image.contains(QStringLiteral("name"))) {
            c.label = image.value(QStringLiteral("name")).toString();
        }
        for (QString *value : {&c.base, &c.mine, &c.theirs}) {
            auto shown = displayValue(c, *value);
            if (!shown)
                return shown.error();
            *value = *shown;
        }
    }
    return conflicts;
}

Result<Conflict> ConflictRepository::find(const QString &idOrPrefix)
{
    auto all = open();
    if (!all)
        return all.error();
    QList<Conflict> matches;
    for (const Conflict &c : *all) {
        if (!idOrPrefix.isEmpty() && idText(c.id).startsWith(idOrPrefix.toLower()))
            matches << c;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error{ErrorKind::InvalidData,
                     Tr::tr("No open conflict with the id \"%1\"").arg(idOrPrefix)};
    return Error{ErrorKind::Usage,
                 Tr::tr("\"%1\" names more than one conflict; give more of the id").arg(idOrPrefix)};
}

Result<void> ConflictRepository::resolve(const QString &idOrPrefix, Take take,
                                         const QString &value, const QUuid &actorId)
{
    auto conflict = find(idOrPrefix);
    if (!conflict)
        return conflict.error();
    const Conflict &c = *conflict;
    if (take == Take::Value && c.kind != u"field")
        return Error{ErrorKind::Usage, Tr::tr("Only a field conflict takes a value of its own; "
                                              "take local or remote")};
    Storage::Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    Result<void> done;
    QString resolution;
    if (c.kind == u"field" && !c.remoteId.isNull()) {
        resolution = take == Take::Local    ? QStringLiteral("local")
                     : take == Take::Remote ? QStringLiteral("remote")
                                            : QStringLiteral("value");
        done = resolveWithRemote(c, take, value, actorId);
    } else if (c.kind == u"field") {
        const QString chosen = take == Take::Local    ? c.mine
                               : take == Take::Remote ? c.theirs
                                                      : value;
        resolution = take == Take::Local    ? QStringLiteral("local")
                     : take == Take::Remote ? QStringLiteral("remote")
                                            : QStringLiteral("value");
        done = writeField(c, chosen, actorId);
    } else if (take == Take::Local) {
        resolution = QStringLiteral("local");
        if (c.kind == u"delete_updated")
            done = deleteAgain(c, actorId);
        else
            done = restore(c, actorId);
    } else {
        resolution = QStringLiteral("remote");
        done = queueRefetch(c, c.kind != u"update_deleted");
    }
    if (!done)
        return done;
    auto marked = runSql(m_db, QStringLiteral("UPDATE sync_conflicts SET resolved = ?, "
                                              "resolution = ? WHERE id = ?"),
                         {toIsoUtc(QDateTime::currentDateTimeUtc()), resolution,
                          Database::idValue(c.id)});
    if (!marked)
        return marked.error();
    return tx.commit();
}

Result<void> ConflictRepository::writeField(const Conflict &c, const QString &value,
                                            const QUuid &actorId)
{
    if (c.entity == u"tickets") {
        // Through the ticket rules, as if typed: priority follows impact and urgency, a state
        // must be reachable. Values are shown as names, which is what the repository takes.
        auto number = runSql(m_db, QStringLiteral("SELECT number FROM tickets WHERE id = ?"),
                             {Database::idValue(c.entityId)});
        if (!number)
            return number.error();
        if (!number->next())
            return Error{ErrorKind::InvalidData, Tr::tr("The ticket of this conflict is gone")};
        auto updated = Storage::TicketRepository(m_db).update(number->value(0).toString(),
                                                              {{c.field, value}}, actorId);
        if (!updated)
            return updated.error();
        return {};
    }
    auto schema = replicaSchema(m_db);
    if (!schema)
        return schema.error();
    RowCodec codec(m_db, *schema);
    auto normalised = codec.normalise(c.entity, c.field, value);
    if (!normalised)
        return normalised.error();
    auto current = codec.readField(c.entity, c.entityId, c.field);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error{ErrorKind::InvalidData, Tr::tr("The record of this conflict is gone")};
    auto version = runSql(m_db, QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(c.entity),
                          {Database::idValue(c.entityId)});
    if (!version)
        return version.error();
    version->next();
    JournalOp op;
    op.opId = Storage::newId();
    op.entity = c.entity;
    op.entityId = c.entityId;
    op.baseVersion = version->value(0).toInt();
    op.actorId = actorId;
    op.changes << FieldChange{c.field, **current, *normalised};
    if (auto written = codec.writeFields(c.entity, c.entityId, {{c.field, *normalised}});
        !written)
        return written;
    return Storage::Journal(m_db).append(op);
}

Result<void> ConflictRepository::resolveWithRemote(const Conflict &c, Take take,
                                                  const QString &value, const QUuid &actorId)
{
    // The remote's own edits are journaled under its origin ("rt:<id>") so that its push
    // skips them; a value chosen here is a local edit and is pushed.
    auto remote = runSql(m_db, QStringLiteral("SELECT kind FROM remotes WHERE id = ?"),
                         {Database::idValue(c.remoteId)});
    if (!remote)
        return remote.error();
    if (!remote->next())
        return Error{ErrorKind::InvalidData,
                     Tr::tr("The remote service of this conflict is gone")};
    const QString origin = remote->value(0).toString() + QLatin1Char(':') + idText(c.remoteId);
    remote->finish();
    if (take == Take::Remote) {
        Storage::JournalOriginScope scope(m_db, origin);
        if (auto written = writeField(c, c.theirs, actorId); !written)
            return written;
    } else if (take == Take::Value) {
        if (auto written = writeField(c, value, actorId); !written)
            return written;
    }
    // Agreed is now the remote's value: taking it settles the field; keeping the local value
    // or giving another one makes the local value differ from it, so the next push sends it.
    auto link = runSql(m_db, QStringLiteral("SELECT base FROM remote_links WHERE remote_id = ? "
                                            "AND entity = ? AND local_id = ?"),
                       {Database::idValue(c.remoteId), c.entity, Database::idValue(c.entityId)});
    if (!link)
        return link.error();
    if (!link->next())
        return {}; // the link is gone: nothing is exchanged for this record any more
    QJsonObject base = QJsonDocument::fromJson(link->value(0).toString().toUtf8()).object();
    link->finish();
    base.insert(c.field, c.theirs);
    auto saved = runSql(m_db, QStringLiteral("UPDATE remote_links SET base = ? WHERE "
                                             "remote_id = ? AND entity = ? AND local_id = ?"),
                        {QString::fromUtf8(QJsonDocument(base).toJson(QJsonDocument::Compact)),
                         Database::idValue(c.remoteId), c.entity, Database::idValue(c.entityId)});
    if (!saved)
        return saved.error();
    if (take == Take::Remote)
        return {};
    // A push marker: keeping the local value writes no op, yet the remote must get it.
    auto marked = runSql(m_db, QStringLiteral("INSERT INTO remote_state (remote_id, key, value) "
                                              "VALUES (?, ?, '1') ON CONFLICT (remote_id, key) "
                                              "DO UPDATE SET value = excluded.value"),
                         {Database::idValue(c.remoteId),
                          QStringLiteral("push:") + idText(c.entityId)});
    if (!marked)
        return marked.error();
    return {};
}

Result<void> ConflictRepository::restore(const Conflict &c, const QUuid &actorId)
{
    if (c.kind == u"rejected") {
        // Once more, as a new op: the same fields, pushed again.
        auto rows = runSql(m_db, QStringLiteral("SELECT action, field, old_value, new_value, "
                                                "base_version FROM journal WHERE op_id = ? "
                                                "ORDER BY seq"),
                           {Database::idValue(c.opId)});
        if (!rows)
            return rows.error();
        JournalOp op;
        op.opId = Storage::newId();
        op.entity = c.entity;
        op.entityId = c.entityId;
        op.actorId = actorId;
        while (rows->next()) {
            const QString action = rows->value(0).toString();
            op.action = action == u"create"   ? JournalOp::Action::Create
                        : action == u"delete" ? JournalOp::Action::Delete
                                              : JournalOp::Action::Update;
            op.baseVersion = rows->value(4).toInt();
            if (!rows->value(1).isNull())
                op.changes << FieldChange{rows->value(1).toString(), rows->value(2).toString(),
                                          rows->value(3).toString()};
        }
        return Storage::Journal(m_db).append(op);
    }
    // Edited here, deleted there: the local record comes back as a new create.
    auto schema = replicaSchema(m_db);
    if (!schema)
        return schema.error();
    const QJsonObject image = QJsonDocument::fromJson(c.detail.toUtf8()).object();
    if (image.isEmpty())
        return Error{ErrorKind::InvalidData, Tr::tr("The conflict keeps no copy of the record")};
    Row row;
    JournalOp op;
    op.opId = Storage::newId();
    op.action = JournalOp::Action::Create;
    op.entity = c.entity;
    op.entityId = c.entityId;
    op.actorId = actorId;
    for (auto it = image.constBegin(); it != image.constEnd(); ++it) {
        const QVariant value = it->isNull() ? QVariant() : QVariant(it->toString());
        row.insert(it.key(), value);
        if (!it->isNull() && it.key() != u"id" && it.key() != u"version")
            op.changes << FieldChange{it.key(), {}, it->toString()};
    }
    RowCodec codec(m_db, *schema);
    if (auto stored = codec.upsert(c.entity, row); !stored)
        return stored;
    return Storage::Journal(m_db).append(op);
}

Result<void> ConflictRepository::deleteAgain(const Conflict &c, const QUuid &actorId)
{
    if (c.entity == u"tickets") {
        auto number = runSql(m_db, QStringLiteral("SELECT number FROM tickets WHERE id = ?"),
                             {Database::idValue(c.entityId)});
        if (!number)
            return number.error();
        if (!number->next())
            return {}; // already gone here
        return Storage::TicketRepository(m_db).remove(number->value(0).toString(), actorId);
    }
    auto schema = replicaSchema(m_db);
    if (!schema)
        return schema.error();
    RowCodec codec(m_db, *schema);
    auto row = codec.read(c.entity, c.entityId);
    if (!row)
        return row.error();
    if (!row->has_value())
        return {};
    JournalOp op;
    op.opId = Storage::newId();
    op.action = JournalOp::Action::Delete;
    op.entity = c.entity;
    op.entityId = c.entityId;
    op.baseVersion = (*row)->value(QStringLiteral("version")).toInt();
    op.actorId = actorId;
    for (const Column &column : schema->columns(c.entity)) {
        if (column.name == u"id" || column.name == u"version")
            continue;
        const QString value = journalText(column.type, (*row)->value(column.name));
        if (!value.isEmpty())
            op.changes << FieldChange{column.name, value, {}};
    }
    if (auto removed = codec.remove(c.entity, c.entityId); !removed)
        return removed;
    return Storage::Journal(m_db).append(op);
}

Result<void> ConflictRepository::queueRefetch(const Conflict &c, bool withChildren)
{
    auto queued = runSql(m_db, QStringLiteral("INSERT INTO sync_refetch (entity, entity_id, "
                                              "with_children) VALUES (?, ?, ?) ON CONFLICT "
                                              "(entity, entity_id) DO NOTHING"),
                         {c.entity, Database::idValue(c.entityId), withChildren ? 1 : 0});
    if (!queued)
        return queued.error();
    return {};
}

} // namespace ServiceDeck::Sync
