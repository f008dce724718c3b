// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedfloor.h"

#include "storage/database.h"
#include "storage/pragmascope.h"
#include "storage/seed/indexdeferral.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

namespace ServiceDeck::Cli {

namespace {

// The stored CREATE statements of these tables' objects, in the order they must run: tables,
// then indexes, then the text index. Automatic indexes (constraints) come with their tables.
QStringList schemaOf(Storage::Database &db, const QStringList &tables)
{
    QStringList statements[3];
    for (const QString &table : tables) {
        auto rows = db.exec(QStringLiteral("SELECT type, sql FROM sqlite_master WHERE tbl_name "
                                           "= ? AND sql IS NOT NULL AND type IN ('table', "
                                           "'index') ORDER BY type DESC, name"),
                            {table});
        while (rows && rows->next()) {
            const QString sql = rows->value(1).toString();
            const bool virtualTable = sql.startsWith(QLatin1String("CREATE VIRTUAL"));
            const int group = rows->value(0).toString() == u"table" ? (virtualTable ? 2 : 0) : 1;
            statements[group] << sql;
        }
    }
    return statements[0] + statements[1] + statements[2];
}

// The same statement for the attached database "floor": "CREATE TABLE tickets" becomes
// "CREATE TABLE floor.tickets", "CREATE INDEX x ON tickets" becomes "CREATE INDEX floor.x ON
// tickets" (SQLite finds the table in the index's own database).
QString inFloor(const QString &sql)
{
    static const QRegularExpression head(
        QStringLiteral("^(CREATE (?:VIRTUAL TABLE|TABLE|UNIQUE INDEX|INDEX) )"));
    QString copy = sql;
    return copy.replace(head, QStringLiteral("\\1floor."));
}

} // namespace

std::optional<double> measureSeedFloor(Storage::Database &db)
{
    if (db.dialect() != Storage::Dialect::Sqlite || db.url().isMemory())
        return std::nullopt;
    QTemporaryDir dir;
    if (!dir.isValid())
        return std::nullopt;
    const QStringList schema = schemaOf(
        db, {QStringLiteral("tickets"), QStringLiteral("journal"), QStringLiteral("tickets_fts")});
    // The sorter settings the seed gives its own index builds (IndexDeferral::tuneSorter), and
    // no constraint checks, as in the seed: the copy's references point at tables it lacks.
    Storage::Internal::PragmaScope settings(db);
    if (!Storage::Internal::IndexDeferral::tuneSorter(settings) ||
        !settings.set("foreign_keys", QStringLiteral("OFF")) ||
        !settings.set("ignore_check_constraints", QStringLiteral("ON")))
        return std::nullopt;
    if (!db.exec(QStringLiteral("ATTACH DATABASE ? AS floor"),
                 {dir.filePath(QStringLiteral("floor.db"))}))
        return std::nullopt;
    bool ok = true;
    const auto run = [&db, &ok](const QString &sql) {
        if (ok)
            ok = db.exec(sql).ok();
    };
    const auto isIndex = [](const QString &sql) {
        return sql.contains(QLatin1String(" INDEX "));
    };
    const auto isText = [](const QString &sql) {
        return sql.startsWith(QLatin1String("CREATE VIRTUAL"));
    };
    QElapsedTimer timer;
    timer.start();
    // No rollback journal and no syncing: less than the seed pays for being all-or-nothing.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA floor.page_size = 16384"),
          QStringLiteral("PRAGMA floor.journal_mode = OFF"),
          QStringLiteral("PRAGMA floor.synchronous = OFF"), QStringLiteral("BEGIN")})
        run(pragma);
    for (const QString &sql : schema) {
        if (!isIndex(sql) && !isText(sql))
            run(inFloor(sql));
    }
    // ORDER BY keeps SQLite from copying the b-trees whole: every row is inserted.
    run(QStringLiteral("INSERT INTO floor.tickets SELECT * FROM main.tickets ORDER BY rowid"));
    run(QStringLiteral("INSERT INTO floor.journal SELECT * FROM main.journal ORDER BY seq"));
    for (const QString &sql : schema) {
        if (isIndex(sql))
            run(inFloor(sql));
    }
    for (const QString &sql : schema) {
        if (isText(sql))
            run(inFloor(sql));
    }
    run(QStringLiteral("INSERT INTO floor.tickets_fts (rowid, title, description) "
                       "SELECT rowid, title, description FROM floor.tickets"));
    run(QStringLiteral("COMMIT"));
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (!ok)
        db.exec(QStringLiteral("ROLLBACK"));
    db.exec(QStringLiteral("DETACH DATABASE floor"));
    return ok ? std::optional(elapsed) : std::nullopt;
}

} // namespace ServiceDeck::Cli
