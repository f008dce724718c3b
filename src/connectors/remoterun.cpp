// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoterun.h"

#include "caldav/caldavpublisher.h"
#include "rt/rtconnector.h"

#include "core/timestamps.h"
#include "core/tr.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ServiceDeck::Connectors {

namespace {

const QString lastRunKey = QStringLiteral("last_run");
const QString lastResultKey = QStringLiteral("last_result");
const QString lastFailedKey = QStringLiteral("last_run_failed");

} // namespace

QString summary(const RemoteRunReport &report)
{
    QStringList parts;
    parts << Tr::tr("%n received", nullptr, report.pulled) << Tr::tr("%n sent", nullptr, report.pushed);
    if (report.created > 0)
        parts << Tr::tr("%n created", nullptr, report.created);
    if (report.deleted > 0)
        parts << Tr::tr("%n removed", nullptr, report.deleted);
    parts << Tr::tr("%n conflicts", nullptr, report.conflicts);
    if (report.errors > 0)
        parts << Tr::tr("%n errors", nullptr, report.errors);
    return parts.join(QStringLiteral(", "));
}

Result<RemoteRunReport> runRemote(Storage::Database &db, const Remote &remote,
                                  const QByteArray &secret, const QUuid &actorId)
{
    Result<RemoteRunReport> report =
        remote.kind == RemoteKind::CalDav ? CalDav::publish(db, remote, secret, actorId)
                                          : Rt::synchronise(db, remote, secret, actorId);
    recordRun(db, remote.id, report);
    return report;
}

void recordRun(Storage::Database &db, const QUuid &remoteId,
               const Result<RemoteRunReport> &outcome)
{
    // Bookkeeping: a failure to note it must not hide the run's own result.
    RemoteRepository remotes(db);
    (void)remotes.setState(remoteId, lastRunKey, toIsoUtc(QDateTime::currentDateTimeUtc()));
    (void)remotes.setState(remoteId, lastResultKey,
                           outcome ? summary(*outcome) : outcome.error().message);
    (void)remotes.setState(remoteId, lastFailedKey,
                           outcome ? QStringLiteral("0") : QStringLiteral("1"));
}

Result<QString> testRemote(const Remote &remote, const QByteArray &secret)
{
    return remote.kind == RemoteKind::CalDav ? CalDav::testConnection(remote, secret)
                                             : Rt::testConnection(remote, secret);
}

Result<RemoteStatus> remoteStatus(Storage::Database &db, const QUuid &remoteId)
{
    RemoteRepository remotes(db);
    RemoteStatus status;
    auto lastRun = remotes.state(remoteId, lastRunKey);
    if (!lastRun)
        return lastRun.error();
    status.lastRun = *lastRun;
    auto lastResult = remotes.state(remoteId, lastResultKey);
    if (!lastResult)
        return lastResult.error();
    status.lastResult = *lastResult;
    auto failed = remotes.state(remoteId, lastFailedKey);
    if (!failed)
        return failed.error();
    status.lastRunFailed = *failed == u"1";
    auto count = db.exec(QStringLiteral("SELECT count(*) FROM remote_errors WHERE remote_id = ?"),
                         {Storage::Database::idValue(remoteId)});
    if (!count)
        return count.error();
    status.errorCount = count->next() ? count->value(0).toInt() : 0;
    return status;
}

} // namespace ServiceDeck::Connectors
