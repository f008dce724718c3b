// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoterunner.h"

#include "connectors/remoterun.h"
#include "storage/database.h"
#include "views/settings/passwordvault.h"

#include <QPointer>
#include <QThread>

namespace ServiceDeck::Views {

RemoteRunner::RemoteRunner(Storage::DatabaseUrl databaseUrl, QUuid actorId, PasswordVault &vault,
                           QObject *parent)
    : QObject(parent), m_url(std::move(databaseUrl)), m_actorId(actorId), m_vault(vault)
{
}

RemoteRunner::~RemoteRunner()
{
    // A run cannot be interrupted halfway through a remote's transaction: wait for it.
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
}

void RemoteRunner::run(const Connectors::Remote &remote)
{
    if (m_running.contains(remote.id))
        return;
    m_running.insert(remote.id);
    emit started(remote.id);

    const QByteArray secret = m_vault.read(remote.secretKey()).value_or(QString()).toUtf8();
    const Storage::DatabaseUrl url = m_url;
    const QUuid actorId = m_actorId;
    QPointer<RemoteRunner> self(this);
    QThread *thread = QThread::create([self, url, actorId, remote, secret] {
        bool ok = false;
        QString message;
        {
            auto db = Storage::Database::open(url, Storage::Database::OpenMode::MustExist,
                                              Storage::Database::SchemaPolicy::RequireSchema);
            if (!db) {
                message = db.error().message;
            } else {
                auto report = Connectors::runRemote(**db, remote, secret, actorId);
                ok = bool(report);
                message = report ? Connectors::summary(*report) : report.error().message;
            }
        }
        QMetaObject::invokeMethod(
            self,
            [self, id = remote.id, ok, message] {
                if (!self)
                    return;
                self->m_running.remove(id);
                emit self->finished(id, ok, message);
            },
            Qt::QueuedConnection);
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

} // namespace ServiceDeck::Views
