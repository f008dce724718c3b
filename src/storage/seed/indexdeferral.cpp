// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexdeferral.h"

#include "storage/database.h"

namespace ServiceDeck::Storage::Internal {

Result<void> IndexDeferral::begin()
{
    if (m_db.dialect() != Dialect::Sqlite)
        return {};
    // Automatic indexes of constraints have no SQL and cannot be dropped; they stay.
    auto indexes = m_db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                            "'index' AND tbl_name = ? AND sql IS NOT NULL "
                                            "ORDER BY name"),
                             {m_table});
    if (!indexes)
        return indexes.error();
    QStringList names;
    while (indexes->next()) {
        names << indexes->value(0).toString();
        m_statements << indexes->value(1).toString();
    }
    indexes->finish();
    for (const QString &name : std::as_const(names)) {
        // The names come from sqlite_master, not from a person; quoted all the same.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        auto dropped = m_db.exec(QStringLiteral("DROP INDEX \"") + quoted + QLatin1Char('"'));
        if (!dropped)
            return dropped.error();
    }
    return {};
}

Result<void> IndexDeferral::rebuild(qsizetype index)
{
    auto created = m_db.exec(m_statements.at(index));
    if (!created)
        return created.error();
    return {};
}

} // namespace ServiceDeck::Storage::Internal
