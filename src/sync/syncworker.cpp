// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "syncengine.h"

#include "storage/database.h"

#include <QSqlDriver>

namespace ServiceDeck::Sync {

using Storage::Database;
using Storage::DatabaseUrl;

SyncWorker::SyncWorker(const QString &replicaUrl, const QString &hubUrl)
    : m_replicaUrl(replicaUrl)
    , m_hubUrl(hubUrl)
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::stop()
{
    m_hub.reset();
    m_replica.reset();
}

bool SyncWorker::openReplica(QString *error)
{
    if (m_replica)
        return true;
    auto url = DatabaseUrl::parse(m_replicaUrl);
    if (!url) {
        *error = url.error().message;
        return false;
    }
    auto db = Database::open(*url, Database::OpenMode::MustExist,
                             Database::SchemaPolicy::RequireSchema);
    if (!db) {
        *error = db.error().message;
        return false;
    }
    m_replica = std::move(*db);
    return true;
}

void SyncWorker::readCounts()
{
    QString error;
    if (!openReplica(&error))
        return;
    auto pending = SyncEngine::pendingOps(*m_replica);
    auto conflicts = SyncEngine::openConflicts(*m_replica);
    if (pending && conflicts)
        emit countsRead(*pending, *conflicts);
}

void SyncWorker::listen()
{
    QSqlDriver *driver = m_hub->sql().driver();
    if (driver->subscribedToNotifications().contains(QStringLiteral("servicedeck_changes")))
        return;
    if (!driver->subscribeToNotification(QStringLiteral("servicedeck_changes")))
        return;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                if (source == QSqlDriver::OtherSource)
                    emit hubChanged();
            });
}

void SyncWorker::run()
{
    QString error;
    if (!openReplica(&error)) {
        emit finished(int(ErrorKind::InvalidData), error, {}, 0, 0);
        return;
    }
    if (!m_hub) {
        auto url = DatabaseUrl::parse(m_hubUrl);
        if (!url) {
            emit finished(int(ErrorKind::Usage), url.error().message, {}, 0, 0);
            return;
        }
        auto hub = Database::open(*url, Database::OpenMode::MustExist,
                                  Database::SchemaPolicy::RequireSchema);
        if (!hub) {
            auto pending = SyncEngine::pendingOps(*m_replica);
            auto conflicts = SyncEngine::openConflicts(*m_replica);
            emit finished(int(ErrorKind::Connection), hub.error().message, {},
                          pending ? *pending : 0, conflicts ? *conflicts : 0);
            return;
        }
        m_hub = std::move(*hub);
    }
    auto report = SyncEngine(*m_replica).run(*m_hub, [this](SyncEngine::Stage stage, qint64 done,
                                                            qint64 total) {
        emit progress(int(stage), done, total);
        return true;
    });
    if (!report) {
        // A broken connection is opened afresh next time.
        if (report.error().kind == ErrorKind::Connection)
            m_hub.reset();
        auto pending = SyncEngine::pendingOps(*m_replica);
        auto conflicts = SyncEngine::openConflicts(*m_replica);
        emit finished(int(report.error().kind), report.error().message, {},
                      pending ? *pending : 0, conflicts ? *conflicts : 0);
        return;
    }
    listen();
    QStringList tables(report->touchedTables.cbegin(), report->touchedTables.cend());
    tables.sort();
    emit finished(0, QString(), tables, report->pending, report->openConflicts);
}

} // namespace ServiceDeck::Sync
