// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "syncengine.h"
#include "syncworker.h"

#include "storage/databaseurl.h"

#include <QLocale>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

namespace ServiceDeck::Sync {

namespace {

constexpr int defaultInterval = 60 * 1000;
constexpr int firstRetry = 5 * 1000;
constexpr int longestRetry = 5 * 60 * 1000;
constexpr int keptErrors = 10;

} // namespace

SyncController::SyncController(const QString &replicaUrl, const QString &hubUrl, QObject *parent)
    : QObject(parent)
    , m_hubUrl(hubUrl)
    , m_thread(new QThread(this))
    , m_worker(new SyncWorker(replicaUrl, hubUrl))
    , m_timer(new QTimer(this))
    , m_retry(new QTimer(this))
{
    qRegisterMetaType<SyncStatus>();
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::finished, this,
            [this](int errorKind, const QString &error, const QStringList &tables,
                   qint64 pending, qint64 conflicts) {
                m_status.pendingOps = pending;
                m_status.openConflicts = conflicts;
                if (errorKind == 0) {
                    m_failures = 0;
                    m_status.lastSync = QDateTime::currentDateTimeUtc();
                    m_status.lastError.clear();
                    m_status.downloadDone = m_status.downloadTotal = 0;
                    setState(SyncStatus::State::UpToDate);
                    if (!tables.isEmpty())
                        emit dataChanged(tables);
                } else {
                    ++m_failures;
                    m_status.lastError = error;
                    m_status.recentErrors.prepend(
                        QStringLiteral("%1  %2").arg(
                            QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                            error));
                    while (m_status.recentErrors.size() > keptErrors)
                        m_status.recentErrors.removeLast();
                    setState(errorKind == int(ErrorKind::Connection) ? SyncStatus::State::Offline
                                                                     : SyncStatus::State::Failed);
                    scheduleRetry();
                }
                m_running = false;
                if (m_again) {
                    m_again = false;
                    syncNow();
                }
            });
    connect(m_worker, &SyncWorker::progress, this, [this](int stage, qint64 done, qint64 total) {
        if (stage == int(SyncEngine::Stage::Downloading)) {
            m_status.downloadDone = done;
            m_status.downloadTotal = total;
            emit statusChanged(m_status);
        }
    });
    connect(m_worker, &SyncWorker::countsRead, this, [this](qint64 pending, qint64 conflicts) {
        // A new local edit goes out promptly, unless the hub is known to be away (the retry
        // timer then decides).
        if (pending > m_status.pendingOps && !m_running && !m_retry->isActive())
            QTimer::singleShot(1000, this, &SyncController::syncNow);
        m_status.pendingOps = pending;
        m_status.openConflicts = conflicts;
        emit statusChanged(m_status);
    });
    // A NOTIFY is a hint to pull, not data; bursts are taken together.
    auto *hinted = new QTimer(this);
    hinted->setSingleShot(true);
    hinted->setInterval(300);
    connect(hinted, &QTimer::timeout, this, &SyncController::syncNow);
    connect(m_worker, &SyncWorker::hubChanged, hinted, qOverload<>(&QTimer::start));
    // Any write of the window (a form, a drag in the calendar, a CMDB edit) lands in the
    // outbox: the counts are read every few seconds, and a new op is pushed promptly.
    auto *counts = new QTimer(this);
    counts->setInterval(3000);
    connect(counts, &QTimer::timeout, this, &SyncController::refreshCounts);
    connect(m_thread, &QThread::started, counts, qOverload<>(&QTimer::start));
    m_timer->setInterval(defaultInterval);
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString SyncController::hubName() const
{
    auto url = Storage::DatabaseUrl::parse(m_hubUrl);
    return url ? url->displayName() : m_hubUrl;
}

void SyncController::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void SyncController::start()
{
    if (m_thread->isRunning())
        return;
    m_thread->start();
    // Back on the network: sync at once rather than at the next tick.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online ||
                        reachability == QNetworkInformation::Reachability::Site)
                        syncNow();
                    else if (reachability == QNetworkInformation::Reachability::Disconnected)
                        setState(SyncStatus::State::Offline);
                });
    }
    m_timer->start();
    syncNow();
}

void SyncController::syncNow()
{
    if (!m_thread->isRunning())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_retry->stop();
    setState(SyncStatus::State::Syncing);
    QMetaObject::invokeMethod(m_worker, &SyncWorker::run, Qt::QueuedConnection);
}

void SyncController::refreshCounts()
{
    if (m_thread->isRunning())
        QMetaObject::invokeMethod(m_worker, &SyncWorker::readCounts, Qt::QueuedConnection);
}

void SyncController::scheduleRetry()
{
    // 5 s, 10 s, 20 s … up to 5 min, each with up to a quarter more at random so that many
    // clients coming back at once do not knock together.
    const int shift = qMin(m_failures - 1, 6);
    const int base = qMin(firstRetry << shift, longestRetry);
    const int jitter = int(QRandomGenerator::global()->bounded(base / 4 + 1));
    m_retry->start(base + jitter);
}

void SyncController::setState(SyncStatus::State state)
{
    m_status.state = state;
    emit statusChanged(m_status);
}

} // namespace ServiceDeck::Sync
