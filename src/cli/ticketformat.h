// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sla/slaclock.h"
#include "core/ticket.h"
#include "storage/activityrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ServiceDeck::Cli {

// A ticket as a JSON record: canonical field names plus "number" and "kind"; levels and
// priority as numbers, booleans as booleans, everything else as text.
QJsonObject ticketToJson(const Ticket &ticket);
// A ticket for people: the number and kind, then one "field: value" line per set field.
QString ticketToText(const Ticket &ticket);

// The resolution clock: {"state": "warning", "left_seconds": 3600} or an empty object.
QJsonObject slaToJson(const SlaStatus &status);
QString slaToText(const SlaStatus &status);
// Comments and worklog, oldest first.
QJsonArray activityToJson(const QList<Storage::ActivityEntry> &entries);
QString activityToText(const QList<Storage::ActivityEntry> &entries);

} // namespace ServiceDeck::Cli
