// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoterepository.h"

#include "core/timestamps.h"
#include "core/tr.h"
#include "storage/database.h"
#include "storage/ids.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ServiceDeck::Connectors {

using Storage::Database;

namespace {

QJsonObject objectFrom(const QVariant &text)
{
    if (text.isNull())
        return {};
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString textOf(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString now()
{
    return toIsoUtc(QDateTime::currentDateTimeUtc());
}

const QString remoteColumns = QStringLiteral(
    "SELECT id, kind, name, base_url, user_name, settings, enabled FROM remotes ");
const QString linkColumns = QStringLiteral(
    "SELECT remote_id, entity, local_id, remote_key, etag, base, state, synced FROM remote_links ");

} // namespace

QString remoteKindName(RemoteKind kind)
{
    return kind == RemoteKind::CalDav ? QStringLiteral("caldav") : QStringLiteral("rt");
}

std::optional<RemoteKind> remoteKindFromName(const QString &name)
{
    if (name == u"rt")
        return RemoteKind::RequestTracker;
    if (name == u"caldav")
        return RemoteKind::CalDav;
    return std::nullopt;
}

QString Remote::secretKey() const
{
    return QStringLiteral("remote/") + id.toString(QUuid::WithoutBraces);
}

Result<QList<Remote>> RemoteRepository::select(const QString &where, const QVariantList &binds)
{
    auto query = m_db.exec(remoteColumns + where, binds);
    if (!query)
        return query.error();
    QList<Remote> remotes;
    while (query->next()) {
        Remote remote;
        remote.id = Database::toUuid(query->value(0));
        remote.kind = remoteKindFromName(query->value(1).toString())
                          .value_or(RemoteKind::RequestTracker);
        remote.name = query->value(2).toString();
        remote.baseUrl = QUrl(query->value(3).toString());
        remote.userName = query->value(4).toString();
        remote.settings = objectFrom(query->value(5));
        remote.enabled = query->value(6).toBool();
        remotes << remote;
    }
    return remotes;
}

Result<QList<Remote>> RemoteRepository::list()
{
    return select(QStringLiteral("ORDER BY name"), {});
}

Result<std::optional<Remote>> RemoteRepository::findByName(const QString &name)
{
    auto found = select(QStringLiteral("WHERE name = ?"), {name});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Remote>();
    return std::optional<Remote>(found->constFirst());
}

Result<Remote> RemoteRepository::save(Remote remote)
{
    remote.name = remote.name.trimmed();
    if (remote.name.isEmpty())
        return Error{ErrorKind::InvalidData, Tr::tr("name: a remote service needs a name")};
    const QString scheme = remote.baseUrl.scheme();
    if (!remote.baseUrl.isValid() || remote.baseUrl.host().isEmpty()
        || (scheme != u"http" && scheme != u"https"))
        return Error{ErrorKind::InvalidData,
                     Tr::tr("url: \"%1\" is not an http:// or https:// address")
                         .arg(remote.baseUrl.toDisplayString(QUrl::RemoveUserInfo))};
    if (!remote.baseUrl.userInfo().isEmpty())
        return Error{ErrorKind::InvalidData, Tr::tr("url: put the user name in its own field, "
                                                    "not in the address")};
    auto clash = findByName(remote.name);
    if (!clash)
        return clash.error();
    if (*clash && (*clash)->id != remote.id)
        return Error{ErrorKind::InvalidData,
                     Tr::tr("name: a remote service named \"%1\" exists already").arg(remote.name)};

    const QVariantList values{remoteKindName(remote.kind), remote.name,
                              remote.baseUrl.toString(), Database::optionalText(remote.userName),
                              textOf(remote.settings), remote.enabled};
    if (remote.id.isNull()) {
        remote.id = Storage::newId();
        auto inserted = m_db.exec(
            QStringLiteral("INSERT INTO remotes (kind, name, base_url, user_name, settings, "
                           "enabled, id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            values + QVariantList{Database::idValue(remote.id), now()});
        if (!inserted)
            return inserted.error();
        return remote;
    }
    auto updated = m_db.exec(QStringLiteral("UPDATE remotes SET kind = ?, name = ?, base_url = ?, "
                                            "user_name = ?, settings = ?, enabled = ? "
                                            "WHERE id = ?"),
                             values + QVariantList{Database::idValue(remote.id)});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error{ErrorKind::InvalidData, Tr::tr("No remote service with id %1")
                                                 .arg(remote.id.toString(QUuid::WithoutBraces))};
    return remote;
}

Result<void> RemoteRepository::remove(const QUuid &id)
{
    // Links, cursors and errors go with it (ON DELETE CASCADE; SQLite's foreign keys are on).
    auto removed = m_db.exec(QStringLiteral("DELETE FROM remotes WHERE id = ?"),
                             {Database::idValue(id)});
    if (!removed)
        return removed.error();
    return {};
}

Result<QList<RemoteLink>> RemoteRepository::selectLinks(const QString &where,
                                                        const QVariantList &binds)
{
    auto query = m_db.exec(linkColumns + where, binds);
    if (!query)
        return query.error();
    QList<RemoteLink> links;
    while (query->next()) {
        RemoteLink link;
        link.remoteId = Database::toUuid(query->value(0));
        link.entity = query->value(1).toString();
        link.localId = Database::toUuid(query->value(2));
        link.remoteKey = query->value(3).toString();
        link.etag = query->value(4).toString();
        link.base = objectFrom(query->value(5));
        link.creating = query->value(6).toString() == u"creating";
        link.synced = query->value(7).isNull() ? QString()
                                                : Database::instantText(query->value(7));
        links << link;
    }
    return links;
}

Result<std::optional<RemoteLink>> RemoteRepository::link(const QUuid &remoteId,
                                                         const QString &entity,
                                                         const QUuid &localId)
{
    auto found = selectLinks(QStringLiteral("WHERE remote_id = ? AND entity = ? AND local_id = ?"),
                             {Database::idValue(remoteId), entity, Database::idValue(localId)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<RemoteLink>();
    return std::optional<RemoteLink>(found->constFirst());
}

Result<std::optional<RemoteLink>> RemoteRepository::linkByKey(const QUuid &remoteId,
                                                              const QString &entity,
                                                              const QString &remoteKey)
{
    auto found = selectLinks(QStringLiteral("WHERE remote_id = ? AND entity = ? "
                                            "AND remote_key = ?"),
                             {Database::idValue(remoteId), entity, remoteKey});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<RemoteLink>();
    return std::optional<RemoteLink>(found->constFirst());
}

Result<QList<RemoteLink>> RemoteRepository::links(const QUuid &remoteId, const QString &entity)
{
    return selectLinks(QStringLiteral("WHERE remote_id = ? AND entity = ? ORDER BY remote_key"),
                       {Database::idValue(remoteId), entity});
}

Result<void> RemoteRepository::saveLink(const RemoteLink &link)
{
    // A create in flight has no remote key yet: NULL keeps the unique index out of the way.
    const QVariantList values{Database::optionalText(link.remoteKey),
                              Database::optionalText(link.etag), textOf(link.base),
                              link.creating ? QStringLiteral("creating")
                                            : QStringLiteral("linked"),
                              now(), Database::idValue(link.remoteId), link.entity,
                              Database::idValue(link.localId)};
    auto updated = m_db.exec(QStringLiteral("UPDATE remote_links SET remote_key = ?, etag = ?, "
                                            "base = ?, state = ?, synced = ? WHERE remote_id = ? "
                                            "AND entity = ? AND local_id = ?"),
                             values);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() > 0)
        return {};
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO remote_links (remote_key, etag, base, "
                                             "state, synced, remote_id, entity, local_id) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              values);
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> RemoteRepository::removeLink(const QUuid &remoteId, const QString &entity,
                                          const QUuid &localId)
{
    auto removed = m_db.exec(QStringLiteral("DELETE FROM remote_links WHERE remote_id = ? "
                                            "AND entity = ? AND local_id = ?"),
                             {Database::idValue(remoteId), entity, Database::idValue(localId)});
    if (!removed)
        return removed.error();
    return {};
}

Result<QString> RemoteRepository::state(const QUuid &remoteId, const QString &key)
{
    auto query = m_db.exec(QStringLiteral("SELECT value FROM remote_state WHERE remote_id = ? "
                                          "AND key = ?"),
                           {Database::idValue(remoteId), key});
    if (!query)
        return query.error();
    if (!query->next())
        return QString();
    return query->value(0).toString();
}

Result<void> RemoteRepository::setState(const QUuid &remoteId, const QString &key,
                                        const QString &value)
{
    const QVariantList values{value, Database::idValue(remoteId), key};
    auto updated = m_db.exec(QStringLiteral("UPDATE remote_state SET value = ? "
                                            "WHERE remote_id = ? AND key = ?"),
                             values);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() > 0)
        return {};
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO remote_state (value, remote_id, key) "
                                             "VALUES (?, ?, ?)"),
                              values);
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> RemoteRepository::recordError(const RemoteError &error)
{
    if (!error.opId.isNull()) {
        auto repeated = m_db.exec(QStringLiteral("UPDATE remote_errors SET attempts = attempts + "
                                                 "1, at = ?, message = ? WHERE remote_id = ? "
                                                 "AND op_id = ?"),
                                  {now(), error.message, Database::idValue(error.remoteId),
                                   Database::idValue(error.opId)});
        if (!repeated)
            return repeated.error();
        if (repeated->numRowsAffected() > 0)
            return {};
    }
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO remote_errors (id, remote_id, op_id, entity, entity_id, at, "
                       "message, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"),
        {Database::idValue(error.id.isNull() ? Storage::newId() : error.id),
         Database::idValue(error.remoteId), Database::optionalId(error.opId),
         Database::optionalText(error.entity), Database::optionalId(error.entityId), now(),
         error.message});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> RemoteRepository::clearErrors(const QUuid &remoteId, const QUuid &opId)
{
    auto cleared = opId.isNull()
                       ? m_db.exec(QStringLiteral("DELETE FROM remote_errors WHERE remote_id = ?"),
                                   {Database::idValue(remoteId)})
                       : m_db.exec(QStringLiteral("DELETE FROM remote_errors WHERE remote_id = ? "
                                                  "AND op_id = ?"),
                                   {Database::idValue(remoteId), Database::idValue(opId)});
    if (!cleared)
        return cleared.error();
    return {};
}

Result<QList<RemoteError>> RemoteRepository::errors(const QUuid &remoteId, int limit)
{
    auto query = m_db.exec(QStringLiteral("SELECT id, remote_id, op_id, entity, entity_id, at, "
                                          "message, attempts FROM remote_errors "
                                          "WHERE remote_id = ? ORDER BY at DESC LIMIT ?"),
                           {Database::idValue(remoteId), limit});
    if (!query)
        return query.error();
    QList<RemoteError> errors;
    while (query->next()) {
        RemoteError error;
        error.id = Database::toUuid(query->value(0));
        error.remoteId = Database::toUuid(query->value(1));
        error.opId = query->value(2).isNull() ? QUuid() : Database::toUuid(query->value(2));
        error.entity = query->value(3).toString();
        error.entityId = query->value(4).isNull() ? QUuid() : Database::toUuid(query->value(4));
        error.at = Database::instantText(query->value(5));
        error.message = query->value(6).toString();
        error.attempts = query->value(7).toInt();
        errors << error;
    }
    return errors;
}

} // namespace ServiceDeck::Connectors
