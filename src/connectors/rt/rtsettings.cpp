// SPDX-License-Identifier: GPL-3.0-or-later
#include "rtsettings.h"

#include "core/tr.h"

#include <QJsonArray>

#include <cstdlib>
#include <limits>

namespace ServiceDeck::Connectors::Rt {

namespace {

// RT's default lifecycle against the incident lifecycle: what a supplier's "open" means here and
// back. States without their own RT status share the nearest one. RT's "open" is "assigned"
// here: the ticket sits with the group the queue maps to, and in_progress would need an
// assignee that RT's users cannot name.
const QMap<QString, QString> defaultStatusToState = {
    {QStringLiteral("new"), QStringLiteral("new")},
    {QStringLiteral("open"), QStringLiteral("assigned")},
    {QStringLiteral("stalled"), QStringLiteral("pending")},
    {QStringLiteral("resolved"), QStringLiteral("resolved")},
    {QStringLiteral("rejected"), QStringLiteral("cancelled")},
    {QStringLiteral("deleted"), QStringLiteral("cancelled")},
};

const QMap<QString, QString> defaultStateToStatus = {
    {QStringLiteral("new"), QStringLiteral("new")},
    {QStringLiteral("assigned"), QStringLiteral("open")},
    {QStringLiteral("in_progress"), QStringLiteral("open")},
    {QStringLiteral("pending"), QStringLiteral("stalled")},
    {QStringLiteral("resolved"), QStringLiteral("resolved")},
    {QStringLiteral("closed"), QStringLiteral("resolved")},
    {QStringLiteral("cancelled"), QStringLiteral("rejected")},
};

// RT 5 names 0–32 "Low", 33–65 "Medium", 66–99 "High"; one level each.
const QMap<QString, int> defaultUrgencyToPriority = {
    {QStringLiteral("1"), 80},
    {QStringLiteral("2"), 50},
    {QStringLiteral("3"), 20},
};

Result<QMap<QString, QString>> textMap(const QJsonObject &json, const QString &key,
                                       const QMap<QString, QString> &defaults)
{
    if (!json.contains(key))
        return defaults;
    if (!json.value(key).isObject())
        return invalidData(Tr::tr("Setting \"%1\": expected an object of names").arg(key));
    QMap<QString, QString> map;
    const QJsonObject object = json.value(key).toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it->isString() || it->toString().isEmpty())
            return invalidData(Tr::tr("Setting \"%1\": \"%2\" needs a name").arg(key, it.key()));
        map.insert(it.key(), it->toString());
    }
    return map;
}

} // namespace

Result<RtSettings> RtSettings::fromJson(const QJsonObject &json)
{
    RtSettings settings;
    const QJsonArray queues = json.value(QStringLiteral("queues")).toArray();
    for (const QJsonValue &value : queues) {
        const QJsonObject object = value.toObject();
        QueueMapping mapping;
        mapping.queue = object.value(QStringLiteral("queue")).toString().trimmed();
        mapping.group = object.value(QStringLiteral("group")).toString().trimmed();
        const QString kind =
            object.value(QStringLiteral("kind")).toString(QStringLiteral("incident"));
        if (mapping.queue.isEmpty())
            return invalidData(Tr::tr("Setting \"queues\": a mapping needs an RT queue"));
        if (mapping.group.isEmpty())
            return invalidData(
                Tr::tr("Setting \"queues\": the queue \"%1\" needs a group").arg(mapping.queue));
        const auto parsedKind = kindFromName(kind);
        if (!parsedKind)
            return invalidData(Tr::tr("Setting \"queues\": unknown kind \"%1\"").arg(kind));
        mapping.kind = *parsedKind;
        settings.queues << mapping;
    }
    auto toState = textMap(json, QStringLiteral("statusToState"), defaultStatusToState);
    if (!toState)
        return toState.error();
    settings.statusToState = *toState;
    auto toStatus = textMap(json, QStringLiteral("stateToStatus"), defaultStateToStatus);
    if (!toStatus)
        return toStatus.error();
    settings.stateToStatus = *toStatus;
    settings.urgencyToPriority = defaultUrgencyToPriority;
    if (json.contains(QStringLiteral("urgencyToPriority"))) {
        settings.urgencyToPriority.clear();
        const QJsonObject object = json.value(QStringLiteral("urgencyToPriority")).toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const int priority = it->toInt(-1);
            if (priority < 0 || priority > 99)
                return invalidData(Tr::tr("Setting \"urgencyToPriority\": \"%1\" needs an RT "
                                          "priority from 0 to 99")
                                       .arg(it.key()));
            settings.urgencyToPriority.insert(it.key(), priority);
        }
        if (settings.urgencyToPriority.isEmpty())
            return invalidData(Tr::tr("Setting \"urgencyToPriority\": map at least one level"));
    }
    const QString idField = json.value(QStringLiteral("idField")).toString().trimmed();
    if (!idField.isEmpty())
        settings.idField = idField;
    return settings;
}

QJsonObject RtSettings::toJson() const
{
    QJsonArray queueArray;
    for (const QueueMapping &mapping : queues)
        queueArray.append(QJsonObject{{QStringLiteral("queue"), mapping.queue},
                                      {QStringLiteral("group"), mapping.group},
                                      {QStringLiteral("kind"), kindName(mapping.kind)}});
    QJsonObject toState, toStatus, priorities;
    for (auto it = statusToState.constBegin(); it != statusToState.constEnd(); ++it)
        toState.insert(it.key(), it.value());
    for (auto it = stateToStatus.constBegin(); it != stateToStatus.constEnd(); ++it)
        toStatus.insert(it.key(), it.value());
    for (auto it = urgencyToPriority.constBegin(); it != urgencyToPriority.constEnd(); ++it)
        priorities.insert(it.key(), it.value());
    return {{QStringLiteral("queues"), queueArray},
            {QStringLiteral("statusToState"), toState},
            {QStringLiteral("stateToStatus"), toStatus},
            {QStringLiteral("urgencyToPriority"), priorities},
            {QStringLiteral("idField"), idField}};
}

const QueueMapping *RtSettings::mappingForQueue(const QString &queue) const
{
    for (const QueueMapping &mapping : queues) {
        if (mapping.queue.compare(queue, Qt::CaseInsensitive) == 0)
            return &mapping;
    }
    return nullptr;
}

const QueueMapping *RtSettings::mappingForGroup(const QString &group) const
{
    for (const QueueMapping &mapping : queues) {
        if (mapping.group.compare(group, Qt::CaseInsensitive) == 0)
            return &mapping;
    }
    return nullptr;
}

QString RtSettings::stateFor(const QString &status) const
{
    return statusToState.value(status, status);
}

QString RtSettings::statusFor(const QString &state) const
{
    return stateToStatus.value(state, state);
}

QString RtSettings::urgencyFor(const QString &priority) const
{
    bool ok = false;
    const int value = priority.toInt(&ok);
    if (!ok || urgencyToPriority.isEmpty())
        return {};
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (auto it = urgencyToPriority.constBegin(); it != urgencyToPriority.constEnd(); ++it) {
        const int distance = std::abs(it.value() - value);
        if (distance < bestDistance || (distance == bestDistance && it.key() < best)) {
            best = it.key();
            bestDistance = distance;
        }
    }
    return best;
}

QString RtSettings::priorityFor(const QString &urgency) const
{
    if (!urgencyToPriority.contains(urgency))
        return {};
    return QString::number(urgencyToPriority.value(urgency));
}

} // namespace ServiceDeck::Connectors::Rt
