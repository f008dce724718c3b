// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/timespan.h"
#include "core/directory.h"
#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace ServiceDeck::Storage {

class Database;

// A configuration item a freeze is scoped to, with the name people know it by.
struct ScopeCi
{
    QUuid id;
    QString name;

    friend bool operator==(const ScopeCi &a, const ScopeCi &b) { return a.id == b.id; }
};

// A freeze (blackout window) as stored in blackout_windows and blackout_scope.
struct StoredBlackout
{
    QUuid id;
    int version = 0;
    QString name;
    QString reason;
    QDateTime starts; // UTC
    QDateTime ends;   // UTC, after starts
    bool global = true;
    QList<ScopeCi> scope; // empty for a global freeze; ordered by name when read

    QList<QUuid> scopeIds() const;
};

// A weekly maintenance window of a service as stored in maintenance_windows: on `weekday`
// (1 = Monday … 7 = Sunday) from `startMinute` after midnight for `durationMinutes`, wall-clock
// time in the IANA zone `timeZone`.
struct StoredMaintenanceWindow
{
    QUuid id;
    int version = 0;
    QUuid serviceId;
    QString serviceName; // filled when read
    QString name;        // optional
    int weekday = 7;
    int startMinute = 0;
    int durationMinutes = 60;
    QString timeZone = QStringLiteral("UTC");
};

// Freeze and maintenance windows: read, created, edited and deleted, each write in one
// transaction with its journal op. Only change managers and administrators may write them
// (checkMayManageWindows); a write based on an outdated version is refused with
// ErrorKind::Conflict.
class WindowRepository
{
public:
    explicit WindowRepository(Database &db)
        : m_db(db)
    {}

    // Rule "only change_manager manages windows": creating, editing or deleting a freeze or a
    // maintenance window needs the `change_manager` or the `admin` role.
    static Result<void> checkMayManageWindows(const User &actor);

    // Freezes ordered by start and name, with their scope; with a non-null range only those
    // that overlap it.
    Result<QList<StoredBlackout>> blackouts(const Change::TimeSpan &range = {});
    Result<std::optional<StoredBlackout>> findBlackout(const QUuid &id);
    // Validates and inserts the freeze and its scope; returns it as stored (version 1).
    Result<StoredBlackout> createBlackout(const StoredBlackout &blackout, const User &actor);
    // Saves the changed fields and scope; blackout.version is the version it was read at.
    Result<StoredBlackout> updateBlackout(const StoredBlackout &blackout, const User &actor);
    Result<void> removeBlackout(const QUuid &id, int expectedVersion, const User &actor);

    // The CIs whose class is business_service or derives from it, ordered by name.
    Result<QList<ScopeCi>> services(int limit = 5000);
    // The weekly windows of a service, ordered by weekday, start and name.
    Result<QList<StoredMaintenanceWindow>> maintenanceWindows(const QUuid &serviceId);
    Result<std::optional<StoredMaintenanceWindow>> findMaintenanceWindow(const QUuid &id);
    Result<StoredMaintenanceWindow> createMaintenanceWindow(const StoredMaintenanceWindow &window,
                                                            const User &actor);
    Result<StoredMaintenanceWindow> updateMaintenanceWindow(const StoredMaintenanceWindow &window,
                                                            const User &actor);
    Result<void> removeMaintenanceWindow(const QUuid &id, int expectedVersion, const User &actor);

private:
    Result<void> readScopes(QList<StoredBlackout> &blackouts);
    // The CIs of the ids, deduplicated, in name order; an unknown id is an error.
    Result<QList<ScopeCi>> resolveScope(const QList<QUuid> &ids);
    Result<StoredBlackout> checkBlackout(const StoredBlackout &blackout);
    Result<void> writeScope(const QUuid &blackoutId, const QList<ScopeCi> &before,
                            const QList<ScopeCi> &after);
    Result<QStringList> serviceClasses();
    Result<StoredMaintenanceWindow> checkMaintenanceWindow(const StoredMaintenanceWindow &window);

    Database &m_db;
};

} // namespace ServiceDeck::Storage
