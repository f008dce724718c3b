// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ci.h"
#include "core/csv/csvreader.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace ServiceDeck::Storage {

// A CI file (name, class, status, owner_group, location, description, attributes…) or a relation
// file (source, type, target); the header tells which.
enum class ImportKind { Cis, Relations };

QString importKindName(ImportKind kind); // "cis", "relations"

// One problem of a file: the line (1 for the header, 0 for the file as a whole), the column by
// its header name (empty when the whole record is at fault) and what is wrong.
struct ImportError
{
    int line = 0;
    QString column;
    QString message;
};

// A CI the import creates (before.id is null) or changes.
struct PlannedCi
{
    int line = 0;
    ConfigurationItem before;
    ConfigurationItem after;
    QUuid ownerGroupId; // of after; null for none
};

// A relation the import creates; relations already present are left as they are.
struct PlannedRelation
{
    int line = 0;
    QUuid sourceId;
    QString type;
    QUuid targetId;
};

// What prepare() found: enough to show a preview and the errors, and for apply() to write
// without reading the file again.
struct ImportPlan
{
    static constexpr int MaxErrors = 1000;
    static constexpr int PreviewRows = 100;

    ImportKind kind = ImportKind::Cis;
    QChar delimiter = u',';
    QStringList header;
    QList<Csv::Record> preview; // the first data records as read
    qint64 rows = 0;            // data records, without the header
    qint64 creates = 0;
    qint64 updates = 0;
    qint64 unchanged = 0;      // rows that match the database already
    qint64 duplicates = 0;     // rows repeating an earlier row of the file exactly; written once
    QList<ImportError> errors; // by line, at most MaxErrors
    qint64 moreErrors = 0;     // errors beyond those listed

    QList<PlannedCi> cis;
    QList<PlannedRelation> relations;

    bool ok() const { return errors.isEmpty(); }
};

struct ImportReport
{
    ImportKind kind = ImportKind::Cis;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 elapsedMs = 0;
};

// Called now and then with the records done and the total; returning false cancels, and
// nothing is written.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace ServiceDeck::Storage
