// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cmdb/cicatalogue.h"

#include <QAbstractItemModel>
#include <QUuid>

#include <memory>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Models {

// The CMDB as a lazy tree with two branches: "By class" (each class, then its CIs by name,
// read a page at a time as the view scrolls, so 40,000 servers never load at once) and
// "By service" (business services, then what each depends on by its outgoing relations, read
// when a node is expanded — a cycle in the CMDB only ever costs one level per expansion).
class CiTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        CiIdRole = Qt::UserRole + 1, // QUuid: the CI; null on branches and classes
        ClassRole,                   // QString: the CI's class, or the class of a class node
        StatusRole,                  // QString: the CI's stored status
        NodeKindRole,                // int: NodeKind
        RelationRole,                // QString: the relation type that reached a component
        TotalRole,                   // int: children that exist (class nodes, the service branch)
    };
    Q_ENUM(Role)

    enum class NodeKind { Branch, Class, Ci };
    Q_ENUM(NodeKind)

    enum Column { NameColumn, ClassColumn, StatusColumn, ColumnCount };

    static constexpr int DefaultPageSize = 200;

    explicit CiTreeModel(Storage::Database &db, QObject *parent = nullptr);
    ~CiTreeModel() override;

    // Reads the classes and their counts again and forgets every loaded child.
    void reload();
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    const Cmdb::CiCatalogue &catalogue() const { return m_catalogue; }
    QString lastError() const { return m_lastError; }

    QModelIndex byClassIndex() const;
    QModelIndex byServiceIndex() const;
    QModelIndex classIndex(const QString &ciClass) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void errorOccurred(const QString &message);

private:
    struct Node;
    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void fail(const QString &message);
    void fetchPage(Node *node, const QModelIndex &parent);
    void fetchComponents(Node *node, const QModelIndex &parent);

    Storage::Database &m_db;
    Cmdb::CiCatalogue m_catalogue;
    std::unique_ptr<Node> m_root;
    int m_pageSize = DefaultPageSize;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace ServiceDeck::Models
