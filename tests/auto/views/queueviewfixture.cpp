// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueviewfixture.h"

#include "core/query/queueparser.h"
#include "models/queuemodel.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/query/queuecompiler.h"
#include "storage/ticketrepository.h"

#include <QPointer>

namespace ServiceDeck::Test {

Result<User> seedQueueData(Storage::Database &db)
{
    // Made through the repositories (checked and journaled like any edit), small and fixed.
    Storage::DirectoryRepository directory(db);
    auto admin = directory.ensureAdmin();
    if (!admin)
        return admin.error();
    QList<User> people;
    for (const char *login : {"alice", "bob", "carol"}) {
        User user;
        user.login = QString::fromLatin1(login);
        user.displayName = user.login.at(0).toUpper() + user.login.mid(1) + QStringLiteral(" Doe");
        user.roles = {QStringLiteral("operator")};
        auto created = directory.createUser(user, admin->id);
        if (!created)
            return created.error();
        people << *created;
    }
    Group network;
    network.name = QStringLiteral("Network Ops");
    auto group = directory.createGroup(network, admin->id);
    if (!group)
        return group.error();
    for (const QUuid &member : {admin->id, people.at(0).id}) {
        if (auto added = directory.addMember(group->id, member, admin->id); !added)
            return added.error();
    }
    Storage::TicketRepository tickets(db);
    const QList<TicketKind> kinds = allTicketKinds();
    const QStringList assignees = {QString(), QStringLiteral("admin"), QStringLiteral("alice"),
                                   QStringLiteral("bob"), QString(), QStringLiteral("carol")};
    for (int i = 0; i < 48; ++i) {
        Storage::FieldAssignments fields = {
            {QStringLiteral("title"), QStringLiteral("Ticket %1 about vpn and printers").arg(i)},
            {QStringLiteral("impact"), QString::number(1 + i % 3)},
            {QStringLiteral("urgency"), QString::number(1 + (i / 3) % 3)}};
        if (!assignees.at(i % assignees.size()).isEmpty())
            fields.append({QStringLiteral("assignee"), assignees.at(i % assignees.size())});
        if (i % 4 == 0)
            fields.append({QStringLiteral("group"), network.name});
        auto created = tickets.create(kinds.at(i % kinds.size()), fields, admin->id);
        if (!created)
            return created.error();
    }
    return *admin;
}

namespace {

Result<Storage::CompiledQueueQuery> compile(Storage::Database &db, const QString &expression,
                                            const QUuid &actor)
{
    const Query::ParseResult parsed = Query::parseQueueQuery(expression);
    if (!parsed.ok())
        return invalidData(parsed.error.message);
    return Storage::compileQueueQuery(*parsed.query, db.dialect(),
                                      {actor, QDateTime::currentDateTimeUtc()});
}

} // namespace

qint64 countMatching(Storage::Database &db, const QString &expression, const QUuid &actor)
{
    auto compiled = compile(db, expression, actor);
    if (!compiled)
        return -1;
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ")
                             + compiled->where,
                         compiled->binds);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

QStringList numbersMatching(Storage::Database &db, const QString &expression, const QUuid &actor)
{
    QStringList numbers;
    auto compiled = compile(db, expression, actor);
    if (!compiled)
        return numbers;
    auto query = db.exec(QStringLiteral("SELECT t.number FROM tickets t WHERE ")
                             + compiled->where,
                         compiled->binds);
    while (query && query->next())
        numbers << query->value(0).toString();
    return numbers;
}

QStringList shownNumbers(const QAbstractItemModel &model, int rows)
{
    QStringList numbers;
    for (int row = 0; row < std::min(rows, model.rowCount()); ++row)
        numbers << model.index(row, 0).data(Models::QueueModel::NumberRole).toString();
    return numbers;
}

} // namespace ServiceDeck::Test
