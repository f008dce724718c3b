// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ServiceDeck::Query::Internal {

// A value as a message shows it: in double quotes, shortened when long, control characters
// written as U+XXXX, so that hostile input cannot flood or garble the message.
QString displayValue(QStringView value);

// A value as the queue language writes it: bare when it can be, else in double quotes with
// `\"` and `\\` escaped.
QString quoteValue(QStringView value, bool quoteCommas);

} // namespace ServiceDeck::Query::Internal
