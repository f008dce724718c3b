// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ServiceDeck {

// The roles a user may hold; rules in core check them, views only hide what a role cannot do.
enum class Role { Operator, ChangeManager, Cab, Admin };

QList<Role> allRoles();
QString roleName(Role role); // "operator", "change_manager", "cab", "admin"
QStringList roleNames();

} // namespace ServiceDeck
