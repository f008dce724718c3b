// SPDX-License-Identifier: GPL-3.0-or-later
#include "rtsync.h"

#include "rtfields.h"

#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/ids.h"
#include "storage/ticketrepository.h"

#include "core/lifecycle.h"
#include "core/timestamps.h"
#include "core/tr.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ServiceDeck::Connectors::Rt::Internal {

using Storage::Database;

namespace {

const QString ticketsEntity = QStringLiteral("tickets");
const QString commentsEntity = QStringLiteral("comments");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A comment or reply of an RT ticket, as its history lists it.
struct Message
{
    QString transactionId;
    bool internal = false;
};

} // namespace

SyncRun::SyncRun(Database &db, const Remote &remote, const RtSettings &settings, RtClient &client,
                 const QUuid &actorId)
    : m_db(db)
    , m_remote(remote)
    , m_settings(settings)
    , m_client(client)
    , m_actorId(actorId)
    , m_repo(db)
{}

const char *SyncRun::abortAfterCreateVariable()
{
    return "SERVICEDECK_TEST_RT_ABORT_AFTER_CREATE";
}

QString SyncRun::origin() const
{
    return QStringLiteral("rt:") + idText(m_remote.id);
}

Result<std::optional<Ticket>> SyncRun::loadTicket(const QUuid &id)
{
    auto query = m_db.exec(QStringLiteral("SELECT number FROM tickets WHERE id = ?"),
                           {Database::idValue(id)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Ticket>();
    const QString number = query->value(0).toString();
    query->finish();
    auto ticket = Storage::TicketRepository(m_db).findByNumber(number);
    if (!ticket)
        return ticket.error();
    return std::optional<Ticket>(*ticket);
}

Result<bool> SyncRun::hasOpenConflict(const QUuid &ticketId, const QString &field)
{
    auto query = m_db.exec(
        QStringLiteral("SELECT 1 FROM sync_conflicts WHERE resolved IS NULL "
                       "AND remote_id = ? AND entity = ? AND entity_id = ? "
                       "AND field = ?"),
        {Database::idValue(m_remote.id), ticketsEntity, Database::idValue(ticketId), field});
    if (!query)
        return query.error();
    return query->next();
}

Result<void> SyncRun::addConflict(const QUuid &ticketId, const QUuid &opId, const QString &field,
                                  const QString &base, const QString &local, const QString &remote,
                                  const QString &why, const QString &remoteKey)
{
    QJsonObject detail{{QStringLiteral("remote"), m_remote.name},
                       {QStringLiteral("remoteKey"), remoteKey}};
    if (!why.isEmpty())
        detail.insert(QStringLiteral("message"), why);
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO sync_conflicts (id, op_id, kind, entity, entity_id, field, "
                       "base_value, local_value, remote_value, detail, actor_id, created, "
                       "remote_id) VALUES (?, ?, 'field', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {Database::idValue(Storage::newId()),
         Database::idValue(opId.isNull() ? Storage::newId() : opId), ticketsEntity,
         Database::idValue(ticketId), field, base, local, remote,
         QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
         Database::optionalId(m_actorId), toIsoUtc(QDateTime::currentDateTimeUtc()),
         Database::idValue(m_remote.id)});
    if (!inserted)
        return inserted.error();
    ++m_report.conflicts;
    return {};
}

Result<void> SyncRun::fail(const Error &error, const QUuid &opId, const QString &entity,
                           const QUuid &entityId)
{
    RemoteError record;
    record.id = Storage::newId();
    record.remoteId = m_remote.id;
    record.opId = opId;
    record.entity = entity;
    record.entityId = entityId;
    record.at = toIsoUtc(QDateTime::currentDateTimeUtc());
    record.message = error.message;
    if (auto recorded = m_repo.recordError(record); !recorded)
        return recorded.error();
    ++m_report.errors;
    return error;
}

Result<bool> SyncRun::merge(RemoteLink &link, const RtTicket &rt, const Ticket &local,
                            const QUuid &opId)
{
    QJsonObject base = link.base;
    Storage::FieldAssignments apply;
    QString newState;
    QString stateBase;
    for (const QString &field : mappedFields()) {
        const QString remote = remoteValue(field, rt.json);
        const QString remoteHere = toLocal(m_settings, field, remote);
        const QString mine = local.fields.value(field);
        const QString agreedHere = baseLocal(base, field);
        const QString agreedThere = baseRemote(m_settings, base, field);
        auto open = hasOpenConflict(local.id, field);
        if (!open)
            return open.error();
        if (*open || remote == agreedThere)
            continue; // left for the person, or RT did not change it
        if (remoteHere.isEmpty() && !remote.isEmpty()) {
            setBase(base, field, agreedHere, remote); // RT's value has no meaning here
            continue;
        }
        const bool localChanged = mine != agreedHere;
        if (!localChanged || mine == remoteHere) {
            if (mine != remoteHere) {
                if (field == u"state") {
                    newState = remoteHere;
                    stateBase = agreedHere;
                } else {
                    apply.append({field, remoteHere});
                }
            }
            setBase(base, field, remoteHere, remote);
            continue;
        }
        if (auto added =
                addConflict(local.id, opId, field, agreedHere, mine, remoteHere, {}, rt.id);
            !added)
            return added.error();
        // RT's value is seen; the agreed local value stays until the person decides.
        setBase(base, field, agreedHere, remote);
    }

    bool changed = false;
    Storage::JournalOriginScope scope(m_db, origin());
    Storage::TicketRepository tickets(m_db);
    if (!apply.isEmpty()) {
        auto updated = tickets.update(local.number, apply, m_actorId);
        if (!updated)
            return updated.error();
        changed = true;
    }
    if (!newState.isEmpty()) {
        auto updated = moveState(local, newState);
        if (updated) {
            changed = true;
        } else if (updated.error().kind == ErrorKind::InvalidData) {
            // The local lifecycle cannot follow RT (a step needs an assignee or a resolution
            // that RT does not give): a person decides, as for a clash.
            if (auto added = addConflict(local.id, opId, QStringLiteral("state"), stateBase,
                                         local.fields.value(QStringLiteral("state")), newState,
                                         updated.error().message, rt.id);
                !added)
                return added.error();
            base.insert(QStringLiteral("state"), stateBase);
        } else {
            return updated.error();
        }
    }
    link.base = base;
    link.etag = QString::fromLatin1(rt.etag);
    return changed;
}

Result<void> SyncRun::moveState(const Ticket &local, const QString &target)
{
    // RT's lifecycle is coarser than ours: a supplier who resolves a ticket skips states this
    // side has. The shortest run of allowed steps is taken, each checked by the ticket rules;
    // when a step needs a field RT cannot give (an assignee, a resolution), none is taken.
    const QString from = local.fields.value(QStringLiteral("state"));
    QMap<QString, QString> previous;
    QStringList queue{from};
    previous.insert(from, QString());
    while (!queue.isEmpty() && !previous.contains(target)) {
        const QString state = queue.takeFirst();
        for (const QString &next : allowedTransitions(local.kind, state)) {
            if (!previous.contains(next)) {
                previous.insert(next, state);
                queue << next;
            }
        }
    }
    QStringList path;
    if (previous.contains(target)) {
        for (QString state = target; state != from; state = previous.value(state))
            path.prepend(state);
    } else {
        path << target; // unreachable: the rules say why
    }
    Storage::Transaction steps(m_db);
    if (auto begun = steps.begin(); !begun)
        return begun;
    for (const QString &state : path) {
        auto moved = Storage::TicketRepository(m_db).update(
            local.number, {{QStringLiteral("state"), state}}, m_actorId);
        if (!moved)
            return moved.error(); // the steps taken so far roll back with `steps`
    }
    return steps.commit();
}

Result<void> SyncRun::pull()
{
    for (const QueueMapping &mapping : m_settings.queues) {
        if (auto pulled = pullQueue(mapping); !pulled)
            return pulled;
    }
    return {};
}

Result<void> SyncRun::pullQueue(const QueueMapping &mapping)
{
    const QString cursorKey = QStringLiteral("pull_cursor:") + mapping.queue;
    auto cursor = m_repo.state(m_remote.id, cursorKey);
    if (!cursor)
        return cursor.error();
    QString sql = QStringLiteral("Queue = ") + ticketSqlQuote(mapping.queue);
    // ">=": RT's clock has one-second steps, so a ticket updated in the second of the cursor
    // but after the last run must still come; the ones already seen are skipped below.
    if (!cursor->isEmpty())
        sql += QStringLiteral(" AND LastUpdated >= ") + ticketSqlQuote(*cursor);
    auto items =
        m_client.searchTickets(sql, QStringLiteral("LastUpdated"), QStringLiteral("LastUpdated"));
    if (!items)
        return fail(items.error(), {}, ticketsEntity, {});
    QString newest = *cursor;
    Result<void> outcome;
    for (const QJsonObject &item : *items) {
        const QString key = item.value(QStringLiteral("id")).toVariant().toString();
        const QString updated = item.value(QStringLiteral("LastUpdated")).toString();
        if (key.isEmpty() || updated.isEmpty()) {
            outcome = fail(invalidData(Tr::tr("RT listed a ticket without id or LastUpdated")), {},
                           ticketsEntity, {});
            break;
        }
        auto link = m_repo.linkByKey(m_remote.id, ticketsEntity, key);
        if (!link) {
            outcome = link.error();
            break;
        }
        bool seen = false;
        if (link->has_value() &&
            (*link)->base.value(QStringLiteral("_lastUpdated")).toString() == updated) {
            // Same second as last time: only the ETag (RT's newest transaction) tells whether
            // something happened later in that second.
            auto current = m_client.ticket(key);
            if (!current) {
                outcome = fail(current.error(), {}, ticketsEntity, (*link)->localId);
                break;
            }
            seen = QString::fromLatin1(current->etag) == (*link)->etag;
        }
        if (seen) {
            ++m_report.unchanged;
        } else if (auto pulled = pullTicket(key, mapping, *link); !pulled) {
            outcome = fail(pulled.error(), {}, ticketsEntity,
                           link->has_value() ? (*link)->localId : QUuid());
            break;
        }
        newest = std::max(newest, updated); // ISO UTC text sorts as time does
    }
    if (newest != *cursor) {
        if (auto saved = m_repo.setState(m_remote.id, cursorKey, newest); !saved)
            return saved;
    }
    return outcome;
}

Result<void> SyncRun::pullTicket(const QString &remoteKey, const QueueMapping &mapping,
                                 std::optional<RemoteLink> link)
{
    auto rt = m_client.ticket(remoteKey);
    if (!rt)
        return rt.error();
    QUrlQuery historyQuery;
    historyQuery.addQueryItem(QStringLiteral("fields"), QStringLiteral("Type"));
    auto history =
        m_client.getAll(QStringLiteral("ticket/%1/history").arg(remoteKey), historyQuery);
    if (!history)
        return history.error();
    QList<Message> messages;
    QString createTransaction;
    for (const QJsonObject &transaction : *history) {
        const QString type = transaction.value(QStringLiteral("Type")).toString();
        const QString id = transaction.value(QStringLiteral("id")).toVariant().toString();
        if (type == u"Create" && createTransaction.isEmpty())
            createTransaction = id;
        if (type != u"Comment" && type != u"Correspond")
            continue;
        auto linked = m_repo.linkByKey(m_remote.id, commentsEntity, id);
        if (!linked)
            return linked.error();
        if (!linked->has_value())
            messages << Message{id, type == u"Comment"};
    }
    // Texts of the messages still to copy (and of the first message for a new ticket).
    QMap<QString, QString> texts;
    if (!messages.isEmpty() || !link) {
        auto attachments = m_client.attachments(remoteKey);
        if (!attachments)
            return attachments.error();
        for (const QJsonObject &attachment : *attachments) {
            const QJsonValue transactionValue = attachment.value(QStringLiteral("TransactionId"));
            const QString transaction =
                transactionValue.isObject()
                    ? transactionValue.toObject().value(QStringLiteral("id")).toVariant().toString()
                    : transactionValue.toVariant().toString();
            const QString type = attachment.value(QStringLiteral("ContentType")).toString();
            if (!type.startsWith(u"text/plain") && !type.startsWith(u"text/html"))
                continue;
            // A plain part wins over its HTML twin.
            if (texts.contains(transaction) && !type.startsWith(u"text/plain"))
                continue;
            const QString text =
                plainText(attachment.value(QStringLiteral("Content")).toString(), type);
            if (!text.isEmpty())
                texts.insert(transaction, text);
        }
    }

    Storage::Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    Storage::JournalOriginScope scope(m_db, origin());
    bool changed = false;
    if (!link) {
        Storage::FieldAssignments fields = {
            {QStringLiteral("title"), remoteValue(QStringLiteral("title"), rt->json)},
            {QStringLiteral("group"), mapping.group}};
        const QString description = texts.value(createTransaction);
        if (!description.isEmpty())
            fields.append({QStringLiteral("description"), description});
        const QString urgency = toLocal(m_settings, QStringLiteral("urgency"),
                                        remoteValue(QStringLiteral("urgency"), rt->json));
        if (!urgency.isEmpty())
            fields.append({QStringLiteral("urgency"), urgency});
        auto created = Storage::TicketRepository(m_db).create(mapping.kind, fields, m_actorId);
        if (!created)
            return created.error();
        RemoteLink fresh;
        fresh.remoteId = m_remote.id;
        fresh.entity = ticketsEntity;
        fresh.localId = created->id;
        fresh.remoteKey = remoteKey;
        // The new ticket as the agreed base: the merge below then brings in what RT has and
        // the create could not say (a status the lifecycle reaches in steps).
        for (const QString &field : mappedFields()) {
            const QString value = created->fields.value(field);
            setBase(fresh.base, field, value, toRemote(m_settings, field, value));
        }
        link = fresh;
        changed = true;
    }
    auto local = loadTicket(link->localId);
    if (!local)
        return local.error();
    if (!local->has_value()) {
        // Deleted here: RT's edits have nothing to land on; the link goes so that nothing is
        // pushed for it again.
        if (auto removed = m_repo.removeLink(m_remote.id, ticketsEntity, link->localId); !removed)
            return removed;
        ++m_report.unchanged;
        return tx.commit();
    }
    auto merged = merge(*link, *rt, **local, {});
    if (!merged)
        return merged.error();
    changed = changed || *merged;
    Storage::ActivityRepository activity(m_db);
    for (const Message &message : messages) {
        const QString text = texts.value(message.transactionId);
        if (text.isEmpty())
            continue; // an empty reply (a status change with no words): nothing to show
        auto added = activity.add(link->localId, text, message.internal, 0, m_actorId);
        if (!added)
            return added.error();
        RemoteLink commentLink;
        commentLink.remoteId = m_remote.id;
        commentLink.entity = commentsEntity;
        commentLink.localId = added->id;
        commentLink.remoteKey = message.transactionId;
        if (auto saved = m_repo.saveLink(commentLink); !saved)
            return saved;
        changed = true;
    }
    link->base.insert(QStringLiteral("_lastUpdated"),
                      rt->json.value(QStringLiteral("LastUpdated")).toString());
    if (auto saved = m_repo.saveLink(*link); !saved)
        return saved;
    if (auto committed = tx.commit(); !committed)
        return committed;
    if (changed)
        ++m_report.pulled;
    else
        ++m_report.unchanged;
    return {};
}

} // namespace ServiceDeck::Connectors::Rt::Internal
