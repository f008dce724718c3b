// SPDX-License-Identifier: GPL-3.0-or-later
#include "caldavpublisher.h"

#include "davsession.h"
#include "davxml.h"
#include "scheduleresources.h"

#include "core/timestamps.h"

#include <QHash>
#include <optional>
#include <utility>

namespace ServiceDeck::Connectors::CalDav {

namespace {

const QString HashKey = QStringLiteral("hash");
const QString Tickets = QStringLiteral("tickets");
const QString Blackouts = QStringLiteral("blackout_windows");

QString shown(const QUrl &url)
{
    return Http::safeUrl(url);
}

// A refused login or missing right reads better than the bare status.
Error replyError(const Http::Reply &reply, const QString &userName)
{
    if (reply.status == 401)
        return invalidData(Tr::tr("%1 refused the user name \"%2\" or its password (401)")
                               .arg(shown(reply.url), userName));
    if (reply.status == 403)
        return invalidData(
            Tr::tr("User \"%1\" may not do this on %2 (403)").arg(userName, shown(reply.url)));
    return reply.toError();
}

// Returns a multistatus resource for `url` itself from a PROPFIND reply.
std::optional<DavXml::Resource> findSelf(const QList<DavXml::Resource> &resources, const QUrl &url)
{
    const QString wanted = url.path(QUrl::FullyDecoded);
    for (const DavXml::Resource &resource : resources) {
        QString path = resource.url.path(QUrl::FullyDecoded);
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        if (path == wanted)
            return resource;
    }
    return std::nullopt;
}

// One run against one remote.
class Publisher
{
public:
    Publisher(Storage::Database &db, const Remote &remote, DavSession &session)
        : m_repository(db)
        , m_remote(remote)
        , m_session(session)
        , m_collection(collectionUrl(remote.baseUrl))
    {}

    Result<RemoteRunReport> run(const QList<ScheduleResource> &resources,
                                const QString &calendarName);

private:
    // Records the error; a Connection error ends the run (returned), any other is counted
    // and the run goes on (an empty Result).
    Result<void> record(const Error &error, const QString &entity = {}, const QUuid &id = {});
    Result<void> ensureCollection(const QString &calendarName);
    Result<void> publishOne(const ScheduleResource &resource, std::optional<RemoteLink> link);
    Result<void> removeOne(const RemoteLink &link);
    // After a 412: the ETag the server has now goes into the link (or the link goes, when the
    // resource is gone), so that the next run sends with the right precondition.
    Result<void> refetch(RemoteLink link, const QUrl &url, bool forRemoval);
    Result<QByteArray> etagAfterWrite(const Http::Reply &reply, const QUrl &url);
    QUrl urlOf(const RemoteLink &link) const { return m_collection.resolved(QUrl(link.remoteKey)); }

