// SPDX-License-Identifier: GPL-3.0-or-later
#include "peopleseeder.h"

#include "storage/bulkinsert.h"
#include "seedcontext.h"
#include "seedrandom.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ServiceDeck::Storage::Internal {

namespace {

constexpr quint32 Stream = 1;

QString loginOf(const QString &first, const QString &last)
{
    QString login = first.toLower() + QLatin1Char('.') + last.toLower();
    login.remove(QLatin1Char(' '));
    return login;
}

} // namespace

Result<void> PeopleSeeder::loadExisting()
{
    // `init` made `admin`, and a user may have added people or groups by hand: never clash.
    auto logins = m_context.db.exec(QStringLiteral("SELECT login FROM users"));
    if (!logins)
        return logins.error();
    while (logins->next())
        m_takenLogins.insert(logins->value(0).toString().toLower());
    auto groups = m_context.db.exec(QStringLiteral("SELECT id, name FROM support_groups"));
    if (!groups)
        return groups.error();
    while (groups->next())
        m_existingGroups.insert(groups->value(1).toString(),
                                Database::toUuid(groups->value(0)).toString(QUuid::WithoutBraces));
    return {};
}

Result<void> PeopleSeeder::run()
{
    if (auto loaded = loadExisting(); !loaded)
        return loaded;
    SeedRandom random(m_context.options.randomSeed, Stream);
    SeedContext &c = m_context;

    const qint64 peopleCount = std::clamp<qint64>(c.options.tickets / 2000, 20, 400);
    const int groupCount = int(std::clamp<qint64>(8 + peopleCount / 100, 8, GroupCount));

    BulkInsert groupRows(c.db, QStringLiteral("support_groups"),
                         {QStringLiteral("id"), QStringLiteral("name"),
                          QStringLiteral("description"), QStringLiteral("email")});
    BulkInsert userRows(c.db, QStringLiteral("users"),
                        {QStringLiteral("id"), QStringLiteral("login"),
                         QStringLiteral("display_name"), QStringLiteral("email"),
                         QStringLiteral("active"), QStringLiteral("created")});
    BulkInsert memberRows(
        c.db, QStringLiteral("group_members"),
        {QStringLiteral("id"), QStringLiteral("group_id"), QStringLiteral("user_id")});
    BulkInsert roleRows(c.db, QStringLiteral("user_roles"),
                        {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("role")});
    SeedPhase phase(c, QStringLiteral("people"), peopleCount);
    phase.add(groupRows);
    phase.add(userRows);
    phase.add(memberRows);
    phase.add(roleRows);
    if (auto started = phase.start(); !started)
        return started;

    for (int i = 0; i < groupCount; ++i) {
        const GroupSpec &spec = groupSpecs().at(i);
        SeedGroup group;
        group.spec = GroupIndex(i);
        group.id = random.uuid(); // drawn even when unused, so existing groups shift nothing
        if (m_existingGroups.contains(spec.name)) {
            group.id = m_existingGroups.value(spec.name);
        } else {
            groupRows << group.id << spec.name << spec.description << spec.email;
            ++c.report.groups;
        }
        c.groupBySpec[i] = int(c.groups.size());
        c.groups << group;
    }

    // Groups that take tickets; the CAB only approves.
    QList<int> workGroups;
    for (int g = 0; g < c.groups.size(); ++g) {
        if (c.groups.at(g).spec != ChangeBoard)
            workGroups << g;
    }
    const qint64 staffCount =
        std::min<qint64>(peopleCount, std::max<qint64>(2 * groupCount, (peopleCount * 7) / 10));
    for (qint64 i = 0; i < peopleCount; ++i) {
        const QString first = random.pick(firstNames());
        const QString last = random.pick(lastNames());
        QString login = loginOf(first, last);
        for (int suffix = 2; m_takenLogins.contains(login); ++suffix)
            login = loginOf(first, last) + QString::number(suffix);
        m_takenLogins.insert(login);

        SeedPerson person;
        person.id = random.uuid();
        person.displayName = first + QLatin1Char(' ') + last;
        const qint64 created = c.historyStart - random.below64(730 * DayMs);
        userRows << person.id << login << person.displayName
                 << QVariant(login + QStringLiteral("@example.com"))
                 << QVariant(random.chance(0.97)) << isoText(created);
        const int index = int(c.people.size());
        if (i < staffCount && !workGroups.isEmpty()) {
            // Every group gets someone; after that the Service Desk is three times as big.
            int g =
                i < workGroups.size()
                    ? workGroups.at(int(i))
                    : (random.chance(0.25) ? 0
                                           : workGroups.at(random.below(int(workGroups.size()))));
            person.group = g;
            c.staff << index;
            c.groups[g].members << index;
            memberRows << random.uuid() << c.groups.at(g).id << person.id;
            roleRows << random.uuid() << person.id << QStringLiteral("operator");
            if (random.chance(0.1) && workGroups.size() > 1) {
                const int second = workGroups.at(random.below(int(workGroups.size())));
                if (second != g) {
                    c.groups[second].members << index;
                    memberRows << random.uuid() << c.groups.at(second).id << person.id;
                }
            }
        }
        c.people << person;
        ++c.report.users;
    }

    // Change managers and CAB members come from the staff; the CAB group holds both.
    QList<int> candidates = c.staff;
    const int cab = c.groupBySpec[ChangeBoard];
    auto takeCandidate = [&] {
        return candidates.takeAt(random.below(int(candidates.size())));
    };
    const qint64 managers = std::max<qint64>(2, peopleCount / 40);
    for (qint64 i = 0; i < managers && !candidates.isEmpty(); ++i) {
        const int index = takeCandidate();
        c.changeManagers << index;
        roleRows << random.uuid() << c.people.at(index).id << QStringLiteral("change_manager");
        if (cab >= 0) {
            c.groups[cab].members << index;
            memberRows << random.uuid() << c.groups.at(cab).id << c.people.at(index).id;
        }
    }
    const qint64 boardMembers = std::max<qint64>(3, peopleCount / 15);
    for (qint64 i = 0; i < boardMembers && !candidates.isEmpty(); ++i) {
        const int index = takeCandidate();
        c.cabMembers << index;
        roleRows << random.uuid() << c.people.at(index).id << QStringLiteral("cab");
        if (cab >= 0) {
            c.groups[cab].members << index;
            memberRows << random.uuid() << c.groups.at(cab).id << c.people.at(index).id;
        }
    }
    return phase.finish();
}

} // namespace ServiceDeck::Storage::Internal
