// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuemodel.h"

#include "queuecolumns.h"
#include "queuepage.h"

#include "storage/database.h"
#include "storage/query/queuecompiler.h"
#include "storage/query/queuesort.h"
#include "storage/slarepository.h"

#include "core/priority.h"
#include "core/ticketkind.h"

#include <QHash>
#include <QLocale>
#include <QTimer>

#include <cstdlib>

#include <optional>

namespace ServiceDeck::Models {

using Internal::QueuePageReader;
using Internal::QueueRow;
using Internal::QueueSql;

namespace {

// Pages held at once: a screenful and the way back to where the user came from.
constexpr int MaxPages = 16;

int clampedRows(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

} // namespace

class QueueModel::Private
{
public:
    Private(QueueModel *model, Storage::Database &database)
        : q(model)
        , db(database)
        , reader(database)
        , slas(database)
    {}

    Result<QueueSql> compile() const;
    // Compiles and counts; on failure the model is empty and lastError says why.
    void reload();
    void fail(const QString &message);
    void dropPages();
    QueueRow *rowAt(int row);
    const SlaStatus &slaOf(QueueRow &row);
    // What a screen reader says for a cell: the display text alone is a bare "3 h 20 min" or
    // "P2", which tells nothing without the colour bar or the column header.
    QString accessibleText(QueueRow &row, const QString &field);
    void tick();

