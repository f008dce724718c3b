// SPDX-License-Identifier: GPL-3.0-or-later
// WindowRepository's freezes and its rule; the maintenance windows are in maintenancewindows.cpp.
#include "windowrepository.h"

#include "windowchanges.h"

#include "storage/database.h"
#include "storage/ids.h"
#include "storage/journal.h"

#include "core/roles.h"
#include "core/timestamps.h"
#include "core/tr.h"

#include <QHash>

#include <algorithm>

namespace ServiceDeck::Storage {

namespace {

const QString blackoutEntity = QStringLiteral("blackout_windows");

QDateTime instantOf(const QVariant &value)
{
    return parseIsoInstant(Database::instantText(value)).value_or(QDateTime());
}

StoredBlackout blackoutFromRow(const QSqlQuery &query)
{
    StoredBlackout blackout;
    blackout.id = Database::toUuid(query.value(0));
    blackout.version = query.value(1).toInt();
    blackout.name = query.value(2).toString();
    blackout.reason = query.value(3).toString();
    blackout.starts = instantOf(query.value(4));
    blackout.ends = instantOf(query.value(5));
    blackout.global = query.value(6).toBool();
    return blackout;
}

const QString selectBlackouts = QStringLiteral("SELECT id, version, name, reason, starts, ends, "
                                               "global FROM blackout_windows ");

bool nameLess(const ScopeCi &a, const ScopeCi &b)
{
    const int order = a.name.compare(b.name, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a.id < b.id;
}

QString nameOf(const User &user)
{
    return user.displayName.isEmpty() ? user.login : user.displayName;
}

} // namespace

QList<QUuid> StoredBlackout::scopeIds() const
{
    QList<QUuid> ids;
    for (const ScopeCi &ci : scope)
        ids << ci.id;
    return ids;
}

Result<void> WindowRepository::checkMayManageWindows(const User &actor)
{
    if (actor.hasRole(roleName(Role::ChangeManager)) || actor.hasRole(roleName(Role::Admin)))
        return {};
    return invalidData(Tr::tr("Rule \"only change_manager manages windows\": %1 holds neither "
                              "the change_manager nor the admin role and cannot create, edit or "
                              "delete freeze or maintenance windows")
                           .arg(nameOf(actor)));
}

Result<QList<StoredBlackout>> WindowRepository::blackouts(const Change::TimeSpan &range)
{
    QVariantList values;
    QString where;
    if (!range.isNull()) {
        where = QStringLiteral("WHERE starts < ? AND ends > ? ");
        values << toIsoUtc(range.endTime()) << toIsoUtc(range.startTime());
    }
    auto query =
        m_db.exec(selectBlackouts + where + QStringLiteral("ORDER BY starts, name"), values);
    if (!query)
        return query.error();
    QList<StoredBlackout> list;
    while (query->next())
        list << blackoutFromRow(*query);
    if (auto read = readScopes(list); !read)
        return read.error();
    return list;
}

Result<std::optional<StoredBlackout>> WindowRepository::findBlackout(const QUuid &id)
{
    auto query =
        m_db.exec(selectBlackouts + QStringLiteral("WHERE id = ?"), {Database::idValue(id)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<StoredBlackout>();
    QList<StoredBlackout> list{blackoutFromRow(*query)};
    query->finish();
    if (auto read = readScopes(list); !read)
        return read.error();
    return std::optional<StoredBlackout>(list.first());
}

Result<void> WindowRepository::readScopes(QList<StoredBlackout> &blackouts)
{
    QHash<QUuid, qsizetype> index;
    for (qsizetype i = 0; i < blackouts.size(); ++i) {
        if (!blackouts.at(i).global)
            index.insert(blackouts.at(i).id, i);
    }
    // In chunks well below SQLite's limit on bound variables.
    constexpr qsizetype chunk = 500;
    const QList<QUuid> ids = index.keys();
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        QStringList marks;
        QVariantList values;
        for (const QUuid &id : ids.mid(from, chunk)) {
            marks << QStringLiteral("?");
            values << Database::idValue(id);
        }
        auto query = m_db.exec(QStringLiteral("SELECT s.blackout_id, c.id, c.name "
                                              "FROM blackout_scope s JOIN cis c ON c.id = s.ci_id "
                                              "WHERE s.blackout_id IN (%1)")
                                   .arg(marks.join(QStringLiteral(", "))),
                               values);
        if (!query)
            return query.error();
        while (query->next()) {
            StoredBlackout &blackout = blackouts[index.value(Database::toUuid(query->value(0)))];
            blackout.scope << ScopeCi{Database::toUuid(query->value(1)),
                                      query->value(2).toString()};
        }
    }
    for (StoredBlackout &blackout : blackouts)
        std::sort(blackout.scope.begin(), blackout.scope.end(), nameLess);
    return {};
}

Result<QList<ScopeCi>> WindowRepository::resolveScope(const QList<QUuid> &ids)
{
    QList<ScopeCi> scope;
    for (const QUuid &id : ids) {
        if (std::any_of(scope.cbegin(), scope.cend(),
                        [&id](const ScopeCi &ci) { return ci.id == id; }))
            continue;
        const Error unknown =
            invalidData(Tr::tr("Field \"scope\": there is no configuration item with the id %1")
                            .arg(id.toString(QUuid::WithoutBraces)));
        if (id.isNull())
            return unknown;
        auto query =
            m_db.exec(QStringLiteral("SELECT name FROM cis WHERE id = ?"), {Database::idValue(id)});
        if (!query)
            return query.error();
        if (!query->next())
            return unknown;
        scope << ScopeCi{id, query->value(0).toString()};
    }
    std::sort(scope.begin(), scope.end(), nameLess);
    return scope;
}

Result<StoredBlackout> WindowRepository::checkBlackout(const StoredBlackout &input)
{
    StoredBlackout blackout = input;
    blackout.name = blackout.name.trimmed();
    blackout.reason = blackout.reason.trimmed();
    if (blackout.name.isEmpty())
        return invalidData(Tr::tr("Field \"name\": a freeze window needs a name"));
    if (!blackout.starts.isValid())
        return invalidData(Tr::tr("Field \"starts\": a freeze window needs a start time"));
    if (!blackout.ends.isValid())
        return invalidData(Tr::tr("Field \"ends\": a freeze window needs an end time"));
    blackout.starts = blackout.starts.toUTC();
    blackout.ends = blackout.ends.toUTC();
    if (blackout.ends <= blackout.starts)
        return invalidData(Tr::tr("Field \"ends\": a freeze window must end after it starts "
                                  "(%1 is not after %2)")
                               .arg(Change::spanTimeText(blackout.ends.toMSecsSinceEpoch()),
                                    Change::spanTimeText(blackout.starts.toMSecsSinceEpoch())));
    if (blackout.global && !blackout.scope.isEmpty())
        return invalidData(Tr::tr("Field \"scope\": a global freeze covers every configuration "
                                  "item and takes no scope"));
    if (!blackout.global && blackout.scope.isEmpty())
        return invalidData(Tr::tr("Field \"scope\": a scoped freeze needs at least one "
                                  "configuration item"));
    auto scope = resolveScope(blackout.scopeIds());
    if (!scope)
        return scope.error();
    blackout.scope = *scope;
    return blackout;
}

Result<void> WindowRepository::writeScope(const QUuid &blackoutId, const QList<ScopeCi> &before,
                                          const QList<ScopeCi> &after)
{
    for (const ScopeCi &ci : before) {
        if (after.contains(ci))
            continue;
        auto removed = m_db.exec(QStringLiteral("DELETE FROM blackout_scope "
                                                "WHERE blackout_id = ? AND ci_id = ?"),
                                 {Database::idValue(blackoutId), Database::idValue(ci.id)});
        if (!removed)
            return removed.error();
    }
    for (const ScopeCi &ci : after) {
        if (before.contains(ci))
            continue;
        auto inserted = m_db.exec(
            QStringLiteral("INSERT INTO blackout_scope (id, blackout_id, "
                           "ci_id) VALUES (?, ?, ?)"),
            {Database::idValue(newId()), Database::idValue(blackoutId), Database::idValue(ci.id)});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<StoredBlackout> WindowRepository::createBlackout(const StoredBlackout &input,
                                                        const User &actor)
{
    if (auto allowed = checkMayManageWindows(actor); !allowed)
        return allowed.error();
    auto checked = checkBlackout(input);
    if (!checked)
        return checked.error();
    StoredBlackout blackout = *checked;

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    blackout.id = newId();
    blackout.version = 1;
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO blackout_windows (id, name, starts, "
                                             "ends, reason, global) VALUES (?, ?, ?, ?, ?, ?)"),
                              {Database::idValue(blackout.id), blackout.name,
                               toIsoUtc(blackout.starts), toIsoUtc(blackout.ends),
                               Database::optionalText(blackout.reason), blackout.global});
    if (!inserted)
        return inserted.error();
    if (auto written = writeScope(blackout.id, {}, blackout.scope); !written)
        return written.error();
    const JournalOp op =
        Internal::windowOp(JournalOp::Action::Create, blackoutEntity, blackout.id, 0, actor.id,
                           Internal::blackoutChanges(std::nullopt, blackout));
    if (auto committed = Internal::journalAndCommit(m_db, tx, op); !committed)
        return committed.error();
    return blackout;
}

Result<StoredBlackout> WindowRepository::updateBlackout(const StoredBlackout &input,
                                                        const User &actor)
{
    Transaction tx(m_db);
    if (auto begun = Internal::beginWindowWrite(tx, actor); !begun)
        return begun.error();
    // Read inside the transaction, so that the version check, the diff and the write see one
    // state of the rows.
    const auto stored = Internal::storedAtVersion(
        findBlackout(input.id), input.version,
        Tr::tr("Freeze window \"%1\" was deleted by someone else meanwhile").arg(input.name),
        Tr::tr("Freeze window \"%1\" was changed by someone else meanwhile "
               "(version %2, edited from version %3); reload it and edit again"),
        &StoredBlackout::name);
    if (!stored)
        return stored.error();
    const StoredBlackout &current = *stored;
    auto checked = checkBlackout(input);
    if (!checked)
        return checked.error();
    StoredBlackout blackout = *checked;
    const QList<FieldChange> changes = Internal::blackoutChanges(current, blackout);
    if (changes.isEmpty())
        return current; // nothing to save: no new version, no journal entry

    auto updated = m_db.exec(QStringLiteral("UPDATE blackout_windows SET name = ?, starts = ?, "
                                            "ends = ?, reason = ?, global = ?, "
                                            "version = version + 1 WHERE id = ? AND version = ?"),
                             {blackout.name, toIsoUtc(blackout.starts), toIsoUtc(blackout.ends),
                              Database::optionalText(blackout.reason), blackout.global,
                              Database::idValue(current.id), current.version});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{
            ErrorKind::Conflict,
            Tr::tr("Freeze window \"%1\" was changed by someone else meanwhile").arg(current.name)};
    if (auto written = writeScope(current.id, current.scope, blackout.scope); !written)
        return written.error();
    const JournalOp op = Internal::windowOp(JournalOp::Action::Update, blackoutEntity, current.id,
                                            current.version, actor.id, changes);
    if (auto committed = Internal::journalAndCommit(m_db, tx, op); !committed)
        return committed.error();
    blackout.version = current.version + 1;
    return blackout;
}

Result<void> WindowRepository::removeBlackout(const QUuid &id, int expectedVersion,
                                              const User &actor)
{
    Transaction tx(m_db);
    if (auto begun = Internal::beginWindowWrite(tx, actor); !begun)
        return begun.error();
    const auto stored = Internal::storedAtVersion(
        findBlackout(id), expectedVersion,
        Tr::tr("The freeze window %1 was deleted by someone else meanwhile")
            .arg(id.toString(QUuid::WithoutBraces)),
        Tr::tr("Freeze window \"%1\" was changed by someone else meanwhile "
               "(version %2, read at version %3); reload it before deleting it"),
        &StoredBlackout::name);
    if (!stored)
        return stored.error();
    const StoredBlackout &current = *stored;
    // The delete op records the scope; its rows go first rather than rely on the cascade.
    if (auto written = writeScope(id, current.scope, {}); !written)
        return written.error();
    auto removed = m_db.exec(QStringLiteral("DELETE FROM blackout_windows "
                                            "WHERE id = ? AND version = ?"),
                             {Database::idValue(id), current.version});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() != 1)
        return Error{
            ErrorKind::Conflict,
            Tr::tr("Freeze window \"%1\" was changed by someone else meanwhile").arg(current.name)};
    const JournalOp op =
        Internal::windowOp(JournalOp::Action::Delete, blackoutEntity, id, current.version, actor.id,
                           Internal::blackoutChanges(current, std::nullopt));
    return Internal::journalAndCommit(m_db, tx, op);
}

} // namespace ServiceDeck::Storage
