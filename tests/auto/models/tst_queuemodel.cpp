// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "models/queuemodel.h"
#include "models/queuepage.h"
#include "storage/directoryrepository.h"
#include "storage/query/queuecompiler.h"
#include "storage/query/queuesort.h"
#include "storage/seed/seeder.h"
#include "storage/slarepository.h"
#include "storage/ticketrepository.h"

#include "core/query/queueparser.h"

#include "storage/nativequery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ServiceDeck;
using Models::QueueModel;
namespace Internal = Models::Internal;
using Storage::Database;

namespace {

// 700 tickets and changes: seven pages, so both halves of a result are read, backwards too.
Result<QUuid> seed(Database &db)
{
    auto admin = Storage::DirectoryRepository(db).ensureAdmin();
    if (!admin)
        return admin.error();
    Storage::SeedOptions options;
    options.tickets = 680;
    options.cis = 60;
    options.changes = 20;
    options.randomSeed = 7;
    options.until = QDate::currentDate().addDays(-1);
    if (auto report = Storage::Seeder(db).run(options); !report)
        return report.error();
    return admin->id;
}

Query::QueueQuery parsed(const QString &expression)
{
    return Query::parseQueueQuery(expression).query.value_or(Query::QueueQuery());
}

// What `servicedeck-cli query EXPR --sort SPEC` lists, by number.
QStringList expectedNumbers(Database &db, const QUuid &actor, const QString &expression,
                            const QString &sortSpec)
{
    const auto compiled = Storage::compileQueueQuery(parsed(expression), db.dialect(),
                                                     {actor, QDateTime::currentDateTimeUtc()});
    const auto keys = Query::parseSortSpec(sortSpec);
    const auto orderBy = Storage::compileQueueSort(*keys, db.dialect());
    if (!compiled || !orderBy)
        return {QStringLiteral("<does not compile>")};
    const auto tickets = Storage::TicketRepository(db).find(compiled->where, compiled->binds,
                                                            *orderBy);
    QStringList numbers;
    for (const Ticket &ticket : *tickets)
        numbers << ticket.number;
    return numbers;
}

// The model's rows, read last to first and then first to last (the later pages come from the
// reversed order), so both directions and the page cache's eviction are exercised.
QStringList modelNumbers(const QueueModel &model)
{
    QStringList backwards;
    for (int row = model.rowCount() - 1; row >= 0; --row)
        backwards.prepend(model.index(row, 0).data(QueueModel::NumberRole).toString());
    QStringList forwards;
    for (int row = 0; row < model.rowCount(); ++row)
        forwards << model.index(row, 0).data(QueueModel::NumberRole).toString();
    return backwards == forwards ? forwards : QStringList{QStringLiteral("<unstable>")};
}

// Every field of a page's rows as text, nulls marked, for comparing two ways of reading.
QStringList rowTexts(const QList<Internal::QueueRow> &rows)
{
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("<null>") : value;
    };
    const auto when = [](const QDateTime &value) {
        return value.isValid() ? value.toString(Qt::ISODateWithMs) : QStringLiteral("<none>");
    };
    QStringList texts;
    for (const Internal::QueueRow &row : rows) {
        texts << QStringList{row.id.toString(),
                             text(row.number),
                             text(row.kind),
                             text(row.title),
                             text(row.state),
                             text(row.category),
                             text(row.assignee),
                             text(row.requester),
                             text(row.group),
                             text(row.service),
                             text(row.ci),
                             QString::number(row.priority),
                             QString::number(row.impact),
                             QString::number(row.urgency),
                             when(row.opened),
                             when(row.updated),
                             when(row.resolved),
                             when(row.closed),
                             when(row.plannedStart),
                             when(row.plannedEnd),
                             when(row.due.responseDue),
                             when(row.due.resolutionDue),
                             when(row.due.warningAt),
                             when(row.pendingSince),
                             QString::number(row.resolutionMinutes),
                             row.calendarId.toString()}
                     .join(QLatin1Char('|'));
    }
    return texts;
}

