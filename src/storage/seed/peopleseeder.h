// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace ServiceDeck::Storage::Internal {

class SeedContext;

// Support groups, people (staff in groups and people outside IT), memberships and roles.
class PeopleSeeder
{
public:
    explicit PeopleSeeder(SeedContext &context)
        : m_context(context)
    {}
    Result<void> run();

private:
    Result<void> loadExisting();
    void planGroups();
    void planPeople();

    SeedContext &m_context;
    QSet<QString> m_takenLogins;
    QHash<QString, QString> m_existingGroups; // name → id
};

} // namespace ServiceDeck::Storage::Internal
