// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changereport.h"

#include "core/change/icalendar.h"

#include <QByteArray>
#include <QDateTime>
#include <QUuid>

namespace ServiceDeck::Storage {

// The iCalendar feed of a ChangeReport: one event per change (cancelled and rejected ones as
// CANCELLED, so subscribers drop them) and one per blackout.
Change::ICalendar::Calendar scheduleCalendar(const ChangeReport &report, const QDateTime &stamp);
QByteArray scheduleICalendar(const ChangeReport &report, const QDateTime &stamp);

// The UIDs: derived from the record's id, so every export names the same event alike.
QString changeEventUid(const QUuid &change);
QString blackoutEventUid(const QUuid &blackout);

} // namespace ServiceDeck::Storage
