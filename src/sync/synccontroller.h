// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QThread;
class QTimer;

namespace ServiceDeck::Sync {

class SyncWorker;

// Where cached mode stands, for the status bar and the sync panel.
struct SyncStatus
{
    enum class State { Offline, Syncing, UpToDate, Failed };
    State state = State::Offline;
    qint64 pendingOps = 0;
    qint64 openConflicts = 0;
    QDateTime lastSync;   // last successful sync (UTC); invalid: never
    QString lastError;    // why the last attempt failed; empty after a success
    QStringList recentErrors; // the last few failures, newest first, with their time
    // A first download in progress: records done of total (0: none running).
    qint64 downloadDone = 0;
    qint64 downloadTotal = 0;
};

// Runs cached mode's syncs in a thread of their own, so the UI never waits for the network:
// on start, every `interval`, on "Sync now", when the network comes back (QNetworkInformation
// where the platform has it), on a NOTIFY from the hub, and after a failure with exponential
// backoff and jitter. Local writes go to the replica and its outbox whatever the hub does.
class SyncController : public QObject
{
    Q_OBJECT

public:
    // `replicaUrl`: the sqlite: URL the UI works on; `hubUrl`: postgresql://… with password.
    SyncController(const QString &replicaUrl, const QString &hubUrl, QObject *parent = nullptr);
    ~SyncController() override;

    const SyncStatus &status() const { return m_status; }
    QString hubName() const; // the hub's URL without password, for display
    void setInterval(int milliseconds);

public slots:
    void start();
    void syncNow();
    // Re-reads pending ops and conflicts from the replica (after a local write, a resolution).
    void refreshCounts();

signals:
    void statusChanged(const ServiceDeck::Sync::SyncStatus &status);
    // Tables whose records a sync changed in the replica: views showing them should refresh.
    void dataChanged(const QStringList &tables);

private:
    void scheduleRetry();
    void setState(SyncStatus::State state);

    QString m_hubUrl;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_retry = nullptr;
    int m_failures = 0;
    bool m_running = false;
    bool m_again = false;
    SyncStatus m_status;
};

} // namespace ServiceDeck::Sync

Q_DECLARE_METATYPE(ServiceDeck::Sync::SyncStatus)
