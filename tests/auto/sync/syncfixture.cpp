// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfixture.h"

#include "storage/activityrepository.h"
#include "storage/directoryrepository.h"
#include "storage/ticketrepository.h"
#include "sync/rowcodec.h"
#include "sync/schemainfo.h"

#include <QSqlRecord>

namespace ServiceDeck::Test {

using Storage::Database;

QString SyncFixture::setUp(int tickets)
{
    if (postgresServerUrl().isEmpty())
        return QStringLiteral("no PostgreSQL server configured (SERVICEDECK_TEST_PG_URL)");
    auto hub = TestDatabase::create(QStringLiteral("QPSQL"));
    if (!hub)
        return hub.error().message;
    m_hub = std::move(*hub);
    auto db = m_hub->open();
    if (!db)
        return db.error().message;
    m_hubDb = std::move(*db);
    Storage::DirectoryRepository directory(*m_hubDb);
    auto created = directory.ensureAdmin();
    if (!created)
        return created.error().message;
    admin = *created;
    Group group;
    group.name = QStringLiteral("Network Ops");
    if (auto made = directory.createGroup(group, admin.id); !made)
        return made.error().message;
    Storage::TicketRepository repository(*m_hubDb);
    for (int i = 1; i <= tickets; ++i) {
        auto ticket = repository.create(TicketKind::Incident,
                                        {{QStringLiteral("title"), QStringLiteral("Hub ticket %1").arg(i)},
                                         {QStringLiteral("impact"), QStringLiteral("2")},
                                         {QStringLiteral("urgency"), QStringLiteral("2")}},
                                        admin.id);
        if (!ticket)
            return ticket.error().message;
        numbers << ticket->number;
    }
    return {};
}

std::unique_ptr<Database> SyncFixture::openReplica(const QString &name)
{
    auto url = Storage::DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(name + QStringLiteral(".db")));
    if (!url)
        return {};
    auto db = Database::open(*url);
    return db ? std::move(*db) : nullptr;
}

std::unique_ptr<Database> SyncFixture::openDirect()
{
    auto db = m_hub->open();
    return db ? std::move(*db) : nullptr;
}

Result<Sync::SyncReport> SyncFixture::sync(Database &replica)
{
    return Sync::SyncEngine(replica).run(hubUrl());
}

QMap<QString, QStringList> SyncFixture::tables()
{
    // What a replica and the hub share: the hub's record tables less its own columns.
    auto schema = Sync::SchemaInfo::readHub(*m_hubDb);
    auto replica = openReplica(QStringLiteral("shape"));
    QMap<QString, QStringList> shape;
    if (!schema || !replica || !schema->restrictTo(*replica))
        return shape;
    for (const QString &table : schema->tables()) {
        for (const Sync::Column &column : schema->columns(table))
            shape[table] << column.name;
    }
    return shape;
}

QStringList SyncFixture::dump(Database &db, const QMap<QString, QStringList> &tables)
{
    QStringList lines;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const QString &table = it.key();
        auto query = Sync::runSql(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                                          .arg(it.value().join(QStringLiteral(", ")), table));
        if (!query) {
            lines << QStringLiteral("%1: %2").arg(table, query.error().message);
            continue;
        }
        const QSqlRecord record = query->record();
        while (query->next()) {
            QStringList values;
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i);
                QVariant value = query->value(i);
                QString text;
                if (value.isNull())
                    text = QStringLiteral("∅");
                else if (value.metaType().id() == QMetaType::QDateTime)
                    text = Database::instantText(value);
                else if (value.metaType().id() == QMetaType::Bool)
                    text = value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
                else
                    text = value.toString();
                // Instants stored as text on SQLite read back the same way.
                if (text.size() >= 20 && text.at(4) == u'-' && text.at(10) == u'T')
                    text = Database::instantText(text);
                values << column + QLatin1Char('=') + text;
            }
            lines << table + QStringLiteral(": ") + values.join(QStringLiteral(" | "));
        }
    }
    return lines;
}

QString SyncFixture::differenceFromHub(Database &replica)
{
    const auto synced = tables();
    return firstDifference(dump(replica, synced), dump(hub(), synced));
}

QString SyncFixture::firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return QStringLiteral("line %1:\n  %2\n  %3").arg(i).arg(a.value(i), b.value(i));
    }
    return {};
}

QUuid userId(Database &db, const QString &login)
{
    auto user = Storage::DirectoryRepository(db).findUser(login);
    return user && user->has_value() ? (*user)->id : QUuid();
}

} // namespace ServiceDeck::Test