#define SD_QUEUE_DB(db, actor)                                                                     \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto db##Opened = testDb->open();                                                              \
    QVERIFY2(db##Opened.ok(), qPrintable(db##Opened.ok() ? QString() : db##Opened.error().message)); \
    Database &db = **db##Opened;                                                                   \
    auto actor##Seeded = seed(db);                                                                 \
    QVERIFY2(actor##Seeded.ok(),                                                                   \
             qPrintable(actor##Seeded.ok() ? QString() : actor##Seeded.error().message));          \
    [[maybe_unused]] const QUuid actor = *actor##Seeded

} // namespace

class tst_QueueModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldListWhatTheQueryListsInBothHalves_data() { Test::addDriverRows(); }
    void shouldListWhatTheQueryListsInBothHalves();
    void shouldResortByColumn_data() { Test::addDriverRows(); }
    void shouldResortByColumn();
    void shouldChangeColumnsAndShowReferences_data() { Test::addDriverRows(); }
    void shouldChangeColumnsAndShowReferences();
    void shouldShowSlaClocks_data() { Test::addDriverRows(); }
    void shouldShowSlaClocks();
    void shouldReportBadQueriesAsErrors_data() { Test::addDriverRows(); }
    void shouldReportBadQueriesAsErrors();
    void shouldRefreshAfterAnInsert_data() { Test::addDriverRows(); }
    void shouldRefreshAfterAnInsert();
    void shouldTickOnlyTheSlaColumn_data() { Test::addDriverRows(); }
    void shouldTickOnlyTheSlaColumn();
    void shouldPageFullTextAlikeByEitherPlan_data() { Test::addDriverRows(); }
    void shouldPageFullTextAlikeByEitherPlan();
    void shouldReadPagesAlikeThroughSqliteAndQt_data() { Test::addDriverRows(); }
    void shouldReadPagesAlikeThroughSqliteAndQt();
};

void tst_QueueModel::shouldListWhatTheQueryListsInBothHalves()
{
    SD_QUEUE_DB(db, actor);
    QueueModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActor(actor);
    const QStringList expressions = {
        QString(), QStringLiteral("active:true"), QStringLiteral("kind:incident priority<=3"),
        QStringLiteral("-state:closed"), QStringLiteral("assignee:none,me"),
        QStringLiteral("vpn"), QStringLiteral("updated>-400d kind:incident,request")};
    const QStringList sorts = {QString(),
                               QStringLiteral("-updated"),
                               QStringLiteral("title"),
                               QStringLiteral("-assignee"),
                               QStringLiteral("category"),
                               QStringLiteral("priority,-opened"),
                               QStringLiteral("-sla"),
                               QStringLiteral("-state")};
    for (const QString &expression : expressions) {
        QVERIFY2(model.setQuery(parsed(expression)).ok(), qPrintable(model.lastError()));
        for (const QString &sort : sorts) {
            model.setSortKeys(*Query::parseSortSpec(sort));
            const QStringList expected = expectedNumbers(db, actor, expression, sort);
            QCOMPARE(model.totalCount(), expected.size());
            QCOMPARE(modelNumbers(model), expected);
            if (expression.isEmpty()) // the halves really are apart
                QVERIFY(expected.size() > 4 * QueueModel::PageSize);
        }
    }
}

void tst_QueueModel::shouldResortByColumn()
{
    SD_QUEUE_DB(db, actor);
    QueueModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery({}).ok());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QStringList columns = model.columnFields();
    for (const QString &field : {QStringLiteral("title"), QStringLiteral("sla"),
                                 QStringLiteral("priority"), QStringLiteral("group")}) {
        QVERIFY(columns.contains(field));
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(int(columns.indexOf(field)), order);
            const QString spec = (order == Qt::DescendingOrder ? QStringLiteral("-") : QString()) +
                                 field;
            QCOMPARE(model.sortKeys(), *Query::parseSortSpec(spec));
            QCOMPARE(modelNumbers(model), expectedNumbers(db, actor, QString(), spec));
        }
    }
    QCOMPARE(resets.size(), 8);
    // A column without an order (the service's name) leaves the sort alone.
    model.setColumnFields({QStringLiteral("number"), QStringLiteral("service")});
    const auto before = model.sortKeys();
    model.sort(1, Qt::AscendingOrder);
    QCOMPARE(model.sortKeys(), before);
}

