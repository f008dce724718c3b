// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlistmodel.h"

#include "storage/database.h"

#include "core/priority.h"
#include "core/timestamps.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace ServiceDeck::Models {

namespace {

// The assignee's and group's names come along with the row; the cursor column is the stored
// instant as text, which both dialects compare exactly (PostgreSQL keeps microseconds).
const char selectSql[] =
    "SELECT t.id, t.number, t.kind, t.title, t.state, t.priority, u.display_name, g.name, "
    "t.updated, CAST(t.updated AS TEXT) FROM tickets t "
    "LEFT JOIN users u ON u.id = t.assignee_id "
    "LEFT JOIN support_groups g ON g.id = t.group_id";

} // namespace

TicketListModel::TicketListModel(Storage::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void TicketListModel::setFilter(const TicketFilter &filter)
{
    m_filter = filter;
    reload();
}

void TicketListModel::reload()
{
    if (m_changing)
        return;
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    QList<Row> page;
    if (readCount() && readPage(page))
        m_rows = std::move(page);
    else
        m_atEnd = true;
    endResetModel();
    m_changing = false;
    emit totalCountChanged(m_totalCount);
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
}

QString TicketListModel::whereClause(QVariantList &binds) const
{
    QStringList terms;
    if (m_filter.kind) {
        terms << QStringLiteral("t.kind = ?");
        binds << kindName(*m_filter.kind);
    }
    if (m_filter.activeOnly) {
        const QStringList done = inactiveStates();
        QStringList marks;
        for (const QString &state : done) {
            marks << QStringLiteral("?");
            binds << state;
        }
        terms << QStringLiteral("t.state NOT IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    return terms.join(QStringLiteral(" AND "));
}

bool TicketListModel::readCount()
{
    QVariantList binds;
    const QString where = whereClause(binds);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM tickets t");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    auto query = m_db.exec(sql, binds);
    if (!query) {
        m_totalCount = 0;
        fail(query.error().message);
        return false;
    }
    m_totalCount = query->next() ? query->value(0).toLongLong() : 0;
    return true;
}

bool TicketListModel::readPage(QList<Row> &page)
{
    QVariantList binds;
    QStringList terms;
    if (const QString where = whereClause(binds); !where.isEmpty())
        terms << where;
    if (!m_rows.isEmpty()) {
        // Keyset: strictly after the last loaded row in (updated DESC, id DESC) order; written
        // as a range on updated so that its index is used.
        const Row &last = m_rows.constLast();
        terms << QStringLiteral("t.updated <= ? AND (t.updated < ? OR t.id < ?)");
        binds << last.updatedKey << last.updatedKey << last.id;
    }
    QString sql = QString::fromLatin1(selectSql);
    if (!terms.isEmpty())
        sql += QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    // One row more than a page tells whether another page follows without asking again.
    sql += QStringLiteral(" ORDER BY t.updated DESC, t.id DESC LIMIT %1").arg(PageSize + 1);

    auto query = m_db.prepare(sql);
    if (!query) {
        fail(query.error().message);
        return false;
    }
    query->setForwardOnly(true);
    for (const QVariant &value : std::as_const(binds))
        query->addBindValue(value);
    if (!query->exec()) {
        fail(m_db.sqlError(query->lastError(), tr("reading tickets")).message);
        return false;
    }
    page.reserve(PageSize);
    while (query->next()) {
        if (page.size() == PageSize) {
            m_atEnd = false;
            return true;
        }
        Row row;
        row.id = Storage::Database::toUuid(query->value(0)).toString(QUuid::WithoutBraces);
        row.number = query->value(1).toString();
        row.kind = query->value(2).toString();
        row.title = query->value(3).toString();
        row.state = query->value(4).toString();
        row.priority = query->value(5).toInt();
        row.assignee = query->value(6).toString();
        row.group = query->value(7).toString();
        const auto updated = parseIsoInstant(Storage::Database::instantText(query->value(8)));
        row.updated = updated.value_or(QDateTime());
        row.updatedKey = query->value(9).toString();
        page << row;
    }
    m_atEnd = true;
    return true;
}

void TicketListModel::fail(const QString &message)
{
    m_lastError = message;
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TicketListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void TicketListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Row> page;
    if (!readPage(page)) {
        m_atEnd = true;
        emit errorOccurred(m_lastError);
        return;
    }
    if (page.isEmpty())
        return;
    m_changing = true;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
    m_changing = false;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(row.title) : QVariant();
    case IdRole: return row.id;
    case NumberRole: return row.number;
    case KindRole: return row.kind;
    case StateRole: return row.state;
    case PriorityRole: return row.priority;
    case UpdatedRole: return row.updated;
    default: return {};
    }
}

QVariant TicketListModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case NumberColumn: return row.number;
    case TitleColumn: return row.title;
    case StateColumn: return stateLabel(row.state);
    case PriorityColumn: return priorityLabel(row.priority);
    case KindColumn: {
        const auto kind = kindFromName(row.kind);
        return kind ? kindLabel(*kind) : row.kind;
    }
    case AssigneeColumn: return row.assignee;
    case GroupColumn: return row.group;
    case UpdatedColumn:
        return row.updated.isValid()
                   ? QLocale().toString(row.updated.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default: return {};
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case TitleColumn: return tr("Title");
    case StateColumn: return tr("State");
    case PriorityColumn: return tr("Priority");
    case KindColumn: return tr("Kind");
    case AssigneeColumn: return tr("Assignee");
    case GroupColumn: return tr("Group");
    case UpdatedColumn: return tr("Updated");
    default: return {};
    }
}

QHash<int, QByteArray> TicketListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "ticketId");
    names.insert(NumberRole, "number");
    names.insert(KindRole, "kind");
    names.insert(StateRole, "state");
    names.insert(PriorityRole, "priority");
    names.insert(UpdatedRole, "updated");
    return names;
}

} // namespace ServiceDeck::Models