    QueueModel *q;
    Storage::Database &db;
    QueuePageReader reader;
    Storage::SlaRepository slas;
    QUuid actor;
    Query::QueueQuery query;
    QList<Query::SortKey> sortKeys;
    QStringList columns = Internal::defaultQueueColumnFields();
    std::optional<QueueSql> sql; // empty: no valid query, no rows
    qint64 total = 0;
    QString lastError;
    QHash<int, QList<QueueRow>> pages;
    QList<int> recent; // page numbers, most recently used first
    QHash<QUuid, std::optional<BusinessCalendar>> calendars;
    QDateTime now = QDateTime::currentDateTimeUtc();
    int slaTick = 0;
    QTimer slaTimer;
    QLocale locale;
};

Result<QueueSql> QueueModel::Private::compile() const
{
    const auto compiled =
        Storage::compileQueueQuery(query, db.dialect(), Storage::QueueSqlContext{actor, now});
    if (!compiled)
        return compiled.error();
    return QueuePageReader::compile(compiled->where, compiled->binds, sortKeys, db,
                                    compiled->sortIndexWhere, compiled->countStatement);
}

void QueueModel::Private::reload()
{
    dropPages();
    now = QDateTime::currentDateTimeUtc();
    lastError.clear();
    auto compiled = compile();
    if (!compiled)
        return fail(compiled.error().message);
    const auto counted = reader.count(*compiled);
    if (!counted)
        return fail(counted.error().message);
    sql = *compiled;
    total = *counted;
}

void QueueModel::Private::fail(const QString &message)
{
    lastError = message;
    sql.reset();
    total = 0;
    dropPages();
}

void QueueModel::Private::dropPages()
{
    pages.clear();
    recent.clear();
}

QueueRow *QueueModel::Private::rowAt(int row)
{
    if (!sql || row < 0 || row >= total)
        return nullptr;
    const int page = row / PageSize;
    const int offset = row % PageSize;
    auto found = pages.find(page);
    if (found != pages.end()) {
        if (recent.constFirst() != page) {
            recent.removeOne(page);
            recent.prepend(page);
        }
        return offset < found->size() ? &(*found)[offset] : nullptr;
    }
    const qint64 first = qint64(page) * PageSize;
    auto rows = reader.read(*sql, first, std::min<qint64>(PageSize, total - first), total);
    if (!rows) {
        // Held empty, so painting does not ask again; refresh() tries anew.
        lastError = rows.error().message;
        QMetaObject::invokeMethod(
            q, [model = q, message = lastError] { emit model->errorOccurred(message); },
            Qt::QueuedConnection);
    }
    while (recent.size() >= MaxPages)
        pages.remove(recent.takeLast());
    found = pages.insert(page, rows ? std::move(*rows) : QList<QueueRow>());
    recent.prepend(page);
    return offset < found->size() ? &(*found)[offset] : nullptr;
}

const SlaStatus &QueueModel::Private::slaOf(QueueRow &row)
{
    if (row.slaTick == slaTick)
        return row.sla;
    row.slaTick = slaTick;
    row.sla = SlaStatus{};
    if (row.resolutionMinutes <= 0 || row.calendarId.isNull())
        return row.sla;
    auto cached = calendars.find(row.calendarId);
    if (cached == calendars.end()) {
        auto calendar = slas.calendar(row.calendarId);
        cached = calendars.insert(row.calendarId, calendar ? std::optional(*calendar)
                                                           : std::nullopt);
    }
    if (!cached->has_value())
        return row.sla;
    const auto kind = kindFromName(row.kind);
    const bool active = kind && isActiveState(*kind, row.state);
    row.sla = evaluateSla(**cached, row.due, row.resolutionMinutes, row.pendingSince, active, now);
    return row.sla;
}

QString QueueModel::Private::accessibleText(QueueRow &row, const QString &field)
{
    if (field == u"sla") {
        const SlaStatus &sla = slaOf(row);
        const QString left = formatDuration(std::llabs(sla.leftSeconds));
        const int used = qRound(sla.usedShare * 100);
        switch (sla.state) {
        case SlaState::None:
            return QueueModel::tr("No SLA");
        case SlaState::Ok:
            return QueueModel::tr("Resolution due in %1, SLA on track (%2 % used)")
                .arg(left)
                .arg(used);
        case SlaState::Warning:
            return QueueModel::tr("Resolution due in %1, SLA at risk (%2 % used)")
                .arg(left)
                .arg(used);
        case SlaState::Breached:
            return QueueModel::tr("Resolution overdue by %1, SLA breached").arg(left);
        case SlaState::Paused:
            return QueueModel::tr("SLA paused, %1 left (%2 % used)").arg(left).arg(used);
        }
        return {};
    }
    if (field == u"priority") {
        // "Priority 2" rather than the label's "P2", which a screen reader spells out.
        return priorityLabel(row.priority).isEmpty()
                   ? QueueModel::tr("No priority")
                   : QueueModel::tr("Priority %1").arg(row.priority);
    }
    if (field == u"state")
        return stateLabel(row.state);
    return {};
}

void QueueModel::Private::tick()
{
    now = QDateTime::currentDateTimeUtc();
    ++slaTick;
    const int column = int(columns.indexOf(QStringLiteral("sla")));
    if (column < 0)
        return;
    QList<int> held = pages.keys();
    std::sort(held.begin(), held.end());
    for (int page : std::as_const(held)) {
        const int size = int(pages.value(page).size());
        if (size == 0)
            continue;
        const int first = page * PageSize;
        emit q->dataChanged(q->index(first, column), q->index(first + size - 1, column),
                            {Qt::DisplayRole, Qt::AccessibleTextRole, SlaStateRole,
                             SlaUsedShareRole, SlaLeftSecondsRole});
    }
}

QueueModel::QueueModel(Storage::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>(this, db))
{
    d->slaTimer.setInterval(60 * 1000);
    connect(&d->slaTimer, &QTimer::timeout, this, [this] { d->tick(); });
    d->slaTimer.start();
}

QueueModel::~QueueModel() = default;

QStringList QueueModel::availableColumns()
{
    return Internal::queueColumnFields();
}

QStringList QueueModel::defaultColumns()
{
    return Internal::defaultQueueColumnFields();
}

QStringList QueueModel::columnFields() const
{
    return d->columns;
}

void QueueModel::setColumnFields(const QStringList &fields)
{
    QStringList valid;
    for (const QString &field : fields) {
        if (Internal::isQueueColumnField(field) && !valid.contains(field))
            valid << field;
    }
    if (valid == d->columns)
        return;
    // The held rows carry every field: only the header changes.
    beginResetModel();
    d->columns = valid;
    endResetModel();
}

void QueueModel::setActor(const QUuid &actorId)
{
    d->actor = actorId;
}

Result<void> QueueModel::setQuery(const Query::QueueQuery &query)
{
    const qint64 before = d->total;
    beginResetModel();
    d->query = query;
    d->reload();
    endResetModel();
    if (d->total != before)
        emit totalCountChanged(d->total);
    if (!d->lastError.isEmpty()) {
        emit errorOccurred(d->lastError);
        return invalidData(d->lastError);
    }
    return {};
}

Query::QueueQuery QueueModel::query() const
{
    return d->query;
}

void QueueModel::setSortKeys(const QList<Query::SortKey> &keys)
{
    if (const auto valid = Storage::stableSortKeys(keys); !valid) {
        d->lastError = valid.error().message;
        emit errorOccurred(d->lastError);
        return;
    }
    beginResetModel();
    d->sortKeys = keys;
    d->dropPages();
    if (d->sql) {
        // The filter and its count stay; only the order is compiled again.
        auto sql = QueuePageReader::compile(d->sql->where, d->sql->binds, keys, d->db,
                                            d->sql->sortIndexWhere, d->sql->countStatement);
        if (sql)
            d->sql = *sql;
        else
            d->fail(sql.error().message);
    }
    endResetModel();
    if (!d->sql && !d->lastError.isEmpty())
        emit errorOccurred(d->lastError);
}

QList<Query::SortKey> QueueModel::sortKeys() const
{
    return d->sortKeys;
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= d->columns.size())
        return;
    const QString field = Query::sortFieldName(d->columns.at(column));
    if (field.isEmpty())
        return; // requester, service, ci: not sortable
    setSortKeys({Query::SortKey{field, order == Qt::DescendingOrder}});
}

void QueueModel::refresh()
{
    const qint64 before = d->total;
    const int oldRows = rowCount();
    const bool wasValid = d->sql.has_value();
    d->dropPages();
    d->now = QDateTime::currentDateTimeUtc();
    ++d->slaTick;
    auto sql = d->compile();
    const auto counted = sql ? d->reader.count(*sql) : Result<qint64>(sql.error());
    if (!counted || !wasValid) {
        // Nothing to keep in place: start over.
        beginResetModel();
        d->reload();
        endResetModel();
    } else {
        // Rows keep their places (and the view its selection); only the tail moves.
        d->lastError.clear();
        d->sql = *sql;
        const int newRows = clampedRows(*counted);
        if (newRows > oldRows) {
            beginInsertRows({}, oldRows, newRows - 1);
            d->total = *counted;
            endInsertRows();
        } else if (newRows < oldRows) {
            beginRemoveRows({}, newRows, oldRows - 1);
            d->total = *counted;
            endRemoveRows();
        } else {
            d->total = *counted;
        }
        // Pages read while the signals ran (a view, a tester) were placed by the old count.
        d->dropPages();
        if (newRows > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(newRows - 1, columnCount() - 1));
    }
    if (d->total != before)
        emit totalCountChanged(d->total);
    if (!d->lastError.isEmpty())
        emit errorOccurred(d->lastError);
}

qint64 QueueModel::totalCount() const
{
    return d->total;
}

QString QueueModel::lastError() const
{
    return d->lastError;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : clampedRows(d->total);
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->columns.size());
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &field = d->columns.at(index.column());
    if (role == FieldRole)
        return field;
    QueueRow *row = d->rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (field == u"sla") {
            const SlaStatus &sla = d->slaOf(*row);
            return sla.state == SlaState::None ? QString() : formatDuration(sla.leftSeconds);
        }
        return Internal::queueColumnDisplay(*row, field, d->locale);
    case Qt::AccessibleTextRole:
        if (field == u"sla" || field == u"priority" || field == u"state")
            return d->accessibleText(*row, field);
        return {};
    case Qt::ToolTipRole:
        return field == u"title" ? QVariant(row->title) : QVariant();
    case IdRole:
        return row->id.toString(QUuid::WithoutBraces);
    case NumberRole:
        return row->number;
    case KindRole:
        return row->kind;
    case StateRole:
        return row->state;
    case PriorityRole:
        return row->priority;
    case SlaStateRole:
        return slaStateName(d->slaOf(*row).state);
    case SlaUsedShareRole: {
        const SlaStatus &sla = d->slaOf(*row);
        return sla.state == SlaState::None ? QVariant() : QVariant(sla.usedShare);
    }
    case SlaLeftSecondsRole: {
        const SlaStatus &sla = d->slaOf(*row);
        return sla.state == SlaState::None ? QVariant() : QVariant(sla.leftSeconds);
    }
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= d->columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return Internal::queueColumnTitle(d->columns.at(section));
    if (role == FieldRole)
        return d->columns.at(section);
    return {};
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "ticketId");
    names.insert(NumberRole, "number");
    names.insert(KindRole, "kind");
    names.insert(StateRole, "state");
    names.insert(PriorityRole, "priority");
    names.insert(SlaStateRole, "slaState");
    names.insert(SlaUsedShareRole, "slaUsedShare");
    names.insert(SlaLeftSecondsRole, "slaLeftSeconds");
    names.insert(FieldRole, "field");
    return names;
}

qint64 QueueModel::memoryFootprint() const
{
    qint64 bytes = qint64(sizeof(QueueModel)) + qint64(sizeof(Private));
    for (const QList<QueueRow> &page : std::as_const(d->pages)) {
        bytes += 64; // hash node and list header
        for (const QueueRow &row : page)
            bytes += row.bytes();
    }
    if (d->sql)
        bytes += (d->sql->where.size() + d->sql->orderBy.size() + d->sql->reversedOrderBy.size()) *
                 qint64(sizeof(QChar));
    return bytes;
}

void QueueModel::setSlaRefreshInterval(int milliseconds)
{
    d->slaTimer.stop();
    d->slaTimer.setInterval(std::max(0, milliseconds));
    if (milliseconds > 0)
        d->slaTimer.start();
}

int QueueModel::slaRefreshInterval() const
{
    return d->slaTimer.isActive() ? d->slaTimer.interval() : 0;
}

} // namespace ServiceDeck::Models
