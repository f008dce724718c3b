// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importplan.h"
#include "orderedids.h"

#include "core/error.h"
#include "storage/journal.h"

#include <QSqlQuery>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Storage::Internal {

class BulkInsert;

// Writes a checked plan inside the caller's transaction: new rows through multi-row inserts,
// changed CIs through one prepared UPDATE each, and a journal op per CI or relation shaped as
// CiRepository writes them, so history and sync cannot tell an import from edits by hand.
class ImportWriter
{
public:
    ImportWriter(Database &db, const QUuid &actorId, const ImportProgress &progress);
    ~ImportWriter();

    Result<void> writeCis(const QList<PlannedCi> &cis);
    Result<void> writeRelations(const QList<PlannedRelation> &relations);

private:
    void create(const PlannedCi &planned);
    Result<void> update(const PlannedCi &planned);
    void journal(const JournalOp &op);
    Result<void> flush();
    Result<QSqlQuery *> prepared(std::unique_ptr<QSqlQuery> &query, const QString &sql);

    Database &m_db;
    QUuid m_actorId;
    ImportProgress m_progress;
    QString m_now;
    OrderedIds m_ids;
    std::unique_ptr<BulkInsert> m_cis, m_attributes, m_relations, m_journal;
    std::unique_ptr<QSqlQuery> m_updateCi, m_updateAttribute, m_deleteAttribute;
};

} // namespace ServiceDeck::Storage::Internal
