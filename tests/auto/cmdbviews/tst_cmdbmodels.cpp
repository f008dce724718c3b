// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"
#include "testdatabase.h"

#include "models/cmdb/cilistmodel.h"
#include "models/cmdb/cirelationsmodel.h"
#include "models/cmdb/citreemodel.h"
#include "models/cmdb/impactmodel.h"
#include "storage/cirepository.h"
#include "storage/cmdb/cicataloguerepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ServiceDeck;
using Models::CiListModel;
using Models::CiRelationsModel;
using Models::CiTreeModel;
using Models::ImpactModel;
using Storage::Database;
using Tester = QAbstractItemModelTester;

namespace {

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent,
                       const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

} // namespace

#define SD_CMDB(db, cmdb)                                                                          \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto dbOpened = testDb->open();                                                                \
    QVERIFY2(dbOpened.ok(), qPrintable(dbOpened.ok() ? QString() : dbOpened.error().message));    \
    Database &db = **dbOpened;                                                                     \
    const auto seeded = Test::seedSmallCmdb(db);                                                   \
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));          \
    [[maybe_unused]] const Test::SmallCmdb &cmdb = *seeded

class tst_CmdbModels : public QObject
{
    Q_OBJECT

private slots:
    void shouldListClassesWithTheirCounts_data() { Test::addDriverRows(); }
    void shouldListClassesWithTheirCounts()
    {
        SD_CMDB(db, cmdb);
        // Given the CI tree
        CiTreeModel model(db);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        // Then it has the two branches, and the classes under "By class" with their counts
        QCOMPARE(childNames(model, {}), (QStringList{QStringLiteral("By class"),
                                                     QStringLiteral("By service")}));
        const QModelIndex servers = model.classIndex(QStringLiteral("server"));
        QVERIFY(servers.isValid());
        QCOMPARE(servers.parent(), model.byClassIndex());
        QCOMPARE(servers.data(CiTreeModel::TotalRole).toInt(), 5);
        QCOMPARE(servers.data().toString(), QStringLiteral("Server (5)"));
        QCOMPARE(servers.data(CiTreeModel::NodeKindRole).toInt(),
                 int(CiTreeModel::NodeKind::Class));
        const QModelIndex storage = model.classIndex(QStringLiteral("storage"));
        QVERIFY(storage.isValid());
        QVERIFY(!model.hasChildren(storage));
        QVERIFY(!model.canFetchMore(storage));
        QVERIFY(model.lastError().isEmpty());
    }

    void shouldPageTheCisOfAClass_data() { Test::addDriverRows(); }
    void shouldPageTheCisOfAClass()
    {
        SD_CMDB(db, cmdb);
        // Given a tree that reads two CIs at a time
        CiTreeModel model(db);
        model.setPageSize(2);
        model.reload();
        const QModelIndex servers = model.classIndex(QStringLiteral("server"));
        QVERIFY(model.hasChildren(servers));
        QCOMPARE(model.rowCount(servers), 0);
        QVERIFY(model.canFetchMore(servers));
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // When the view asks for more, page after page
        while (model.canFetchMore(servers))
            model.fetchMore(servers);
        // Then all five servers arrived in pages of at most two, by name
        QCOMPARE(childNames(model, servers),
                 (QStringList{QStringLiteral("srv-01"), QStringLiteral("srv-02"),
                              QStringLiteral("srv-03"), QStringLiteral("srv-04"),
                              QStringLiteral("srv-05")}));
        QVERIFY(inserted.size() >= 2); // the tester itself may have read the first page
        for (const QList<QVariant> &arguments : std::as_const(inserted))
            QVERIFY(arguments.at(2).toInt() - arguments.at(1).toInt() < 2);
        const QModelIndex first = model.index(0, 0, servers);
        QCOMPARE(first.data(CiTreeModel::CiIdRole).toUuid(), cmdb.id("srv-01"));
        QCOMPARE(first.data(CiTreeModel::ClassRole).toString(), QStringLiteral("server"));
        QCOMPARE(first.data(CiTreeModel::StatusRole).toString(), QStringLiteral("live"));
        QCOMPARE(model.index(0, CiTreeModel::ClassColumn, servers).data().toString(),
                 QStringLiteral("Server"));
        QCOMPARE(model.index(0, CiTreeModel::StatusColumn, servers).data().toString(),
                 QStringLiteral("Live"));
        // And a CI of a class is a leaf
        QVERIFY(!model.hasChildren(first));
        QVERIFY(!model.canFetchMore(first));
    }

