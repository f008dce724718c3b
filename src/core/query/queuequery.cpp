// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuequery.h"

namespace ServiceDeck::Query {

QString comparisonSymbol(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Equal:
        return QStringLiteral(":");
    case Comparison::Less:
        return QStringLiteral("<");
    case Comparison::LessEqual:
        return QStringLiteral("<=");
    case Comparison::Greater:
        return QStringLiteral(">");
    case Comparison::GreaterEqual:
        return QStringLiteral(">=");
    }
    return {};
}

} // namespace ServiceDeck::Query
