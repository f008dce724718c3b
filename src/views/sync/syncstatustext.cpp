// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatustext.h"

#include <QLocale>

#include <limits>

namespace ServiceDeck::Views {

using State = Sync::SyncStatus::State;

namespace {

int plural(qint64 count)
{
    return int(qMin<qint64>(count, std::numeric_limits<int>::max()));
}

} // namespace

QString SyncStatusText::state(const Sync::SyncStatus &status)
{
    switch (status.state) {
    case State::Offline:
        return tr("Offline");
    case State::Syncing:
        if (status.downloadTotal > 0) {
            const qint64 percent =
                qBound(qint64(0), status.downloadDone * 100 / status.downloadTotal, qint64(100));
            return tr("Downloading… %1 %").arg(percent);
        }
        return tr("Syncing…");
    case State::UpToDate:
        return tr("Up to date");
    case State::Failed:
        return tr("Sync failed");
    }
    return {};
}

QStringList SyncStatusText::counts(const Sync::SyncStatus &status)
{
    QStringList parts;
    if (status.pendingOps > 0)
        parts << tr("%n change(s) waiting", nullptr, plural(status.pendingOps));
    if (status.openConflicts > 0)
        parts << tr("%n conflict(s)", nullptr, plural(status.openConflicts));
    return parts;
}

QString SyncStatusText::lastSync(const Sync::SyncStatus &status)
{
    return status.lastSync.isValid() ? localTime(status.lastSync) : tr("Never");
}

QColor SyncStatusText::colour(State state)
{
    // Fixed hues that read on light and dark themes alike.
    switch (state) {
    case State::Offline:
        return QColor(0x8a, 0x8a, 0x8a);
    case State::Syncing:
        return QColor(0x2f, 0x80, 0xed);
    case State::UpToDate:
        return QColor(0x2e, 0xa0, 0x43);
    case State::Failed:
        return QColor(0xd7, 0x3a, 0x2f);
    }
    return {};
}

QString SyncStatusText::localTime(const QString &isoUtc)
{
    QDateTime instant = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!instant.isValid())
        return isoUtc;
    return localTime(instant);
}

QString SyncStatusText::localTime(const QDateTime &instant)
{
    return QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}

} // namespace ServiceDeck::Views
