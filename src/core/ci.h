// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace ServiceDeck {

// The CI statuses of the CMDB.
inline QStringList ciStatuses()
{
    return {QStringLiteral("planned"), QStringLiteral("live"), QStringLiteral("maintenance"),
            QStringLiteral("retired")};
}

// A configuration item as people see it: owner group by name, attributes by name.
struct ConfigurationItem
{
    QUuid id;
    int version = 0;
    QString name;
    QString ciClass;
    QString status = QStringLiteral("live");
    QString ownerGroup;
    QString location;
    QString description;
    QMap<QString, QString> attributes;
};

} // namespace ServiceDeck
