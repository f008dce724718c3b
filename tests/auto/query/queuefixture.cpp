// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuefixture.h"

#include "storage/cirepository.h"
#include "storage/directoryrepository.h"
#include "storage/query/queuesort.h"
#include "storage/ticketrepository.h"

#include "core/query/queueparser.h"
#include "core/query/sortspec.h"
#include "core/timestamps.h"

#include <QSqlRecord>

namespace ServiceDeck::Test {

using namespace Storage;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString at(const char *iso)
{
    return toIsoUtc(*parseIsoInstant(QString::fromLatin1(iso)));
}

struct TicketSpec
{
    TicketKind kind;
    FieldAssignments fields;
    // Updates after creation: lifecycle steps with the fields each step requires, then fields
    // cleared again where the table wants them empty.
    QList<FieldAssignments> updates;
    // Columns the fixture sets directly: dates and SLA bookkeeping.
    QList<QPair<QString, QString>> columns;
};

QList<TicketSpec> tickets()
{
    const auto f = [](const char *name, const char *value) {
        return QPair<QString, QString>(s(name), s(value));
    };
    const auto c = [](const char *name, const char *iso) {
        return QPair<QString, QString>(s(name), at(iso));
    };
    return {
        {TicketKind::Incident,
         {f("title", "VPN timeout on login"),
          f("description", "Users see a vpn timeout after 30 s"), f("impact", "1"),
          f("urgency", "1"), f("assignee", "alice"), f("group", "Network Ops"),
          f("ci", "fw-edge-01"), f("service", "mail-service"), f("category", "Network")},
         {},
         {c("opened", "2026-03-01T08:00:00Z"), c("updated", "2026-03-09T10:00:00Z"),
          c("resolution_due", "2026-03-10T10:00:00Z"),
          c("sla_warning_at", "2026-03-09T00:00:00Z")}},
        {TicketKind::Incident,
         {f("title", "Printer jam on floor 3"), f("description", "Paper stuck in tray"),
          f("impact", "3"), f("urgency", "3"), f("assignee", "bob"), f("group", "Service Desk"),
          f("requester", "carol"), f("category", "Hardware")},
         {{f("state", "assigned")}},
         {c("opened", "2026-02-01T09:00:00Z"), c("updated", "2026-02-15T09:00:00Z"),
          c("resolution_due", "2026-03-20T00:00:00Z"),
          c("sla_warning_at", "2026-03-17T00:00:00Z")}},
        {TicketKind::Incident,
         {f("title", "Mail delivery slow"), f("impact", "2"), f("urgency", "2"),
          f("group", "Network Ops")},
         {{f("state", "assigned")},
          {f("state", "in_progress"), f("assignee", "bob")},
          {f("state", "pending")},
          {f("assignee", "")}},
         {c("opened", "2026-03-05T00:00:00Z"), c("updated", "2026-03-10T06:00:00Z"),
          c("resolution_due", "2026-03-11T00:00:00Z"), c("sla_warning_at", "2026-03-10T08:00:00Z"),
          c("pending_since", "2026-03-10T09:00:00Z")}},
        {TicketKind::Incident,
         {f("title", "VPN client crashes"), f("description", "timeout then crash"),
          f("impact", "1"), f("urgency", "2"), f("assignee", "alice"),
          f("resolution", "Reinstalled the client")},
         {{f("state", "assigned"), f("group", "Service Desk")},
          {f("state", "in_progress")},
          {f("state", "resolved")},
          {f("group", "")}},
         {c("opened", "2026-01-10T10:00:00Z"), c("updated", "2026-03-01T23:59:59.999Z"),
          c("resolved", "2026-03-01T12:00:00Z"), c("resolution_due", "2026-03-01T00:00:00Z")}},
        {TicketKind::Change,
         {f("title", "Replace core switch"), f("impact", "2"), f("urgency", "2"),
          f("change_type", "normal"), f("risk", "high"), f("cis", "core-switch-01"),
          f("group", "Network Ops"), f("assignee", "admin"),
          f("planned_start", "2026-04-10T20:00:00Z"), f("planned_end", "2026-04-10T23:00:00Z")},
         {},
         {c("opened", "2026-03-08T00:00:00Z"), c("updated", "2026-03-08T00:00:00Z")}},
        {TicketKind::Change,
         {f("title", "Firewall rule x' OR '1'='1 update"), f("change_type", "emergency"),
          f("risk", "low"), f("ci", "fw-edge-01"), f("group", "a\"b"),
          f("planned_start", "2026-05-02T01:00:00Z"), f("planned_end", "2026-05-02T02:00:00Z")},
         {},
         {c("opened", "2026-03-09T00:00:00Z"), c("updated", "2026-03-09T12:00:00Z")}},
        {TicketKind::Problem,
         {f("title", "Recurring VPN timeouts"), f("impact", "1"), f("urgency", "2"),
          f("known_error", "true"), f("group", "Network Ops")},
         {{f("state", "investigating"), f("assignee", "bob")},
          {f("state", "known_error"), f("root_cause", "MTU mismatch"),
           f("workaround", "Lower the MTU")},
          {f("assignee", "")}},
         {c("opened", "2025-12-01T00:00:00Z"), c("updated", "2026-03-03T12:00:00Z")}},
        {TicketKind::Request,
         {f("title", "New laptop for carol"), f("requester", "carol"), f("impact", "2"),
          f("urgency", "3"), f("group", "Service Desk"), f("assignee", "bob"),
          f("category", "Hardware")},
         {},
         {c("opened", "2026-03-01T00:00:00Z"), c("updated", "2026-03-02T00:00:00Z"),
          c("resolution_due", "2026-03-10T18:00:00Z"),
          c("sla_warning_at", "2026-03-10T11:00:00Z")}},
    };
}

Result<void> ensureWarningColumn(Database &db)
{
    // Schema step 2 (SLA) adds this column; until it lands, the fixture adds it itself.
    if (db.sql().record(QStringLiteral("tickets")).contains(QStringLiteral("sla_warning_at")))
        return {};
    auto altered =
        db.exec(db.dialect() == Dialect::Sqlite
                    ? QStringLiteral("ALTER TABLE tickets ADD COLUMN sla_warning_at TEXT")
                    : QStringLiteral("ALTER TABLE tickets ADD COLUMN sla_warning_at "
                                     "timestamptz"));
    if (!altered)
        return altered.error();
    return {};
}

Result<void> makeDirectory(QueueFixture &fixture, const User &admin)
{
    DirectoryRepository directory(*fixture.db);
    QMap<QString, QUuid> users;
    for (const char *login : {"alice", "bob", "carol"}) {
        User user;
        user.login = QString::fromLatin1(login);
        user.roles = {QStringLiteral("operator")};
        auto created = directory.createUser(user, admin.id);
        if (!created)
            return created.error();
        users.insert(user.login, created->id);
    }
    fixture.alice.id = users.value(QStringLiteral("alice"));
    fixture.alice.login = QStringLiteral("alice");
    const QList<QPair<QString, QList<QUuid>>> groups = {
        {s("Network Ops"), {users.value(s("alice")), admin.id}},
        {s("Service Desk"), {users.value(s("bob"))}},
        {s("a\"b"), {}},
    };
    for (const auto &[name, members] : groups) {
        Group group;
        group.name = name;
        auto created = directory.createGroup(group, admin.id);
        if (!created)
            return created.error();
        for (const QUuid &member : members) {
            if (auto added = directory.addMember(created->id, member, admin.id); !added)
                return added.error();
        }
    }
    CiRepository cis(*fixture.db);
    const QList<QPair<QString, QString>> items = {{s("fw-edge-01"), s("network_device")},
                                                  {s("core-switch-01"), s("network_device")},
                                                  {s("mail-service"), s("business_service")}};
    for (const auto &[name, ciClass] : items) {
        ConfigurationItem ci;
        ci.name = name;
        ci.ciClass = ciClass;
        if (auto created = cis.create(ci, admin.id); !created)
            return created.error();
    }
    return {};
}

} // namespace