void tst_QueueModel::shouldChangeColumnsAndShowReferences()
{
    SD_QUEUE_DB(db, actor);
    QueueModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(parsed(QStringLiteral("-assignee:none -group:none"))).ok());
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(QueueModel::defaultColumns(), model.columnFields());
    QVERIFY(QueueModel::availableColumns().contains(QStringLiteral("sla")));
    model.setColumnFields({QStringLiteral("number"), QStringLiteral("assignee"),
                           QStringLiteral("bogus"), QStringLiteral("group"),
                           QStringLiteral("priority"), QStringLiteral("number")});
    QCOMPARE(model.columnFields(),
             QStringList({QStringLiteral("number"), QStringLiteral("assignee"),
                          QStringLiteral("group"), QStringLiteral("priority")}));
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(1, Qt::Horizontal, QueueModel::FieldRole).toString(),
             QStringLiteral("assignee"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Assignee"));
    const QString number = model.index(0, 0).data().toString();
    const auto ticket = Storage::TicketRepository(db).findByNumber(number);
    QVERIFY(ticket.ok());
    QCOMPARE(model.index(0, 0).data(QueueModel::NumberRole).toString(), number);
    QCOMPARE(model.index(0, 2).data(QueueModel::IdRole).toString(),
             ticket->id.toString(QUuid::WithoutBraces));
    QCOMPARE(model.index(0, 1).data().toString(), ticket->fields.value(QStringLiteral("assignee")));
    QCOMPARE(model.index(0, 2).data().toString(), ticket->fields.value(QStringLiteral("group")));
    QCOMPARE(model.index(0, 3).data().toString(),
             QStringLiteral("P") + ticket->fields.value(QStringLiteral("priority")));
    QCOMPARE(model.index(0, 3).data(QueueModel::PriorityRole).toInt(),
             ticket->fields.value(QStringLiteral("priority")).toInt());
}

void tst_QueueModel::shouldShowSlaClocks()
{
    SD_QUEUE_DB(db, actor);
    QueueModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int sla = int(model.columnFields().indexOf(QStringLiteral("sla")));
    Storage::SlaRepository slas(db);
    int clocks = 0;
    for (const QString &state :
         {QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("breached"),
          QStringLiteral("paused")}) {
        QVERIFY(model.setQuery(parsed(QStringLiteral("sla:") + state)).ok());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, sla);
            QCOMPARE(index.data(QueueModel::SlaStateRole).toString(), state);
            const auto status = slas.status(QUuid(index.data(QueueModel::IdRole).toString()),
                                            QDateTime::currentDateTimeUtc());
            QVERIFY(status.ok());
            QCOMPARE(slaStateName(status->state), state);
            QVERIFY(qAbs(status->leftSeconds -
                         index.data(QueueModel::SlaLeftSecondsRole).toLongLong()) <= 120);
            QVERIFY(qAbs(status->usedShare -
                         index.data(QueueModel::SlaUsedShareRole).toDouble()) < 0.01);
            QCOMPARE(index.data().toString(), formatDuration(index.data(
                                                  QueueModel::SlaLeftSecondsRole).toLongLong()));
            // A screen reader hears the state in words, not only the time left
            const QString spoken = index.data(Qt::AccessibleTextRole).toString();
            QVERIFY2(spoken.contains(state == u"ok" ? QStringLiteral("on track")
                                     : state == u"warning" ? QStringLiteral("at risk")
                                                           : state,
                                     Qt::CaseInsensitive),
                     qPrintable(spoken));
            ++clocks;
        }
    }
    QVERIFY(clocks > 0);
    // Tickets nobody works on any more have no clock.
    QVERIFY(model.setQuery(parsed(QStringLiteral("state:closed"))).ok());
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, sla).data(QueueModel::SlaStateRole).toString(), QString());
    QCOMPARE(model.index(0, sla).data().toString(), QString());
    QVERIFY(!model.index(0, sla).data(QueueModel::SlaLeftSecondsRole).isValid());
}

void tst_QueueModel::shouldReportBadQueriesAsErrors()
{
    SD_QUEUE_DB(db, actor);
    QueueModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery({}).ok());
    QVERIFY(model.rowCount() > 0);
    QSignalSpy errors(&model, &QueueModel::errorOccurred);
    QSignalSpy counts(&model, &QueueModel::totalCountChanged);
    // Built in code, past the parser: the compiler refuses it.
    Query::QueueQuery bad;
    bad.fields << Query::FieldTerm{QStringLiteral("bogus"), Query::Comparison::Equal,
                                   {QStringLiteral("x")}};
    const auto refused = model.setQuery(bad);
    QVERIFY(!refused.ok());
    QVERIFY(model.lastError().contains(QLatin1String("bogus")));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    // `me` without an actor.
    QVERIFY(!model.setQuery(parsed(QStringLiteral("assignee:me"))).ok());
    QCOMPARE(errors.size(), 2);
    QCOMPARE(model.rowCount(), 0);
    // A good query recovers.
    model.setActor(actor);
    QVERIFY(model.setQuery(parsed(QStringLiteral("assignee:me,none"))).ok());
    QVERIFY(model.lastError().isEmpty());
    QVERIFY(model.rowCount() > 0);
    // An unknown sort key is an error and changes nothing.
    const auto keys = model.sortKeys();
    model.setSortKeys({{QStringLiteral("nonsense"), false}});
    QCOMPARE(errors.size(), 3);
    QCOMPARE(model.sortKeys(), keys);
    QVERIFY(model.rowCount() > 0);
}

