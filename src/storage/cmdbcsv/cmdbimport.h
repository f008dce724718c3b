// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importplan.h"

#include "core/error.h"

#include <QByteArray>
#include <QUuid>

namespace ServiceDeck::Storage {

class Database;

// Imports a CSV file of CIs or of relations: prepare() reads and checks the whole file against
// the database and reports every problem with its line and column; apply() writes a plan without
// errors in one transaction, journaled, so that either all of it is written or nothing.
class CmdbImport
{
public:
    explicit CmdbImport(Database &db)
        : m_db(db)
    {}

    // The progress of the check (prepare) and of the writing (apply).
    void setProgress(const ImportProgress &progress) { m_progress = progress; }

    // An Error only when the check itself could not run (database, cancelled); problems of the
    // file are in the plan's errors.
    Result<ImportPlan> prepare(const QByteArray &content);
    // Refuses a plan with errors. A CI changed by someone else since prepare() is a Conflict,
    // and nothing is written.
    Result<ImportReport> apply(const ImportPlan &plan, const QUuid &actorId);

private:
    Database &m_db;
    ImportProgress m_progress;
};

} // namespace ServiceDeck::Storage
