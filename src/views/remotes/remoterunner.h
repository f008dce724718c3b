// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/remote/remoterepository.h"
#include "storage/databaseurl.h"

#include <QObject>
#include <QSet>
#include <QUuid>

namespace ServiceDeck::Views {

class PasswordVault;

// Runs remotes (an RT exchange, a CalDAV publish) one at a time in a worker thread with its own
// connection to the database, so the window never waits for the network. The secret is read
// from the vault in the GUI thread and handed over in memory.
class RemoteRunner : public QObject
{
    Q_OBJECT

public:
    RemoteRunner(Storage::DatabaseUrl databaseUrl, QUuid actorId, PasswordVault &vault,
                 QObject *parent = nullptr);
    ~RemoteRunner() override;

    bool isRunning(const QUuid &remoteId) const { return m_running.contains(remoteId); }

public slots:
    // Starts a run unless one for that remote is on its way.
    void run(const ServiceDeck::Connectors::Remote &remote);

signals:
    void started(const QUuid &remoteId);
    // `message`: the report's summary, or the error.
    void finished(const QUuid &remoteId, bool ok, const QString &message);

private:
    Storage::DatabaseUrl m_url;
    QUuid m_actorId;
    PasswordVault &m_vault;
    QSet<QUuid> m_running;
    QList<QThread *> m_threads;
};

} // namespace ServiceDeck::Views
