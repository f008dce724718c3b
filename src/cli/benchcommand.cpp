// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcommand.h"
#include "syncbench.h"

#include "calendarfigures.h"
#include "changebench.h"
#include "clicontext.h"
#include "cmdbbench.h"
#include "seedfloor.h"

#include "models/queuemodel.h"
#include "models/queuepage.h"
#include "storage/directoryrepository.h"
#include "storage/query/queuecompiler.h"
#include "storage/seed/seeder.h"
#include "storage/sqlitehandle.h"

#include "core/query/queueparser.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlTableModel>

#ifdef SERVICEDECK_SQLITE_C_API
#include <sqlite3.h>
#endif

#include <optional>

namespace ServiceDeck::Cli {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

template<typename Work>
double timed(Work &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return msSince(timer);
}

// Resident memory in MB, where the platform tells it cheaply.
std::optional<double> residentMb()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
#endif
    return std::nullopt;
}

#ifdef SERVICEDECK_SQLITE_C_API
// The same statements the model runs, through the SQLite C API on the same connection: only
// where that connection runs on the SQLite this program links (sqlitehandle.h).
class SqliteBaseline
{
public:
    explicit SqliteBaseline(Storage::Database &db)
        : m_db(Storage::nativeSqliteHandle(db))
    {}
    ~SqliteBaseline()
    {
        for (sqlite3_stmt *statement : std::as_const(m_prepared))
            sqlite3_finalize(statement);
    }
    SqliteBaseline(const SqliteBaseline &) = delete;
    SqliteBaseline &operator=(const SqliteBaseline &) = delete;
    bool isAvailable() const { return m_db != nullptr; }

    // Prepares (once), binds, steps every row and reads every column as the model would; -1 on
    // error. With `first`, the first column of the first row goes there as a number (a COUNT's
    // total).
    qint64 run(const QString &sql, const QVariantList &binds, qint64 *first = nullptr) const
    {
        // Statements are kept prepared, as the queue model keeps its own.
        sqlite3_stmt *statement = m_prepared.value(sql);
        if (!statement) {
            const QByteArray text = sql.toUtf8();
            if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement,
                                   nullptr) != SQLITE_OK)
                return -1;
            m_prepared.insert(sql, statement);
        }
        QList<QByteArray> held;
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &value = binds.at(i);
            if (value.isNull()) {
                sqlite3_bind_null(statement, i + 1);
            } else if (value.metaType().id() == QMetaType::Int ||
                       value.metaType().id() == QMetaType::LongLong ||
                       value.metaType().id() == QMetaType::Bool) {
                sqlite3_bind_int64(statement, i + 1, value.toLongLong());
            } else {
                held << value.toString().toUtf8();
                sqlite3_bind_text(statement, i + 1, held.constLast().constData(),
                                  int(held.constLast().size()), SQLITE_STATIC);
            }
        }
        qint64 rows = 0;
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            if (first && rows == 0)
                *first = sqlite3_column_int64(statement, 0);
            for (int column = 0; column < sqlite3_column_count(statement); ++column)
                sqlite3_column_text(statement, column);
            ++rows;
        }
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        return step == SQLITE_DONE ? rows : -1;
    }

private:
    sqlite3 *m_db = nullptr;
    mutable QHash<QString, sqlite3_stmt *> m_prepared;
};
#else
// Built without SQLite's C API (Windows): the figures come without their baseline.
class SqliteBaseline
{
public:
    explicit SqliteBaseline(Storage::Database &) {}
    bool isAvailable() const { return false; }
    qint64 run(const QString &, const QVariantList &, qint64 * = nullptr) const { return -1; }
};
#endif

const char *const standardQueues[] = {
    "assignee:me active:true", "group:me active:true", "assignee:none active:true",
    "priority<=2 active:true", "sla:warning",          "sla:breached",
    "state:awaiting_approval", "updated:today",
};

Query::QueueQuery parsed(const char *expression)
{
    return Query::parseQueueQuery(QString::fromUtf8(expression)).query.value_or(Query::QueueQuery());
}

// Makes the rows [first, first + count) ready: the model holds them, read from the database.
void loadRows(const Models::QueueModel &model, int first, int count)
{
    const int last = std::min(model.rowCount(), first + count);
    for (int row = std::max(0, first); row < last; ++row)
        model.data(model.index(row, 0), Models::QueueModel::IdRole);
}

