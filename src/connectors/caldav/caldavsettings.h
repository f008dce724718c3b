// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ServiceDeck::Connectors::CalDav {

// Translation context of the CalDAV publisher.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Connectors::CalDav)
};

// What a CalDAV remote keeps in Remote::settings.
struct CalDavSettings
{
    QString calendarName;       // display name given to a collection it creates; empty: default
    int daysBack = 30;          // default range: from this many days before today …
    int daysAhead = 180;        // … to this many days after it
    QString caCertificatesFile; // PEM file of extra CAs trusted for this server (optional)

    QString effectiveCalendarName() const; // calendarName, else "Change schedule"

    // InvalidData names the key at fault (wrong type, a negative day count, an empty range).
    static Result<CalDavSettings> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace ServiceDeck::Connectors::CalDav
