// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Sync {

// The sync thread's side of SyncController: its own connections to the replica and the hub
// (a connection belongs to the thread that opened it). The hub connection stays open between
// syncs to hear the hub's NOTIFY.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(const QString &replicaUrl, const QString &hubUrl);
    ~SyncWorker() override;

public slots:
    void run();
    void readCounts();
    void stop();

signals:
    // errorKind: 0 when ok, else the ErrorKind's value.
    void finished(int errorKind, const QString &error, const QStringList &tables, qint64 pending,
                  qint64 conflicts);
    void progress(int stage, qint64 done, qint64 total);
    void countsRead(qint64 pending, qint64 conflicts);
    void hubChanged();

private:
    bool openReplica(QString *error);
    void listen();

    QString m_replicaUrl;
    QString m_hubUrl;
    std::unique_ptr<Storage::Database> m_replica;
    std::unique_ptr<Storage::Database> m_hub;
};

} // namespace ServiceDeck::Sync
