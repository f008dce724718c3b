// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamps.h"


namespace ServiceDeck {

QString toIsoUtc(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<QDateTime> parseIsoInstant(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    // A space between date and time is common in exports; ISO wants the T.
    QString normalised = trimmed;
    if (normalised.size() > 10 && normalised.at(10) == QLatin1Char(' '))
        normalised[10] = QLatin1Char('T');
    QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid() || normalised.size() < 16 || normalised.at(10) != QLatin1Char('T'))
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime) // no offset given: the contract says UTC
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toUTC();
}

} // namespace ServiceDeck
