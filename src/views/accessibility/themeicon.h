// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace ServiceDeck::Views {

// The desktop theme's icon of a freedesktop name, or else the program's own SVG of that name
// (:/icons/<name>.svg), so that every action has an icon that stays sharp at any scale.
QIcon themeIcon(const QString &name);

} // namespace ServiceDeck::Views
