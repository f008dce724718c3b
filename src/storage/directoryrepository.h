// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "core/error.h"

#include <optional>

namespace ServiceDeck::Storage {

class Database;

// Users, their roles, support groups and memberships. Every change is journaled with its actor.
class DirectoryRepository
{
public:
    explicit DirectoryRepository(Database &db) : m_db(db) {}

    Result<std::optional<User>> findUser(const QString &login);
    Result<std::optional<Group>> findGroup(const QString &name);

    // Creates the user with the given roles; InvalidData if the login is taken or a role unknown.
    Result<User> createUser(const User &user, const QUuid &actorId);
    Result<Group> createGroup(const Group &group, const QUuid &actorId);
    Result<void> addMember(const QUuid &groupId, const QUuid &userId, const QUuid &actorId);

    // `init`: the administrator with every role, created once; returns it either way.
    Result<User> ensureAdmin();

private:
    Result<void> insertRole(const QUuid &userId, const QString &role, const QUuid &actorId);

    Database &m_db;
};

} // namespace ServiceDeck::Storage