    void shouldExpandServicesIntoTheirComponents_data() { Test::addDriverRows(); }
    void shouldExpandServicesIntoTheirComponents()
    {
        SD_CMDB(db, cmdb);
        // Given a cycle: srv-01 depends on the service that runs on it
        QVERIFY(Storage::CiRepository(db)
                    .addRelation(cmdb.id("srv-01"), QStringLiteral("depends_on"),
                                 cmdb.id("Payroll"), cmdb.admin.id)
                    .ok());
        CiTreeModel model(db);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const QModelIndex services = model.byServiceIndex();
        while (model.canFetchMore(services))
            model.fetchMore(services);
        QCOMPARE(childNames(model, services),
                 (QStringList{QStringLiteral("Payroll"), QStringLiteral("Webshop")}));
        // When a service and its components are expanded
        QModelIndex node = childNamed(model, services, QStringLiteral("Payroll"));
        QVERIFY(model.hasChildren(node));
        model.fetchMore(node);
        QCOMPARE(childNames(model, node), QStringList{QStringLiteral("payroll-app")});
        node = childNamed(model, node, QStringLiteral("payroll-app"));
        model.fetchMore(node);
        // Then each level holds what the CI above points to, outgoing relations only
        QCOMPARE(childNames(model, node),
                 (QStringList{QStringLiteral("db-payroll"), QStringLiteral("srv-01")}));
        QCOMPARE(childNamed(model, node, QStringLiteral("srv-01"))
                     .data(CiTreeModel::RelationRole).toString(),
                 QStringLiteral("runs_on"));
        // And the cycle goes round once per expansion, never by itself
        QModelIndex around = childNamed(model, node, QStringLiteral("srv-01"));
        for (int round = 0; round < 4; ++round) {
            for (const char *name : {"Payroll", "payroll-app", "srv-01"}) {
                model.fetchMore(around);
                around = childNamed(model, around, QString::fromLatin1(name));
                QVERIFY2(around.isValid(), name);
            }
        }
        QVERIFY(model.canFetchMore(around));
        QVERIFY(model.hasChildren(around));
        // And a component without outgoing relations turns out a leaf once expanded
        QModelIndex sw = childNamed(model, childNamed(model, node, QStringLiteral("srv-01")),
                                    QStringLiteral("sw-01"));
        QVERIFY(sw.isValid());
        model.fetchMore(sw);
        QVERIFY(!model.hasChildren(sw));
        QVERIFY(!model.canFetchMore(sw));
    }

