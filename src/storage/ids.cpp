// SPDX-License-Identifier: GPL-3.0-or-later
#include "ids.h"

namespace ServiceDeck::Storage {

QUuid newId()
{
    return QUuid::createUuid();
}

QUuid referenceId(const QString &entity, const QString &name)
{
    static const QUuid ns(QStringLiteral("{6f1e4c52-9a3b-4d0e-8e7a-2c5b9d1f0a34}"));
    return QUuid::createUuidV5(ns, entity + QLatin1Char(':') + name);
}

} // namespace ServiceDeck::Storage