    Connectors::RemoteRepository m_repository;
    const Remote &m_remote;
    DavSession &m_session;
    QUrl m_collection;
    RemoteRunReport m_report;
};

Result<void> Publisher::record(const Error &error, const QString &entity, const QUuid &id)
{
    RemoteError remoteError;
    remoteError.remoteId = m_remote.id;
    remoteError.entity = entity;
    remoteError.entityId = id;
    remoteError.at = toIsoUtc(QDateTime::currentDateTimeUtc());
    remoteError.message = error.message;
    if (auto recorded = m_repository.recordError(remoteError); !recorded)
        return recorded.error();
    ++m_report.errors;
    if (error.kind == ErrorKind::Connection)
        return error;
    return {};
}

Result<void> Publisher::ensureCollection(const QString &calendarName)
{
    const Http::Reply found = m_session.propfind(m_collection, 0);
    if (found.ok()) {
        auto resources = DavXml::parseMultistatus(found.body, m_collection);
        if (!resources)
            return resources.error();
        const auto self = findSelf(*resources, m_collection);
        if (!self || !self->calendar)
            return invalidData(Tr::tr("%1 is not a calendar collection").arg(shown(m_collection)));
        return {};
    }
    if (found.status != 404)
        return replyError(found, m_remote.userName);

    const Http::Reply made = m_session.mkcalendar(m_collection, calendarName);
    // 405: it exists after all (a retried MKCALENDAR whose first attempt got through).
    if (!made.ok() && made.status != 405)
        return replyError(made, m_remote.userName);
    // A new collection holds none of the resources the id map remembers (someone deleted the
    // calendar): forget them, so that everything is created afresh.
    for (const QString &entity : {Tickets, Blackouts}) {
        auto links = m_repository.links(m_remote.id, entity);
        if (!links)
            return links.error();
        for (const RemoteLink &link : std::as_const(*links))
            if (auto removed = m_repository.removeLink(m_remote.id, entity, link.localId); !removed)
                return removed.error();
    }
    return {};
}

Result<QByteArray> Publisher::etagAfterWrite(const Http::Reply &reply, const QUrl &url)
{
    const QByteArray etag = reply.header("ETag");
    // A weak ETag cannot serve If-Match (strong comparison): ask for the resource's own.
    if (!etag.isEmpty() && !etag.startsWith("W/"))
        return etag;
    auto fetched = m_session.etagOf(url);
    if (!fetched)
        return fetched.error();
    if (!*fetched)
        return invalidData(Tr::tr("%1 is gone right after it was written").arg(shown(url)));
    return **fetched;
}

Result<void> Publisher::refetch(RemoteLink link, const QUrl &url, bool forRemoval)
{
    auto etag = m_session.etagOf(url);
    if (!etag)
        return record(etag.error(), link.entity, link.localId);
    if (!*etag) {
        // Gone on the server: a removal is done; a publish creates it again next time.
        if (forRemoval) {
            if (auto removed = m_repository.removeLink(link.remoteId, link.entity, link.localId);
                !removed)
                return removed.error();
            ++m_report.deleted;
            return {};
        }
        link.etag.clear();
    } else {
        link.etag = QString::fromUtf8(**etag);
    }
    link.base.remove(HashKey); // not what we published: send again next time
    if (auto saved = m_repository.saveLink(link); !saved)
        return saved.error();
    return record(invalidData(forRemoval
                                  ? Tr::tr("%1 was changed on the server since the last publish; "
                                           "it is deleted on the next publish")
                                        .arg(shown(url))
                                  : Tr::tr("%1 was changed or removed on the server since the "
                                           "last publish; it is published again on the next "
                                           "publish")
                                        .arg(shown(url))),
                  link.entity, link.localId);
}

Result<void> Publisher::publishOne(const ScheduleResource &resource, std::optional<RemoteLink> link)
{
    if (link && !link->etag.isEmpty() &&
        link->base.value(HashKey).toString().toLatin1() == resource.contentHash) {
        ++m_report.unchanged;
        return {};
    }
    const bool create = !link || link->etag.isEmpty();
    if (!link) {
        RemoteLink fresh;
        fresh.remoteId = m_remote.id;
        fresh.entity = resource.entity;
        fresh.localId = resource.localId;
        fresh.remoteKey = m_collection.resolved(QUrl(resource.fileName)).path(QUrl::FullyEncoded);
        link = fresh;
    }
    const QUrl url = urlOf(*link);
    const Http::Reply reply = m_session.put(url, resource.body, link->etag.toUtf8());
    if (reply.status == 412)
        return refetch(*link, url, false);
    if (!reply.ok())
        return record(replyError(reply, m_remote.userName), resource.entity, resource.localId);
    auto etag = etagAfterWrite(reply, url);
    if (!etag)
        return record(etag.error(), resource.entity, resource.localId);
    link->etag = QString::fromUtf8(*etag);
    link->base = QJsonObject{{HashKey, QString::fromLatin1(resource.contentHash)}};
    link->creating = false;
    if (auto saved = m_repository.saveLink(*link); !saved)
        return saved.error();
    ++m_report.pushed;
    if (create)
        ++m_report.created;
    return {};
}

Result<void> Publisher::removeOne(const RemoteLink &link)
{
    const QUrl url = urlOf(link);
    // No ETag: the last run found the resource gone; whatever is there now is not ours to delete.
    if (link.etag.isEmpty()) {
        if (auto removed = m_repository.removeLink(link.remoteId, link.entity, link.localId);
            !removed)
            return removed.error();
        ++m_report.deleted;
        return {};
    }
    const Http::Reply reply = m_session.remove(url, link.etag.toUtf8());
    if (reply.status == 412)
        return refetch(link, url, true);
    if (!reply.ok() && reply.status != 404)
        return record(replyError(reply, m_remote.userName), link.entity, link.localId);
    if (auto removed = m_repository.removeLink(link.remoteId, link.entity, link.localId); !removed)
        return removed.error();
    ++m_report.deleted;
    return {};
}

Result<RemoteRunReport> Publisher::run(const QList<ScheduleResource> &resources,
                                       const QString &calendarName)
{
    if (auto ready = ensureCollection(calendarName); !ready) {
        if (auto recorded = record(ready.error()); !recorded)
            return recorded.error();
        return ready.error();
    }
    // The server answered: what earlier runs could not do is tried again now, and recorded
    // again if it still fails.
    if (auto cleared = m_repository.clearErrors(m_remote.id, {}); !cleared)
        return cleared.error();

    QHash<QPair<QString, QUuid>, RemoteLink> known;
    for (const QString &entity : {Tickets, Blackouts}) {
        auto links = m_repository.links(m_remote.id, entity);
        if (!links)
            return links.error();
        for (const RemoteLink &link : std::as_const(*links))
            known.insert({entity, link.localId}, link);
    }
    for (const ScheduleResource &resource : resources) {
        std::optional<RemoteLink> link;
        if (auto found = known.constFind({resource.entity, resource.localId});
            found != known.constEnd()) {
            link = *found;
            known.erase(found);
        }
        if (auto done = publishOne(resource, std::move(link)); !done)
            return done.error();
    }
    // What the id map still holds is no longer on the schedule of the range.
    for (const RemoteLink &link : std::as_const(known))
        if (auto done = removeOne(link); !done)
            return done.error();
    return m_report;
}

} // namespace

Result<QString> testConnection(const Remote &remote, const QByteArray &password)
{
    auto settings = CalDavSettings::fromJson(remote.settings);
    if (!settings)
        return settings.error();
    DavSession session(remote.userName, password, settings->caCertificatesFile);
    const QUrl collection = collectionUrl(remote.baseUrl);
    const Http::Reply found = session.propfind(collection, 1);
    if (found.ok()) {
        auto resources = DavXml::parseMultistatus(found.body, collection);
        if (!resources)
            return resources.error();
        const auto self = findSelf(*resources, collection);
        if (!self || !self->calendar)
            return invalidData(Tr::tr("%1 is not a calendar collection").arg(shown(collection)));
        const QString name = self->displayName.isEmpty() ? shown(collection) : self->displayName;
        return Tr::tr("Calendar \"%1\" found with %2 entries").arg(name).arg(resources->size() - 1);
    }
    if (found.status != 404)
        return replyError(found, remote.userName);
    const QUrl parent = collection.resolved(QUrl(QStringLiteral("..")));
    const Http::Reply above = session.propfind(parent, 0);
    if (!above.ok())
        return replyError(above, remote.userName);
    return Tr::tr("%1 does not exist yet: the first publish creates it").arg(shown(collection));
}

Result<RemoteRunReport> publish(Storage::Database &db, const Remote &remote,
                                const QByteArray &password, const QUuid &actorId,
                                const QDateTime &from, const QDateTime &to)
{
    Q_UNUSED(actorId)
    if (remote.kind != RemoteKind::CalDav)
        return invalidData(Tr::tr("Remote \"%1\" is not a CalDAV calendar").arg(remote.name));
    auto settings = CalDavSettings::fromJson(remote.settings);
    if (!settings)
        return settings.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime today(now.date(), QTime(0, 0), Qt::UTC);
    const QDateTime start = from.isValid() ? from : today.addDays(-settings->daysBack);
    const QDateTime end = to.isValid() ? to : today.addDays(settings->daysAhead);
    if (end <= start)
        return Error{ErrorKind::Usage, Tr::tr("The range to publish must end after it starts")};
    auto resources = scheduleResources(db, Change::TimeSpan::fromDateTimes(start, end), now);
    if (!resources)
        return resources.error();
    DavSession session(remote.userName, password, settings->caCertificatesFile);
    return Publisher(db, remote, session).run(*resources, settings->effectiveCalendarName());
}

} // namespace ServiceDeck::Connectors::CalDav
