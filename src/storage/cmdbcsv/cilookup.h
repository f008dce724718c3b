// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ci.h"
#include "core/error.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Storage::Internal {

// The existing CIs and relations an import touches, read a few hundred at a time: one SELECT
// per row of a 100,000-line file would cost more than the whole import.
class CiLookup
{
public:
    explicit CiLookup(Database &db)
        : m_db(db)
    {}

    // Reads the CIs of these names that exist; attributes too when asked for.
    Result<void> load(const QStringList &names, bool withAttributes);
    const ConfigurationItem *find(const QString &name) const;

    // Keys (relationKey) of the relations leaving these CIs.
    Result<QSet<QString>> relationsFrom(const QList<QUuid> &sourceIds);
    // (source, target) of every part_of relation: the import checks new ones for cycles.
    Result<QList<std::pair<QUuid, QUuid>>> partOfEdges();

    static QString relationKey(const QUuid &source, const QString &type, const QUuid &target);

private:
    // `(SELECT …)` over the values of one JSON array parameter, cast to uuid for ids.
    QString valueList(bool ids) const;

    Database &m_db;
    QHash<QString, ConfigurationItem> m_cis;
};

} // namespace ServiceDeck::Storage::Internal
