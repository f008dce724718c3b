// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maintenancewindow.h"
#include "timespan.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Change {

// A change as the collision engine sees it.
struct PlannedChange
{
    QUuid id;
    QString number; // CHG0000001, for explanations
    QString state;
    TimeSpan window;
    QList<QUuid> cis; // affected CIs (change_cis and the ticket's own CI)
    QList<QUuid> services; // the services whose maintenance windows the change should keep to
    // The Down impact closure of each affected CI (each includes its start). One set per CI,
    // not their union, so that changes on the same CI share one implicitly shared set.
    QList<QSet<QUuid>> closures;
    QUuid implementer; // the assignee; null when nobody is assigned yet
    QString implementerName;

    bool closureContains(const QUuid &ci) const
    {
        for (const QSet<QUuid> &closure : closures) {
            if (closure.contains(ci))
                return true;
        }
        return false;
    }
};

// A freeze: global, or scoped to CIs.
struct BlackoutWindow
{
    QUuid id;
    QString name;
    TimeSpan window;
    bool global = true;
    QList<QUuid> scope;
    // The Down closure of each scoped CI: a freeze on a service covers what the service
    // depends on, since changing any of that can take the frozen service down.
    QList<QSet<QUuid>> scopeClosures;
};

// Everything one run of the engine looks at.
struct ScheduleInput
{
    QList<PlannedChange> changes;
    QList<BlackoutWindow> blackouts;
    QHash<QUuid, QList<MaintenanceWindow>> maintenance; // by service
    QHash<QUuid, QString> ciNames; // for explanations; ids are shown where a name is missing
};

// Whether a change in this state takes part in collision checks: every state but cancelled and
// closed, drafts included, so planners see collisions while they plan.
bool isScheduled(QStringView state);

} // namespace ServiceDeck::Change
