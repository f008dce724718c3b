// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticket.h"

#include <QJsonObject>
#include <QString>

namespace ServiceDeck::Cli {

// A ticket as a JSON record: canonical field names plus "number" and "kind"; levels and
// priority as numbers, booleans as booleans, everything else as text.
QJsonObject ticketToJson(const Ticket &ticket);
// A ticket for people: the number and kind, then one "field: value" line per set field.
QString ticketToText(const Ticket &ticket);

} // namespace ServiceDeck::Cli
