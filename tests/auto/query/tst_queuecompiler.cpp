// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuefixture.h"

#include "storage/query/queuecompiler.h"
#include "storage/query/queuesort.h"

#include "core/query/queueparser.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

namespace {

const char *const all = "C1 C2 I1 I2 I3 I4 P1 R1";

struct Case
{
    const char *expression;
    const char *expected; // short names in number order
};

// Expected rows follow the table in queuefixture.h.
const Case filterCases[] = {
    {"", all},
    {"kind:incident", "I1 I2 I3 I4"},
    {"kind:change,problem", "C1 C2 P1"},
    {"-kind:incident", "C1 C2 P1 R1"},
    {"state:new,assigned", "I1 I2 R1"},
    {"state:draft", "C1 C2"},
    {"-state:draft", "I1 I2 I3 I4 P1 R1"},
    {"active:true", "C1 C2 I1 I2 I3 P1 R1"},
    {"active:false", "I4"},
    {"-active:true", "I4"},
    {"priority<=2", "I1 I4 P1"},
    {"priority<=P2", "I1 I4 P1"},
    {"priority:P5", "C2 I2"},
    {"priority>3", "C2 I2 R1"},
    {"priority>=4", "C2 I2 R1"},
    {"priority<2", "I1"},
    {"-priority<=2", "C1 C2 I2 I3 R1"},
    {"impact:1", "I1 I4 P1"},
    {"urgency>=2", "C1 C2 I2 I3 I4 P1 R1"},
    {"number:inc0000002,REQ0000001", "I2 R1"},
    {"-number:INC0000002", "C1 C2 I1 I3 I4 P1 R1"},
    {"assignee:alice", "I1 I4"},
    {"assignee:ALICE", "I1 I4"},
    {"-assignee:alice", "C1 C2 I2 I3 P1 R1"},
    {"assignee:none", "C2 I3 P1"},
    {"-assignee:none", "C1 I1 I2 I4 R1"},
    {"assignee:me", "I1 I4"},
    {"assignee:me,none", "C2 I1 I3 I4 P1"},
    {"-assignee:me,bob", "C1 C2 I3 P1"},
    {"assignee:nobody", ""},
    {"-assignee:nobody", all},
    {"requester:carol", "I2 R1"},
    {"requester:none", "C1 C2 I1 I3 I4 P1"},
    {"group:\"Network Ops\"", "C1 I1 I3 P1"},
    {"group:\"network ops\"", "C1 I1 I3 P1"},
    {"group:me", "C1 I1 I3 P1"},
    {"group:mine,\"Service Desk\"", "C1 I1 I2 I3 P1 R1"},
    {"group:none", "I4"},
    {"-group:\"Network Ops\"", "C2 I2 I4 R1"},
    {"group:\"a\\\"b\"", "C2"},
    {"ci:fw-edge-01", "C2 I1"},
    {"ci:core-switch-01", "C1"},
    {"ci:core-switch-01,fw-edge-01", "C1 C2 I1"},
    {"ci:none", "I2 I3 I4 P1 R1"},
    {"-ci:none", "C1 C2 I1"},
    {"-ci:core-switch-01", "C2 I1 I2 I3 I4 P1 R1"},
    {"service:mail-service", "I1"},
    {"service:none", "C1 C2 I2 I3 I4 P1 R1"},
    {"category:network", "I1"},
    {"category:hardware", "I2 R1"},
    {"category:none", "C1 C2 I3 I4 P1"},
    {"category:none,network", "C1 C2 I1 I3 I4 P1"},
    {"-category:hardware", "C1 C2 I1 I3 I4 P1"},
    {"known_error:true", "P1"},
    {"known_error:false", "C1 C2 I1 I2 I3 I4 R1"},
    {"change_type:emergency", "C2"},
    {"-change_type:emergency", "C1 I1 I2 I3 I4 P1 R1"},
    {"risk:high,low", "C1 C2"},
    {"title:vpn", "I1 I4 P1"},
    {"title:\"core switch\"", "C1"},
    {"-title:vpn", "C1 C2 I2 I3 R1"},
    {"description:timeout", "I1 I4"},
    {"-description:timeout", "C1 C2 I2 I3 P1 R1"},
    // Dates: now is 2026-03-10T12:00Z.
    {"updated>-1d", "I3"},
    {"updated>=-1d", "C2 I3"},
    {"updated>-7d", "C1 C2 I1 I3"},
    {"updated>=-7d", "C1 C2 I1 I3 P1"},
    {"updated:2026-03-01", "I4"},
    {"opened:2026-03-01", "I1 R1"},
    {"opened<2026-03-01", "I2 I4 P1"},
    {"opened<=2026-03-01", "I1 I2 I4 P1 R1"},
    {"opened>2026-03-01", "C1 C2 I3"},
    {"opened>=2026-03-01", "C1 C2 I1 I3 R1"},
    {"opened>2026-03-01T00:00:00Z", "C1 C2 I1 I3"},
    {"opened<=2026-03-01T00:00:00Z", "I2 I4 P1 R1"},
    {"opened:2026-03-01,2026-03-05", "I1 I3 R1"},
    {"updated:today", "I3"},
    {"updated<today", "C1 C2 I1 I2 I4 P1 R1"},
    {"opened:-9d", "I1 R1"},
    {"resolved:none", "C1 C2 I1 I2 I3 P1 R1"},
    {"-resolved:none", "I4"},
    {"resolved>=2026-03-01", "I4"},
    {"resolved<2026-03-01", ""},
    {"-resolved<2026-03-01", all},
    {"planned_start>=2026-04-01", "C1 C2"},
    {"planned_start<2026-05-01", "C1"},
    {"planned_start:2026-04-10", "C1"},
    {"planned_end:none", "I1 I2 I3 I4 P1 R1"},
    {"resolution_due<+8h", "I1 I4 R1"},
    {"resolution_due:none", "C1 C2 P1"},
    // SLA status at now.
    {"sla:breached", "I1"},
    {"sla:warning", "R1"},
    {"sla:ok", "I2"},
    {"sla:paused", "I3"},
    {"sla:ok,warning", "I2 R1"},
    {"-sla:breached", "C1 C2 I2 I3 I4 P1 R1"},
    // Full text over title and description.
    {"vpn", "I1 I4 P1"},
    {"VPN", "I1 I4 P1"},
    {"vpn timeout", "I1 I4"},
    {"\"vpn timeout\"", "I1"},
    {"vpn -timeout", "P1"},
    {"-\"vpn timeout\"", "C1 C2 I2 I3 I4 P1 R1"},
    {"timeouts", "P1"},
    {"printer", "I2"},
    {"vpn kind:problem", "P1"},
    {"*", all},
    {"\"vpn timeout\" -kind:problem priority<=2", "I1"},
    {"kind:incident state:new,assigned priority<=2 group:\"Network Ops\" assignee:me "
     "updated>-7d sla:breached \"vpn timeout\"",
     "I1"},
    // SQL in values is data.
    {"title:\"x' OR '1'='1\"", "C2"},
    {"title:%", ""},
    {"title:_", ""},
    {"\"'; DROP TABLE tickets; --\"", ""},
};

const Case sortCases[] = {
    {"", all},
    {"priority", "I1 I4 P1 C1 I3 R1 C2 I2"},
    {"-priority", "I2 C2 R1 I3 C1 P1 I4 I1"}, // ties: number, descending too
    {"-updated", "I3 C2 I1 C1 P1 R1 I4 I2"},
    {"resolution_due", "I4 I1 R1 I3 I2 C1 C2 P1"},
    {"-sla", "P1 C2 C1 I2 I3 R1 I1 I4"},
    {"kind,-priority", "C2 C1 I2 I3 I4 I1 P1 R1"},
    {"number", all},
    {"-number", "R1 P1 I4 I3 I2 I1 C2 C1"},
    {"state,title", "I2 C2 C1 P1 R1 I1 I3 I4"},
    {"opened", "P1 I4 I2 R1 I1 I3 C1 C2"},
    {"planned_start", "C1 C2 I1 I2 I3 I4 P1 R1"},
};

#define SD_QUEUE_FIXTURE(var)                                                                      \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto var##Made = Test::makeQueueFixture(*testDb);                                              \
    QVERIFY2(var##Made.ok(), qPrintable(var##Made.ok() ? QString() : var##Made.error().message));  \
    Test::QueueFixture &var = *var##Made

} // namespace

class tst_QueueCompiler : public QObject
{
    Q_OBJECT

private slots:
    void shouldFilterTickets_data() { Test::addDriverRows(); }
    void shouldFilterTickets();
    void shouldSortWithAStableTieBreaker_data() { Test::addDriverRows(); }
    void shouldSortWithAStableTieBreaker();
    void shouldKeepHostileInputOutOfSql_data() { Test::addDriverRows(); }
    void shouldKeepHostileInputOutOfSql();
    void shouldRefuseQueriesItCannotCompile();
    void shouldCompileEmptyQueriesAndSortsPlainly();
};

void tst_QueueCompiler::shouldFilterTickets()
{
    SD_QUEUE_FIXTURE(f);
    QStringList failures;
    for (const Case &test : filterCases) {
        const QString actual = f.run(QString::fromUtf8(test.expression));
        if (actual != QLatin1String(test.expected))
            failures << QStringLiteral("%1\n    expected: %2\n    actual:   %3")
                            .arg(QString::fromUtf8(test.expression),
                                 QString::fromLatin1(test.expected), actual);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void tst_QueueCompiler::shouldSortWithAStableTieBreaker()
{
    SD_QUEUE_FIXTURE(f);
    QStringList failures;
    for (const Case &test : sortCases) {
        const QString actual = f.run(QString(), QString::fromLatin1(test.expression));
        if (actual != QLatin1String(test.expected))
            failures << QStringLiteral("--sort %1\n    expected: %2\n    actual:   %3")
                            .arg(QString::fromLatin1(test.expression),
                                 QString::fromLatin1(test.expected), actual);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    // Filter and sort together.
    QCOMPARE(f.run(QStringLiteral("kind:incident"), QStringLiteral("-priority")),
             QStringLiteral("I2 I3 I4 I1"));
    // Assignee and group sort by id: rows of one value stay together, empty ones go last
    // ascending and first descending, ties in number order (in the key's direction).
    const QStringList byAssignee =
        f.run(QString(), QStringLiteral("assignee")).split(QLatin1Char(' '));
    QCOMPARE(byAssignee.mid(5),
             QStringList({QStringLiteral("C2"), QStringLiteral("I3"), QStringLiteral("P1")}));
    QCOMPARE(
        qAbs(byAssignee.indexOf(QStringLiteral("I1")) - byAssignee.indexOf(QStringLiteral("I4"))),
        1);
    const QStringList byAssigneeDown =
        f.run(QString(), QStringLiteral("-assignee")).split(QLatin1Char(' '));
    QCOMPARE(byAssigneeDown.mid(0, 3),
             QStringList({QStringLiteral("P1"), QStringLiteral("I3"), QStringLiteral("C2")}));
    const QStringList byGroup = f.run(QString(), QStringLiteral("group")).split(QLatin1Char(' '));
    QCOMPARE(byGroup.last(), QStringLiteral("I4"));
    const QString groups = byGroup.join(QLatin1Char(' '));
    QVERIFY2(groups.contains(QStringLiteral("C1 I1 I3 P1")), qPrintable(groups));
    QVERIFY2(groups.contains(QStringLiteral("I2 R1")), qPrintable(groups));
}

void tst_QueueCompiler::shouldKeepHostileInputOutOfSql()
{
    SD_QUEUE_FIXTURE(f);
    const QString longWord(100000, QLatin1Char('a'));
    const QStringList inputs = {
        QStringLiteral("\"'; DROP TABLE tickets; --\""),
        QStringLiteral("'; DROP TABLE tickets; --"),
        QStringLiteral("'; DROP TABLE tickets; -- x"),
        QStringLiteral("title:\"x' OR '1'='1\""),
        QStringLiteral("x' OR '1'='1"),
        QStringLiteral("/* */"),
        QStringLiteral("/*"),
        QStringLiteral("group:\"a\\\"b\""),
        QStringLiteral("group:\"'); DELETE FROM users; --\""),
        QStringLiteral("assignee:\"alice' --\" number:\"INC0000001' OR 1=1 --\""),
        QStringLiteral("category:\"' OR ''='\" ci:\"\\\\\""),
        QStringLiteral("vpn") + QChar(0) + QStringLiteral("timeout"),
        QStringLiteral("title:\"") + QChar(0) + QStringLiteral("\""),
        longWord,
        QStringLiteral("-") + longWord,
        QStringLiteral("\"") + longWord + QStringLiteral(" b\""),
        QStringLiteral("title:") + longWord,
        QStringLiteral("category:") + longWord,
        longWord + QStringLiteral(":x"),
        QString::fromUtf8("Ünïcödé 日本語 🚀 \"emoji 🚀 ok\" -ß category:\"Ümlaut\" title:日本"),
        QStringLiteral("title:") + QChar(0xD800) + QStringLiteral(" ") + QChar(0xDC00),
        QStringLiteral("NEAR(vpn timeout) NEAR vpn* ^vpn -vpn AND OR NOT (vpn) {title} col:x"),
        QStringLiteral("\"vpn\" \"timeout\"* \"a\"\"b\" \"\\\"\""),
        QStringLiteral("vpn & timeout | printer !vpn vpn:* 'vpn' <-> !!x"),
        QStringLiteral("\"vpn & !timeout:*\" \"a | b\" \"(x\" \"x)\""),
        QStringLiteral("% _ \\ ; -- ' \" "),
        QStringLiteral("updated>\"2026-03-01'; --\""),
        QStringLiteral("priority<=\"1 OR 1=1\""),
        QStringLiteral("title:% title:_ title:'%'"),
    };
    QStringList failures;
    for (const QString &input : inputs) {
        const QString label = input.left(60);
        const Query::ParseResult parsed = Query::parseQueueQuery(input);
        if (parsed.ok()) {
            const auto compiled = compileQueueQuery(*parsed.query, f.db->dialect(), f.context());
            if (!compiled) {
                failures << label + QStringLiteral(": compile error ") + compiled.error().message;
                continue;
            }
            // No quote or user text in the SQL: only the compiler's own words and placeholders.
            const QString sql = QString(compiled->where).remove(QStringLiteral("'simple'"));
            if (sql.contains(QLatin1Char('\'')) || sql.contains(QLatin1String("DROP")) ||
                sql.contains(QLatin1String("/*")) || sql.contains(QLatin1String("--")) ||
                sql.count(QLatin1Char('?')) != compiled->binds.size())
                failures << label + QStringLiteral(": suspicious SQL ") + compiled->where;
            const QString result = f.run(input);
            if (result.startsWith(QLatin1String("SQL error")))
                failures << label + QStringLiteral(": ") + result.left(300);
        } else if (parsed.error.position < 0 || parsed.error.position > input.size() ||
                   parsed.error.message.size() > 1000) {
            failures << label + QStringLiteral(": bad parse error ") + parsed.error.message;
        }
        if (f.ticketCount() != 8)
            failures << label + QStringLiteral(": tickets table changed");
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    // The rows and the other tables are all still there.
    QCOMPARE(f.run(QString()), QString::fromLatin1(all));
    QCOMPARE(f.run(QStringLiteral("assignee:alice")), QStringLiteral("I1 I4"));
    // Values that look like SQL are compared as text.
    QCOMPARE(f.run(QStringLiteral("title:\"x' OR '1'='1\"")), QStringLiteral("C2"));
    QCOMPARE(f.run(QStringLiteral("'; DROP TABLE tickets; --")).left(12),
             QStringLiteral("parse error:"));
    QCOMPARE(f.run(longWord), QString());
    QCOMPARE(f.run(QStringLiteral("-") + longWord), QString::fromLatin1(all));
}

void tst_QueueCompiler::shouldRefuseQueriesItCannotCompile()
{
    using Query::Comparison;
    using Query::FieldTerm;
    const auto compile = [](const QList<FieldTerm> &fields,
                            const QUuid &actor = QUuid::createUuid()) {
        Query::QueueQuery query;
        query.fields = fields;
        return compileQueueQuery(query, Dialect::Sqlite, {actor, QDateTime::currentDateTimeUtc()});
    };
    const auto message = [](const Result<CompiledQueueQuery> &result) {
        return result.ok() ? QStringLiteral("(compiled: %1)").arg(result->where)
                           : result.error().message;
    };
    const auto term = [](const char *field, Comparison comparison, const QStringList &values) {
        return FieldTerm{QString::fromLatin1(field), comparison, values, false, 0, 0};
    };
    // `me` needs an acting user.
    auto noActor = compile({term("assignee", Comparison::Equal, {QStringLiteral("me")})}, QUuid());
    QVERIFY2(!noActor.ok() && message(noActor).contains(QLatin1String("\"me\"")),
             qPrintable(message(noActor)));
    // Queries built in code are checked like parsed ones.
    const QList<QPair<FieldTerm, QString>> bad = {
        {term("bogus", Comparison::Equal, {QStringLiteral("x")}), QStringLiteral("Unknown field")},
        {term("state", Comparison::Less, {QStringLiteral("new")}), QStringLiteral("has no order")},
        {term("state", Comparison::Equal, {QStringLiteral("bogus")}),
         QStringLiteral("is not a state")},
        {term("priority", Comparison::LessEqual, {QStringLiteral("1"), QStringLiteral("2")}),
         QStringLiteral("single value")},
        {term("updated", Comparison::Greater, {QStringLiteral("'; DROP")}),
         QStringLiteral("is not a date")},
        {term("kind", Comparison::Equal, {}), QStringLiteral("needs a value")},
        {term("title", Comparison::Equal, {QStringLiteral("a") + QChar(0)}),
         QStringLiteral("U+0000")},
    };
    for (const auto &[badTerm, fragment] : bad) {
        const auto result = compile({badTerm});
        QVERIFY2(!result.ok() && message(result).contains(fragment), qPrintable(message(result)));
    }
    // Values in a hand-built query are normalised as the parser would.
    const auto priority = compile({term("PRIORITY", Comparison::Equal, {QStringLiteral("p1")})});
    QVERIFY2(priority.ok(), qPrintable(message(priority)));
    QCOMPARE(priority->binds, QVariantList({1}));
    // Unknown sort keys are refused too.
    QVERIFY(
        !compileQueueSort({{QStringLiteral("t.id; DROP TABLE tickets"), false}}, Dialect::Sqlite)
             .ok());
}

void tst_QueueCompiler::shouldCompileEmptyQueriesAndSortsPlainly()
{
    for (Dialect dialect : {Dialect::Sqlite, Dialect::Postgres}) {
        const auto empty = compileQueueQuery({}, dialect, {});
        QVERIFY(empty.ok());
        QCOMPARE(empty->where, QStringLiteral("1=1"));
        QVERIFY(empty->binds.isEmpty());
        const bool sqlite = dialect == Dialect::Sqlite;
        QCOMPARE(*compileQueueSort({}, dialect), QStringLiteral("t.number ASC"));
        // Ties follow the last key's direction: one index scan either way.
        QCOMPARE(
            *compileQueueSort(
                {{QStringLiteral("priority"), false}, {QStringLiteral("updated"), true}}, dialect),
            QStringLiteral("t.priority ASC, t.updated DESC, t.number DESC"));
        QCOMPARE(*compileQueueSort({{QStringLiteral("sla"), false}}, dialect),
                 sqlite ? QStringLiteral("t.resolution_due IS NULL ASC, t.resolution_due ASC, "
                                         "t.number ASC")
                        : QStringLiteral("t.resolution_due ASC NULLS LAST, t.number ASC"));
        QCOMPARE(*compileQueueSort({{QStringLiteral("assignee"), true}}, dialect),
                 sqlite ? QStringLiteral("t.assignee_id IS NULL DESC, t.assignee_id DESC, "
                                         "t.number DESC")
                        : QStringLiteral("t.assignee_id DESC NULLS FIRST, t.number DESC"));
        QCOMPARE(*compileQueueSort({{QStringLiteral("number"), true}}, dialect),
                 QStringLiteral("t.number DESC"));
        // The reversed order is the same total order backwards.
        const auto stable = stableSortKeys({{QStringLiteral("SLA"), true}});
        QVERIFY(stable.ok());
        QCOMPARE(*stable, QList<Query::SortKey>({{QStringLiteral("resolution_due"), true},
                                                 {QStringLiteral("number"), true}}));
        QCOMPARE(reversedSortKeys(*stable),
                 QList<Query::SortKey>({{QStringLiteral("resolution_due"), false},
                                        {QStringLiteral("number"), false}}));
    }
    // Full text per dialect: FTS5 strings with quotes doubled; tsquery functions on PostgreSQL.
    const auto parsed = Query::parseQueueQuery(QStringLiteral("vpn \"a\\\"b c\" -x"));
    QVERIFY(parsed.ok());
    const auto sqlite = compileQueueQuery(*parsed.query, Dialect::Sqlite, {});
    QVERIFY(sqlite.ok());
    QCOMPARE(sqlite->binds,
             QVariantList({QStringLiteral("\"vpn\" \"a\"\"b c\""), QStringLiteral("\"x\"")}));
    QVERIFY(
        sqlite->where.contains(QLatin1String("NOT (t.rowid IN (SELECT rowid FROM tickets_fts")));
    const auto postgres = compileQueueQuery(*parsed.query, Dialect::Postgres, {});
    QVERIFY(postgres.ok());
    QCOMPARE(postgres->binds,
             QVariantList({QStringLiteral("vpn"), QStringLiteral("a\"b c"), QStringLiteral("x")}));
    QVERIFY(postgres->where.contains(QLatin1String("phraseto_tsquery('simple', ?)")));
}

QTEST_GUILESS_MAIN(tst_QueueCompiler)
#include "tst_queuecompiler.moc"
