// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timespan.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A small iCalendar (RFC 5545) writer for the change schedule: events as value types in, the
// calendar as UTF-8 text with CRLF line ends out.
namespace ServiceDeck::Change::ICalendar {

enum class EventStatus { Tentative, Confirmed, Cancelled };

QByteArray statusName(EventStatus status); // "TENTATIVE", "CONFIRMED", "CANCELLED"

// How a change's state reads in a calendar. Changes still being planned or waiting for the CAB
// are tentative; from approval on they are confirmed, up to review (the work has been done, the
// time was taken). Rejected and cancelled changes will not happen: they are cancelled, so
// subscribed calendars remove an event they showed before.
EventStatus statusOfChange(QStringView state);

struct Event
{
    QString uid; // stable across exports, so that a calendar updates instead of duplicating
    TimeSpan when; // DTSTART and DTEND (left out when the span is an instant)
    QString summary;
    QString description;
    EventStatus status = EventStatus::Confirmed;
    QStringList categories;
    QDateTime lastModified; // LAST-MODIFIED when valid
};

struct Calendar
{
    QString productId; // PRODID, e.g. "-//ServiceDeck//Change schedule//EN"
    QString name; // X-WR-CALNAME when not empty
    QDateTime stamp; // DTSTAMP of every event: when the calendar was written
    QList<Event> events;
};

// A TEXT value: backslash, semicolon and comma escaped, each line break (CRLF, CR or LF) as
// "\n"; other control characters, which TEXT does not allow, are left out.
QByteArray escapeText(QStringView text);
// One content line (without its line break) folded to lines of at most 75 octets, each ended by
// CRLF; a continuation line starts with a space. A fold never splits a UTF-8 sequence.
QByteArray foldLine(const QByteArray &line);
// The UTC DATE-TIME form, "20260302T200000Z"; seconds are truncated.
QByteArray utcDateTime(qint64 msecsSinceEpoch);
QByteArray utcDateTime(const QDateTime &instant);

// The whole VCALENDAR with one VEVENT per event, in the given order.
QByteArray write(const Calendar &calendar);

} // namespace ServiceDeck::Change::ICalendar
