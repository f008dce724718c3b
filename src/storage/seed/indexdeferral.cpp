// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexdeferral.h"

#include "storage/database.h"
#include "storage/pragmascope.h"

#include <QThread>

#include <algorithm>

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

Result<void> IndexDeferral::tuneSorter(PragmaScope &pragmas)
{
    // SQLite sorts an index's keys in memory in one piece when its temporary store is memory
    // or the page cache is larger than the keys: one linked-list merge sort over a million
    // keys, on one core. With temporary files (temp_store cannot change inside a transaction;
    // the caller sets it before) and a small cache it sorts runs of a few MB,
    // which fit the processor's caches, on helper threads while it goes on reading the
    // table, and merges them. Over a million tickets the 26 builds took 35 s instead of 70 s;
    // runs of 4 to 8 MB were the fastest. The runs go to the system's temporary directory,
    // about as much as the index, and mostly stay in the operating system's file cache.
    const int sortThreads = std::clamp(QThread::idealThreadCount(), 1, 8);
    const std::pair<const char *, QString> settings[] = {
        {"cache_size", QStringLiteral("-8192")},
        {"threads", QString::number(sortThreads)},
    };
    for (const auto &[name, value] : settings) {
        if (auto done = pragmas.set(name, value); !done)
            return done;
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
