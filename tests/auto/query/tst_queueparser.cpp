// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/datevalue.h"
#include "core/query/queuefields.h"
#include "core/query/queueformat.h"
#include "core/query/queueparser.h"
#include "core/query/sortspec.h"
#include "core/timestamps.h"

#include <QTest>

#include <algorithm>

using namespace ServiceDeck;
using namespace ServiceDeck::Query;

namespace {

// A compact, position-ordered picture of a query: `[-]field<op>v1|v2@pos+len` for field terms,
// `[-]word"text"@pos+len` and `[-]phrase"text"@pos+len` for text, joined by " ; ".
QString describe(const QueueQuery &query, bool withSpans = true)
{
    QList<std::pair<int, QString>> terms;
    const auto span = [withSpans](int position, int length) {
        return withSpans ? QStringLiteral("@%1+%2").arg(position).arg(length) : QString();
    };
    for (const FieldTerm &term : query.fields)
        terms.append({term.position, (term.negated ? QStringLiteral("-") : QString()) + term.field +
                                         comparisonSymbol(term.comparison) +
                                         term.values.join(QLatin1Char('|')) +
                                         span(term.position, term.length)});
    for (const TextTerm &term : query.text)
        terms.append({term.position,
                      (term.negated ? QStringLiteral("-") : QString()) +
                          (term.phrase ? QStringLiteral("phrase\"") : QStringLiteral("word\"")) +
                          term.text + QLatin1Char('"') + span(term.position, term.length)});
    std::stable_sort(terms.begin(), terms.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList parts;
    for (const auto &term : terms)
        parts << term.second;
    return parts.join(QStringLiteral(" ; "));
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class tst_QueueParser : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseValidQueries_data();
    void shouldParseValidQueries();
    void shouldReportErrorsWithPositions_data();
    void shouldReportErrorsWithPositions();
    void shouldRejectControlCharacters();
    void shouldFormatQueriesThatParseBack_data();
    void shouldFormatQueriesThatParseBack();
    void shouldOfferFieldNamesAndValues();
    void shouldResolveDatesAgainstNow_data();
    void shouldResolveDatesAgainstNow();
    void shouldParseSortSpecs_data();
    void shouldParseSortSpecs();
    void shouldRejectBadSortSpecs_data();
    void shouldRejectBadSortSpecs();
};

void tst_QueueParser::shouldParseValidQueries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << s("  \t ") << QString();
    QTest::newRow("kind") << s("kind:incident") << s("kind:incident@0+13");
    QTest::newRow("design example")
        << s("kind:incident state:new,assigned priority<=2 group:\"Network Ops\" assignee:me "
             "updated>-7d sla:breached \"vpn timeout\"")
        << s("kind:incident@0+13 ; state:new|assigned@14+18 ; priority<=2@33+11 ; "
             "group:Network Ops@45+19 ; assignee:me@65+11 ; updated>-7d@77+11 ; "
             "sla:breached@89+12 ; phrase\"vpn timeout\"@102+13");
    QTest::newRow("priority P form") << s("priority<=P2") << s("priority<=2@0+12");
    QTest::newRow("priority list") << s("priority:p1,P3,4") << s("priority:1|3|4@0+16");
    QTest::newRow("all comparisons")
        << s("impact<2 impact<=2 urgency>1 urgency>=1 priority=3")
        << s("impact<2@0+8 ; impact<=2@9+9 ; urgency>1@19+9 ; urgency>=1@29+10 ; "
             "priority:3@40+10");
    QTest::newRow("colon before comparison")
        << s("priority:<=2 updated:>today") << s("priority<=2@0+12 ; updated>today@13+14");
    QTest::newRow("negated field") << s("-state:closed") << s("-state:closed@0+13");
    QTest::newRow("negated comparison") << s("-priority<=2") << s("-priority<=2@0+12");
    QTest::newRow("negated word") << s("-vpn") << s("-word\"vpn\"@0+4");
    QTest::newRow("negated phrase") << s("-\"vpn timeout\"") << s("-phrase\"vpn timeout\"@0+14");
    QTest::newRow("words") << s("vpn  timeout") << s("word\"vpn\"@0+3 ; word\"timeout\"@5+7");
    QTest::newRow("words that are not fields")
        << s("C++ 10:30 über:x a-b:c")
        << s("word\"C++\"@0+3 ; word\"10:30\"@4+5 ; word\"über:x\"@10+6 ; word\"a-b:c\"@17+5");
    QTest::newRow("escaped quote") << s("group:\"a\\\"b\"") << s("group:a\"b@0+12");
    QTest::newRow("escaped backslash") << s("\"a \\\\ b\"") << s("phrase\"a \\ b\"@0+8");
    QTest::newRow("other backslash kept") << s("\"C:\\temp\"") << s("phrase\"C:\\temp\"@0+9");
    QTest::newRow("quoted value with comma and colon")
        << s("ci:\"core, switch: 01\",fw-edge-01") << s("ci:core, switch: 01|fw-edge-01@0+32");
    QTest::newRow("quoted value trimmed")
        << s("group:\" Network Ops \"") << s("group:Network Ops@0+21");
    QTest::newRow("sql in a value is data")
        << s("title:\"x' OR '1'='1\"") << s("title:x' OR '1'='1@0+20");
    QTest::newRow("absolute dates")
        << s("updated>=2026-03-01 opened<2026-03-01T14:30:00Z closed:2026-03-01T16:30+02:00")
        << s("updated>=2026-03-01@0+19 ; opened<2026-03-01T14:30:00.000Z@20+27 ; "
             "closed:2026-03-01T14:30:00.000Z@48+29");
    QTest::newRow("relative dates")
        << s("opened>+3d opened>-12H updated<-30m updated>=-2w")
        << s("opened>+3d@0+10 ; opened>-12h@11+11 ; updated<-30m@23+12 ; updated>=-2w@36+12");
    QTest::newRow("today, any case") << s("UPDATED:TODAY") << s("updated:today@0+13");
    QTest::newRow("date none") << s("resolved:none -planned_end:NONE")
                               << s("resolved:none@0+13 ; -planned_end:none@14+17");
    QTest::newRow("kind and state case")
        << s("kind:Incident,PROBLEM state:New") << s("kind:incident|problem@0+21 ; state:new@22+9");
    QTest::newRow("duplicate values once") << s("state:new,new") << s("state:new@0+13");
    QTest::newRow("user keywords") << s("assignee:ME,none requester:carol")
                                   << s("assignee:me|none@0+16 ; requester:carol@17+15");
    QTest::newRow("group mine") << s("group:mine,\"Network Ops\",none")
                                << s("group:me|Network Ops|none@0+29");
    QTest::newRow("booleans") << s("known_error:yes active:0")
                              << s("known_error:true@0+15 ; active:false@16+8");
    QTest::newRow("choices") << s("risk:very_high change_type:Emergency sla:ok,warning,paused")
                             << s("risk:very_high@0+14 ; change_type:emergency@15+21 ; "
                                  "sla:ok|warning|paused@37+21");
    QTest::newRow("number upper-cased") << s("number:inc0000001") << s("number:INC0000001@0+17");
    QTest::newRow("category and substrings")
        << s("category:Network title:vpn description:\"time out\"")
        << s("category:Network@0+16 ; title:vpn@17+9 ; description:time out@27+22");
    QTest::newRow("empty phrase ignored") << s("\"\" vpn") << s("word\"vpn\"@3+3");
    QTest::newRow("tab separates")
        << s("updated>-7d\t\"a b\"") << s("updated>-7d@0+11 ; phrase\"a b\"@12+5");
    QTest::newRow("search syntax is data")
        << s("NEAR(vpn * ^x !a &b |c {title}:x")
        << s("word\"NEAR(vpn\"@0+8 ; word\"*\"@9+1 ; word\"^x\"@11+2 ; word\"!a\"@14+2 ; "
             "word\"&b\"@17+2 ; word\"|c\"@20+2 ; word\"{title}:x\"@23+9");
}

void tst_QueueParser::shouldParseValidQueries()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const ParseResult result = parseQueueQuery(text);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(describe(*result.query), expected);
    QCOMPARE(result.query->isEmpty(), expected.isEmpty());
}

