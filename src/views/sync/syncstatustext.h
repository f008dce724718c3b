// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/synccontroller.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace ServiceDeck::Views {

// The words and colours cached mode's status is shown with, shared by the status bar widget and
// the sync panel so that both say the same thing.
struct SyncStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Views::SyncStatusText)

public:
    // "Offline", "Syncing…", "Up to date", "Sync failed" (a first download shows its progress).
    static QString state(const Sync::SyncStatus &status);
    // "3 changes waiting" and "1 conflict", each only when there are some; empty when neither.
    static QStringList counts(const Sync::SyncStatus &status);
    // The last successful sync in the user's locale, or "Never".
    static QString lastSync(const Sync::SyncStatus &status);
    static QColor colour(Sync::SyncStatus::State state);
    // An instant as ISO UTC text (the journal's form) in local time and the user's locale.
    static QString localTime(const QString &isoUtc);
    static QString localTime(const QDateTime &instant);
};

} // namespace ServiceDeck::Views
