// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cmdb/cicatalogue.h"

#include <QSet>
#include <QTest>

using namespace ServiceDeck::Cmdb;

namespace {

QStringList names(const QList<AttributeDefinition> &definitions)
{
    QStringList list;
    for (const AttributeDefinition &definition : definitions)
        list << definition.name;
    return list;
}

AttributeDefinition attribute(const char *ciClass, const char *name, int position)
{
    AttributeDefinition definition;
    definition.ciClass = QString::fromLatin1(ciClass);
    definition.name = QString::fromLatin1(name);
    definition.label = definition.name;
    definition.position = position;
    return definition;
}

} // namespace

class tst_CiCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void shouldNameEveryAttributeType_data()
    {
        QTest::addColumn<AttributeType>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("text") << AttributeType::Text << QStringLiteral("text");
        QTest::newRow("number") << AttributeType::Number << QStringLiteral("number");
        QTest::newRow("date") << AttributeType::Date << QStringLiteral("date");
        QTest::newRow("choice") << AttributeType::Choice << QStringLiteral("choice");
        QTest::newRow("reference") << AttributeType::Reference << QStringLiteral("reference");
    }
    void shouldNameEveryAttributeType()
    {
        QFETCH(AttributeType, type);
        QFETCH(QString, name);
        QCOMPARE(attributeTypeName(type), name);
        QVERIFY(attributeTypeFromName(name) == type);
        QVERIFY(attributeTypeFromName(name.toUpper()) == type);
    }

    void shouldRefuseAnUnknownTypeName()
    {
        QVERIFY(!attributeTypeFromName(QStringLiteral("blob")).has_value());
        QVERIFY(!attributeTypeFromName(QString()).has_value());
    }

    void shouldHoldTheStandardClassesAndRelationTypes()
    {
        const CiCatalogue catalogue = CiCatalogue::standard();
        QStringList classes;
        for (const CiClass &ciClass : catalogue.classes())
            classes << ciClass.name;
        QCOMPARE(classes,
                 (QStringList{QStringLiteral("business_service"), QStringLiteral("application"),
                              QStringLiteral("server"), QStringLiteral("virtual_machine"),
                              QStringLiteral("database"), QStringLiteral("network_device"),
                              QStringLiteral("storage")}));
        QCOMPARE(catalogue.findClass(QStringLiteral("virtual_machine"))->parent,
                 QStringLiteral("server"));
        QVERIFY(!catalogue.findClass(QStringLiteral("printer")));
        QCOMPARE(catalogue.relationTypes().size(), 4);
        QCOMPARE(catalogue.findRelationType(QStringLiteral("runs_on"))->reverseLabel,
                 QStringLiteral("hosts"));
        QVERIFY(!catalogue.findRelationType(QStringLiteral("likes")));
    }

    void shouldUseEveryAttributeTypeInTheStandardCatalogue()
    {
        const CiCatalogue catalogue = CiCatalogue::standard();
        QSet<int> used;
        for (const CiClass &ciClass : catalogue.classes()) {
            for (const AttributeDefinition &definition : catalogue.attributesOf(ciClass.name)) {
                used.insert(int(definition.type));
                QVERIFY2(!definition.label.isEmpty(), qPrintable(definition.name));
                if (definition.type == AttributeType::Choice)
                    QVERIFY(!definition.choices.isEmpty());
            }
        }
        QCOMPARE(used.size(), 5);
        const AttributeDefinition *criticality = catalogue.findAttribute(
            QStringLiteral("business_service"), QStringLiteral("criticality"));
        QVERIFY(criticality);
        QCOMPARE(
            criticality->choices,
            (QStringList{QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")}));
    }

    void shouldInheritTheParentsAttributesFirst()
    {
        // Given the standard catalogue, where a virtual machine is a kind of server
        const CiCatalogue catalogue = CiCatalogue::standard();
        // When the attributes of a virtual machine are listed
        const QStringList vm = names(catalogue.attributesOf(QStringLiteral("virtual_machine")));
        // Then the server's come first, in their order, and its own after them
        const QStringList server = names(catalogue.attributesOf(QStringLiteral("server")));
        QCOMPARE(vm.mid(0, server.size()), server);
        QCOMPARE(vm.mid(server.size()), QStringList{QStringLiteral("host")});
        QVERIFY(catalogue.findAttribute(QStringLiteral("virtual_machine"),
                                        QStringLiteral("cpu_count")));
        QVERIFY(!catalogue.findAttribute(QStringLiteral("server"), QStringLiteral("host")));
        QVERIFY(catalogue.attributesOf(QStringLiteral("printer")).isEmpty());
    }

    void shouldOrderByPositionAndLetASubclassRefineAnInheritedAttribute()
    {
        CiCatalogue catalogue;
        catalogue.addClass({QStringLiteral("base"), QStringLiteral("Base"), {}});
        catalogue.addClass(
            {QStringLiteral("child"), QStringLiteral("Child"), QStringLiteral("base")});
        catalogue.addAttribute(attribute("base", "b", 2));
        catalogue.addAttribute(attribute("base", "a", 1));
        catalogue.addAttribute(attribute("child", "z", 1));
        AttributeDefinition refined = attribute("child", "b", 5);
        refined.required = true;
        catalogue.addAttribute(refined);

        const QList<AttributeDefinition> child = catalogue.attributesOf(QStringLiteral("child"));
        QCOMPARE(names(child),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("z")}));
        QVERIFY(child.at(1).required);
        QVERIFY(catalogue.findAttribute(QStringLiteral("child"), QStringLiteral("b"))->required);
        QVERIFY(!catalogue.findAttribute(QStringLiteral("base"), QStringLiteral("b"))->required);
    }

    void shouldSurviveAParentLoop()
    {
        CiCatalogue catalogue;
        catalogue.addClass({QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("b")});
        catalogue.addClass({QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("a")});
        catalogue.addAttribute(attribute("a", "x", 1));
        QCOMPARE(names(catalogue.attributesOf(QStringLiteral("b"))),
                 QStringList{QStringLiteral("x")});
        QVERIFY(!catalogue.findAttribute(QStringLiteral("b"), QStringLiteral("y")));
    }
};

QTEST_GUILESS_MAIN(tst_CiCatalogue)
#include "tst_cicatalogue.moc"