// Reads every cell of the rows [first, first + count) as a view painting them would.
void touchRows(const Models::QueueModel &model, int first, int count)
{
    const int last = std::min(model.rowCount(), first + count);
    for (int row = std::max(0, first); row < last; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.data(model.index(row, column));
    }
}

class Bench
{
public:
    Bench(CliContext &context, Storage::Database &db, const QUuid &actor)
        : m_context(context)
        , m_db(db)
        , m_actor(actor)
        , m_sqlite(db)
    {}

    // `groups`: which of "queues", "cmdb", "changes", "calendar" to measure; empty: all.
    Result<void> run(const QStringList &groups = {});
    const QList<Measurement> &results() const { return m_results; }
    void add(Measurement measurement);

private:
    Result<void> measureOpen(Models::QueueModel &model);
    void measureSorts(Models::QueueModel &model);
    void measureTableModel(Models::QueueModel &model);
    Result<void> measureCounts();
    Result<void> measureSchedule(const std::function<bool(const char *)> &wanted);

    CliContext &m_context;
    Storage::Database &m_db;
    QUuid m_actor;
    SqliteBaseline m_sqlite;
    QList<Measurement> m_results;
};

Result<void> Bench::measureSchedule(const std::function<bool(const char *)> &wanted)
{
    const auto report = [this](const Measurement &measurement) { add(measurement); };
    if (wanted("changes")) {
        if (auto changes = measureChanges(m_db, report); !changes)
            return changes;
    }
    return wanted("calendar") ? measureCalendar(m_db, m_actor, report) : Result<void>();
}

void Bench::add(Measurement measurement)
{
    if (!m_sqlite.isAvailable() && measurement.name.startsWith(QLatin1String("open")))
        measurement.baseline.reset();
    m_results << measurement;
    printMeasurement(m_context, m_results.constLast());
}


Result<void> Bench::measureOpen(Models::QueueModel &model)
{
    // The unfiltered queue, most recently updated first, as a desk opens it; best of three
    // runs each, model and C API taking turns so both see the same caches.
    const QList<Query::SortKey> keys{{QStringLiteral("updated"), true}};
    double best = 1e12;
    double bestPainted = 1e12;
    double bestBaseline = 1e12;
    for (int round = 0; round < 3; ++round) {
        // Ready: the rows are read into the model, which is what the C API baseline does.
        best = std::min(best, timed([&] {
                            model.setSortKeys(keys);
                            if (model.setQuery({}))
                                loadRows(model, 0, Models::QueueModel::PageSize);
                        }));
        // Painted: every cell of the page also formatted (dates in the locale, SLA clocks).
        bestPainted = std::min(bestPainted, timed([&] {
                                   model.setSortKeys(keys);
                                   if (model.setQuery({}))
                                       touchRows(model, 0, Models::QueueModel::PageSize);
                               }));
        if (!model.lastError().isEmpty())
            return invalidData(model.lastError());
        if (m_sqlite.isAvailable()) {
            auto compiled = Storage::compileQueueQuery({}, m_db.dialect(), {m_actor, {}});
            auto sql = Models::Internal::QueuePageReader::compile(compiled->where,
                                                                  compiled->binds, keys, m_db);
            Models::Internal::QueuePageReader reader(m_db);
            bestBaseline = std::min(bestBaseline, timed([&] {
                                        qint64 total = 0;
                                        m_sqlite.run(reader.countStatement(*sql), {}, &total);
                                        bool reversed = false;
                                        const QVariantList binds = reader.pageBinds(
                                            *sql, 0, Models::QueueModel::PageSize, total,
                                            &reversed);
                                        const bool walks =
                                            Models::Internal::QueuePageReader::walksSortIndex(
                                                *sql, 0, 100, total);
                                        m_sqlite.run(reader.pageStatement(*sql, reversed, walks),
                                                     binds);
                                    }));
        }
    }
    add({QStringLiteral("open_queue"), best, QStringLiteral("ms"),
         m_sqlite.isAvailable() ? std::optional(bestBaseline) : std::nullopt,
         QStringLiteral("<= 50 ms and <= 1.5x SQLite C API")});
    add({QStringLiteral("open_queue.painted"), bestPainted, QStringLiteral("ms"),
         m_sqlite.isAvailable() ? std::optional(bestBaseline) : std::nullopt,
         QStringLiteral("(reference: every cell of the first 100 rows formatted as well)")});
    return {};
}

