// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ServiceDeck::Views {

// A canonical field name as people read it in the ticket form ("root_cause" → "Root cause").
QString fieldLabel(const QString &field);

} // namespace ServiceDeck::Views
