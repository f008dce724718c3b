// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulksettings.h"

#include <algorithm>

namespace ServiceDeck::Storage::Internal {

Result<void> BulkSettings::apply(qint64 rows)
{
    // About 1 KB of cache per row written (with its attributes and journal rows), between the
    // connection's 64 MB and 1 GB; SQLite takes the memory only as pages fill it. The rows'
    // values were checked before writing, so SQLite's CHECK constraints (whose IN lists build
    // a temporary b-tree per row) add nothing but time; foreign keys stay on.
    const qint64 cacheKiB = std::clamp<qint64>(rows, 65536, 1048576);
    if (auto done = m_pragmas.set("cache_size", QStringLiteral("-%1").arg(cacheKiB)); !done)
        return done;
    if (auto done = m_pragmas.set("temp_store", QStringLiteral("MEMORY")); !done)
        return done;
    return m_pragmas.set("ignore_check_constraints", QStringLiteral("ON"));
}

} // namespace ServiceDeck::Storage::Internal