void tst_QueueModel::shouldRefreshAfterAnInsert()
{
    SD_QUEUE_DB(db, actor);
    QueueModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActor(actor);
    model.setSortKeys({{QStringLiteral("number"), true}});
    QVERIFY(model.setQuery(parsed(QStringLiteral("kind:incident"))).ok());
    const qint64 before = model.totalCount();
    QCOMPARE(model.index(5, 0).data().isValid(), true); // a page is held
    auto created = Storage::TicketRepository(db).create(
        TicketKind::Incident,
        {{QStringLiteral("title"), QStringLiteral("Queue model refresh")},
         {QStringLiteral("impact"), QStringLiteral("1")},
         {QStringLiteral("urgency"), QStringLiteral("1")}},
        actor);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(model.totalCount(), before); // nothing moves until asked
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counts(&model, &QueueModel::totalCountChanged);
    model.refresh();
    QCOMPARE(model.totalCount(), before + 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.index(0, 0).data(QueueModel::NumberRole).toString(), created->number);
    QCOMPARE(modelNumbers(model),
             expectedNumbers(db, actor, QStringLiteral("kind:incident"), QStringLiteral("-number")));
}

void tst_QueueModel::shouldTickOnlyTheSlaColumn()
{
    SD_QUEUE_DB(db, actor);
    QueueModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery({}).ok());
    QVERIFY(model.rowCount() > QueueModel::PageSize);
    const int sla = int(model.columnFields().indexOf(QStringLiteral("sla")));
    model.index(0, 0).data();
    model.index(model.rowCount() - 1, 0).data(); // two pages held, far apart
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setSlaRefreshInterval(30);
    QCOMPARE(model.slaRefreshInterval(), 30);
    QTRY_VERIFY(changed.size() >= 2);
    model.setSlaRefreshInterval(0);
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), sla);
        QCOMPARE(bottomRight.column(), sla);
        QVERIFY(topLeft.row() % QueueModel::PageSize == 0);
        QVERIFY(signal.at(2).value<QList<int>>().contains(QueueModel::SlaLeftSecondsRole));
        QVERIFY(signal.at(2).value<QList<int>>().contains(Qt::AccessibleTextRole));
    }
    QCOMPARE(resets.size(), 0);
    // Without an SLA column nothing needs painting.
    model.setColumnFields({QStringLiteral("number")});
    changed.clear();
    model.setSlaRefreshInterval(10);
    QTest::qWait(60);
    QCOMPARE(changed.size(), 0);
}

QTEST_GUILESS_MAIN(tst_QueueModel)
void tst_QueueModel::shouldPageFullTextAlikeByEitherPlan()
{
    // Given full-text queues of few and of many hits, sorted several ways
    SD_QUEUE_DB(db, actor);
    Internal::QueuePageReader reader(db);
    for (const QString &expression :
         {QStringLiteral("vpn"), QStringLiteral("printer -toner"), QStringLiteral("the"),
          QStringLiteral("kind:incident \"cannot\"")}) {
        for (const QString &sort : {QStringLiteral("-updated"), QStringLiteral("title"),
                                    QStringLiteral("-assignee,priority")}) {
            const auto compiled = Storage::compileQueueQuery(
                parsed(expression), db.dialect(), {actor, QDateTime::currentDateTimeUtc()});
            QVERIFY(compiled.ok());
            auto sql = Internal::QueuePageReader::compile(compiled->where, compiled->binds,
                                                          *Query::parseSortSpec(sort), db,
                                                          compiled->sortIndexWhere);
            QVERIFY(sql.ok());
            const auto total = reader.count(*sql);
            QVERIFY(total.ok());
            // When every row is read in pages of 7 by one plan and then by the other
            QStringList byPlan[2];
            for (const bool bySortIndex : {false, true}) {
                for (qint64 first = 0; first < *total; first += 7) {
                    bool reversed = false;
                    const qint64 count = std::min<qint64>(7, *total - first);
                    const QVariantList binds =
                        reader.pageBinds(*sql, first, count, *total, &reversed);
                    auto page = db.exec(reader.pageStatement(*sql, reversed, bySortIndex), binds);
                    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
                    while (page->next())
                        byPlan[bySortIndex] << page->value(1).toString();
                }
            }
            // Then both list the queue's rows in the same order
            QCOMPARE(byPlan[1], byPlan[0]);
            QCOMPARE(byPlan[0], expectedNumbers(db, actor, expression, sort));
        }
    }
}

