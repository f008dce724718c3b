// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/ticketkind.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace ServiceDeck::Connectors::Rt {

// Which RT queue feeds which ServiceDeck group, and as which kind of ticket.
struct QueueMapping
{
    QString queue; // RT queue name
    QString group; // ServiceDeck support group name
    TicketKind kind = TicketKind::Incident;
};

// A Request Tracker remote's own settings, kept as JSON in Remote::settings.
struct RtSettings
{
    QList<QueueMapping> queues;
    QMap<QString, QString> statusToState; // RT status → ServiceDeck state
    QMap<QString, QString> stateToStatus; // ServiceDeck state → RT status
    QMap<QString, int> urgencyToPriority; // urgency level "1".."3" → RT priority 0..99
    QString idField = QStringLiteral("ServiceDeck ID"); // RT custom field with the local id

    // Defaults for what is missing; InvalidData names the setting at fault.
    static Result<RtSettings> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    const QueueMapping *mappingForQueue(const QString &queue) const;
    const QueueMapping *mappingForGroup(const QString &group) const;

    // The mapped values; unknown values pass through unchanged so nothing is lost silently.
    QString stateFor(const QString &status) const;
    QString statusFor(const QString &state) const;
    // RT priority → the urgency level whose mapped priority is nearest (ties: the higher level).
    QString urgencyFor(const QString &priority) const;
    QString priorityFor(const QString &urgency) const;
};

} // namespace ServiceDeck::Connectors::Rt