void tst_QueueParser::shouldReportErrorsWithPositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("unknown field, close match")
        << s("asignee:alice") << 0 << 7 << s("Unknown field \"asignee\"; did you mean assignee?");
    QTest::newRow("unknown field, list")
        << s("vpn foo:bar") << 4 << 3 << s("known fields are: active");
    QTest::newRow("missing value") << s("state:") << 5 << 1 << s("Missing value after \"state:\"");
    QTest::newRow("missing value before space") << s("state: new") << 5 << 1 << s("Missing value");
    QTest::newRow("missing value after comparison")
        << s("priority<=") << 8 << 2 << s("Missing value after \"priority<=\"");
    QTest::newRow("missing value after comma")
        << s("state:new,") << 9 << 1 << s("Missing value after \",\"");
    QTest::newRow("missing value before comma")
        << s("state:,new") << 6 << 1 << s("Missing value before \",\"");
    QTest::newRow("empty quoted value") << s("state:\"\"") << 6 << 2 << s("Empty value");
    QTest::newRow("unterminated value")
        << s("group:\"Network Ops") << 6 << 12 << s("Unterminated quote");
    QTest::newRow("unterminated phrase")
        << s("vpn \"vpn timeout") << 4 << 12 << s("Unterminated quote");
    QTest::newRow("escaped quote does not close")
        << s("\"a\\\"") << 0 << 4 << s("Unterminated quote");
    QTest::newRow("bad priority") << s("priority<=x") << 10 << 1 << s("\"x\" is not a priority");
    QTest::newRow("priority out of range") << s("priority:P6") << 9 << 2 << s("is not a priority");
    QTest::newRow("bad level") << s("impact:4") << 7 << 1 << s("from 1 (high) to 3 (low)");
    QTest::newRow("unknown state") << s("state:bogus") << 6 << 5
                                   << s("Field \"state\" at column 7: \"bogus\" is not a state; "
                                        "use one of: new, assigned");
    QTest::newRow("unknown kind") << s("kind:ticket") << 5 << 6 << s("is not a ticket kind");
    QTest::newRow("unknown sla") << s("sla:late") << 4 << 4 << s("is not an SLA status");
    QTest::newRow("unknown choice") << s("risk:extreme") << 5 << 7 << s("very_high");
    QTest::newRow("bad boolean") << s("known_error:maybe") << 12 << 5 << s("true or false");
    QTest::newRow("bad relative unit") << s("updated>-7x") << 8 << 3 << s("\"-7x\" is not a date");
    QTest::newRow("relative without sign") << s("updated>7d") << 8 << 2 << s("is not a date");
    QTest::newRow("relative too large") << s("updated>-99999d") << 8 << 7 << s("is not a date");
    QTest::newRow("bad month") << s("updated>2026-13-01") << 8 << 10 << s("is not a date");
    QTest::newRow("year out of range") << s("updated<9999-12-31") << 8 << 10 << s("is not a date");
    QTest::newRow("none on a required date") << s("opened:none") << 7 << 4 << s("is not a date");
    QTest::newRow("none compared")
        << s("resolved<none") << 9 << 4 << s("\"none\" cannot be compared with \"<\"");
    QTest::newRow("comparison without order")
        << s("state<new") << 5 << 1 << s("Field \"state\" has no order");
    QTest::newRow("comparison on a reference")
        << s("assignee>=alice") << 8 << 2 << s("has no order");
    QTest::newRow("comparison with two values")
        << s("priority<=1,2") << 11 << 1 << s("A comparison takes a single value");
    QTest::newRow("lone dash") << s("-") << 0 << 1
                               << s("Expected a word, a \"phrase\" or field:value after \"-\"");
    QTest::newRow("dash between words") << s("vpn - timeout") << 4 << 1 << s("after \"-\"");
    QTest::newRow("double dash") << s("--vpn") << 1 << 1 << s("negated only once");
    QTest::newRow("value without field")
        << s(":value") << 0 << 1 << s("Expected a field name before \":\"");
    QTest::newRow("negated value without field")
        << s("-<5") << 1 << 1 << s("Expected a field name before \"<\"");
    QTest::newRow("quote inside a value") << s("group:a\"b") << 7 << 1 << s("Unexpected quote");
    QTest::newRow("quote inside a word") << s("vpn\"x\"") << 3 << 1 << s("Unexpected quote");
    QTest::newRow("text after phrase")
        << s("\"vpn\"x") << 5 << 1 << s("Expected a space after the closing quote");
    QTest::newRow("text after quoted value")
        << s("group:\"a\"b") << 9 << 1 << s("Expected a space or \",\"");
    QTest::newRow("tsquery prefix reads as a field")
        << s("vpn:*") << 0 << 3 << s("Unknown field \"vpn\"");
    QTest::newRow("sql in a date")
        << s("updated>\"2026-03-01'; --\"") << 8 << 17 << s("is not a date");
}

