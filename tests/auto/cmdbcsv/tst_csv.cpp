// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv/csvreader.h"
#include "core/csv/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace ServiceDeck;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList l(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << s(item);
    return list;
}

QList<QStringList> rows(std::initializer_list<std::initializer_list<const char *>> items)
{
    QList<QStringList> list;
    for (const auto &item : items)
        list << l(item);
    return list;
}

} // namespace

class tst_Csv : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadRecordsWithTheirLines_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << rows({{"a", "b"}, {"1", "2"}})
                            << QList<int>{1, 2};
        QTest::newRow("crlf, no final line end")
            << QByteArray("a,b\r\n1,2") << rows({{"a", "b"}, {"1", "2"}})
            << QList<int>{1, 2};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFname,x\n\xC3\xA9t\xC3\xA9,2\n")
                             << rows({{"name", "x"}, {"été", "2"}})
                             << QList<int>{1, 2};
        QTest::newRow("quoted delimiter and quotes")
            << QByteArray("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n")
            << rows({{"a", "b"}, {"x, y", "say \"hi\""}}) << QList<int>{1, 2};
        QTest::newRow("embedded newlines keep the start line")
            << QByteArray("a,b\r\n\"one\r\ntwo\",x\r\nlast,y\r\n")
            << rows({{"a", "b"}, {"one\ntwo", "x"}, {"last", "y"}})
            << QList<int>{1, 2, 4};
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n\"\",x,\n")
                                      << rows({{"a", "b", "c"}, {"", "", ""}, {"", "x", ""}})
                                      << QList<int>{1, 2, 3};
        QTest::newRow("blank lines are skipped")
            << QByteArray("a\n\n1\n\r\n2\n") << rows({{"a"}, {"1"}, {"2"}})
            << QList<int>{1, 3, 5};
        QTest::newRow("semicolons detected from the header")
            << QByteArray("name;\"a,b\";c\nx;y,z;1\n")
            << rows({{"name", "a,b", "c"}, {"x", "y,z", "1"}}) << QList<int>{1, 2};
    }
    void shouldReadRecordsWithTheirLines()
    {
        QFETCH(QByteArray, content);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        // When
        const Csv::Table table = Csv::read(content);
        // Then
        QVERIFY2(table.errors.isEmpty(), qPrintable(table.errors.value(0).message));
        QCOMPARE(table.records.size(), records.size());
        for (int i = 0; i < records.size(); ++i) {
            QCOMPARE(table.records.at(i).fields, records.at(i));
            QCOMPARE(table.records.at(i).line, lines.at(i));
            QVERIFY(!table.records.at(i).broken);
        }
    }

    void shouldDetectTheDelimiterOutsideQuotes()
    {
        QCOMPARE(Csv::detectDelimiter(u"a,b,c"), QChar(u','));
        QCOMPARE(Csv::detectDelimiter(u"a;b;c"), QChar(u';'));
        QCOMPARE(Csv::detectDelimiter(u"\"a;b;c\",d"), QChar(u','));
        QCOMPARE(Csv::detectDelimiter(u"a;b\nc,d,e,f"), QChar(u';'));
        QCOMPARE(Csv::detectDelimiter(u"single"), QChar(u','));
    }

    void shouldReportBrokenQuotingWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("field");
        QTest::newRow("quote inside a plain field") << QByteArray("a,b\nx,y\"z\n") << 2 << 4 << 1;
        QTest::newRow("text after the closing quote")
            << QByteArray("a,b\n\"x\"y,z\n") << 2 << 4 << 0;
        QTest::newRow("unterminated quote") << QByteArray("a,b\nx,y\nz,\"open\nmore\n") << 3 << 3
                                            << 1;
    }
    void shouldReportBrokenQuotingWithLineAndColumn()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, field);
        const Csv::Table table = Csv::read(content);
        QCOMPARE(table.errors.size(), 1);
        QCOMPARE(table.errors.first().line, line);
        QCOMPARE(table.errors.first().column, column);
        QCOMPARE(table.errors.first().field, field);
        QVERIFY(!table.errors.first().message.isEmpty());
        const auto broken = std::find_if(table.records.cbegin(), table.records.cend(),
                                         [](const Csv::Record &r) { return r.broken; });
        QVERIFY(broken != table.records.cend());
        QCOMPARE(broken->line, line);
    }

    void shouldGoOnAfterAStrayQuote()
    {
        // Given two broken records
        const Csv::Table table = Csv::read("a,b\nx\"1,2\nok,3\ny,\"4\"5\n");
        // Then both are reported and the good one between them is read
        QCOMPARE(table.errors.size(), 2);
        QCOMPARE(table.errors.at(0).line, 2);
        QCOMPARE(table.errors.at(1).line, 4);
        QCOMPARE(table.records.size(), 4);
        QCOMPARE(table.records.at(2).fields, l({"ok", "3"}));
        QVERIFY(!table.records.at(2).broken);
    }

    void shouldRefuseTextThatIsNotUtf8()
    {
        const Csv::Table table = Csv::read("a,b\nok,1\nbad,\xE9t\xE9\n");
        QCOMPARE(table.errors.size(), 1);
        QCOMPARE(table.errors.first().line, 3);
    }

    void shouldQuoteOnlyWhereNeeded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << s("srv-001") << s("srv-001");
        QTest::newRow("empty") << s("") << s("");
        QTest::newRow("comma") << s("a, b") << s("\"a, b\"");
        QTest::newRow("quote") << s("say \"hi\"") << s("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << s("one\ntwo") << s("\"one\ntwo\"");
        QTest::newRow("leading blank") << s(" x") << s("\" x\"");
        QTest::newRow("semicolon with comma delimiter") << s("a;b") << s("a;b");
    }
    void shouldQuoteOnlyWhereNeeded()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(Csv::quoteField(value), written);
    }

    void shouldReadBackWhatItWrites()
    {
        const QList<QStringList> records = rows({{"name", "description"},
                                                 {"a", "one\ntwo"},
                                                 {"b, c", "\"quoted\", and more"},
                                                 {"üñí", ""}});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Csv::Writer writer(buffer);
        for (const QStringList &record : records)
            QVERIFY(writer.writeRecord(record));
        const Csv::Table table = Csv::read(buffer.data());
        QVERIFY(table.errors.isEmpty());
        QCOMPARE(table.records.size(), records.size());
        for (int i = 0; i < records.size(); ++i)
            QCOMPARE(table.records.at(i).fields, records.at(i));
        QCOMPARE(table.records.at(3).line, 5);
    }
};

QTEST_APPLESS_MAIN(tst_Csv)
#include "tst_csv.moc"
