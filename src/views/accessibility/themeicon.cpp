// SPDX-License-Identifier: GPL-3.0-or-later
#include "themeicon.h"

#include <QFile>

namespace ServiceDeck::Views {

QIcon themeIcon(const QString &name)
{
    const QString fallback = QStringLiteral(":/icons/%1.svg").arg(name);
    if (!QFile::exists(fallback))
        return QIcon::fromTheme(name);
    return QIcon::fromTheme(name, QIcon(fallback));
}

} // namespace ServiceDeck::Views
