// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ServiceDeck {

// Impact and urgency run from 1 (high) to 3 (low); priority from 1 (P1) to 5 (P5).
bool isValidLevel(int level);
// The ITIL matrix of DESIGN.md; 0 when impact or urgency is out of range.
int priorityFor(int impact, int urgency);
QString priorityLabel(int priority); // "P1" …

} // namespace ServiceDeck
