// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketfilter.h"

namespace ServiceDeck::Models {

QStringList inactiveStates()
{
    QStringList result;
    for (TicketKind kind : allTicketKinds()) {
        for (const QString &state : states(kind)) {
            if (!isActiveState(kind, state) && !result.contains(state))
                result << state;
        }
    }
    result.sort();
    return result;
}

} // namespace ServiceDeck::Models
