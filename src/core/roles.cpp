// SPDX-License-Identifier: GPL-3.0-or-later
#include "roles.h"

namespace ServiceDeck {

QList<Role> allRoles()
{
    return {Role::Operator, Role::ChangeManager, Role::Cab, Role::Admin};
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Operator: return QStringLiteral("operator");
    case Role::ChangeManager: return QStringLiteral("change_manager");
    case Role::Cab: return QStringLiteral("cab");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

QStringList roleNames()
{
    QStringList names;
    for (Role role : allRoles())
        names << roleName(role);
    return names;
}

} // namespace ServiceDeck
