// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cmdb/cicatalogue.h"
#include "storage/cirepository.h"

#include <QAbstractTableModel>
#include <QUuid>

namespace ServiceDeck::Models {

// The relations of one CI in both directions, each read from this CI's side: "runs on" for an
// outgoing runs_on, "hosts" for an incoming one; outgoing first.
class CiRelationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RelationIdRole = Qt::UserRole + 1, // QUuid
        TypeRole,                          // QString: the stored relation type
        OutgoingRole,                      // bool: this CI is the source
        OtherCiIdRole,                     // QUuid: the CI at the other end
        OtherNameRole,                     // QString
        ClassRole,                         // QString: the other CI's class
        StatusRole,                        // QString: the other CI's stored status
    };
    Q_ENUM(Role)

    enum Column { RelationColumn, CiColumn, ClassColumn, StatusColumn, ColumnCount };

    explicit CiRelationsModel(Storage::Database &db, QObject *parent = nullptr);

    // The catalogue gives the direction labels; without one they are the stored type names.
    void setCatalogue(const Cmdb::CiCatalogue &catalogue);
    // Shows the relations of a CI (none for a null id); false when they could not be read.
    bool setCi(const QUuid &ciId);
    QUuid ci() const { return m_ciId; }
    bool reload();
    const Storage::CiRelation &relationAt(int row) const { return m_relations.at(row); }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void errorOccurred(const QString &message);

private:
    Storage::Database &m_db;
    Cmdb::CiCatalogue m_catalogue;
    QUuid m_ciId;
    QList<Storage::CiRelation> m_relations;
    QString m_lastError;
};

} // namespace ServiceDeck::Models
