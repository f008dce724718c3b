// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketfilter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Models {

// Tickets of one filter, most recently updated first, read from the database in pages of
// PageSize rows (keyset pagination on updated and id) as a view scrolls: a million tickets cost
// neither the time nor the memory of loading them.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TitleColumn,
        StateColumn,
        PriorityColumn,
        KindColumn,
        AssigneeColumn,
        GroupColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the ticket's UUID
        NumberRole,                // QString: INC0000001
        KindRole,                  // QString: canonical kind name
        StateRole,                 // QString: canonical state name
        PriorityRole,              // int: 1 … 5
        UpdatedRole,               // QDateTime (UTC)
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 200;

    // Reads nothing yet: setFilter() or reload() reads the first page.
    explicit TicketListModel(Storage::Database &db, QObject *parent = nullptr);

    TicketFilter filter() const { return m_filter; }
    // Applies the filter and reloads.
    void setFilter(const TicketFilter &filter);
    // Reads the count and the first page again.
    void reload();

    // Tickets matching the filter in the database, as counted at the last reload; rowCount()
    // counts only the rows loaded so far.
    qint64 totalCount() const { return m_totalCount; }
    // The last database error; empty when the last read succeeded.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void totalCountChanged(qint64 count);
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        QString id;
        QString number;
        QString kind;
        QString title;
        QString state;
        int priority = 0;
        QString assignee;
        QString group;
        QDateTime updated;
        QString updatedKey; // the stored value as text, exact, for the next page's keyset
    };

    QString whereClause(QVariantList &binds) const;
    bool readCount();
    // Reads the page after the last loaded row; false on a database error.
    bool readPage(QList<Row> &page);
    QVariant displayData(const Row &row, int column) const;
    void fail(const QString &message);

    Storage::Database &m_db;
    TicketFilter m_filter;
    QList<Row> m_rows;
    qint64 m_totalCount = 0;
    bool m_atEnd = true;
    // Set while rows are being replaced or appended: a fetchMore() from a slot connected to
    // the model's own signals would otherwise nest one change inside another.
    bool m_changing = false;
    QString m_lastError;
};

} // namespace ServiceDeck::Models
