// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowchanges.h"

#include "storage/ids.h"

#include "core/timestamps.h"

#include <algorithm>
#include <utility>

namespace ServiceDeck::Storage::Internal {

namespace {

using Fields = QList<std::pair<QString, QString>>;

QString scopeText(const StoredBlackout &blackout)
{
    QStringList ids;
    for (const ScopeCi &ci : blackout.scope)
        ids << ci.id.toString(QUuid::WithoutBraces);
    std::sort(ids.begin(), ids.end());
    return ids.join(QLatin1Char(','));
}

Fields blackoutFields(const StoredBlackout &blackout)
{
    return {{QStringLiteral("name"), blackout.name},
            {QStringLiteral("starts"), toIsoUtc(blackout.starts)},
            {QStringLiteral("ends"), toIsoUtc(blackout.ends)},
            {QStringLiteral("reason"), blackout.reason},
            {QStringLiteral("global"),
             blackout.global ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("scope"), scopeText(blackout)}};
}

Fields maintenanceFields(const StoredMaintenanceWindow &window)
{
    return {{QStringLiteral("service"), window.serviceId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), window.name},
            {QStringLiteral("weekday"), QString::number(window.weekday)},
            {QStringLiteral("start_minute"), QString::number(window.startMinute)},
            {QStringLiteral("duration_minutes"), QString::number(window.durationMinutes)},
            {QStringLiteral("time_zone"), window.timeZone}};
}

QString journalValue(const QString &value)
{
    return value.isEmpty() ? QString() : value;
}

// Field by field: every value of a create or a delete, the differing ones of an update.
QList<FieldChange> diff(const std::optional<Fields> &before, const std::optional<Fields> &after)
{
    const Fields &names = before ? *before : *after;
    QList<FieldChange> changes;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString old = before ? journalValue(before->at(i).second) : QString();
        const QString now = after ? journalValue(after->at(i).second) : QString();
        if (old != now)
            changes << FieldChange{names.at(i).first, old, now};
    }
    return changes;
}

} // namespace

QList<FieldChange> blackoutChanges(const std::optional<StoredBlackout> &before,
                                   const std::optional<StoredBlackout> &after)
{
    return diff(before ? std::optional(blackoutFields(*before)) : std::nullopt,
                after ? std::optional(blackoutFields(*after)) : std::nullopt);
}

QList<FieldChange> maintenanceChanges(const std::optional<StoredMaintenanceWindow> &before,
                                      const std::optional<StoredMaintenanceWindow> &after)
{
    return diff(before ? std::optional(maintenanceFields(*before)) : std::nullopt,
                after ? std::optional(maintenanceFields(*after)) : std::nullopt);
}

JournalOp windowOp(JournalOp::Action action, const QString &entity, const QUuid &id,
                   int baseVersion, const QUuid &actorId, QList<FieldChange> changes)
{
    JournalOp op;
    op.opId = newId();
    op.action = action;
    op.entity = entity;
    op.entityId = id;
    op.baseVersion = baseVersion;
    op.actorId = actorId;
    op.changes = std::move(changes);
    return op;
}

Result<void> beginWindowWrite(Transaction &tx, const User &actor)
{
    if (auto allowed = WindowRepository::checkMayManageWindows(actor); !allowed)
        return allowed.error();
    return tx.begin();
}

Result<void> journalAndCommit(Database &db, Transaction &tx, const JournalOp &op)
{
    if (auto journaled = Journal(db).append(op); !journaled)
        return journaled.error();
    return tx.commit();
}

} // namespace ServiceDeck::Storage::Internal
