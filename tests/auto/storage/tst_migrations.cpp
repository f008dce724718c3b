// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "storage/migrations.h"

#include "core/cmdb/cicatalogue.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlError>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Counts with a plain connection, bypassing Database::open and its checks.
int rawCount(const DatabaseUrl &url, const QString &sql)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.databaseName);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return count;
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateTheWholeSchema_data() { Test::addDriverRows(); }
    void shouldCreateTheWholeSchema()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(*(*db)->schemaVersion(), latestSchemaVersion());
        const QStringList tables = (*db)->sql().tables();
        for (const char *table :
             {"users", "user_roles", "support_groups", "group_members", "tickets", "ticket_links",
              "comments", "worklog", "change_approvals", "change_cis", "cis", "ci_classes",
              "ci_attribute_defs", "ci_attributes", "ci_relations", "relation_types",
              "sla_policies", "business_calendars", "calendar_hours", "calendar_holidays",
              "blackout_windows", "blackout_scope", "maintenance_windows", "saved_queues",
              "journal", "schema_version", "number_sequences"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        auto classes = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM ci_classes"));
        QVERIFY(classes.ok() && classes->next());
        QCOMPARE(classes->value(0).toInt(), 7);
        auto relationTypes = (*db)->exec(QStringLiteral("SELECT forward_label, reverse_label "
                                                        "FROM relation_types WHERE name = ?"),
                                         {QStringLiteral("runs_on")});
        QVERIFY(relationTypes.ok() && relationTypes->next());
        QCOMPARE(relationTypes->value(1).toString(), QStringLiteral("hosts"));
    }

    void shouldBeHarmlessToMigrateTwice_data() { Test::addDriverRows(); }
    void shouldBeHarmlessToMigrateTwice()
    {
        SD_TEST_DATABASE(testDb);
        {
            auto first = testDb->open();
            QVERIFY(first.ok());
        }
        auto second = testDb->open();
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
        QVERIFY((*second)->migrate().ok());
        auto rows = (*second)->exec(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(rows.ok() && rows->next());
        QCOMPARE(rows->value(0).toInt(), latestSchemaVersion());
    }

    void shouldRefuseANewerSchemaWithoutTouchingIt_data() { Test::addDriverRows(); }
    void shouldRefuseANewerSchemaWithoutTouchingIt()
    {
        SD_TEST_DATABASE(testDb);
        {
            auto db = testDb->open();
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO schema_version (version, description, "
                                               "applied) VALUES (?, ?, ?)"),
                                {latestSchemaVersion() + 1, QStringLiteral("from the future"),
                                 QStringLiteral("2030-01-01T00:00:00.000Z")})
                        .ok());
            if (testDb->url().dialect == Dialect::Sqlite) // fold the WAL into the main file
                QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        const bool sqlite = testDb->url().dialect == Dialect::Sqlite;
        const QByteArray before = sqlite ? fileDigest(testDb->url().path) : QByteArray();

        auto refused = testDb->open();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::InvalidData);
        QVERIFY2(refused.error().message.contains(QString::number(latestSchemaVersion() + 1)),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("not changed")));

        if (sqlite) {
            QCOMPARE(fileDigest(testDb->url().path), before);
        } else {
            // Nothing was written: schema_version holds exactly the rows left above.
            QCOMPARE(rawCount(testDb->url(), QStringLiteral("SELECT COUNT(*) FROM schema_version")),
                     latestSchemaVersion() + 1);
        }
    }

    void shouldRequireASchemaWhereAsked_data() { Test::addDriverRows(); }
    void shouldRequireASchemaWhereAsked()
    {
        SD_TEST_DATABASE(testDb);
        auto db = Database::open(testDb->url(), Database::OpenMode::CreateIfMissing,
                                 Database::SchemaPolicy::RequireSchema);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("init")));
    }

    void shouldAddTheStandardAttributeDefinitionsKeepingExistingOnes_data()
    {
        Test::addDriverRows();
    }
    void shouldAddTheStandardAttributeDefinitionsKeepingExistingOnes()
    {
        SD_TEST_DATABASE(testDb);
        const Cmdb::CiCatalogue standard = Cmdb::CiCatalogue::standard();
        qsizetype expected = 0;
        for (const Cmdb::CiClass &ciClass : standard.classes()) {
            for (const Cmdb::AttributeDefinition &definition : standard.attributesOf(ciClass.name))
                expected += definition.ciClass == ciClass.name ? 1 : 0;
        }
        const QString countDefs = QStringLiteral("SELECT COUNT(*) FROM ci_attribute_defs");
        {
            // Given a new database: every standard definition is there
            auto db = testDb->open();
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            auto count = (*db)->exec(countDefs);
            QVERIFY(count.ok() && count->next());
            QCOMPARE(count->value(0).toInt(), int(expected));

            // When it is put back to schema version 2, as a database the old demo seeder filled:
            // a few definitions of its own (one of them a site's edit), step 3's index undone
            QVERIFY((*db)->exec(QStringLiteral("DELETE FROM ci_attribute_defs WHERE class <> ?"),
                                {QStringLiteral("server")}).ok());
            QVERIFY((*db)->exec(QStringLiteral("UPDATE ci_attribute_defs SET label = ? "
                                               "WHERE class = ? AND name = ?"),
                                {QStringLiteral("Cores"), QStringLiteral("server"),
                                 QStringLiteral("cpu_count")}).ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO ci_attribute_defs (id, class, name, "
                                               "label, type) VALUES (?, ?, ?, ?, ?)"),
                                {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 QStringLiteral("virtual_machine"), QStringLiteral("os"),
                                 QStringLiteral("Operating system"), QStringLiteral("text")}).ok());
            count->finish(); // SQLite drops no index under a pending read
            // DDL unprepared: PostgreSQL cannot prepare it.
            QSqlQuery ddl((*db)->sql());
            QVERIFY(ddl.exec(QStringLiteral("DROP INDEX ci_relations_up")));
            QVERIFY(ddl.exec(QStringLiteral("CREATE INDEX ci_relations_target ON ci_relations "
                                            "(target_id, type)")));
            // Later steps undone too, since an upgrade runs the steps above the highest one.
            QVERIFY(ddl.exec(QStringLiteral("DROP INDEX change_approvals_open")));
            QVERIFY(ddl.exec(QStringLiteral("ALTER TABLE tickets DROP COLUMN approval_quorum")));
            for (const char *table : {"remote_errors", "remote_state", "remote_links", "remotes",
                                      "sync_refetch", "sync_conflicts", "sync_state"})
                QVERIFY(ddl.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            if ((*db)->dialect() == Dialect::Postgres) {
                for (const char *statement :
                     {"DROP TABLE change_log", "DROP TABLE applied_ops",
                      "DROP TABLE change_log_pruned",
                      "DROP FUNCTION servicedeck_prune_change_log(interval)",
                      "ALTER TABLE journal DROP COLUMN txid",
                      "DROP FUNCTION servicedeck_log_change() CASCADE",
                      "DROP FUNCTION servicedeck_notify_change() CASCADE",
                      "CREATE INDEX tickets_state ON tickets (state, priority)",
                      "CREATE INDEX tickets_assignee ON tickets (assignee_id, state)"})
                    QVERIFY2(ddl.exec(QString::fromLatin1(statement)),
                             qPrintable(ddl.lastError().text()));
                QVERIFY(ddl.exec(QStringLiteral("SELECT 'DROP FUNCTION ' || oid::regprocedure || "
                                                "' CASCADE' FROM pg_proc WHERE proname LIKE "
                                                "'servicedeck\\_log\\_%'")));
                QStringList drops;
                while (ddl.next())
                    drops << ddl.value(0).toString();
                QVERIFY(!drops.isEmpty());
                for (const QString &drop : std::as_const(drops))
                    QVERIFY2(ddl.exec(drop), qPrintable(ddl.lastError().text()));
            }
            QVERIFY((*db)->exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 3")).ok());
        }
        // Then opening it upgrades it, adding only what is missing
        auto db = testDb->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(*(*db)->schemaVersion(), latestSchemaVersion());
        auto count = (*db)->exec(countDefs);
        QVERIFY(count.ok() && count->next());
        QCOMPARE(count->value(0).toInt(), int(expected) + 1);
        auto label = (*db)->exec(QStringLiteral("SELECT label FROM ci_attribute_defs "
                                                "WHERE class = ? AND name = ?"),
                                 {QStringLiteral("server"), QStringLiteral("cpu_count")});
        QVERIFY(label.ok() && label->next());
        QCOMPARE(label->value(0).toString(), QStringLiteral("Cores"));
        auto choices = (*db)->exec(QStringLiteral("SELECT choices, type FROM ci_attribute_defs "
                                                  "WHERE class = ? AND name = ?"),
                                   {QStringLiteral("business_service"),
                                    QStringLiteral("support_hours")});
        QVERIFY(choices.ok() && choices->next());
        QCOMPARE(choices->value(0).toString(), QStringLiteral("24x7,Office hours"));
        QCOMPARE(choices->value(1).toString(), QStringLiteral("choice"));
        if ((*db)->dialect() == Dialect::Postgres) {
            // Step 11: the hub keeps no ticket index its sort indexes cover.
            auto indexes = (*db)->exec(QStringLiteral(
                "SELECT count(*) FROM pg_indexes WHERE tablename = 'tickets' AND indexname IN "
                "('tickets_state', 'tickets_assignee', 'tickets_priority')"));
            QVERIFY(indexes.ok() && indexes->next());
            QCOMPARE(indexes->value(0).toInt(), 0);
        }
    }

    // The hub's change log names the fields of an update by comparing each column: a column a
    // step adds without installing the triggers again would never be logged.
    void shouldLogEveryColumnOfEveryRecordTable_data() { Test::addDriverRows(); }
    void shouldLogEveryColumnOfEveryRecordTable()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        if ((*db)->dialect() != Dialect::Postgres)
            QSKIP("the change log is the hub's (PostgreSQL)");
        auto missing = (*db)->exec(QStringLiteral(
            "SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c "
            "JOIN information_schema.columns v ON v.table_schema = c.table_schema "
            "AND v.table_name = c.table_name AND v.column_name = 'version' "
            "LEFT JOIN pg_proc p ON p.proname = 'servicedeck_log_' || c.table_name "
            "WHERE c.table_schema = current_schema() AND EXISTS (SELECT 1 FROM "
            "information_schema.columns i WHERE i.table_schema = c.table_schema "
            "AND i.table_name = c.table_name AND i.column_name = 'id') "
            "AND (p.prosrc IS NULL OR position(format('THEN %L END', c.column_name) IN p.prosrc) = 0) "
            "ORDER BY 1"));
        QVERIFY(missing.ok());
        QStringList unlogged;
        while (missing->next())
            unlogged << missing->value(0).toString();
        QVERIFY2(unlogged.isEmpty(), qPrintable(unlogged.join(QStringLiteral(", "))));
        missing->finish();
        // (the same for the functions a batched push writes records with)
        auto unwritable = (*db)->exec(QStringLiteral(
            "SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c "
            "JOIN information_schema.columns v ON v.table_schema = c.table_schema "
            "AND v.table_name = c.table_name AND v.column_name = 'version' "
            "LEFT JOIN pg_proc p ON p.proname = 'servicedeck_apply_' || c.table_name "
            "WHERE c.table_schema = current_schema() AND c.is_generated = 'NEVER' "
            "AND c.column_name NOT IN ('id', 'version') AND EXISTS (SELECT 1 FROM "
            "information_schema.columns i WHERE i.table_schema = c.table_schema "
            "AND i.table_name = c.table_name AND i.column_name = 'id') "
            "AND (p.prosrc IS NULL OR position(format('WHEN sets ? %L', c.column_name) "
            "IN p.prosrc) = 0) ORDER BY 1"));
        QVERIFY(unwritable.ok());
        QStringList unwritten;
        while (unwritable->next())
            unwritten << unwritable->value(0).toString();
        QVERIFY2(unwritten.isEmpty(), qPrintable(unwritten.join(QStringLiteral(", "))));
        unwritable->finish();

        // And an update logs exactly the columns it changed.
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO support_groups (id, name) "
                                           "VALUES (?, ?)"),
                            {id, QStringLiteral("Logged")}).ok());
        QVERIFY((*db)->exec(QStringLiteral("UPDATE support_groups SET name = ? WHERE id = ?"),
                            {QStringLiteral("Renamed"), id}).ok());
        QVERIFY((*db)->exec(QStringLiteral("UPDATE support_groups SET name = name WHERE id = ?"), {id})
                    .ok());
        auto logged = (*db)->exec(QStringLiteral("SELECT action, coalesce(array_to_string(fields, "
                                                 "','), '-') FROM change_log WHERE entity_id = ? "
                                                 "ORDER BY seq"),
                                  {id});
        QVERIFY(logged.ok());
        QStringList rows;
        while (logged->next())
            rows << logged->value(0).toString() + QLatin1Char(' ') + logged->value(1).toString();
        QCOMPARE(rows, (QStringList{QStringLiteral("insert -"), QStringLiteral("update name")}));
    }

    void shouldKeepTheApprovalQuorumPositive_data() { Test::addDriverRows(); }
    void shouldKeepTheApprovalQuorumPositive()
    {
        SD_TEST_DATABASE(testDb);
        auto db = testDb->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        const QString insert = QStringLiteral(
            "INSERT INTO tickets (id, number, kind, title, state, impact, urgency, priority, "
            "opened, updated, approval_quorum) VALUES (?, ?, 'change', 'Patch', 'draft', 2, 2, 3, "
            "'2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z', ?)");
        QVERIFY((*db)->exec(insert, {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                     QStringLiteral("CHG0000001"), 2})
                    .ok());
        QVERIFY(!(*db)->exec(insert, {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                      QStringLiteral("CHG0000002"), 0})
                     .ok());
    }

    void shouldNestTransactionsAsSavepoints_data() { Test::addDriverRows(); }
    void shouldNestTransactionsAsSavepoints()
    {
        SD_TEST_DATABASE(testDb);
        auto opened = testDb->open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        Database &db = **opened;
        const auto addGroup = [&db](const QString &name) {
            return db.exec(QStringLiteral("INSERT INTO support_groups (id, name) VALUES (?, ?)"),
                           {QUuid::createUuid().toString(QUuid::WithoutBraces), name});
        };
        const auto groups = [&db] {
            QStringList names;
            auto query = db.exec(QStringLiteral("SELECT name FROM support_groups ORDER BY name"));
            while (query && query->next())
                names << query->value(0).toString();
            return names;
        };
        const QStringList before = groups();
        {
            Transaction outer(db);
            QVERIFY(outer.begin().ok());
            QVERIFY(addGroup(QStringLiteral("zz-outer")).ok());
            {
                // An inner transaction that is left without commit undoes only its own part
                Transaction inner(db);
                QVERIFY(inner.begin().ok());
                QVERIFY(addGroup(QStringLiteral("zz-dropped")).ok());
            }
            {
                Transaction inner(db);
                QVERIFY(inner.begin().ok());
                QVERIFY(addGroup(QStringLiteral("zz-inner")).ok());
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(outer.commit().ok());
        }
        const QStringList expected =
            before + QStringList{QStringLiteral("zz-inner"), QStringLiteral("zz-outer")};
        QCOMPARE(groups(), expected);
        {
            // and an outer rollback undoes a committed inner one
            Transaction outer(db);
            QVERIFY(outer.begin().ok());
            Transaction inner(db);
            QVERIFY(inner.begin().ok());
            QVERIFY(addGroup(QStringLiteral("zz-lost")).ok());
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(groups().size(), before.size() + 2);
        // A transaction after them is an outermost one again
        Transaction next(db);
        QVERIFY(next.begin().ok());
        QVERIFY(next.commit().ok());
    }

    void shouldRefuseAMissingSqliteFileWhenItMustExist()
    {
        DatabaseUrl url;
        url.path = QStringLiteral("/nonexistent-servicedeck-dir/none.db");
        auto db = Database::open(url, Database::OpenMode::MustExist);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Connection);
        QVERIFY(!QFile::exists(url.path));
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
