// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/timespan.h"
#include "core/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Connectors::CalDav {

// One calendar object resource the schedule wants on the server: a change or a change freeze of
// the range, as the iCalendar export writes it, alone in its VCALENDAR.
struct ScheduleResource
{
    QString entity; // "tickets" or "blackout_windows": the id map's entity
    QUuid localId;
    QString uid;      // the event's UID, the same as in the exported .ics
    QString fileName; // "<uid without its @domain>.ics": stable per record, plain characters
    QByteArray body;  // text/calendar, CRLF line ends
    // SHA-256 (hex) of the body with DTSTAMP left out: DTSTAMP is the time of writing, so only
    // a change of content changes the hash and a publish with nothing changed sends nothing.
    QByteArray contentHash;
};

// The resources of the range: every change of the iCalendar export (its ChangeReport) except
// the cancelled and rejected ones, which a calendar collection drops instead of showing as
// CANCELLED, and every change freeze. `stamp` becomes DTSTAMP.
Result<QList<ScheduleResource>>
scheduleResources(Storage::Database &db, const Change::TimeSpan &range, const QDateTime &stamp);

// The body of one event as a calendar object resource: the exported calendar without METHOD,
// which RFC 4791 (4.1) forbids in a calendar collection.
QByteArray resourceBody(const QByteArray &exportedCalendar);

} // namespace ServiceDeck::Connectors::CalDav
