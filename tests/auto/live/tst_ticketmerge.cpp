// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/live/ticketmerge.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

Q_DECLARE_METATYPE(ServiceDeck::Storage::FieldAssignments)
Q_DECLARE_METATYPE(QList<ServiceDeck::Storage::FieldClash>)

namespace {

using Fields = QMap<QString, QString>;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// "field=value;field=value" → map; an empty value stays present but empty.
Fields fields(const char *text)
{
    Fields result;
    for (const QString &pair : s(text).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        result.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return result;
}

FieldAssignments edits(const char *text)
{
    FieldAssignments result;
    const Fields map = fields(text);
    // Keep the order as written, which is the order a form reports them.
    for (const QString &pair : s(text).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = pair.left(pair.indexOf(QLatin1Char('=')));
        result << qMakePair(name, map.value(name));
    }
    return result;
}

// Instants equal to the minute, like the form's editors compare them.
bool sameToTheMinute(const QString &field, const QString &a, const QString &b)
{
    if (field == u"planned_start")
        return a.left(16) == b.left(16);
    return a.trimmed() == b.trimmed();
}

} // namespace

class tst_TicketMerge : public QObject
{
    Q_OBJECT

private slots:
    void shouldMergeFieldByField_data()
    {
        QTest::addColumn<Fields>("base");
        QTest::addColumn<FieldAssignments>("mine");
        QTest::addColumn<Fields>("theirs");
        QTest::addColumn<FieldAssignments>("merged");
        QTest::addColumn<QList<FieldClash>>("clashes");

        const Fields base = fields("title=Printer jam;urgency=1;assignee=alice;description=Tray 2");
        QTest::newRow("only I changed a field: mine")
            << base << edits("title=Printer on fire") << base
            << edits("title=Printer on fire") << QList<FieldClash>();
        QTest::newRow("only they changed a field: theirs, nothing to write")
            << base << edits("")
            << fields("title=Printer jam;urgency=3;assignee=alice;description=Tray 2")
            << edits("") << QList<FieldClash>();
        QTest::newRow("different fields on each side: both kept")
            << base << edits("title=Printer on fire")
            << fields("title=Printer jam;urgency=3;assignee=bob;description=Tray 2")
            << edits("title=Printer on fire") << QList<FieldClash>();
        QTest::newRow("same field to the same value: no clash, nothing to write")
            << base << edits("assignee=bob")
            << fields("title=Printer jam;urgency=1;assignee=bob;description=Tray 2")
            << edits("") << QList<FieldClash>();
        QTest::newRow("same field to different values: a clash")
            << base << edits("assignee=bob")
            << fields("title=Printer jam;urgency=1;assignee=carol;description=Tray 2")
            << edits("")
            << QList<FieldClash>{{s("assignee"), s("alice"), s("carol"), s("bob")}};
        QTest::newRow("clash beside merged fields")
            << base << edits("title=Printer on fire;urgency=2;description=Tray 3")
            << fields("title=Printer jam;urgency=3;assignee=bob;description=Tray 1")
            << edits("title=Printer on fire")
            << QList<FieldClash>{{s("urgency"), s("1"), s("3"), s("2")},
                                 {s("description"), s("Tray 2"), s("Tray 1"), s("Tray 3")}};
        QTest::newRow("I cleared a field they left alone: cleared")
            << base << edits("assignee=") << base << edits("assignee=") << QList<FieldClash>();
        QTest::newRow("I cleared a field they changed: a clash")
            << base << edits("assignee=")
            << fields("title=Printer jam;urgency=1;assignee=carol;description=Tray 2")
            << edits("") << QList<FieldClash>{{s("assignee"), s("alice"), s("carol"), QString()}};
        QTest::newRow("I set a field that was unset, they did not: mine")
            << base << edits("category=hardware") << base << edits("category=hardware")
            << QList<FieldClash>();
        QTest::newRow("both set an unset field differently: a clash")
            << base << edits("category=hardware")
            << fields("title=Printer jam;urgency=1;assignee=alice;description=Tray 2;"
                      "category=network")
            << edits("") << QList<FieldClash>{{s("category"), QString(), s("network"),
                                               s("hardware")}};
        QTest::newRow("an edit back to the base value is no edit")
            << base << edits("assignee=alice")
            << fields("title=Printer jam;urgency=1;assignee=carol;description=Tray 2")
            << edits("") << QList<FieldClash>();
        QTest::newRow("values compared as the field compares them")
            << fields("planned_start=2024-05-01T10:00:00Z")
            << edits("planned_start=2024-05-01T12:00:00Z")
            << fields("planned_start=2024-05-01T12:00:30Z") << edits("")
            << QList<FieldClash>();
        QTest::newRow("a state step of mine over their other edits: mine")
            << fields("state=assigned;urgency=1") << edits("state=in_progress")
            << fields("state=assigned;urgency=2") << edits("state=in_progress")
            << QList<FieldClash>();
        QTest::newRow("both took different steps: a clash")
            << fields("state=assigned") << edits("state=in_progress")
            << fields("state=cancelled") << edits("")
            << QList<FieldClash>{{s("state"), s("assigned"), s("cancelled"), s("in_progress")}};
    }
    void shouldMergeFieldByField()
    {
        QFETCH(Fields, base);
        QFETCH(FieldAssignments, mine);
        QFETCH(Fields, theirs);
        QFETCH(FieldAssignments, merged);
        QFETCH(QList<FieldClash>, clashes);
        const TicketMerge merge = mergeTicketEdits(base, mine, theirs, sameToTheMinute);
        QCOMPARE(merge.merged, merged);
        QCOMPARE(merge.clashes, clashes);
    }

