// SPDX-License-Identifier: GPL-3.0-or-later
#include "citreemodel.h"

#include "cilabels.h"

#include "storage/cirepository.h"
#include "storage/cmdb/cicataloguerepository.h"

#include <QLocale>
#include <QScopedValueRollback>

#include <vector>

namespace ServiceDeck::Models {

namespace {

const QString serviceClass = QStringLiteral("business_service");

} // namespace

struct CiTreeModel::Node
{
    // Where a node's children come from.
    enum class Source {
        None,       // a leaf: a CI listed under its class
        Classes,    // the "By class" branch: read with the catalogue
        Page,       // a class, or the services of the "By service" branch: paged by name
        Components, // a CI under "By service": its outgoing relations, on expansion
    };

    NodeKind kind = NodeKind::Branch;
    Source source = Source::None;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    QString title;                // branches
    QString ciClass;              // classes and CIs
    Storage::CiSummary ci;        // CIs
    QString relationType;         // components: the relation that reached them
    int total = 0;                // Page: children that exist
    bool fetched = false;         // Components: children read

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

CiTreeModel::CiTreeModel(Storage::Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_root(std::make_unique<Node>())
{
    reload();
}

CiTreeModel::~CiTreeModel() = default;

void CiTreeModel::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

void CiTreeModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void CiTreeModel::reload()
{
    beginResetModel();
    m_lastError.clear();
    m_root = std::make_unique<Node>();
    auto byClass = std::make_unique<Node>();
    byClass->title = tr("By class");
    byClass->source = Node::Source::Classes;
    auto byService = std::make_unique<Node>();
    byService->title = tr("By service");
    byService->source = Node::Source::Page;
    byService->ciClass = serviceClass;
    Node *classes = m_root->add(std::move(byClass));
    Node *services = m_root->add(std::move(byService));

    QString error;
    Storage::CiRepository repository(m_db);
    auto catalogue = Storage::CiCatalogueRepository(m_db).load();
    if (catalogue) {
        m_catalogue = *catalogue;
        // A handful of classes, each counted on the (class, name) index.
        for (const Cmdb::CiClass &ciClass : m_catalogue.classes()) {
            auto count = repository.countByClass(ciClass.name);
            if (!count) {
                error = count.error().message;
                break;
            }
            auto node = std::make_unique<Node>();
            node->kind = NodeKind::Class;
            node->source = Node::Source::Page;
            node->ciClass = ciClass.name;
            node->total = *count;
            if (ciClass.name == serviceClass)
                services->total = *count;
            classes->add(std::move(node));
        }
    } else {
        m_catalogue = {};
        error = catalogue.error().message;
    }
    endResetModel();
    if (!error.isEmpty())
        fail(error);
}

CiTreeModel::Node *CiTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CiTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex CiTreeModel::byClassIndex() const
{
    return indexOf(m_root->children.at(0).get());
}

QModelIndex CiTreeModel::byServiceIndex() const
{
    return indexOf(m_root->children.at(1).get());
}

QModelIndex CiTreeModel::classIndex(const QString &ciClass) const
{
    for (const auto &child : m_root->children.at(0)->children) {
        if (child->ciClass == ciClass)
            return indexOf(child.get());
    }
    return {};
}

QModelIndex CiTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || parent.column() > 0)
        return {};
    const Node *node = nodeAt(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(std::size_t(row)).get());
}

QModelIndex CiTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int CiTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int CiTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool CiTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeAt(parent);
    if (node == m_root.get())
        return true;
    switch (node->source) {
    case Node::Source::None: return false;
    case Node::Source::Classes: return !node->children.empty();
    case Node::Source::Page: return node->total > 0;
    case Node::Source::Components: return !node->fetched || !node->children.empty();
    }
    return false;
}

bool CiTreeModel::canFetchMore(const QModelIndex &parent) const
{
    // Listeners of the insert signals may ask for more while a page is half in.
    if (m_fetching || parent.column() > 0)
        return false;
    const Node *node = nodeAt(parent);
    switch (node->source) {
    case Node::Source::Page: return int(node->children.size()) < node->total;
    case Node::Source::Components: return !node->fetched;
    default: return false;
    }
}

void CiTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeAt(parent);
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    if (node->source == Node::Source::Page)
        fetchPage(node, parent);
    else
        fetchComponents(node, parent);
}

void CiTreeModel::fetchPage(Node *node, const QModelIndex &parent)
{
    const int offset = int(node->children.size());
    auto page = Storage::CiRepository(m_db).byClass(node->ciClass, offset, m_pageSize);
    if (!page) {
        // Nothing more comes from here until a reload; a view would otherwise ask forever.
        node->total = offset;
        fail(page.error().message);
        return;
    }
    if (page->isEmpty()) {
        node->total = offset; // CIs were deleted since the count
        return;
    }
    const bool underServices = node == m_root->children.at(1).get();
    beginInsertRows(parent, offset, offset + int(page->size()) - 1);
    for (const Storage::CiSummary &ci : std::as_const(*page)) {
        auto child = std::make_unique<Node>();
        child->kind = NodeKind::Ci;
        child->source = underServices ? Node::Source::Components : Node::Source::None;
        child->ciClass = ci.ciClass;
        child->ci = ci;
        node->add(std::move(child));
    }
    endInsertRows();
    // Fewer than a full page while more were counted: the rest went meanwhile.
    if (int(page->size()) < m_pageSize)
        node->total = int(node->children.size());
}

void CiTreeModel::fetchComponents(Node *node, const QModelIndex &parent)
{
    node->fetched = true;
    auto relations = Storage::CiRepository(m_db).relationsOf(node->ci.id);
    if (!relations) {
        fail(relations.error().message);
        return;
    }
    QList<Storage::CiRelation> outgoing;
    for (const Storage::CiRelation &relation : std::as_const(*relations)) {
        if (relation.outgoing)
            outgoing.append(relation);
    }
    if (outgoing.isEmpty())
        return;
    beginInsertRows(parent, 0, int(outgoing.size()) - 1);
    for (const Storage::CiRelation &relation : std::as_const(outgoing)) {
        auto child = std::make_unique<Node>();
        child->kind = NodeKind::Ci;
        child->source = Node::Source::Components;
        child->ciClass = relation.other.ciClass;
        child->ci = relation.other;
        child->relationType = relation.type;
        node->add(std::move(child));
    }
    endInsertRows();
}

QVariant CiTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (node->kind) {
        case NodeKind::Branch: return index.column() == NameColumn ? node->title : QVariant();
        case NodeKind::Class:
            if (index.column() != NameColumn)
                return {};
            return tr("%1 (%2)").arg(CiLabels::ciClass(m_catalogue, node->ciClass),
                                     QLocale().toString(node->total));
        case NodeKind::Ci:
            switch (index.column()) {
            case NameColumn: return node->ci.name;
            case ClassColumn: return CiLabels::ciClass(m_catalogue, node->ci.ciClass);
            case StatusColumn: return CiLabels::status(node->ci.status);
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (node->kind == NodeKind::Ci && !node->relationType.isEmpty() && node->parent) {
            return tr("%1 %2 %3").arg(node->parent->ci.name,
                                      CiLabels::relation(m_catalogue, node->relationType, true),
                                      node->ci.name);
        }
        return {};
    case CiIdRole:
        return node->kind == NodeKind::Ci ? QVariant::fromValue(node->ci.id) : QVariant();
    case ClassRole: return node->kind == NodeKind::Branch ? QVariant() : QVariant(node->ciClass);
    case StatusRole: return node->kind == NodeKind::Ci ? QVariant(node->ci.status) : QVariant();
    case NodeKindRole: return int(node->kind);
    case RelationRole: return node->relationType.isEmpty() ? QVariant() : node->relationType;
    case TotalRole:
        return node->source == Node::Source::Page ? QVariant(node->total) : QVariant();
    default: return {};
    }
}

QVariant CiTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case ClassColumn: return tr("Class");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

Qt::ItemFlags CiTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!hasChildren(index))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QHash<int, QByteArray> CiTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CiIdRole, "ciId");
    names.insert(ClassRole, "ciClass");
    names.insert(StatusRole, "status");
    names.insert(NodeKindRole, "nodeKind");
    names.insert(RelationRole, "relation");
    names.insert(TotalRole, "total");
    return names;
}

} // namespace ServiceDeck::Models
