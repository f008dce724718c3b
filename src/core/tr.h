// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace ServiceDeck {

// Translation context of the core layer: messages of rules and validation.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck)
};

} // namespace ServiceDeck
