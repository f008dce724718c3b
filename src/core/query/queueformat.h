// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queuequery.h"

#include <QString>

namespace ServiceDeck::Query {

// The canonical text of a query (terms in their original order, values quoted where needed),
// which parses back to the same terms: for saved queues and for queries built in code.
QString formatQueueQuery(const QueueQuery &query);

} // namespace ServiceDeck::Query
