// SPDX-License-Identifier: GPL-3.0-or-later
#include "cilistmodel.h"

#include "cilabels.h"

namespace ServiceDeck::Models {

CiListModel::CiListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CiListModel::setCatalogue(const Cmdb::CiCatalogue &catalogue)
{
    m_catalogue = catalogue;
    if (!m_cis.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CiListModel::setCis(const QList<Storage::CiSummary> &cis)
{
    beginResetModel();
    m_cis = cis;
    endResetModel();
}

int CiListModel::rowOf(const QUuid &ciId) const
{
    for (int row = 0; row < m_cis.size(); ++row) {
        if (m_cis.at(row).id == ciId)
            return row;
    }
    return -1;
}

int CiListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cis.size());
}

int CiListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CiListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Storage::CiSummary &ci = m_cis.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return ci.name;
        case ClassColumn: return CiLabels::ciClass(m_catalogue, ci.ciClass);
        case StatusColumn: return CiLabels::status(ci.status);
        }
        return {};
    case CiIdRole: return QVariant::fromValue(ci.id);
    case ClassRole: return ci.ciClass;
    case StatusRole: return ci.status;
    default: return {};
    }
}

QVariant CiListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case ClassColumn: return tr("Class");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

QHash<int, QByteArray> CiListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CiIdRole, "ciId");
    names.insert(ClassRole, "ciClass");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace ServiceDeck::Models
