// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchcommand.h"

#include "core/error.h"

#include <QUuid>

#include <functional>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Cli {

// The change calendar's paint figures of `bench`: the month, week and timeline views of the
// month with the most planned changes, painted off screen frame by frame while they scroll,
// beside the same views painting a month without changes. Nothing when no change has a window.
Result<void> measureCalendar(Storage::Database &db, const QUuid &actorId,
                             const std::function<void(const Measurement &)> &add);

} // namespace ServiceDeck::Cli
