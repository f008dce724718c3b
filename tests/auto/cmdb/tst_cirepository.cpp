// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"

#include "storage/cmdb/cicataloguerepository.h"
#include "storage/journal.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

namespace {

// The journal's rows of one record's last op, field → (old, new).
QMap<QString, QPair<QString, QString>> lastOp(Database &db, const QUuid &id,
                                              QString *action = nullptr, int *baseVersion = nullptr)
{
    QMap<QString, QPair<QString, QString>> changes;
    auto history = Journal(db).history(id);
    if (!history || history->isEmpty())
        return changes;
    const QUuid op = history->constLast().opId;
    for (const JournalEntry &entry : std::as_const(*history)) {
        if (entry.opId != op)
            continue;
        changes.insert(entry.field, {entry.oldValue, entry.newValue});
        if (action)
            *action = entry.action;
        if (baseVersion)
            *baseVersion = entry.baseVersion;
    }
    return changes;
}

QStringList names(const QList<CiSummary> &rows)
{
    QStringList list;
    for (const CiSummary &row : rows)
        list << row.name;
    return list;
}

} // namespace

class tst_CiRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldLoadTheStandardCatalogue_data() { Test::addDriverRows(); }
    void shouldLoadTheStandardCatalogue()
    {
        SD_CMDB_FIXTURE(f);
        auto loaded = CiCatalogueRepository(f.db()).load();
        SD_VERIFY_OK(loaded);
        const Cmdb::CiCatalogue standard = Cmdb::CiCatalogue::standard();
        QCOMPARE(loaded->classes().size(), standard.classes().size());
        QCOMPARE(loaded->relationTypes().size(), standard.relationTypes().size());
        for (const Cmdb::CiClass &ciClass : standard.classes()) {
            QCOMPARE(loaded->findClass(ciClass.name)->parent, ciClass.parent);
            const auto expected = standard.attributesOf(ciClass.name);
            const auto actual = loaded->attributesOf(ciClass.name);
            QCOMPARE(actual.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(actual.at(i).name, expected.at(i).name);
                QCOMPARE(actual.at(i).label, expected.at(i).label);
                QCOMPARE(int(actual.at(i).type), int(expected.at(i).type));
                QCOMPARE(actual.at(i).choices, expected.at(i).choices);
                QCOMPARE(actual.at(i).required, expected.at(i).required);
            }
        }
    }

    void shouldCreateAndFindACiWithCanonicalAttributes_data() { Test::addDriverRows(); }
    void shouldCreateAndFindACiWithCanonicalAttributes()
    {
        SD_CMDB_FIXTURE(f);
        // Given a hypervisor and a virtual machine on it, with values as a person types them
        SD_VERIFY_OK(f.ci(QStringLiteral("esx-fra-0001")));
        ConfigurationItem vm;
        vm.name = QStringLiteral("  vm-lnx-00001 ");
        vm.ciClass = QStringLiteral("virtual_machine");
        vm.location = QStringLiteral("Frankfurt");
        vm.attributes = {{QStringLiteral("cpu_count"), QStringLiteral("04")},
                         {QStringLiteral("purchase_date"), QStringLiteral(" 2024-02-29")},
                         {QStringLiteral("host"), QStringLiteral("esx-fra-0001")},
                         {QStringLiteral("os"), QString()}};
        auto created = f.cis().create(vm, f.admin());
        SD_VERIFY_OK(created);
        // Then it is stored with canonical values and found by id and by name
        auto found = f.cis().find(created->id);
        SD_VERIFY_OK(found);
        QVERIFY(found->has_value());
        const ConfigurationItem &ci = **found;
        QCOMPARE(ci.name, QStringLiteral("vm-lnx-00001"));
        QCOMPARE(ci.version, 1);
        QCOMPARE(ci.location, QStringLiteral("Frankfurt"));
        QCOMPARE(ci.attributes, (QMap<QString, QString>{
                                    {QStringLiteral("cpu_count"), QStringLiteral("4")},
                                    {QStringLiteral("purchase_date"), QStringLiteral("2024-02-29")},
                                    {QStringLiteral("host"), QStringLiteral("esx-fra-0001")}}));
        auto byName = f.cis().findByName(QStringLiteral("vm-lnx-00001"));
        SD_VERIFY_OK(byName);
        QCOMPARE((*byName)->id, created->id);
        auto missing = f.cis().find(QUuid::createUuid());
        SD_VERIFY_OK(missing);
        QVERIFY(!missing->has_value());
    }

    void shouldRefuseInvalidCis_data() { Test::addDriverRows(); }
    void shouldRefuseInvalidCis()
    {
        SD_CMDB_FIXTURE(f);
        SD_VERIFY_OK(f.ci(QStringLiteral("srv-lnx-0001")));
        struct Case
        {
            QString ciClass;
            QString name;
            QMap<QString, QString> attributes;
            QString error;
        };
        const Case cases[] = {
            {QStringLiteral("server"),
             QStringLiteral("srv-lnx-0002"),
             {{QStringLiteral("cpu_count"), QStringLiteral("abc")}},
             QStringLiteral("Field \"cpu_count\": \"abc\" is not a number")},
            {QStringLiteral("server"),
             QStringLiteral("srv-lnx-0002"),
             {{QStringLiteral("warranty_end"), QStringLiteral("2024-02-30")}},
             QStringLiteral("Field \"warranty_end\"")},
            {QStringLiteral("virtual_machine"),
             QStringLiteral("vm-1"),
             {{QStringLiteral("host"), QStringLiteral("esx-nowhere")}},
             QStringLiteral("no configuration item \"esx-nowhere\"")},
            {QStringLiteral("server"),
             QStringLiteral("srv-lnx-0002"),
             {{QStringLiteral("colour"), QStringLiteral("red")}},
             QStringLiteral("Field \"colour\"")},
            {QStringLiteral("printer"),
             QStringLiteral("prn-1"),
             {},
             QStringLiteral("Field \"class\"")},
            {QStringLiteral("server"),
             QStringLiteral("srv-lnx-0001"),
             {},
             QStringLiteral("exists already")},
        };
        for (const Case &c : cases) {
            ConfigurationItem ci;
            ci.name = c.name;
            ci.ciClass = c.ciClass;
            ci.attributes = c.attributes;
            auto created = f.cis().create(ci, f.admin());
            QVERIFY2(!created.ok(), qPrintable(c.error));
            QVERIFY2(created.error().message.contains(c.error),
                     qPrintable(created.error().message));
        }
        QCOMPARE(*f.cis().countByClass(QStringLiteral("server")), 1);
    }

    void shouldUpdateAndJournalOnlyWhatChanged_data() { Test::addDriverRows(); }
    void shouldUpdateAndJournalOnlyWhatChanged()
    {
        SD_CMDB_FIXTURE(f);
        auto id = f.ci(QStringLiteral("srv-lnx-0001"), QStringLiteral("server"),
                       {{QStringLiteral("os"), QStringLiteral("Debian 12")},
                        {QStringLiteral("cpu_count"), QStringLiteral("16")},
                        {QStringLiteral("vendor"), QStringLiteral("Dell")}});
        SD_VERIFY_OK(id);
        ConfigurationItem ci = **f.cis().find(*id);

        // When the status, one attribute, a removal and an addition are saved
        ci.status = QStringLiteral("maintenance");
        ci.attributes[QStringLiteral("cpu_count")] = QStringLiteral("32.0");
        ci.attributes.remove(QStringLiteral("vendor"));
        ci.attributes[QStringLiteral("warranty_end")] = QStringLiteral("2027-01-31");
        auto updated = f.cis().update(ci, f.admin());
        SD_VERIFY_OK(updated);

        // Then the version moves on and the stored CI holds the canonical values
        QCOMPARE(updated->version, 2);
        const ConfigurationItem stored = **f.cis().find(*id);
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.status, QStringLiteral("maintenance"));
        QCOMPARE(stored.attributes,
                 (QMap<QString, QString>{
                     {QStringLiteral("os"), QStringLiteral("Debian 12")},
                     {QStringLiteral("cpu_count"), QStringLiteral("32")},
                     {QStringLiteral("warranty_end"), QStringLiteral("2027-01-31")}}));
        // And the journal holds exactly the changed fields, old → new, on base version 1
        QString action;
        int baseVersion = -1;
        const auto changes = lastOp(f.db(), *id, &action, &baseVersion);
        QCOMPARE(action, QStringLiteral("update"));
        QCOMPARE(baseVersion, 1);
        QCOMPARE(changes.keys(),
                 (QStringList{QStringLiteral("cpu_count"), QStringLiteral("status"),
                              QStringLiteral("vendor"), QStringLiteral("warranty_end")}));
        QCOMPARE(changes.value(QStringLiteral("status")),
                 qMakePair(QStringLiteral("live"), QStringLiteral("maintenance")));
        QCOMPARE(changes.value(QStringLiteral("cpu_count")),
                 qMakePair(QStringLiteral("16"), QStringLiteral("32")));
        QCOMPARE(changes.value(QStringLiteral("vendor")),
                 qMakePair(QStringLiteral("Dell"), QString()));
        QVERIFY(changes.value(QStringLiteral("vendor")).second.isNull());
        QVERIFY(changes.value(QStringLiteral("warranty_end")).first.isNull());

        // When the same CI is saved without a change, nothing is written
        auto again = f.cis().update(stored, f.admin());
        SD_VERIFY_OK(again);
        QCOMPARE(again->version, 2);
        QCOMPARE(Journal(f.db()).history(*id)->size(), 6 + 4); // create, update

        // When it is renamed to another CI's name, it is refused
        SD_VERIFY_OK(f.ci(QStringLiteral("srv-lnx-0002")));
        ConfigurationItem renamed = stored;
        renamed.name = QStringLiteral("srv-lnx-0002");
        auto clash = f.cis().update(renamed, f.admin());
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().message.contains(QStringLiteral("exists already")));
    }

    void shouldRefuseAStaleUpdateAsAConflict_data() { Test::addDriverRows(); }
    void shouldRefuseAStaleUpdateAsAConflict()
    {
        SD_CMDB_FIXTURE(f);
        auto id = f.ci(QStringLiteral("srv-lnx-0001"));
        SD_VERIFY_OK(id);
        // Given two people who read the CI at version 1
        ConfigurationItem mine = **f.cis().find(*id);
        ConfigurationItem theirs = mine;
        theirs.description = QStringLiteral("Rack 12");
        SD_VERIFY_OK(f.cis().update(theirs, f.admin()));
        // When the second saves an edit of version 1
        mine.location = QStringLiteral("Frankfurt");
        auto stale = f.cis().update(mine, f.admin());
        // Then it is a conflict and nothing of it is written
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, ErrorKind::Conflict);
        QVERIFY2(stale.error().message.contains(QStringLiteral("srv-lnx-0001")),
                 qPrintable(stale.error().message));
        const ConfigurationItem stored = **f.cis().find(*id);
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.location, QString());
        QCOMPARE(stored.description, QStringLiteral("Rack 12"));
        // And an update of a CI that does not exist is invalid data
        ConfigurationItem ghost = mine;
        ghost.id = QUuid::createUuid();
        auto missing = f.cis().update(ghost, f.admin());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::InvalidData);
    }

    void shouldAddListAndRemoveRelations_data() { Test::addDriverRows(); }
    void shouldAddListAndRemoveRelations()
    {
        SD_CMDB_FIXTURE(f);
        SD_VERIFY_OK(f.ci(QStringLiteral("Payroll"), QStringLiteral("business_service")));
        SD_VERIFY_OK(f.ci(QStringLiteral("app-pay-web"), QStringLiteral("application")));
        SD_VERIFY_OK(f.ci(QStringLiteral("app-pay-api"), QStringLiteral("application")));
        auto web = f.relate(QStringLiteral("Payroll"), QStringLiteral("depends_on"),
                            QStringLiteral("app-pay-web"));
        SD_VERIFY_OK(web);
        SD_VERIFY_OK(f.relate(QStringLiteral("Payroll"), QStringLiteral("depends_on"),
                              QStringLiteral("app-pay-api")));
        SD_VERIFY_OK(f.relate(QStringLiteral("app-pay-web"), QStringLiteral("runs_on"),
                              QStringLiteral("srv-1")));
        SD_VERIFY_OK(f.relate(QStringLiteral("srv-0"), QStringLiteral("connects_to"),
                              QStringLiteral("app-pay-web")));

        // Outgoing first, each by type and the other CI's name
        auto relations = f.cis().relationsOf(f.id(QStringLiteral("app-pay-web")));
        SD_VERIFY_OK(relations);
        QStringList seen;
        for (const CiRelation &relation : std::as_const(*relations))
            seen << QStringLiteral("%1 %2 %3")
                        .arg(relation.outgoing ? QStringLiteral("out") : QStringLiteral("in"),
                             relation.type, relation.other.name);
        QCOMPARE(seen, (QStringList{QStringLiteral("out runs_on srv-1"),
                                    QStringLiteral("in connects_to srv-0"),
                                    QStringLiteral("in depends_on Payroll")}));
        QCOMPARE(relations->at(2).other.ciClass, QStringLiteral("business_service"));
        QCOMPARE(relations->at(2).id, *web);

        // A duplicate, an unknown type, a self relation and a missing CI are refused
        QVERIFY(!f.relate(QStringLiteral("Payroll"), QStringLiteral("depends_on"),
                          QStringLiteral("app-pay-web"))
                     .ok());
        QVERIFY(!f.relate(QStringLiteral("Payroll"), QStringLiteral("likes"),
                          QStringLiteral("app-pay-web"))
                     .ok());
        QVERIFY(!f.relate(QStringLiteral("Payroll"), QStringLiteral("depends_on"),
                          QStringLiteral("Payroll"))
                     .ok());
        QVERIFY(!f.cis()
                     .addRelation(f.id(QStringLiteral("Payroll")), QStringLiteral("depends_on"),
                                  QUuid::createUuid(), f.admin())
                     .ok());

        // When a relation is removed, it is gone and the journal has its delete with old values
        SD_VERIFY_OK(f.cis().removeRelation(*web, f.admin()));
        auto after = f.cis().relationsOf(f.id(QStringLiteral("Payroll")));
        SD_VERIFY_OK(after);
        QCOMPARE(after->size(), 1);
        QCOMPARE(after->first().other.name, QStringLiteral("app-pay-api"));
        QString action;
        const auto changes = lastOp(f.db(), *web, &action);
        QCOMPARE(action, QStringLiteral("delete"));
        QCOMPARE(changes.value(QStringLiteral("type")),
                 qMakePair(QStringLiteral("depends_on"), QString()));
        QCOMPARE(changes.value(QStringLiteral("source")).first,
                 f.id(QStringLiteral("Payroll")).toString(QUuid::WithoutBraces));
        QCOMPARE(Journal(f.db()).history(*web)->size(), 6); // create and delete, three rows each
        // And removing it again is an error
        QVERIFY(!f.cis().removeRelation(*web, f.admin()).ok());
    }

    void shouldWarnOfPartOfCycles_data() { Test::addDriverRows(); }
    void shouldWarnOfPartOfCycles()
    {
        SD_CMDB_FIXTURE(f);
        // Given volume part_of array part_of rack, and a rack that depends on the volume
        SD_VERIFY_OK(
            f.relate(QStringLiteral("vol"), QStringLiteral("part_of"), QStringLiteral("array")));
        SD_VERIFY_OK(
            f.relate(QStringLiteral("array"), QStringLiteral("part_of"), QStringLiteral("rack")));
        SD_VERIFY_OK(
            f.relate(QStringLiteral("rack"), QStringLiteral("depends_on"), QStringLiteral("vol")));
        SD_VERIFY_OK(f.ci(QStringLiteral("other")));
        const auto cycle = [&](const char *source, const char *target) {
            auto result = f.cis().wouldCyclePartOf(f.id(QString::fromLatin1(source)),
                                                   f.id(QString::fromLatin1(target)));
            return result.ok() ? int(*result) : -1;
        };
        QCOMPARE(cycle("rack", "vol"), 1); // rack ⊂ vol ⊂ array ⊂ rack
        QCOMPARE(cycle("array", "vol"), 1);
        QCOMPARE(cycle("rack", "rack"), 1);
        QCOMPARE(cycle("vol", "rack"), 0); // already so, through array: no cycle
        QCOMPARE(cycle("other", "vol"), 0);
        QCOMPARE(cycle("vol", "other"), 0);
    }

    void shouldSearchNamesClassesAndAttributeValues_data() { Test::addDriverRows(); }
    void shouldSearchNamesClassesAndAttributeValues()
    {
        SD_CMDB_FIXTURE(f);
        SD_VERIFY_OK(f.ci(QStringLiteral("srv-lnx-0002"), QStringLiteral("server"),
                          {{QStringLiteral("os"), QStringLiteral("Debian 12")}}));
        SD_VERIFY_OK(f.ci(QStringLiteral("srv-lnx-0001"), QStringLiteral("server"),
                          {{QStringLiteral("os"), QStringLiteral("RHEL 9")}}));
        SD_VERIFY_OK(f.ci(QStringLiteral("vm-win-00001"), QStringLiteral("virtual_machine"),
                          {{QStringLiteral("os"), QStringLiteral("Windows on DEBIAN (really)")}}));
        SD_VERIFY_OK(f.ci(QStringLiteral("app_pay-web"), QStringLiteral("application")));
        SD_VERIFY_OK(f.ci(QStringLiteral("payroll 100%"), QStringLiteral("business_service")));
        // One database for all cases (creating one per row costs seconds on PostgreSQL). Names
        // sort by the database's collation; these are ordered alike by binary and linguistic ones.
        struct Case
        {
            const char *what;
            const char *text;
            int limit;
            QStringList expected;
        };
        const Case cases[] = {
            {"name in any case",
             "LNX",
             200,
             {QStringLiteral("srv-lnx-0001"), QStringLiteral("srv-lnx-0002")}},
            {"class", "virtual", 200, {QStringLiteral("vm-win-00001")}},
            {"attribute value",
             "debian",
             200,
             {QStringLiteral("srv-lnx-0002"), QStringLiteral("vm-win-00001")}},
            {"limit keeps the name order",
             "-",
             2,
             {QStringLiteral("app_pay-web"), QStringLiteral("srv-lnx-0001")}},
            {"percent is literal", "%", 200, {QStringLiteral("payroll 100%")}},
            // Matches the names and classes with an underscore, not every CI
            {"underscore is literal",
             "_",
             200,
             {QStringLiteral("app_pay-web"), QStringLiteral("payroll 100%"),
              QStringLiteral("vm-win-00001")}},
            {"nothing", "oracle", 200, {}},
            {"empty text lists all",
             "",
             3,
             {QStringLiteral("app_pay-web"), QStringLiteral("payroll 100%"),
              QStringLiteral("srv-lnx-0001")}},
        };
        for (const Case &c : cases) {
            auto found = f.cis().search(QString::fromUtf8(c.text), c.limit);
            SD_VERIFY_OK(found);
            QVERIFY2(names(*found) == c.expected,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.what),
                                                             names(*found).join(u','))));
        }
    }

    void shouldListAClassInPagesAndSummariseByIds_data() { Test::addDriverRows(); }
    void shouldListAClassInPagesAndSummariseByIds()
    {
        SD_CMDB_FIXTURE(f);
        for (int i = 5; i >= 1; --i)
            SD_VERIFY_OK(f.ci(QStringLiteral("srv-%1").arg(i)));
        SD_VERIFY_OK(f.ci(QStringLiteral("app-1"), QStringLiteral("application")));
        QCOMPARE(*f.cis().countByClass(QStringLiteral("server")), 5);
        QCOMPARE(*f.cis().countByClass(QStringLiteral("storage")), 0);
        auto page = f.cis().byClass(QStringLiteral("server"), 1, 3);
        SD_VERIFY_OK(page);
        QCOMPARE(names(*page), (QStringList{QStringLiteral("srv-2"), QStringLiteral("srv-3"),
                                            QStringLiteral("srv-4")}));
        QCOMPARE(page->first().status, QStringLiteral("live"));
        QCOMPARE(names(*f.cis().byClass(QStringLiteral("server"), 4, 3)),
                 QStringList{QStringLiteral("srv-5")});

        // Summaries come in the order asked, unknown ids left out, past one IN-list chunk
        QList<QUuid> ids{f.id(QStringLiteral("srv-4")), QUuid::createUuid(),
                         f.id(QStringLiteral("app-1")), f.id(QStringLiteral("srv-1"))};
        for (int i = 0; i < 700; ++i)
            ids << QUuid::createUuid();
        ids << f.id(QStringLiteral("srv-2"));
        auto summaries = f.cis().summaries(ids);
        SD_VERIFY_OK(summaries);
        QCOMPARE(names(*summaries),
                 (QStringList{QStringLiteral("srv-4"), QStringLiteral("app-1"),
                              QStringLiteral("srv-1"), QStringLiteral("srv-2")}));
        QCOMPARE(summaries->at(1).ciClass, QStringLiteral("application"));
        QVERIFY(f.cis().summaries({})->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CiRepository)
#include "tst_cirepository.moc"