void Bench::measureSorts(Models::QueueModel &model)
{
    double worstMiddle = 0;
    double worstLast = 0;
    QString worstMiddleField;
    QString worstLastField;
    const int rows = model.rowCount();
    // Median of three rounds per column, after a first jump into each half of the index.
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    double worstFirst = 0;
    QString worstFirstField;
    for (const QString &field : Query::sortableFields()) {
        // The first jump into each half of the index (the rounds below read from both ends)
        // also pays for whatever of it the OS no longer caches; reported on its own.
        for (const bool descending : {false, true}) {
            model.setSortKeys({{field, descending}});
            touchRows(model, 0, Models::QueueModel::PageSize);
            const double first = timed([&] { touchRows(model, rows / 2, 1); });
            if (first > worstFirst) {
                worstFirst = first;
                worstFirstField = field;
            }
        }
        QList<double> sorts;
        QList<double> middles;
        QList<double> lasts;
        for (int round = 0; round < 3; ++round) {
            sorts << timed([&] {
                model.setSortKeys({{field, round % 2 == 1}});
                touchRows(model, 0, Models::QueueModel::PageSize);
            });
            middles << timed([&] { touchRows(model, rows / 2, 1); });
            lasts << timed([&] { touchRows(model, rows - 1, 1); });
        }
        add({QStringLiteral("resort.") + field, median(sorts), QStringLiteral("ms"), std::nullopt,
             QStringLiteral("<= 300 ms")});
        if (median(middles) > worstMiddle) {
            worstMiddle = median(middles);
            worstMiddleField = field;
        }
        if (median(lasts) > worstLast) {
            worstLast = median(lasts);
            worstLastField = field;
        }
    }
    add({QStringLiteral("jump_middle.worst_of_all_sorts"), worstMiddle, QStringLiteral("ms"),
         std::nullopt, QStringLiteral("<= 20 ms (worst: %1)").arg(worstMiddleField)});
    add({QStringLiteral("jump_last.worst_of_all_sorts"), worstLast, QStringLiteral("ms"),
         std::nullopt, QStringLiteral("<= 20 ms (worst: %1)").arg(worstLastField)});
    add({QStringLiteral("jump_middle.first_into_index.worst"), worstFirst, QStringLiteral("ms"),
         std::nullopt,
         QStringLiteral("(reference: the first jump into each half of each sort index, whatever "
                        "the OS had cached of it; worst: %1)")
             .arg(worstFirstField)});
}