Result<QueueFixture> makeQueueFixture(TestDatabase &testDb)
{
    auto opened = testDb.open();
    if (!opened)
        return opened.error();
    QueueFixture fixture;
    fixture.db = std::move(opened.value());
    fixture.now = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    if (auto column = ensureWarningColumn(*fixture.db); !column)
        return column.error();
    auto admin = DirectoryRepository(*fixture.db).ensureAdmin();
    if (!admin)
        return admin.error();
    if (auto directory = makeDirectory(fixture, *admin); !directory)
        return directory.error();

    TicketRepository repository(*fixture.db);
    for (const TicketSpec &spec : tickets()) {
        auto created = repository.create(spec.kind, spec.fields, admin->id);
        if (!created)
            return created.error();
        for (const FieldAssignments &update : spec.updates) {
            auto updated = repository.update(created->number, update, admin->id);
            if (!updated)
                return updated.error();
        }
        for (const auto &[column, value] : spec.columns) {
            // Column names are the fixture's own constants.
            auto set = fixture.db->exec(
                QStringLiteral("UPDATE tickets SET %1 = ? WHERE number = ?").arg(column),
                {value, created->number});
            if (!set)
                return set.error();
        }
    }
    return fixture;
}

QString QueueFixture::shortName(const QString &number)
{
    return number.left(1) + QString::number(number.mid(3).toInt());
}

QString QueueFixture::run(const QString &expression, const QString &sort)
{
    const Query::ParseResult parsed = Query::parseQueueQuery(expression);
    if (!parsed.ok())
        return QStringLiteral("parse error: ") + parsed.error.message;
    const auto compiled = compileQueueQuery(*parsed.query, db->dialect(), context());
    if (!compiled)
        return QStringLiteral("compile error: ") + compiled.error().message;
    const auto keys = Query::parseSortSpec(sort);
    if (!keys)
        return QStringLiteral("sort error: ") + keys.error().message;
    const auto order = compileQueueSort(*keys, db->dialect());
    if (!order)
        return QStringLiteral("sort error: ") + order.error().message;
    auto query = db->exec(QStringLiteral("SELECT t.number FROM tickets t WHERE ") +
                              compiled->where + QStringLiteral(" ORDER BY ") + *order,
                          compiled->binds);
    if (!query)
        return QStringLiteral("SQL error: ") + query.error().message;
    QStringList numbers;
    while (query->next())
        numbers << shortName(query->value(0).toString());
    return numbers.join(QLatin1Char(' '));
}

qint64 QueueFixture::ticketCount()
{
    auto query = db->exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace ServiceDeck::Test