    void shouldListRelationsBothWays_data() { Test::addDriverRows(); }
    void shouldListRelationsBothWays()
    {
        SD_CMDB(db, cmdb);
        CiRelationsModel model(db);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setCatalogue(*Storage::CiCatalogueRepository(db).load());
        // When payroll-app's relations are shown
        QVERIFY(model.setCi(cmdb.id("payroll-app")));
        // Then outgoing ones come first, each read from payroll-app's side
        QCOMPARE(model.rowCount(), 3);
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model.columnCount(); ++column)
                cells << model.index(row, column).data().toString();
            rows << cells.join(QLatin1Char('|'));
        }
        QCOMPARE(rows, (QStringList{QStringLiteral("depends on|db-payroll|Database|Live"),
                                    QStringLiteral("runs on|srv-01|Server|Live"),
                                    QStringLiteral("used by|Payroll|Business service|Live")}));
        const QModelIndex incoming = model.index(2, 0);
        QCOMPARE(incoming.data(CiRelationsModel::OutgoingRole).toBool(), false);
        QCOMPARE(incoming.data(CiRelationsModel::TypeRole).toString(),
                 QStringLiteral("depends_on"));
        QCOMPARE(incoming.data(CiRelationsModel::OtherCiIdRole).toUuid(), cmdb.id("Payroll"));
        QCOMPARE(incoming.data(CiRelationsModel::ClassRole).toString(),
                 QStringLiteral("business_service"));
        QVERIFY(!incoming.data(CiRelationsModel::RelationIdRole).toUuid().isNull());
        // And srv-02 "hosts" what runs on it
        QVERIFY(model.setCi(cmdb.id("srv-02")));
        QVERIFY(model.match(model.index(0, 0), Qt::DisplayRole, QStringLiteral("hosts"), -1)
                    .size() == 2);
        // And no CI, no rows
        QVERIFY(model.setCi({}));
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldShowTheImpactAsATree_data() { Test::addDriverRows(); }
    void shouldShowTheImpactAsATree()
    {
        SD_CMDB(db, cmdb);
        ImpactModel model(db);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setCatalogue(*Storage::CiCatalogueRepository(db).load());
        // When Payroll's impact downwards is loaded
        Cmdb::ImpactOptions options;
        options.direction = Cmdb::ImpactDirection::Down;
        QVERIFY2(model.load(cmdb.id("Payroll"), options), qPrintable(model.lastError()));
        // Then the start is the only root, and each CI hangs under the one that reached it
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("Payroll"));
        QCOMPARE(root.data(ImpactModel::DepthRole).toInt(), 0);
        QCOMPARE(childNames(model, root), QStringList{QStringLiteral("payroll-app")});
        const QModelIndex app = model.index(0, 0, root);
        QCOMPARE(childNames(model, app).size(), 2);
        const QModelIndex srv02 = model.indexOf(cmdb.id("srv-02"));
        QVERIFY(srv02.isValid());
        QCOMPARE(srv02.parent().data().toString(), QStringLiteral("db-payroll"));
        QCOMPARE(srv02.data(ImpactModel::DepthRole).toInt(), 3);
        QCOMPARE(srv02.data(ImpactModel::RelationRole).toString(), QStringLiteral("runs_on"));
        QCOMPARE(srv02.siblingAtColumn(ImpactModel::RelationColumn).data().toString(),
                 QStringLiteral("runs on"));
        QCOMPARE(srv02.siblingAtColumn(ImpactModel::DepthColumn).data().toString(),
                 QStringLiteral("3"));
        QCOMPARE(srv02.data(ImpactModel::OpenIncidentsRole).toInt(), 1);
        QCOMPARE(srv02.siblingAtColumn(ImpactModel::IncidentsColumn).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(srv02.data(ImpactModel::PathRole).toStringList(),
                 (QStringList{QStringLiteral("Payroll"), QStringLiteral("payroll-app"),
                              QStringLiteral("db-payroll"), QStringLiteral("srv-02")}));
        QCOMPARE(srv02.data(ImpactModel::ViaRole).toUuid(), cmdb.id("db-payroll"));
        // And sw-01 is reached once, by the shorter path
        QCOMPARE(model.indexOf(cmdb.id("sw-01")).data(ImpactModel::DepthRole).toInt(), 3);
        QCOMPARE(model.indexOf(cmdb.id("srv-03")).data(ImpactModel::DepthRole).toInt(), 4);
        QCOMPARE(model.closure().steps().size(), 7);

        // When the direction is up from srv-02, to a depth of one
        options.direction = Cmdb::ImpactDirection::Up;
        options.maxDepth = 1;
        QVERIFY(model.load(cmdb.id("srv-02"), options));
        // Then what runs on it is there, labelled from srv-02's side
        QStringList above = childNames(model, model.index(0, 0));
        above.sort();
        QCOMPARE(above, (QStringList{QStringLiteral("db-payroll"), QStringLiteral("shop-app")}));
        QCOMPARE(model.indexOf(cmdb.id("shop-app"), ImpactModel::RelationColumn).data().toString(),
                 QStringLiteral("hosts"));
        // And clearing empties it
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldListCis()
    {
        CiListModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        const QUuid a = QUuid::createUuid();
        model.setCis({{a, QStringLiteral("alpha"), QStringLiteral("server"),
                       QStringLiteral("maintenance")},
                      {QUuid::createUuid(), QStringLiteral("beta"), QStringLiteral("storage"),
                       QStringLiteral("live")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(a), 0);
        QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
        QCOMPARE(model.index(0, CiListModel::StatusColumn).data().toString(),
                 QStringLiteral("In maintenance"));
        QCOMPARE(model.index(0, 0).data(CiListModel::CiIdRole).toUuid(), a);
        model.setCis({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_CmdbModels)
#include "tst_cmdbmodels.moc"
