// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketkind.h"

#include <QMap>
#include <QString>
#include <QUuid>

namespace ServiceDeck {

// A ticket as people and scripts see it: canonical field names to display text (user logins,
// group and CI names, ISO 8601 instants). Fields that are not set are absent.
struct Ticket
{
    QUuid id;
    int version = 0;
    QString number;
    TicketKind kind = TicketKind::Incident;
    QMap<QString, QString> fields;
};

} // namespace ServiceDeck
