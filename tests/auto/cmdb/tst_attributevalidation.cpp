// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cmdb/attributevalidation.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Cmdb;

namespace {

AttributeDefinition definition(AttributeType type, bool required = false)
{
    AttributeDefinition d;
    d.ciClass = QStringLiteral("server");
    d.name = QStringLiteral("field");
    d.label = QStringLiteral("Field");
    d.type = type;
    d.required = required;
    if (type == AttributeType::Choice)
        d.choices = {QStringLiteral("High"), QStringLiteral("Office hours"),
                     QStringLiteral("24x7")};
    return d;
}

bool knownCi(const QString &name)
{
    return name == u"esx-fra-0001";
}

} // namespace

class tst_AttributeValidation : public QObject
{
    Q_OBJECT

private slots:
    void shouldCheckEachValueByItsType_data()
    {
        QTest::addColumn<AttributeType>("type");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expected"); // the canonical value, or a part of the error

        const auto text = AttributeType::Text, number = AttributeType::Number,
                   date = AttributeType::Date, choice = AttributeType::Choice,
                   reference = AttributeType::Reference;
        auto row = [](const char *name, AttributeType type, bool required, const char *value,
                      bool valid, const char *expected) {
            QTest::newRow(name) << type << required << QString::fromUtf8(value) << valid
                                << QString::fromUtf8(expected);
        };
        row("text kept", text, false, "Ubuntu 22.04", true, "Ubuntu 22.04");
        row("text trimmed", text, false, "  Debian 12 ", true, "Debian 12");
        row("text unicode", text, false, "Zürich DC", true, "Zürich DC");
        row("empty optional", text, false, "", true, "");
        row("blank optional", number, false, "   ", true, "");
        row("empty required", text, true, "", false, "Field \"field\": a value is required");
        row("blank required date", date, true, "  ", false, "a value is required");

        row("integer", number, false, "16", true, "16");
        row("negative", number, false, "-3", true, "-3");
        row("decimal", number, false, "1.50", true, "1.5");
        row("leading zeros", number, false, "007", true, "7");
        row("exponent", number, false, "2e3", true, "2000");
        row("not a number", number, false, "abc", false,
            "Field \"field\": \"abc\" is not a number");
        row("decimal comma", number, false, "1,5", false, "is not a number");
        row("group separator", number, false, "1,000", false, "is not a number");
        row("unit suffix", number, false, "16GB", false, "is not a number");
        row("infinity", number, false, "inf", false, "is not a number");

        row("iso date", date, false, "2024-02-29", true, "2024-02-29");
        row("date trimmed", date, false, " 2025-12-31 ", true, "2025-12-31");
        row("no such day", date, false, "2024-02-30", false,
            "Field \"field\": \"2024-02-30\" is not a date");
        row("not a leap year", date, false, "2023-02-29", false, "is not a date");
        row("month 13", date, false, "2024-13-01", false, "is not a date");
        row("european", date, false, "29.02.2024", false, "is not a date");
        row("american", date, false, "02/29/2024", false, "is not a date");
        row("single digits", date, false, "2024-2-9", false, "is not a date");
        row("with time", date, false, "2024-02-29T10:00:00Z", false, "is not a date");

        row("choice exact", choice, false, "High", true, "High");
        row("choice any case", choice, false, "office HOURS", true, "Office hours");
        row("choice digits", choice, false, "24X7", true, "24x7");
        row("not a choice", choice, false, "urgent", false,
            "Field \"field\": \"urgent\" is not one of: High, Office hours, 24x7");

        row("existing ci", reference, false, "esx-fra-0001", true, "esx-fra-0001");
        row("missing ci", reference, false, "esx-nowhere", false,
            "Field \"field\": no configuration item \"esx-nowhere\"");
    }
    void shouldCheckEachValueByItsType()
    {
        QFETCH(AttributeType, type);
        QFETCH(bool, required);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(QString, expected);

        const Result<QString> result =
            validateAttribute(definition(type, required), value, knownCi);
        QCOMPARE(result.ok(), valid);
        if (valid)
            QCOMPARE(*result, expected);
        else
            QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        if (!valid)
            QCOMPARE(result.error().kind, ErrorKind::InvalidData);
    }

    void shouldAcceptAnyReferenceWithoutALookup()
    {
        const auto result = validateAttribute(definition(AttributeType::Reference),
                                              QStringLiteral("made-later-in-the-file"));
        QVERIFY(result.ok());
        QCOMPARE(*result, QStringLiteral("made-later-in-the-file"));
    }

    void shouldValidateTheAttributesOfACi()
    {
        // Given the standard catalogue and a virtual machine's values, inherited ones included
        const CiCatalogue catalogue = CiCatalogue::standard();
        const QMap<QString, QString> values = {
            {QStringLiteral("cpu_count"), QStringLiteral("4")},
            {QStringLiteral("os"), QStringLiteral(" Debian 12")},
            {QStringLiteral("host"), QStringLiteral("esx-fra-0001")},
            {QStringLiteral("warranty_end"), QString()}};
        // When they are validated
        const auto result =
            validateAttributes(catalogue, QStringLiteral("virtual_machine"), values, knownCi);
        // Then they come back canonical, the empty one left out
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(*result, (QMap<QString, QString>{
                              {QStringLiteral("cpu_count"), QStringLiteral("4")},
                              {QStringLiteral("os"), QStringLiteral("Debian 12")},
                              {QStringLiteral("host"), QStringLiteral("esx-fra-0001")}}));
    }

    void shouldNameTheFieldAtFault_data()
    {
        QTest::addColumn<QString>("ciClass");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown attribute")
            << QStringLiteral("server") << QStringLiteral("colour") << QStringLiteral("red")
            << QStringLiteral("Field \"colour\": the class \"server\" has no attribute");
        QTest::newRow("attribute of a subclass")
            << QStringLiteral("server") << QStringLiteral("host") << QStringLiteral("x")
            << QStringLiteral("Field \"host\"");
        QTest::newRow("bad number")
            << QStringLiteral("server") << QStringLiteral("cpu_count") << QStringLiteral("abc")
            << QStringLiteral("Field \"cpu_count\": \"abc\" is not a number");
        QTest::newRow("bad reference")
            << QStringLiteral("virtual_machine") << QStringLiteral("host")
            << QStringLiteral("nowhere") << QStringLiteral("no configuration item \"nowhere\"");
        QTest::newRow("unknown class")
            << QStringLiteral("printer") << QStringLiteral("os") << QStringLiteral("x")
            << QStringLiteral("Field \"class\": no CI class \"printer\"");
    }
    void shouldNameTheFieldAtFault()
    {
        QFETCH(QString, ciClass);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const auto result =
            validateAttributes(CiCatalogue::standard(), ciClass, {{name, value}}, knownCi);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }

    void shouldRequireRequiredAttributes()
    {
        CiCatalogue catalogue = CiCatalogue::standard();
        AttributeDefinition serial = definition(AttributeType::Text, true);
        serial.name = QStringLiteral("serial");
        catalogue.addAttribute(serial);
        const auto missing = validateAttributes(catalogue, QStringLiteral("virtual_machine"), {});
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("Field \"serial\"")),
                 qPrintable(missing.error().message));
        const auto given = validateAttributes(catalogue, QStringLiteral("server"),
                                              {{QStringLiteral("serial"), QStringLiteral("X1")}});
        QVERIFY(given.ok());
    }
};

QTEST_GUILESS_MAIN(tst_AttributeValidation)
#include "tst_attributevalidation.moc"
