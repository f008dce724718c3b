// SPDX-License-Identifier: GPL-3.0-or-later
// The push half of a run: the journal after the remote's cursor, replayed op by op.
#include "rtsync.h"

#include "rtfields.h"

#include "storage/database.h"
#include "storage/ids.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

#include <cstdlib>

namespace ServiceDeck::Connectors::Rt::Internal {

using Storage::Database;

namespace {

const QString ticketsEntity = QStringLiteral("tickets");
const QString commentsEntity = QStringLiteral("comments");
const QString pushCursorKey = QStringLiteral("push_seq");
const QString markPrefix = QStringLiteral("push:");
constexpr int opBatch = 500;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

Result<QList<SyncRun::Op>> SyncRun::readOps(qint64 after, int limit)
{
    auto query = m_db.exec(QStringLiteral("SELECT seq, op_id, action, entity, entity_id, field, "
                                          "new_value FROM journal WHERE seq > ? AND origin <> ? "
                                          "AND entity IN ('tickets', 'comments') ORDER BY seq "
                                          "LIMIT %1")
                               .arg(limit),
                           {after, origin()});
    if (!query)
        return query.error();
    QList<Op> ops;
    int rows = 0;
    while (query->next()) {
        ++rows;
        const QUuid opId = Database::toUuid(query->value(1));
        if (ops.isEmpty() || ops.last().opId != opId) {
            Op op;
            op.opId = opId;
            op.action = query->value(2).toString();
            op.entity = query->value(3).toString();
            op.entityId = Database::toUuid(query->value(4));
            ops << op;
        }
        Op &op = ops.last();
        op.lastSeq = query->value(0).toLongLong();
        if (!query->value(5).isNull())
            op.values.insert(query->value(5).toString(), query->value(6).toString());
    }
    // A full batch may end inside an op: that op comes whole with the next batch.
    if (rows == limit && ops.size() > 1)
        ops.removeLast();
    return ops;
}

Result<void> SyncRun::push()
{
    auto cursorText = m_repo.state(m_remote.id, pushCursorKey);
    if (!cursorText)
        return cursorText.error();
    if (cursorText->isEmpty()) {
        // A remote's first run starts at the journal's end: what happened before it was set up
        // is not replayed (a mapped group's old tickets are not all handed to RT at once).
        auto last = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM journal"));
        if (!last)
            return last.error();
        const qint64 end = last->next() ? last->value(0).toLongLong() : 0;
        last->finish();
        return m_repo.setState(m_remote.id, pushCursorKey, QString::number(end));
    }
    qint64 cursor = cursorText->toLongLong();
    for (;;) {
        auto ops = readOps(cursor, opBatch);
        if (!ops)
            return ops.error();
        if (ops->isEmpty())
            break;
        for (const Op &op : *ops) {
            if (auto pushed = pushOp(op); !pushed)
                return fail(pushed.error(), op.opId, op.entity, op.entityId);
            if (auto cleared = m_repo.clearErrors(m_remote.id, op.opId); !cleared)
                return cleared;
            cursor = op.lastSeq;
            if (auto saved = m_repo.setState(m_remote.id, pushCursorKey, QString::number(cursor));
                !saved)
                return saved;
        }
    }
    return pushMarked();
}

Result<void> SyncRun::pushMarked()
{
    // Tickets whose local values must reach RT without a new op: a conflict resolved by
    // keeping the local value, a create that RT took with other values.
    auto query = m_db.exec(QStringLiteral("SELECT key FROM remote_state WHERE remote_id = ? AND "
                                          "key LIKE 'push:%' ORDER BY key"),
                           {Database::idValue(m_remote.id)});
    if (!query)
        return query.error();
    QStringList keys;
    while (query->next())
        keys << query->value(0).toString();
    query->finish();
    for (const QString &key : keys) {
        const QUuid ticketId = QUuid::fromString(key.mid(markPrefix.size()));
        auto link = m_repo.link(m_remote.id, ticketsEntity, ticketId);
        if (!link)
            return link.error();
        if (link->has_value() && !(*link)->creating) {
            if (auto pushed = pushTicket(**link, {}); !pushed)
                return fail(pushed.error(), {}, ticketsEntity, ticketId);
        }
        auto removed = m_db.exec(QStringLiteral("DELETE FROM remote_state WHERE remote_id = ? "
                                                "AND key = ?"),
                                 {Database::idValue(m_remote.id), key});
        if (!removed)
            return removed.error();
    }
    return {};
}

Result<void> SyncRun::pushOp(const Op &op)
{
    if (op.entity == commentsEntity)
        return op.action == u"create" ? pushComment(op) : Result<void>();
    if (op.action == u"delete")
        return {}; // a ticket deleted here stays in RT: the supplier keeps its record
    auto link = m_repo.link(m_remote.id, ticketsEntity, op.entityId);
    if (!link)
        return link.error();
    if (link->has_value() && !(*link)->creating)
        return pushTicket(**link, op.opId);
    if (!link->has_value() && !op.values.contains(QStringLiteral("group")))
        return {}; // not exchanged with RT, and not handed to it by this op
    auto local = loadTicket(op.entityId);
    if (!local)
        return local.error();
    if (!local->has_value())
        return {};
    const QueueMapping *mapping =
        m_settings.mappingForGroup((*local)->fields.value(QStringLiteral("group")));
    if (!mapping)
        return {};
    return createRemote(**local, *mapping, *link, op.opId);
}

Result<QJsonObject> SyncRun::changedFields(const RemoteLink &link, const Ticket &local)
{
    QJsonObject body;
    for (const QString &field : mappedFields()) {
        const QString mine = local.fields.value(field);
        if (mine == baseLocal(link.base, field))
            continue;
        auto open = hasOpenConflict(local.id, field);
        if (!open)
            return open.error();
        if (*open)
            continue; // waits for the person
        const QString remote = toRemote(m_settings, field, mine);
        if (remote.isEmpty() || remote == baseRemote(m_settings, link.base, field))
            continue; // nothing RT can hold, or what RT already has
        body.insert(rtFieldName(field), remoteJson(field, remote));
    }
    return body;
}

Result<void> SyncRun::pushTicket(RemoteLink link, const QUuid &opId)
{
    auto local = loadTicket(link.localId);
    if (!local)
        return local.error();
    if (!local->has_value())
        return {};
    auto body = changedFields(link, **local);
    if (!body)
        return body.error();
    if (body->isEmpty()) {
        // What RT already has; the agreed local values follow the ticket's own wording
        // (a state that shares its RT status with another).
        ++m_report.unchanged;
        return {};
    }
    const QString path = QStringLiteral("ticket/") + link.remoteKey;
    auto put = m_client.put(path, *body, link.etag.toLatin1(), idText(opId));
    if (!put && put.error().kind == ErrorKind::Conflict) {
        // Someone changed the ticket in RT since the last exchange: merge RT's version in,
        // then send what is still ours once more against the new ETag.
        auto rt = m_client.ticket(link.remoteKey);
        if (!rt)
            return rt.error();
        Storage::Transaction tx(m_db);
        if (auto begun = tx.begin(); !begun)
            return begun.error();
        auto merged = merge(link, *rt, **local, opId);
        if (!merged)
            return merged.error();
        if (auto saved = m_repo.saveLink(link); !saved)
            return saved;
        if (auto committed = tx.commit(); !committed)
            return committed;
        local = loadTicket(link.localId);
        if (!local)
            return local.error();
        if (!local->has_value())
            return {};
        body = changedFields(link, **local);
        if (!body)
            return body.error();
        if (body->isEmpty())
            return {};
        put = m_client.put(path, *body, link.etag.toLatin1(), idText(opId));
    }
    if (!put)
        return put.error();
    auto rt = m_client.ticket(link.remoteKey);
    if (!rt)
        return rt.error();
    for (const QString &field : mappedFields()) {
        if (body->contains(rtFieldName(field)))
            setBase(link.base, field, (*local)->fields.value(field), remoteValue(field, rt->json));
    }
    link.etag = QString::fromLatin1(rt->etag);
    if (auto saved = m_repo.saveLink(link); !saved)
        return saved;
    ++m_report.pushed;
    return {};
}

Result<void> SyncRun::createRemote(const Ticket &local, const QueueMapping &mapping,
                                   std::optional<RemoteLink> link, const QUuid &opId)
{
    const QString localId = idText(local.id);
    if (link) {
        // A create that an earlier run sent but did not see through: RT may hold the ticket.
        auto found = m_client.searchTickets(
            QStringLiteral("'CF.{%1}' = %2").arg(m_settings.idField, ticketSqlQuote(localId)),
            QStringLiteral("id"), QStringLiteral("id"));
        if (!found)
            return found.error();
        if (!found->isEmpty())
            return finishCreate(local, *link,
                                found->first().value(QStringLiteral("id")).toVariant().toString());
    } else {
        RemoteLink creating;
        creating.remoteId = m_remote.id;
        creating.entity = ticketsEntity;
        creating.localId = local.id;
        creating.creating = true;
        // Committed before the create is sent, so that a run killed in between knows to look.
        if (auto saved = m_repo.saveLink(creating); !saved)
            return saved;
        link = creating;
    }
    QJsonObject body{{QStringLiteral("Queue"), mapping.queue},
                     {QStringLiteral("Subject"), local.fields.value(QStringLiteral("title"))},
                     {QStringLiteral("ContentType"), QStringLiteral("text/plain")},
                     {QStringLiteral("CustomFields"), QJsonObject{{m_settings.idField, localId}}}};
    const QString description = local.fields.value(QStringLiteral("description"));
    if (!description.isEmpty())
        body.insert(QStringLiteral("Content"), description);
    const QString status = m_settings.statusFor(local.fields.value(QStringLiteral("state")));
    // RT takes only its initial statuses on create; a later one follows as an update.
    if (status == u"new" || status == u"open" || status == u"stalled")
        body.insert(QStringLiteral("Status"), status);
    const QString priority = m_settings.priorityFor(local.fields.value(QStringLiteral("urgency")));
    if (!priority.isEmpty())
        body.insert(QStringLiteral("Priority"), priority.toInt());
    auto created = m_client.post(QStringLiteral("ticket"), body, idText(opId));
    if (!created)
        return created.error();
    const QString remoteKey =
        created->toObject().value(QStringLiteral("id")).toVariant().toString();
    if (remoteKey.isEmpty())
        return invalidData(Tr::tr("RT answered a ticket create without the new ticket's id"));
    if (qEnvironmentVariableIsSet(abortAfterCreateVariable()))
        std::abort(); // test hook: as if killed between RT's reply and the stored link
    return finishCreate(local, *link, remoteKey);
}

Result<void> SyncRun::finishCreate(const Ticket &local, RemoteLink link, const QString &remoteKey)
{
    auto rt = m_client.ticket(remoteKey);
    if (!rt)
        return rt.error();
    link.remoteKey = remoteKey;
    link.creating = false;
    link.etag = QString::fromLatin1(rt->etag);
    link.base = {};
    bool differs = false;
    for (const QString &field : mappedFields()) {
        const QString remote = remoteValue(field, rt->json);
        const QString mine = local.fields.value(field);
        if (toRemote(m_settings, field, mine) == remote || remote.isEmpty()) {
            setBase(link.base, field, mine, remote);
        } else {
            // RT holds something else (a status it does not take on create): agreed is RT's
            // value, so the next push sends ours.
            setBase(link.base, field, toLocal(m_settings, field, remote), remote);
            differs = true;
        }
    }
    if (auto saved = m_repo.saveLink(link); !saved)
        return saved;
    ++m_report.created;
    if (differs)
        return m_repo.setState(m_remote.id, markPrefix + idText(local.id), QStringLiteral("1"));
    return {};
}

Result<QString> SyncRun::findMessage(const QString &remoteKey, bool internal, const QString &text)
{
    // RT does not say which transaction a comment or reply made: it is the newest message of
    // that type with that text that no local comment is linked to yet.
    QUrlQuery historyQuery;
    historyQuery.addQueryItem(QStringLiteral("fields"), QStringLiteral("Type"));
    historyQuery.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    historyQuery.addQueryItem(QStringLiteral("order"), QStringLiteral("DESC"));
    historyQuery.addQueryItem(QStringLiteral("per_page"), QStringLiteral("50"));
    auto history =
        m_client.getObject(QStringLiteral("ticket/%1/history").arg(remoteKey), historyQuery);
    if (!history)
        return history.error();
    const QString wanted = internal ? QStringLiteral("Comment") : QStringLiteral("Correspond");
    QStringList candidates;
    for (const QJsonValue &value : history->value(QStringLiteral("items")).toArray()) {
        const QJsonObject transaction = value.toObject();
        if (transaction.value(QStringLiteral("Type")).toString() == wanted)
            candidates << transaction.value(QStringLiteral("id")).toVariant().toString();
    }
    if (candidates.isEmpty())
        return QString();
    auto attachments = m_client.attachments(remoteKey);
    if (!attachments)
        return attachments.error();
    QSet<QString> matching;
    for (const QJsonObject &attachment : *attachments) {
        const QString content =
            plainText(attachment.value(QStringLiteral("Content")).toString(),
                      attachment.value(QStringLiteral("ContentType")).toString());
        if (content == text.trimmed())
            matching.insert(
                attachment.value(QStringLiteral("TransactionId")).toVariant().toString());
    }
    for (const QString &candidate : candidates) {
        if (!matching.contains(candidate))
            continue;
        auto taken = m_repo.linkByKey(m_remote.id, commentsEntity, candidate);
        if (!taken)
            return taken.error();
        if (!taken->has_value())
            return candidate;
    }
    return QString();
}

Result<void> SyncRun::pushComment(const Op &op)
{
    const QUuid ticketId = QUuid::fromString(op.values.value(QStringLiteral("ticket")));
    auto link = m_repo.link(m_remote.id, ticketsEntity, ticketId);
    if (!link)
        return link.error();
    if (!link->has_value() || (*link)->creating)
        return {};
    const QString remoteKey = (*link)->remoteKey;
    auto done = m_repo.link(m_remote.id, commentsEntity, op.entityId);
    if (!done)
        return done.error();
    if (done->has_value() && !(*done)->creating)
        return {};
    const bool internal = op.values.value(QStringLiteral("visibility")) != u"public";
    const QString text = op.values.value(QStringLiteral("text"));
    RemoteLink commentLink;
    commentLink.remoteId = m_remote.id;
    commentLink.entity = commentsEntity;
    commentLink.localId = op.entityId;
    QString transaction;
    if (done->has_value()) {
        // Sent by a run that did not see it through: RT may have it already.
        auto found = findMessage(remoteKey, internal, text);
        if (!found)
            return found.error();
        transaction = *found;
    } else {
        commentLink.creating = true;
        if (auto saved = m_repo.saveLink(commentLink); !saved)
            return saved;
    }
    if (transaction.isEmpty()) {
        const QString path = QStringLiteral("ticket/%1/%2")
                                 .arg(remoteKey, internal ? QStringLiteral("comment")
                                                          : QStringLiteral("correspond"));
        auto posted = m_client.post(path,
                                    {{QStringLiteral("Content"), text},
                                     {QStringLiteral("ContentType"), QStringLiteral("text/plain")}},
                                    idText(op.opId));
        if (!posted)
            return posted.error();
        auto found = findMessage(remoteKey, internal, text);
        if (!found)
            return found.error();
        transaction = *found;
        if (transaction.isEmpty())
            return invalidData(
                Tr::tr("RT took the comment but does not list it on ticket %1").arg(remoteKey));
        ++m_report.pushed;
    }
    commentLink.creating = false;
    commentLink.remoteKey = transaction;
    return m_repo.saveLink(commentLink);
}

} // namespace ServiceDeck::Connectors::Rt::Internal