void tst_QueueParser::shouldReportErrorsWithPositions()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(QString, fragment);
    const ParseResult result = parseQueueQuery(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.position, position);
    QCOMPARE(result.error.length, length);
    // The message names the 1-based column of the span's start and says what was expected.
    QVERIFY2(result.error.message.contains(QStringLiteral("at column %1").arg(position + 1)),
             qPrintable(result.error.message));
    const QString withoutColumn =
        QString(result.error.message).remove(QStringLiteral(" at column %1").arg(position + 1));
    QVERIFY2(result.error.message.contains(fragment) || withoutColumn.contains(fragment),
             qPrintable(result.error.message));
}

void tst_QueueParser::shouldRejectControlCharacters()
{
    // NUL cannot be stored in PostgreSQL text: the parser refuses it, with its position.
    const QString nul = QStringLiteral("vpn") + QChar(0) + QStringLiteral("x");
    const ParseResult result = parseQueueQuery(nul);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.position, 3);
    QCOMPARE(result.error.length, 1);
    QVERIFY2(result.error.message.contains(QStringLiteral("U+0000 at column 4")),
             qPrintable(result.error.message));
    const QString bell = QStringLiteral("title:\"a") + QChar(7) + QStringLiteral("\"");
    QCOMPARE(parseQueueQuery(bell).error.position, 8);
    // Line breaks and tabs are whitespace, not errors.
    QVERIFY(parseQueueQuery(QStringLiteral("vpn\r\ntimeout\t")).ok());
}

