// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/query/queuequery.h"
#include "core/query/sortspec.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QUuid>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Models {

// A queue of tickets as a windowed table: the row count and each row come from the database on
// demand, filtered (queue language) and sorted in SQL on indexes, so a queue of a million
// tickets opens, re-sorts and jumps to its end without loading it. Only the pages a view asks
// for are held. SLA columns are computed from the stored due instants and move with the clock
// (a timer emits dataChanged for them only) without re-querying. Qt::AccessibleTextRole puts the
// SLA, priority and state columns into words for screen readers.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Columns are canonical field names (see columnFields()); "sla" is the SLA time left.
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the ticket's UUID
        NumberRole,                // QString: INC0000001
        KindRole,                  // QString: canonical kind name
        StateRole,                 // QString: canonical state name
        PriorityRole,              // int: 1 … 5
        SlaStateRole,              // QString: ok, warning, breached, paused or empty
        SlaUsedShareRole,          // double: 0 … 1 and beyond
        SlaLeftSecondsRole,        // qint64: business seconds left (negative once breached)
        FieldRole,                 // QString: the canonical field name of the column (header)
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;

    explicit QueueModel(Storage::Database &db, QObject *parent = nullptr);
    ~QueueModel() override;

    // Every column a queue can show, and the default set.
    static QStringList availableColumns();
    static QStringList defaultColumns();
    QStringList columnFields() const;
    void setColumnFields(const QStringList &fields);

    // Who `me` is in queue expressions.
    void setActor(const QUuid &actorId);
    // Filters by a parsed queue expression; InvalidData when it cannot be compiled.
    Result<void> setQuery(const Query::QueueQuery &query);
    Query::QueueQuery query() const;
    void setSortKeys(const QList<Query::SortKey> &keys);
    QList<Query::SortKey> sortKeys() const;
    // Sorting by a column header: the column's field, ascending or descending.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Counts again and drops the held pages (after an edit, or on a hint from elsewhere).
    void refresh();
    // Tickets matching, as counted at the last refresh.
    qint64 totalCount() const;
    QString lastError() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QHash<int, QByteArray> roleNames() const override;

    // Bytes held by the page cache and bookkeeping (for the benchmark's memory figure).
    qint64 memoryFootprint() const;
    // How often the SLA column moves with the clock (dataChanged for that column of the held
    // rows only, no query); 60 s by default, 0 stops it.
    void setSlaRefreshInterval(int milliseconds);
    int slaRefreshInterval() const;

signals:
    void totalCountChanged(qint64 count);
    void errorOccurred(const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ServiceDeck::Models