// The same queue through QSqlTableModel (over a view of the columns a queue shows, so that the
// baseline caches what a queue needs rather than every column): sort, then fetch until the row.
void Bench::measureTableModel(Models::QueueModel &model)
{
    const int rows = model.rowCount();
    double sortMs = 0;
    double middle = 0;
    double last = 0;
    bool tableModelFailed = false;
    model.setSortKeys({{QStringLiteral("title"), false}});
    touchRows(model, 0, Models::QueueModel::PageSize);
    const double ourMiddle = timed([&] { touchRows(model, rows / 2, 1); });
    const double ourLast = timed([&] { touchRows(model, rows - 1, 1); });
    {
        m_db.exec(QStringLiteral("DROP VIEW IF EXISTS bench_queue"));
        m_db.exec(QStringLiteral("CREATE TEMP VIEW bench_queue AS SELECT id, number, title, kind, "
                                 "state, priority, assignee_id, group_id, updated, "
                                 "resolution_due FROM tickets"));
        QSqlTableModel table(nullptr, m_db.sql());
        table.setTable(QStringLiteral("bench_queue"));
        table.setSort(table.fieldIndex(QStringLiteral("title")), Qt::AscendingOrder);
        bool selected = false;
        sortMs = timed([&] { selected = table.select(); });
        if (!selected) // e.g. PostgreSQL keeps the temporary view where setTable() does not look
            tableModelFailed = true;
        QElapsedTimer timer;
        timer.start();
        while (table.rowCount() <= rows / 2 && table.canFetchMore())
            table.fetchMore();
        table.data(table.index(rows / 2, 0));
        middle = msSince(timer);
        while (table.canFetchMore())
            table.fetchMore();
        table.data(table.index(table.rowCount() - 1, 0));
        last = msSince(timer);
    }
    m_db.exec(QStringLiteral("DROP VIEW IF EXISTS bench_queue"));
    const auto baseline = [&](double value) {
        return tableModelFailed ? std::nullopt : std::optional(value);
    };
    add({QStringLiteral("jump_middle.title"), ourMiddle, QStringLiteral("ms"), baseline(middle),
         QStringLiteral("<= 20 ms and <= 0.1x QSqlTableModel")});
    add({QStringLiteral("jump_last.title"), ourLast, QStringLiteral("ms"), baseline(last),
         QStringLiteral("<= 20 ms and <= 0.1x QSqlTableModel")});
    if (!tableModelFailed)
        add({QStringLiteral("qsqltablemodel_select.title"), sortMs, QStringLiteral("ms"),
         std::nullopt, QStringLiteral("(reference)")});
    if (m_db.dialect() == Storage::Dialect::Sqlite) {
        // What a 64 MB SQLite page cache (PRAGMA cache_size) would give: OFFSET walks the index
        // in process memory instead of copying it page by page from the OS.
        m_db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        double middle64 = 1e12;
        double last64 = 1e12;
        for (int round = 0; round < 3; ++round) {
            model.setSortKeys({{QStringLiteral("title"), false}});
            touchRows(model, 0, Models::QueueModel::PageSize);
            middle64 = std::min(middle64, timed([&] { touchRows(model, rows / 2, 1); }));
            last64 = std::min(last64, timed([&] { touchRows(model, rows - 1, 1); }));
        }
        m_db.exec(QStringLiteral("PRAGMA cache_size = -2000"));
        add({QStringLiteral("jump_middle.title.cache_64mb"), middle64, QStringLiteral("ms"),
             middle, QStringLiteral("<= 20 ms (experiment: PRAGMA cache_size = -65536)")});
        add({QStringLiteral("jump_last.title.cache_64mb"), last64, QStringLiteral("ms"), last,
             QStringLiteral("<= 20 ms (experiment: PRAGMA cache_size = -65536)")});
    }
}

Result<void> Bench::measureCounts()
{
    QList<std::pair<QString, QVariantList>> statements;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const char *expression : standardQueues) {
        auto compiled =
            Storage::compileQueueQuery(parsed(expression), m_db.dialect(), {m_actor, now});
        if (!compiled)
            return compiled.error();
        statements << std::pair{QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ") +
                                    compiled->where,
                                compiled->binds};
    }
    double best = 1e12;
    double bestBaseline = 1e12;
    for (int round = 0; round < 3; ++round) {
        Result<void> failed;
        best = std::min(best, timed([&] {
                            for (const auto &[sql, binds] : std::as_const(statements)) {
                                auto query = m_db.exec(sql, binds);
                                if (!query)
                                    failed = query.error();
                                else
                                    query->next();
                            }
                        }));
        if (!failed)
            return failed;
        if (m_sqlite.isAvailable())
            bestBaseline = std::min(bestBaseline, timed([&] {
                                        for (const auto &[sql, binds] :
                                             std::as_const(statements))
                                            m_sqlite.run(sql, binds);
                                    }));
    }
    add({QStringLiteral("standard_queue_counts"), best, QStringLiteral("ms"),
         m_sqlite.isAvailable() ? std::optional(bestBaseline) : std::nullopt,
         QStringLiteral("<= 100 ms together (8 queues)")});
    return {};
}

