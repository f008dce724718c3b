// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cmdb/cicatalogue.h"
#include "storage/cirepository.h"

#include <QAbstractTableModel>

namespace ServiceDeck::Models {

// A flat list of CIs (name, class, status): search results, picker candidates.
class CiListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        CiIdRole = Qt::UserRole + 1, // QUuid
        ClassRole,                   // QString: stored class name
        StatusRole,                  // QString: stored status
    };
    Q_ENUM(Role)

    enum Column { NameColumn, ClassColumn, StatusColumn, ColumnCount };

    explicit CiListModel(QObject *parent = nullptr);

    void setCatalogue(const Cmdb::CiCatalogue &catalogue);
    void setCis(const QList<Storage::CiSummary> &cis);
    const QList<Storage::CiSummary> &cis() const { return m_cis; }
    // The row of a CI; -1 when it is not listed.
    int rowOf(const QUuid &ciId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Cmdb::CiCatalogue m_catalogue;
    QList<Storage::CiSummary> m_cis;
};

} // namespace ServiceDeck::Models
