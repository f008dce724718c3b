// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulksettings.h"

#include "storage/database.h"

#include <algorithm>

namespace ServiceDeck::Storage::Internal {

BulkSettings::~BulkSettings()
{
    for (const QString &pragma : std::as_const(m_restore))
        m_db.exec(pragma);
}

Result<void> BulkSettings::apply(qint64 rows)
{
    if (m_db.dialect() != Dialect::Sqlite)
        return {};
    for (const char *name : {"cache_size", "temp_store"}) {
        const QString pragma = QStringLiteral("PRAGMA ") + QString::fromLatin1(name);
        auto current = m_db.exec(pragma);
        if (!current)
            return current.error();
        if (current->next())
            m_restore << pragma + QStringLiteral(" = ") + current->value(0).toString();
    }
    m_restore << QStringLiteral("PRAGMA ignore_check_constraints = OFF");
    // About 1 KB of cache per row written (with its attributes and journal rows), between the
    // connection's 64 MB and 1 GB; SQLite takes the memory only as pages fill it. The rows'
    // values were checked before writing, so SQLite's CHECK constraints (whose IN lists build
    // a temporary b-tree per row) add nothing but time; foreign keys stay on.
    const qint64 cacheKiB = std::clamp<qint64>(rows, 65536, 1048576);
    for (const QString &pragma : {QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB),
                                  QStringLiteral("PRAGMA temp_store = MEMORY"),
                                  QStringLiteral("PRAGMA ignore_check_constraints = ON")}) {
        if (auto done = m_db.exec(pragma); !done)
            return done.error();
    }
    return {};
}

} // namespace ServiceDeck::Storage::Internal
