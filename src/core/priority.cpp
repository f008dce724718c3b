// SPDX-License-Identifier: GPL-3.0-or-later
#include "priority.h"

namespace ServiceDeck {

bool isValidLevel(int level)
{
    return level >= 1 && level <= 3;
}

int priorityFor(int impact, int urgency)
{
    if (!isValidLevel(impact) || !isValidLevel(urgency))
        return 0;
    // 1×1 → P1; 1×2, 2×1 → P2; 1×3, 2×2, 3×1 → P3; 2×3, 3×2 → P4; 3×3 → P5.
    return impact + urgency - 1;
}

QString priorityLabel(int priority)
{
    return priority >= 1 && priority <= 5 ? QStringLiteral("P%1").arg(priority) : QString();
}

} // namespace ServiceDeck