void tst_QueueModel::shouldReadPagesAlikeThroughSqliteAndQt()
{
    // Given a seeded SQLite database with a ticket titled beyond ASCII
    SD_TEST_DATABASE(testDb);
    if (driver != QLatin1String("QSQLITE"))
        QSKIP("SQLite's C API reads SQLite only");
    auto opened = testDb->open();
    QVERIFY(opened.ok());
    Database &db = **opened;
    auto actor = seed(db);
    QVERIFY(actor.ok());
    const QString title = QStringLiteral("Drucker im 2. OG – Grüße ✓ 😀");
    QVERIFY(Storage::TicketRepository(db)
                .create(TicketKind::Incident,
                        {{QStringLiteral("title"), title},
                         {QStringLiteral("impact"), QStringLiteral("2")},
                         {QStringLiteral("urgency"), QStringLiteral("2")}},
                        *actor)
                .ok());
    // and a page reader on SQLite's C API, where this build has it, and one on Qt's driver
    Internal::QueuePageReader direct(db);
    qputenv("SERVICEDECK_SQLITE_QT_BINDING", "1");
    const bool forced = !Storage::NativeQuery::isAvailable(db);
    Internal::QueuePageReader throughQt(db);
    qunsetenv("SERVICEDECK_SQLITE_QT_BINDING");
    QVERIFY(forced);
#ifdef SERVICEDECK_SQLITE_C_API
    QVERIFY(Storage::NativeQuery::isAvailable(db));
#endif

    for (const QString &expression : {QString(), QStringLiteral("assignee:none active:true"),
                                      QStringLiteral("printer"), QStringLiteral("Grüße")}) {
        for (const QString &sort : {QStringLiteral("-updated"), QStringLiteral("title"),
                                    QStringLiteral("-assignee,priority")}) {
            const auto compiled = Storage::compileQueueQuery(
                parsed(expression), db.dialect(), {*actor, QDateTime::currentDateTimeUtc()});
            QVERIFY(compiled.ok());
            auto sql = Internal::QueuePageReader::compile(compiled->where, compiled->binds,
                                                          *Query::parseSortSpec(sort), db,
                                                          compiled->sortIndexWhere);
            QVERIFY(sql.ok());
            // When both count the queue and read its first, a middle and its last page
            const auto total = direct.count(*sql);
            QVERIFY(total.ok());
            QCOMPARE(*total, *throughQt.count(*sql));
            QVERIFY2(*total > 0, qPrintable(expression));
            QStringList read[2];
            for (const qint64 first : {qint64(0), *total / 2, std::max<qint64>(0, *total - 100)}) {
                const qint64 count = std::min<qint64>(100, *total - first);
                const auto a = direct.read(*sql, first, count, *total);
                const auto b = throughQt.read(*sql, first, count, *total);
                QVERIFY(a.ok() && b.ok());
                read[0] << rowTexts(*a);
                read[1] << rowTexts(*b);
            }
            // Then they read the same rows, field by field
            QCOMPARE(read[0], read[1]);
            if (expression.contains(QStringLiteral("Gr")))
                QVERIFY(read[0].join(QString()).contains(title));
        }
    }
    // And an error in the SQL is reported, not taken for an empty page
    auto broken =
        Internal::QueuePageReader::compile(QStringLiteral("no_such_column = ?"), {1},
                                           *Query::parseSortSpec(QStringLiteral("title")), db);
    QVERIFY(broken.ok());
    const auto counted = direct.count(*broken);
    QVERIFY(!counted.ok());
    QVERIFY2(counted.error().message.contains(QLatin1String("no_such_column")),
             qPrintable(counted.error().message));
    const auto page = direct.read(*broken, 0, 10, 10);
    QVERIFY(!page.ok());
    QVERIFY2(page.error().message.contains(QLatin1String("reading a page of the queue")),
             qPrintable(page.error().message));
}

#include "tst_queuemodel.moc"
