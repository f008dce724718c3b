// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cmdb/cicatalogue.h"
#include "core/cmdb/impact.h"
#include "storage/cirepository.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QUuid>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Models {

// An impact closure as a tree: the start CI at the root, under each CI the CIs first reached
// from it (its shortest-path children), with how far and by which relation each was reached
// and how many open incidents it has.
class ImpactModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        CiIdRole = Qt::UserRole + 1, // QUuid
        ClassRole,                   // QString: stored class name
        StatusRole,                  // QString: stored status
        DepthRole,                   // int: steps from the start
        RelationRole,                // QString: stored type of the relation that reached it
        OpenIncidentsRole,           // int
        PathRole,                    // QStringList: CI names from the start to this one
        ViaRole,                     // QUuid: the CI it was reached from (null for the start)
    };
    Q_ENUM(Role)

    enum Column {
        NameColumn,
        ClassColumn,
        StatusColumn,
        DepthColumn,
        RelationColumn,
        IncidentsColumn,
        ColumnCount
    };

    explicit ImpactModel(Storage::Database &db, QObject *parent = nullptr);

    void setCatalogue(const Cmdb::CiCatalogue &catalogue);
    const Cmdb::CiCatalogue &catalogue() const { return m_catalogue; }
    // Computes the closure and reads the names and open incidents of its CIs; on failure the
    // model is empty and lastError() says why.
    bool load(const QUuid &start, const Cmdb::ImpactOptions &options);
    // Shows a closure computed elsewhere.
    void setClosure(const Cmdb::ImpactClosure &closure, Cmdb::ImpactDirection direction,
                    const QHash<QUuid, Storage::CiSummary> &summaries,
                    const QHash<QUuid, int> &openIncidents);
    void clear();

    const Cmdb::ImpactClosure &closure() const { return m_closure; }
    Cmdb::ImpactDirection direction() const { return m_direction; }
    Storage::CiSummary summary(const QUuid &ci) const { return m_summaries.value(ci); }
    int openIncidents(const QUuid &ci) const { return m_openIncidents.value(ci); }
    // The relation as read from the CI it was reached from ("runs on" down, "hosts" up).
    QString relationLabel(const QString &type) const;
    QModelIndex indexOf(const QUuid &ci, int column = 0) const;
    QString lastError() const { return m_lastError; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void errorOccurred(const QString &message);

private:
    // Steps are numbered as in the closure; an index's internal id is the step number + 1.
    int stepAt(const QModelIndex &index) const;
    QStringList pathNames(const QUuid &ci) const;
    void build();

    Storage::Database &m_db;
    Cmdb::CiCatalogue m_catalogue;
    Cmdb::ImpactClosure m_closure;
    Cmdb::ImpactDirection m_direction = Cmdb::ImpactDirection::Down;
    QHash<QUuid, Storage::CiSummary> m_summaries;
    QHash<QUuid, int> m_openIncidents;
    QList<QList<int>> m_children; // per step: its children's step numbers
    QList<int> m_parent;          // per step: the parent's step number, -1 for the start
    QList<int> m_row;             // per step: its row under the parent
    QString m_lastError;
};

} // namespace ServiceDeck::Models
