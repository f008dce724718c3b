// SPDX-License-Identifier: GPL-3.0-or-later
#include "datevalue.h"

#include "core/timestamps.h"

namespace ServiceDeck::Query {

namespace {

// Four-digit years keep ISO text in time order and inside PostgreSQL's timestamptz range.
constexpr int firstYear = 1;
constexpr int lastYear = 9998;
constexpr int maxRelativeDigits = 4;

bool inRange(const QDate &date)
{
    return date.isValid() && date.year() >= firstYear && date.year() <= lastYear;
}

QDateTime startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

std::optional<qint64> relativeSeconds(QStringView text)
{
    if (text.size() < 3 || text.size() > maxRelativeDigits + 2)
        return std::nullopt;
    const QChar sign = text.front();
    if (sign != u'-' && sign != u'+')
        return std::nullopt;
    const QStringView digits = text.mid(1, text.size() - 2);
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    qint64 unit = 0;
    switch (text.back().toLower().unicode()) {
    case u'm':
        unit = 60;
        break;
    case u'h':
        unit = 3600;
        break;
    case u'd':
        unit = 86400;
        break;
    case u'w':
        unit = 7 * 86400;
        break;
    default:
        return std::nullopt;
    }
    const qint64 amount = digits.toLongLong() * unit;
    return sign == u'-' ? -amount : amount;
}

} // namespace

std::optional<DateValue> DateValue::parse(QStringView text)
{
    DateValue value;
    if (text.compare(u"today", Qt::CaseInsensitive) == 0) {
        value.m_kind = Kind::Today;
        return value;
    }
    if (const auto seconds = relativeSeconds(text)) {
        value.m_kind = Kind::Relative;
        value.m_offsetSeconds = *seconds;
        value.m_relativeText = text.toString().toLower();
        return value;
    }
    // parseIsoInstant trims; the language does not, so a stray space is not silently accepted.
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return std::nullopt;
    const auto instant = parseIsoInstant(text);
    if (!instant || !inRange(instant->date()))
        return std::nullopt;
    if (text.size() == 10) {
        value.m_kind = Kind::Day;
        value.m_day = instant->date();
    } else {
        value.m_kind = Kind::Instant;
        value.m_instant = *instant;
    }
    return value;
}

QString DateValue::text() const
{
    switch (m_kind) {
    case Kind::Day:
        return m_day.toString(Qt::ISODate);
    case Kind::Today:
        return QStringLiteral("today");
    case Kind::Instant:
        return toIsoUtc(m_instant);
    case Kind::Relative:
        return m_relativeText;
    }
    return {};
}

QDateTime DateValue::start(const QDateTime &now) const
{
    switch (m_kind) {
    case Kind::Day:
        return startOfDay(m_day);
    case Kind::Today:
        return startOfDay(now.toUTC().date());
    case Kind::Instant:
        return m_instant;
    case Kind::Relative:
        return now.toUTC().addSecs(m_offsetSeconds);
    }
    return {};
}

QDateTime DateValue::end(const QDateTime &now) const
{
    return isDay() ? start(now).addDays(1) : start(now);
}

DateValue::Bounds DateValue::bounds(Comparison comparison, const QDateTime &now) const
{
    const QDateTime first = start(now);
    const QDateTime after = end(now);
    Bounds bounds;
    switch (comparison) {
    case Comparison::Equal: {
        // "On that day": an instant stands for the UTC day it falls on.
        const QDateTime day = startOfDay(first.toUTC().date());
        bounds.lower = day;
        bounds.upper = day.addDays(1);
        break;
    }
    case Comparison::Less:
        bounds.upper = first;
        break;
    case Comparison::LessEqual:
        bounds.upper = after;
        bounds.upperInclusive = !isDay();
        break;
    case Comparison::Greater:
        bounds.lower = after;
        bounds.lowerInclusive = isDay();
        break;
    case Comparison::GreaterEqual:
        bounds.lower = first;
        break;
    }
    return bounds;
}

} // namespace ServiceDeck::Query
