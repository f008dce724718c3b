// SPDX-License-Identifier: GPL-3.0-or-later
#include "cirelationsmodel.h"

#include "cilabels.h"

namespace ServiceDeck::Models {

CiRelationsModel::CiRelationsModel(Storage::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void CiRelationsModel::setCatalogue(const Cmdb::CiCatalogue &catalogue)
{
    m_catalogue = catalogue;
    if (!m_relations.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool CiRelationsModel::setCi(const QUuid &ciId)
{
    m_ciId = ciId;
    return reload();
}

bool CiRelationsModel::reload()
{
    QList<Storage::CiRelation> relations;
    m_lastError.clear();
    if (!m_ciId.isNull()) {
        auto read = Storage::CiRepository(m_db).relationsOf(m_ciId);
        if (read)
            relations = *read;
        else
            m_lastError = read.error().message;
    }
    beginResetModel();
    m_relations = relations;
    endResetModel();
    if (!m_lastError.isEmpty()) {
        emit errorOccurred(m_lastError);
        return false;
    }
    return true;
}

int CiRelationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_relations.size());
}

int CiRelationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CiRelationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Storage::CiRelation &relation = m_relations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RelationColumn:
            return CiLabels::relation(m_catalogue, relation.type, relation.outgoing);
        case CiColumn: return relation.other.name;
        case ClassColumn: return CiLabels::ciClass(m_catalogue, relation.other.ciClass);
        case StatusColumn: return CiLabels::status(relation.other.status);
        }
        return {};
    case Qt::ToolTipRole:
        return relation.outgoing ? tr("Outgoing %1 relation").arg(relation.type)
                                 : tr("Incoming %1 relation").arg(relation.type);
    case RelationIdRole: return QVariant::fromValue(relation.id);
    case TypeRole: return relation.type;
    case OutgoingRole: return relation.outgoing;
    case OtherCiIdRole: return QVariant::fromValue(relation.other.id);
    case OtherNameRole: return relation.other.name;
    case ClassRole: return relation.other.ciClass;
    case StatusRole: return relation.other.status;
    default: return {};
    }
}

QVariant CiRelationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RelationColumn: return tr("Relation");
    case CiColumn: return tr("Configuration item");
    case ClassColumn: return tr("Class");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

QHash<int, QByteArray> CiRelationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RelationIdRole, "relationId");
    names.insert(TypeRole, "type");
    names.insert(OutgoingRole, "outgoing");
    names.insert(OtherCiIdRole, "otherCiId");
    names.insert(OtherNameRole, "otherName");
    names.insert(ClassRole, "ciClass");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace ServiceDeck::Models
