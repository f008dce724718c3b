// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryrepository.h"

#include "database.h"
#include "ids.h"
#include "journal.h"

#include "core/roles.h"
#include "core/timestamps.h"
#include "core/tr.h"

#include <QDateTime>

namespace ServiceDeck::Storage {

namespace {

JournalOp createOp(const QString &entity, const QUuid &id, const QUuid &actorId,
                   QList<FieldChange> changes)
{
    JournalOp op;
    op.opId = newId();
    op.action = JournalOp::Action::Create;
    op.entity = entity;
    op.entityId = id;
    op.actorId = actorId;
    op.changes = std::move(changes);
    return op;
}

} // namespace

Result<std::optional<User>> DirectoryRepository::findUser(const QString &login)
{
    auto query = m_db.exec(QStringLiteral("SELECT id, version, login, display_name, email, active "
                                          "FROM users WHERE login = ?"),
                           {login});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<User>();
    User user;
    user.id = Database::toUuid(query->value(0));
    user.version = query->value(1).toInt();
    user.login = query->value(2).toString();
    user.displayName = query->value(3).toString();
    user.email = query->value(4).toString();
    user.active = query->value(5).toBool();
    auto roles = m_db.exec(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ? "
                                          "ORDER BY role"),
                           {Database::idValue(user.id)});
    if (!roles)
        return roles.error();
    while (roles->next())
        user.roles << roles->value(0).toString();
    return std::optional<User>(user);
}

Result<std::optional<Group>> DirectoryRepository::findGroup(const QString &name)
{
    auto query = m_db.exec(QStringLiteral("SELECT id, version, name, description, email "
                                          "FROM support_groups WHERE name = ?"),
                           {name});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Group>();
    Group group;
    group.id = Database::toUuid(query->value(0));
    group.version = query->value(1).toInt();
    group.name = query->value(2).toString();
    group.description = query->value(3).toString();
    group.email = query->value(4).toString();
    return std::optional<Group>(group);
}

Result<User> DirectoryRepository::createUser(const User &input, const QUuid &actorId)
{
    const QString login = input.login.trimmed();
    if (login.isEmpty() || login.contains(QLatin1Char(' ')))
        return invalidData(Tr::tr("Field \"login\": \"%1\" is not a valid login").arg(login));
    for (const QString &role : input.roles) {
        if (!roleNames().contains(role))
            return invalidData(Tr::tr("Field \"roles\": unknown role \"%1\"; roles are: %2")
                                   .arg(role, roleNames().join(QStringLiteral(", "))));
    }
    auto existing = findUser(login);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return invalidData(Tr::tr("Field \"login\": a user \"%1\" exists already").arg(login));

    User user = input;
    user.id = newId();
    user.version = 1;
    user.login = login;
    if (user.displayName.isEmpty())
        user.displayName = login;
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO users (id, login, display_name, email, "
                                             "active, created) VALUES (?, ?, ?, ?, ?, ?)"),
                              {Database::idValue(user.id), user.login, user.displayName,
                               user.email.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(user.email),
                               user.active, toIsoUtc(QDateTime::currentDateTimeUtc())});
    if (!inserted)
        return inserted.error();
    auto journaled = Journal(m_db).append(
        createOp(QStringLiteral("users"), user.id, actorId,
                 {{QStringLiteral("login"), {}, user.login},
                  {QStringLiteral("display_name"), {}, user.displayName}}));
    if (!journaled)
        return journaled.error();
    for (const QString &role : user.roles) {
        if (auto done = insertRole(user.id, role, actorId); !done)
            return done.error();
    }
    return user;
}

Result<void> DirectoryRepository::insertRole(const QUuid &userId, const QString &role,
                                             const QUuid &actorId)
{
    const QUuid id = newId();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO user_roles (id, user_id, role) "
                                             "VALUES (?, ?, ?)"),
                              {Database::idValue(id), Database::idValue(userId), role});
    if (!inserted)
        return inserted.error();
    return Journal(m_db).append(createOp(
        QStringLiteral("user_roles"), id, actorId,
        {{QStringLiteral("user"), {}, userId.toString(QUuid::WithoutBraces)},
         {QStringLiteral("role"), {}, role}}));
}

Result<Group> DirectoryRepository::createGroup(const Group &input, const QUuid &actorId)
{
    const QString name = input.name.trimmed();
    if (name.isEmpty())
        return invalidData(Tr::tr("Field \"name\": a group needs a name"));
    auto existing = findGroup(name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return invalidData(Tr::tr("Field \"name\": a group \"%1\" exists already").arg(name));
    Group group = input;
    group.id = newId();
    group.version = 1;
    group.name = name;
    const QVariant nullText(QMetaType(QMetaType::QString));
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO support_groups (id, name, description, "
                                             "email) VALUES (?, ?, ?, ?)"),
                              {Database::idValue(group.id), group.name,
                               group.description.isEmpty() ? nullText : group.description,
                               group.email.isEmpty() ? nullText : group.email});
    if (!inserted)
        return inserted.error();
    auto journaled = Journal(m_db).append(createOp(QStringLiteral("support_groups"), group.id,
                                                   actorId, {{QStringLiteral("name"), {}, name}}));
    if (!journaled)
        return journaled.error();
    return group;
}

Result<void> DirectoryRepository::addMember(const QUuid &groupId, const QUuid &userId,
                                            const QUuid &actorId)
{
    const QUuid id = newId();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO group_members (id, group_id, user_id) "
                                             "VALUES (?, ?, ?)"),
                              {Database::idValue(id), Database::idValue(groupId),
                               Database::idValue(userId)});
    if (!inserted)
        return inserted.error();
    return Journal(m_db).append(createOp(
        QStringLiteral("group_members"), id, actorId,
        {{QStringLiteral("group"), {}, groupId.toString(QUuid::WithoutBraces)},
         {QStringLiteral("user"), {}, userId.toString(QUuid::WithoutBraces)}}));
}

Result<User> DirectoryRepository::ensureAdmin()
{
    auto existing = findUser(QStringLiteral("admin"));
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return existing->value();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    User admin;
    admin.login = QStringLiteral("admin");
    admin.displayName = Tr::tr("Administrator");
    admin.roles = roleNames();
    auto created = createUser(admin, {});
    if (!created)
        return created.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return created;
}

} // namespace ServiceDeck::Storage