void tst_QueueParser::shouldFormatQueriesThatParseBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("design example")
        << s("kind:incident state:new,assigned priority<=P2 group:\"Network Ops\" assignee:ME "
             "updated>-7d sla:breached \"vpn timeout\"")
        << s("kind:incident state:new,assigned priority<=2 group:\"Network Ops\" assignee:me "
             "updated>-7d sla:breached \"vpn timeout\"");
    QTest::newRow("escapes") << s("group:\"a\\\"b\",x -\"q\\\\z\" -vpn")
                             << s("group:\"a\\\"b\",x -\"q\\\\z\" -vpn");
    QTest::newRow("values with commas")
        << s("ci:\"a,b\" title:\"x' OR '1'='1\"") << s("ci:\"a,b\" title:\"x' OR '1'='1\"");
    QTest::newRow("negated dates")
        << s("-updated<=2026-03-01T10:00Z") << s("-updated<=2026-03-01T10:00:00.000Z");
}

void tst_QueueParser::shouldFormatQueriesThatParseBack()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    const ParseResult first = parseQueueQuery(text);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QCOMPARE(formatQueueQuery(*first.query), formatted);
    const ParseResult again = parseQueueQuery(formatted);
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    QCOMPARE(describe(*again.query, false), describe(*first.query, false));
}