    void shouldCompareTrimmedTextByDefault()
    {
        const TicketMerge merge = mergeTicketEdits(fields("title=Jam"), edits("title=Paper"),
                                                   fields("title=Paper "));
        QVERIFY(merge.merged.isEmpty());
        QVERIFY(merge.clashes.isEmpty());
    }

    void shouldResolveClashesByChoice_data()
    {
        QTest::addColumn<QString>("urgency");     // choice for urgency: mine/theirs/none
        QTest::addColumn<QString>("description"); // choice for description
        QTest::addColumn<bool>("ok");
        QTest::addColumn<FieldAssignments>("expected");
        QTest::newRow("all mine") << s("mine") << s("mine") << true
                                  << edits("title=Fire;urgency=2;description=Tray 3");
        QTest::newRow("all theirs") << s("theirs") << s("theirs") << true << edits("title=Fire");
        QTest::newRow("mixed") << s("theirs") << s("mine") << true
                               << edits("title=Fire;description=Tray 3");
        QTest::newRow("one undecided: refused") << s("mine") << s("none") << false
                                                << FieldAssignments();
    }
    void shouldResolveClashesByChoice()
    {
        QFETCH(QString, urgency);
        QFETCH(QString, description);
        QFETCH(bool, ok);
        QFETCH(FieldAssignments, expected);
        const TicketMerge merge = mergeTicketEdits(
            fields("title=Jam;urgency=1;description=Tray 2"),
            edits("title=Fire;urgency=2;description=Tray 3"),
            fields("title=Jam;urgency=3;description=Tray 1"));
        QCOMPARE(merge.clashes.size(), 2);
        QHash<QString, ClashChoice> choices;
        const auto put = [&choices](const QString &field, const QString &choice) {
            if (choice == u"mine")
                choices.insert(field, ClashChoice::Mine);
            else if (choice == u"theirs")
                choices.insert(field, ClashChoice::Theirs);
        };
        put(QStringLiteral("urgency"), urgency);
        put(QStringLiteral("description"), description);
        const auto resolved = resolveClashes(merge, choices);
        QCOMPARE(resolved.ok(), ok);
        if (!ok) {
            QVERIFY2(resolved.error().message.contains(QLatin1String("description")),
                     qPrintable(resolved.error().message));
            return;
        }
        QCOMPARE(*resolved, expected);
    }
};

QTEST_GUILESS_MAIN(tst_TicketMerge)
#include "tst_ticketmerge.moc"
