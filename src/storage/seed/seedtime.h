// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace ServiceDeck::Storage::Internal {

// The seeder keeps instants as UTC milliseconds since the epoch: arithmetic on millions of
// tickets must not pay for QDateTime.
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

// Exactly what core's toIsoUtc gives ("yyyy-MM-ddTHH:mm:ss.zzzZ"), without its cost per call.
QString isoText(qint64 msecsSinceEpoch);
qint64 msecsOf(const QDate &date); // midnight UTC
qint64 dayNumber(qint64 msecs);    // days since 1970-01-01, rounding towards minus infinity
int weekdayOfDay(qint64 day);      // 1 = Monday … 7 = Sunday, like QDate::dayOfWeek

// UTC offsets of one time zone over a range, looked up without QTimeZone per instant.
class ZoneOffsets
{
public:
    ZoneOffsets(const QByteArray &zoneId, qint64 fromMs, qint64 toMs);
    qint64 offsetAt(qint64 utcMs) const; // milliseconds east of UTC
    qint64 toLocal(qint64 utcMs) const { return utcMs + offsetAt(utcMs); }
    qint64 toUtc(qint64 localMs) const;

private:
    QList<qint64> m_transitions; // UTC instants at which m_offsets[i + 1] starts
    QList<qint64> m_offsets;
};

struct Holiday
{
    QDate day;
    QString name;
};

// The public holidays of Germany in a year: the "Office hours" calendar's days off.
QList<Holiday> germanHolidays(int year);

// Office hours (Mon–Fri, a local start and end minute, holidays off) for SLA due instants.
class OfficeHours
{
public:
    // Days from `firstDay` to `lastDay` (day numbers) are answered from a table.
    OfficeHours(const ZoneOffsets &zone, int startMinute, int endMinute,
                const QList<Holiday> &holidays, qint64 firstDay, qint64 lastDay);
    // The instant at which `durationMs` of office time have passed since `fromUtcMs`.
    qint64 addBusinessTime(qint64 fromUtcMs, qint64 durationMs) const;

private:
    bool isWorkingDay(qint64 day) const;
    qint64 addByWalking(qint64 fromUtcMs, qint64 durationMs) const;

    const ZoneOffsets &m_zone;
    qint64 m_start;
    qint64 m_end;
    QSet<qint64> m_holidays; // day numbers
    qint64 m_firstDay;
    QList<qint64> m_before; // office time before each day of the table, in ms
};

} // namespace ServiceDeck::Storage::Internal