void tst_QueueParser::shouldOfferFieldNamesAndValues()
{
    const QStringList names = queueFieldNames();
    for (const char *name :
         {"kind",          "number",        "sla",         "assignee", "requester",
          "group",         "service",       "ci",          "category", "state",
          "change_type",   "risk",          "known_error", "active",   "priority",
          "impact",        "urgency",       "opened",      "updated",  "resolved",
          "closed",        "planned_start", "planned_end", "title",    "description",
          "resolution_due"})
        QVERIFY2(names.contains(QString::fromLatin1(name)), name);
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);

    QCOMPARE(queueValueSuggestions(u"kind"),
             QStringList({s("incident"), s("request"), s("problem"), s("change")}));
    const QStringList states = queueValueSuggestions(u"STATE");
    for (const char *state : {"new", "assigned", "pending", "fulfilled", "known_error",
                              "awaiting_approval", "review", "cancelled", "rejected"})
        QVERIFY2(states.contains(QString::fromLatin1(state)), state);
    QCOMPARE(states.count(s("new")), 1);
    QCOMPARE(queueValueSuggestions(u"sla"),
             QStringList({s("ok"), s("warning"), s("breached"), s("paused")}));
    QCOMPARE(queueValueSuggestions(u"priority"),
             QStringList({s("P1"), s("P2"), s("P3"), s("P4"), s("P5")}));
    QCOMPARE(queueValueSuggestions(u"assignee"), QStringList({s("me"), s("none")}));
    QCOMPARE(queueValueSuggestions(u"group"), QStringList({s("me"), s("mine"), s("none")}));
    QCOMPARE(queueValueSuggestions(u"active"), QStringList({s("true"), s("false")}));
    QVERIFY(queueValueSuggestions(u"updated").contains(s("today")));
    QVERIFY(!queueValueSuggestions(u"updated").contains(s("none")));
    QVERIFY(queueValueSuggestions(u"resolved").contains(s("none")));
    QVERIFY(queueValueSuggestions(u"title").isEmpty());
    QVERIFY(queueValueSuggestions(u"bogus").isEmpty());
    // Every suggestion is a value the parser accepts.
    for (const QString &name : names) {
        for (const QString &value : queueValueSuggestions(name)) {
            const ParseResult result = parseQueueQuery(name + QLatin1Char(':') + value);
            QVERIFY2(result.ok(), qPrintable(result.error.message));
        }
    }
}

void tst_QueueParser::shouldResolveDatesAgainstNow_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("comparison");
    QTest::addColumn<QString>("expected"); // "[lower, upper)" style, '-' for unbounded

    const auto row = [](const char *name, const char *value, Comparison comparison,
                        const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(value) << int(comparison)
                            << QString::fromLatin1(expected);
    };
    row("day equal", "2026-03-01", Comparison::Equal,
        "[2026-03-01T00:00:00.000Z,2026-03-02T00:00:00.000Z)");
    row("day less", "2026-03-01", Comparison::Less, "-,2026-03-01T00:00:00.000Z)");
    row("day less-equal", "2026-03-01", Comparison::LessEqual, "-,2026-03-02T00:00:00.000Z)");
    row("day greater", "2026-03-01", Comparison::Greater, "[2026-03-02T00:00:00.000Z,-");
    row("day greater-equal", "2026-03-01", Comparison::GreaterEqual, "[2026-03-01T00:00:00.000Z,-");
    row("instant greater", "2026-03-01T10:00Z", Comparison::Greater, "(2026-03-01T10:00:00.000Z,-");
    row("instant less-equal", "2026-03-01T10:00Z", Comparison::LessEqual,
        "-,2026-03-01T10:00:00.000Z]");
    row("instant equal is its day", "2026-03-01T10:00Z", Comparison::Equal,
        "[2026-03-01T00:00:00.000Z,2026-03-02T00:00:00.000Z)");
    row("relative days", "-7d", Comparison::Greater, "(2026-03-03T12:00:00.000Z,-");
    row("relative hours", "-12h", Comparison::GreaterEqual, "[2026-03-10T00:00:00.000Z,-");
    row("relative minutes", "-30m", Comparison::Less, "-,2026-03-10T11:30:00.000Z)");
    row("relative weeks", "-2w", Comparison::Less, "-,2026-02-24T12:00:00.000Z)");
    row("future", "+3d", Comparison::LessEqual, "-,2026-03-13T12:00:00.000Z]");
    row("relative equal is its day", "-9d", Comparison::Equal,
        "[2026-03-01T00:00:00.000Z,2026-03-02T00:00:00.000Z)");
    row("today", "today", Comparison::GreaterEqual, "[2026-03-10T00:00:00.000Z,-");
    row("today equal", "today", Comparison::Equal,
        "[2026-03-10T00:00:00.000Z,2026-03-11T00:00:00.000Z)");
}