Result<void> Bench::run(const QStringList &groups)
{
    const auto wanted = [&groups](const char *group) {
        return groups.isEmpty() || groups.contains(QLatin1String(group));
    };
    const auto report = [this](const Measurement &measurement) { add(measurement); };
    if (!wanted("queues")) {
        if (wanted("cmdb")) {
            if (auto cmdb = measureCmdb(m_db, report); !cmdb)
                return cmdb;
        }
        return measureSchedule(wanted);
    }
    const std::optional<double> rssBefore = residentMb();
    Models::QueueModel model(m_db);
    model.setActor(m_actor);
    model.setSlaRefreshInterval(0);
    if (auto opened = measureOpen(model); !opened)
        return opened;
    measureSorts(model);

    // Full text: a word of the demo vocabulary, first page, newest first.
    double best = 1e12;
    double bestBaseline = 1e12;
    const Query::QueueQuery text = parsed("vpn");
    for (int round = 0; round < 3; ++round) {
        best = std::min(best, timed([&] {
                            model.setSortKeys({{QStringLiteral("updated"), true}});
                            if (model.setQuery(text))
                                touchRows(model, 0, Models::QueueModel::PageSize);
                        }));
        if (m_sqlite.isAvailable()) {
            auto compiled = Storage::compileQueueQuery(text, m_db.dialect(), {m_actor, {}});
            auto sql = Models::Internal::QueuePageReader::compile(
                compiled->where, compiled->binds, model.sortKeys(), m_db,
                compiled->sortIndexWhere, compiled->countStatement);
            Models::Internal::QueuePageReader reader(m_db);
            bestBaseline = std::min(bestBaseline, timed([&] {
                                        qint64 total = 0;
                                        m_sqlite.run(reader.countStatement(*sql), sql->binds,
                                                     &total);
                                        bool reversed = false;
                                        const QVariantList binds = reader.pageBinds(
                                            *sql, 0, 100, total, &reversed);
                                        const bool walks =
                                            Models::Internal::QueuePageReader::walksSortIndex(
                                                *sql, 0, 100, total);
                                        m_sqlite.run(reader.pageStatement(*sql, reversed, walks),
                                                     binds);
                                    }));
        }
    }
    add({QStringLiteral("fulltext_first_page"), best, QStringLiteral("ms"),
         m_sqlite.isAvailable() ? std::optional(bestBaseline) : std::nullopt,
         QStringLiteral("<= 100 ms")});
    if (auto counted = measureCounts(); !counted)
        return counted;

    // Memory with the full page cache of a 1M queue, jumped around in.
    model.setSortKeys({{QStringLiteral("title"), false}});
    model.setQuery({});
    for (int page = 0; page < 32; ++page)
        touchRows(model, int(qint64(model.rowCount()) * page / 32), 1);
    const std::optional<double> rssAfter = residentMb();
    add({QStringLiteral("model_memory"), double(model.memoryFootprint()) / (1024.0 * 1024.0),
         QStringLiteral("MB"),
         rssBefore && rssAfter ? std::optional(*rssAfter - *rssBefore) : std::nullopt,
         QStringLiteral("<= 64 MB (baseline: process RSS growth, includes SQLite's cache)")});

    measureTableModel(model);
    if (wanted("cmdb")) {
        if (auto cmdb = measureCmdb(m_db, report); !cmdb)
            return cmdb;
    }
    return measureSchedule(wanted);
}

} // namespace

