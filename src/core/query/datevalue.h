// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queuequery.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ServiceDeck::Query {

// A date as the queue language writes it: an ISO date (a whole UTC day), an ISO date-time,
// `today` (the current UTC day) or a time relative to now (`-7d`, `-12h`, `-30m`, `-2w`, `+3d`).
// Parsing is pure; relative values become instants only when resolved against a given `now`.
class DateValue
{
public:
    enum class Kind { Day, Today, Instant, Relative };

    // nullopt when the text is none of these; years outside 1…9998 are refused so that ISO text
    // keeps four digits (time order) and stays inside PostgreSQL's timestamptz range.
    static std::optional<DateValue> parse(QStringView text);

    Kind kind() const { return m_kind; }
    bool isDay() const { return m_kind == Kind::Day || m_kind == Kind::Today; }
    // Canonical text: "2026-03-01", "2026-03-01T14:30:00.000Z", "today", "-7d".
    QString text() const;

    // The instant, or the first instant of the day.
    QDateTime start(const QDateTime &now) const;
    // The first instant after the day; the instant itself for instants.
    QDateTime end(const QDateTime &now) const;

    // The half-open or closed range of instants that `column <comparison> value` accepts.
    // An unset bound (null QDateTime) is unbounded. `:` on an instant means its whole UTC day.
    struct Bounds
    {
        QDateTime lower;
        bool lowerInclusive = true;
        QDateTime upper;
        bool upperInclusive = false;
    };
    Bounds bounds(Comparison comparison, const QDateTime &now) const;

private:
    Kind m_kind = Kind::Day;
    QDate m_day;                // Day
    QDateTime m_instant;        // Instant (UTC)
    qint64 m_offsetSeconds = 0; // Relative
    QString m_relativeText;     // Relative, canonical
};

} // namespace ServiceDeck::Query