void tst_QueueParser::shouldResolveDatesAgainstNow()
{
    QFETCH(QString, value);
    QFETCH(int, comparison);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    const auto date = DateValue::parse(value);
    QVERIFY(date.has_value());
    const auto bounds = date->bounds(Comparison(comparison), now);
    const QString lower = bounds.lower.isValid() ? (bounds.lowerInclusive ? QStringLiteral("[")
                                                                          : QStringLiteral("(")) +
                                                       toIsoUtc(bounds.lower)
                                                 : QStringLiteral("-");
    const QString upper = bounds.upper.isValid() ? toIsoUtc(bounds.upper) +
                                                       (bounds.upperInclusive ? QStringLiteral("]")
                                                                              : QStringLiteral(")"))
                                                 : QStringLiteral("-");
    QCOMPARE(lower + QLatin1Char(',') + upper, expected);
}

void tst_QueueParser::shouldParseSortSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one") << s("priority") << s("priority");
    QTest::newRow("two") << s("priority,-updated") << s("priority,-updated");
    QTest::newRow("spaces, case and plus") << s(" -Updated , +KIND ") << s("-updated,kind");
    QTest::newRow("sla alias") << s("-sla,number") << s("-resolution_due,number");
    QTest::newRow("every field") << sortableFields().join(QLatin1Char(','))
                                 << sortableFields().join(QLatin1Char(','));
}

void tst_QueueParser::shouldParseSortSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    const auto keys = parseSortSpec(spec);
    QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().message));
    QCOMPARE(formatSortSpec(*keys), expected);
}

void tst_QueueParser::shouldRejectBadSortSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("misspelt")
        << s("priorty") << s("Unknown sort field \"priorty\" at column 1; did you mean priority?");
    QTest::newRow("unknown") << s("updated,-zzz")
                             << s("at column 9; sortable fields are: number, title");
    QTest::newRow("not sortable") << s("description") << s("Unknown sort field \"description\"");
    QTest::newRow("empty item") << s("priority,,updated") << s("Empty sort field at column 10");
    QTest::newRow("trailing comma") << s("priority,") << s("Empty sort field at column 10");
    QTest::newRow("lone dash") << s("-") << s("Unknown sort field \"\"");
    QTest::newRow("twice") << s("priority,-priority")
                           << s("\"priority\" at column 10 is already listed");
}

void tst_QueueParser::shouldRejectBadSortSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, fragment);
    const auto keys = parseSortSpec(spec);
    QVERIFY(!keys.ok());
    QVERIFY2(keys.error().message.contains(fragment), qPrintable(keys.error().message));
    QCOMPARE(sortableFields(),
             QStringList({s("number"), s("title"), s("state"), s("priority"), s("impact"),
                          s("urgency"), s("kind"), s("category"), s("assignee"), s("group"),
                          s("opened"), s("updated"), s("resolved"), s("closed"), s("planned_start"),
                          s("planned_end"), s("resolution_due")}));
}

QTEST_GUILESS_MAIN(tst_QueueParser)
#include "tst_queueparser.moc"
