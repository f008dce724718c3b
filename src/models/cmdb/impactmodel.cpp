// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactmodel.h"

#include "cilabels.h"

#include "storage/cmdb/cmdbgraph.h"
#include "storage/cmdb/citickets.h"

#include <QLocale>

namespace ServiceDeck::Models {

ImpactModel::ImpactModel(Storage::Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
{
}

void ImpactModel::setCatalogue(const Cmdb::CiCatalogue &catalogue)
{
    m_catalogue = catalogue;
    if (!m_closure.steps().isEmpty())
        emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

bool ImpactModel::load(const QUuid &start, const Cmdb::ImpactOptions &options)
{
    m_lastError.clear();
    const auto failed = [this](const Error &error) {
        clear();
        m_lastError = error.message;
        emit errorOccurred(m_lastError);
        return false;
    };
    auto closure = Storage::CmdbGraph(m_db).closure(start, options);
    if (!closure)
        return failed(closure.error());
    QList<QUuid> ids;
    ids.reserve(closure->steps().size());
    for (const Cmdb::ImpactStep &step : closure->steps())
        ids.append(step.ci);
    auto summaries = Storage::CiRepository(m_db).summaries(ids);
    if (!summaries)
        return failed(summaries.error());
    auto incidents = Storage::CiTickets(m_db).openIncidentCounts(ids);
    if (!incidents)
        return failed(incidents.error());
    QHash<QUuid, Storage::CiSummary> byId;
    byId.reserve(summaries->size());
    for (const Storage::CiSummary &summary : std::as_const(*summaries))
        byId.insert(summary.id, summary);
    setClosure(*closure, options.direction, byId, *incidents);
    return true;
}

void ImpactModel::setClosure(const Cmdb::ImpactClosure &closure, Cmdb::ImpactDirection direction,
                             const QHash<QUuid, Storage::CiSummary> &summaries,
                             const QHash<QUuid, int> &openIncidents)
{
    beginResetModel();
    m_closure = closure;
    m_direction = direction;
    m_summaries = summaries;
    m_openIncidents = openIncidents;
    build();
    endResetModel();
}

void ImpactModel::clear()
{
    setClosure({}, m_direction, {}, {});
}

void ImpactModel::build()
{
    // One pass over the steps rather than childrenOf() per CI: a closure of a core service
    // holds most of a 100,000-CI CMDB. Steps come breadth first, so every `via` is seen
    // before the CIs reached from it, and children keep the order they were reached in.
    const QList<Cmdb::ImpactStep> &steps = m_closure.steps();
    QHash<QUuid, int> numberOf;
    numberOf.reserve(steps.size());
    m_children = QList<QList<int>>(steps.size());
    m_parent = QList<int>(steps.size(), -1);
    m_row = QList<int>(steps.size(), 0);
    for (int i = 0; i < steps.size(); ++i) {
        const Cmdb::ImpactStep &step = steps.at(i);
        numberOf.insert(step.ci, i);
        if (i == 0 || step.via.isNull())
            continue;
        const int parentStep = numberOf.value(step.via, -1);
        if (parentStep < 0)
            continue; // a malformed closure; the CI is left out rather than misplaced
        m_parent[i] = parentStep;
        m_row[i] = int(m_children.at(parentStep).size());
        m_children[parentStep].append(i);
    }
}

int ImpactModel::stepAt(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) - 1 : -1;
}

QModelIndex ImpactModel::indexOf(const QUuid &ci, int column) const
{
    const Cmdb::ImpactStep *step = m_closure.step(ci);
    if (!step)
        return {};
    const int number = int(step - m_closure.steps().constData());
    if (number != 0 && m_parent.at(number) < 0)
        return {};
    return createIndex(number == 0 ? 0 : m_row.at(number), column, quintptr(number + 1));
}

QModelIndex ImpactModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    if (!parent.isValid()) {
        if (row != 0 || m_closure.steps().isEmpty())
            return {};
        return createIndex(0, column, quintptr(1));
    }
    const QList<int> &children = m_children.at(stepAt(parent));
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row) + 1));
}

QModelIndex ImpactModel::parent(const QModelIndex &child) const
{
    const int number = stepAt(child);
    if (number <= 0)
        return {};
    const int parentStep = m_parent.at(number);
    if (parentStep < 0)
        return {};
    return createIndex(parentStep == 0 ? 0 : m_row.at(parentStep), 0, quintptr(parentStep + 1));
}

int ImpactModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_closure.steps().isEmpty() ? 0 : 1;
    if (parent.column() > 0)
        return 0;
    return int(m_children.at(stepAt(parent)).size());
}

int ImpactModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ImpactModel::relationLabel(const QString &type) const
{
    // Down: the parent is the relation's source; up: its target.
    return CiLabels::relation(m_catalogue, type, m_direction == Cmdb::ImpactDirection::Down);
}

QStringList ImpactModel::pathNames(const QUuid &ci) const
{
    QStringList names;
    for (const Cmdb::ImpactStep &step : m_closure.pathTo(ci))
        names.append(m_summaries.value(step.ci).name);
    return names;
}

QVariant ImpactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Cmdb::ImpactStep &step = m_closure.steps().at(stepAt(index));
    const Storage::CiSummary summary = m_summaries.value(step.ci);
    const int incidents = m_openIncidents.value(step.ci);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return summary.name.isEmpty() ? step.ci.toString(QUuid::WithoutBraces)
                                                       : summary.name;
        case ClassColumn: return CiLabels::ciClass(m_catalogue, summary.ciClass);
        case StatusColumn: return CiLabels::status(summary.status);
        case DepthColumn: return QLocale().toString(step.depth);
        case RelationColumn:
            return step.relationType.isEmpty() ? QString() : relationLabel(step.relationType);
        case IncidentsColumn: return incidents > 0 ? QLocale().toString(incidents) : QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DepthColumn || index.column() == IncidentsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole: return pathNames(step.ci).join(QStringLiteral(" → "));
    case CiIdRole: return QVariant::fromValue(step.ci);
    case ClassRole: return summary.ciClass;
    case StatusRole: return summary.status;
    case DepthRole: return step.depth;
    case RelationRole: return step.relationType;
    case OpenIncidentsRole: return incidents;
    case PathRole: return pathNames(step.ci);
    case ViaRole: return QVariant::fromValue(step.via);
    default: return {};
    }
}

QVariant ImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case ClassColumn: return tr("Class");
    case StatusColumn: return tr("Status");
    case DepthColumn: return tr("Depth");
    case RelationColumn: return tr("Reached by");
    case IncidentsColumn: return tr("Open incidents");
    default: return {};
    }
}

QHash<int, QByteArray> ImpactModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CiIdRole, "ciId");
    names.insert(ClassRole, "ciClass");
    names.insert(StatusRole, "status");
    names.insert(DepthRole, "depth");
    names.insert(RelationRole, "relation");
    names.insert(OpenIncidentsRole, "openIncidents");
    names.insert(PathRole, "path");
    names.insert(ViaRole, "via");
    return names;
}

} // namespace ServiceDeck::Models