void printMeasurement(CliContext &context, const Measurement &m)
{
    QTextStream &out = context.out();
    // value / baseline; negative when there is no baseline.
    const double ratio = m.baseline && *m.baseline > 0 ? m.value / *m.baseline : -1.0;
    if (context.format == OutputFormat::Json) {
        QJsonObject object{{QStringLiteral("name"), m.name},
                           {QStringLiteral("value"), m.value},
                           {QStringLiteral("unit"), m.unit},
                           {QStringLiteral("baseline"), m.baseline ? QJsonValue(*m.baseline)
                                                                   : QJsonValue()},
                           {QStringLiteral("ratio"), ratio >= 0 ? QJsonValue(ratio) : QJsonValue()},
                           {QStringLiteral("target"), m.target}};
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    QString line = QStringLiteral("%1: %2 %3").arg(m.name).arg(m.value, 0, 'f', 1).arg(m.unit);
    if (m.baseline)
        line += QStringLiteral(" (baseline %1 %2, ratio %3)")
                    .arg(*m.baseline, 0, 'f', 1)
                    .arg(m.unit)
                    .arg(ratio >= 0 ? QString::number(ratio, 'f', 3) : QStringLiteral("-"));
    if (!m.target.isEmpty())
        line += QStringLiteral(" [target %1]").arg(m.target);
    out << line << Qt::endl;
}

int runBench(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"),
                                           Tr::tr("Tickets the database should hold."),
                                           Tr::tr("n"), QStringLiteral("1000000"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("text or json."),
                                          Tr::tr("format"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        Tr::tr("Measure only these groups: queues, cmdb, changes, calendar."),
        Tr::tr("groups"));
    const QCommandLineOption hubOption(
        QStringLiteral("hub"),
        Tr::tr("Measure sync against this empty PostgreSQL database, which it fills."),
        Tr::tr("url"));
    parser.addOptions({ticketsOption, formatOption, onlyOption, hubOption});
    if (!parser.parse(context.arguments))
        return fail(context, Error{ErrorKind::Usage, parser.errorText()});
    if (parser.isSet(formatOption)) {
        const QString format = parser.value(formatOption);
        if (format != u"json" && format != u"text")
            return fail(context, Error{ErrorKind::Usage,
                                       Tr::tr("Option --format: \"%1\" is not text or json")
                                           .arg(format)});
        context.format = format == u"json" ? OutputFormat::Json : OutputFormat::Text;
    }
    const QStringList groups =
        parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &group : groups) {
        if (group != u"queues" && group != u"cmdb" && group != u"changes"
            && group != u"calendar" && group != u"sync")
            return fail(context, Error{ErrorKind::Usage,
                                       Tr::tr("Option --only: \"%1\" is not queues, cmdb, "
                                              "changes, calendar or sync")
                                           .arg(group)});
    }
    if (groups.contains(QStringLiteral("sync")) && !parser.isSet(hubOption))
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("The sync benchmark needs --hub URL")});
    if (groups == QStringList{QStringLiteral("sync")}) {
        if (auto done = measureSync(parser.value(hubOption),
                                    [&context](const Measurement &m) {
                                        printMeasurement(context, m);
                                    });
            !done)
            return fail(context, done.error());
        return 0;
    }
    bool ok = false;
    const qint64 tickets = parser.value(ticketsOption).toLongLong(&ok);
    if (!ok || tickets < 1)
        return fail(context, Error{ErrorKind::Usage, Tr::tr("Option --tickets: \"%1\" is not a "
                                                            "count")
                                                         .arg(parser.value(ticketsOption))});
    auto db = context.openDatabase(Storage::Database::OpenMode::CreateIfMissing,
                                   Storage::Database::SchemaPolicy::Migrate);
    if (!db)
        return fail(context, db.error());
    if (auto admin = Storage::DirectoryRepository(**db).ensureAdmin(); !admin)
        return fail(context, admin.error());
    auto held = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    if (!held)
        return fail(context, held.error());
    const qint64 present = held->next() ? held->value(0).toLongLong() : 0;
    held = Result<QSqlQuery>(QSqlQuery());
    std::optional<Measurement> seeded;
    if (present < tickets) {
        Storage::SeedOptions options;
        options.tickets = tickets;
        options.cis = std::max<qint64>(1, tickets / 10);
        options.changes = tickets / 100;
        options.until = QDate::currentDate().addDays(-1);
        auto report = Storage::Seeder(**db).run(options);
        if (!report)
            return fail(context, report.error());
        seeded = Measurement{QStringLiteral("seed"), double(report->elapsedMs),
                             QStringLiteral("ms"), measureSeedFloor(**db),
                             QStringLiteral("<= 60 s for 1M tickets (baseline: SQLite writing the "
                                            "seeded tickets and journal again, with their "
                                            "indexes and text index)")};
    }
    auto actor = context.actor();
    if (!actor)
        return fail(context, actor.error());
    Bench bench(context, **db, actor->id);
    if (seeded)
        bench.add(*seeded);
    if (auto done = bench.run(groups); !done)
        return fail(context, done.error());
    if (parser.isSet(hubOption) && (groups.isEmpty() || groups.contains(QStringLiteral("sync")))) {
        if (auto done = measureSync(parser.value(hubOption),
                                    [&bench](const Measurement &m) { bench.add(m); });
            !done)
            return fail(context, done.error());
    }
    return 0;
}

} // namespace ServiceDeck::Cli
