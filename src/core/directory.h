// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>

namespace ServiceDeck {

// A person who works tickets or asks for help; roles are the names of roles.h.
struct User
{
    QUuid id;
    int version = 0;
    QString login;
    QString displayName;
    QString email;
    bool active = true;
    QStringList roles;

    bool hasRole(const QString &role) const { return roles.contains(role); }
};

// A support group that tickets are assigned to.
struct Group
{
    QUuid id;
    int version = 0;
    QString name;
    QString description;
    QString email;
};

} // namespace ServiceDeck
