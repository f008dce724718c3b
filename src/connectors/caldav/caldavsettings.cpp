// SPDX-License-Identifier: GPL-3.0-or-later
#include "caldavsettings.h"

#include <QJsonValue>

namespace ServiceDeck::Connectors::CalDav {

namespace {

constexpr int MaxDays = 3660; // ten years either way: more is a typo, not a schedule

Result<int> days(const QJsonObject &json, const QString &key, int fallback)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != static_cast<int>(number) || number < 0 || number > MaxDays)
        return invalidData(Tr::tr("CalDAV setting \"%1\" must be a whole number of days from 0 to "
                                  "%2")
                               .arg(key)
                               .arg(MaxDays));
    return static_cast<int>(number);
}

Result<QString> text(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return invalidData(Tr::tr("CalDAV setting \"%1\" must be text").arg(key));
    return value.toString();
}

} // namespace

QString CalDavSettings::effectiveCalendarName() const
{
    return calendarName.trimmed().isEmpty() ? Tr::tr("Change schedule") : calendarName.trimmed();
}

Result<CalDavSettings> CalDavSettings::fromJson(const QJsonObject &json)
{
    CalDavSettings settings;
    auto name = text(json, QStringLiteral("calendarName"));
    if (!name)
        return name.error();
    settings.calendarName = *name;
    auto ca = text(json, QStringLiteral("caFile"));
    if (!ca)
        return ca.error();
    settings.caCertificatesFile = *ca;
    auto back = days(json, QStringLiteral("daysBack"), settings.daysBack);
    if (!back)
        return back.error();
    settings.daysBack = *back;
    auto ahead = days(json, QStringLiteral("daysAhead"), settings.daysAhead);
    if (!ahead)
        return ahead.error();
    settings.daysAhead = *ahead;
    if (settings.daysBack + settings.daysAhead == 0)
        return invalidData(Tr::tr("CalDAV settings \"daysBack\" and \"daysAhead\" are both 0: "
                                  "the range to publish would be empty"));
    return settings;
}

QJsonObject CalDavSettings::toJson() const
{
    QJsonObject json{{QStringLiteral("daysBack"), daysBack},
                     {QStringLiteral("daysAhead"), daysAhead}};
    if (!calendarName.isEmpty())
        json.insert(QStringLiteral("calendarName"), calendarName);
    if (!caCertificatesFile.isEmpty())
        json.insert(QStringLiteral("caFile"), caCertificatesFile);
    return json;
}

} // namespace ServiceDeck::Connectors::CalDav
