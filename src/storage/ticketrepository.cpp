// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketrepository.h"

#include "database.h"
#include "ids.h"
#include "journal.h"
#include "slarepository.h"
#include "change/approvalrepository.h"

#include "core/change/changerules.h"
#include "core/fields.h"
#include "core/lifecycle.h"
#include "core/priority.h"
#include "core/timestamps.h"
#include "core/tr.h"

#include <QDateTime>

#include <algorithm>

namespace ServiceDeck::Storage {

namespace {

// A change's planned window as stored text; a missing end leaves 0, so that setting only one
// of the two still counts as a change of the window.
Change::TimeSpan plannedWindow(const QMap<QString, QString> &fields)
{
    const auto msecs = [&fields](const QString &name) -> qint64 {
        const auto at = parseIsoInstant(fields.value(name));
        return at ? at->toMSecsSinceEpoch() : 0;
    };
    return {msecs(QStringLiteral("planned_start")), msecs(QStringLiteral("planned_end"))};
}

bool isReference(FieldType type)
{
    return type == FieldType::User || type == FieldType::Group || type == FieldType::Ci;
}

// The tickets column of a field; empty for `cis`, which lives in change_cis.
QString columnOf(const FieldDef &def)
{
    if (def.type == FieldType::CiList)
        return {};
    return isReference(def.type) ? def.name + QStringLiteral("_id") : def.name;
}

// Table and name column a reference field points at.
QPair<QString, QString> referenceTarget(FieldType type)
{
    switch (type) {
    case FieldType::User: return {QStringLiteral("users"), QStringLiteral("login")};
    case FieldType::Group: return {QStringLiteral("support_groups"), QStringLiteral("name")};
    default: return {QStringLiteral("cis"), QStringLiteral("name")};
    }
}

QString refLabel(FieldType type)
{
    switch (type) {
    case FieldType::User: return Tr::tr("no user with the login \"%1\"");
    case FieldType::Group: return Tr::tr("no group named \"%1\"");
    default: return Tr::tr("no configuration item named \"%1\"");
    }
}

// SELECT list and joins that read every field of a ticket, with names for references; the
// caller appends WHERE and ORDER BY. Decoded by ticketFromRow().
QString selectTicketSql()
{
    QStringList columns = {QStringLiteral("t.id"), QStringLiteral("t.version"),
                           QStringLiteral("t.number"), QStringLiteral("t.kind")};
    QStringList joins;
    for (const FieldDef &def : ticketFields()) {
        const QString column = columnOf(def);
        if (column.isEmpty())
            continue;
        columns << QStringLiteral("t.") + column;
        if (isReference(def.type)) {
            const auto [table, name] = referenceTarget(def.type);
            const QString alias = QStringLiteral("j_") + def.name;
            columns << alias + QLatin1Char('.') + name;
            joins << QStringLiteral("LEFT JOIN %1 %2 ON %2.id = t.%3").arg(table, alias, column);
        }
    }
    return QStringLiteral("SELECT %1 FROM tickets t %2")
        .arg(columns.join(QStringLiteral(", ")), joins.join(QLatin1Char(' ')));
}

// A value as the journal keeps it: text, with references as ids and instants as ISO UTC.
QString storedText(const FieldDef &def, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (def.type) {
    case FieldType::Instant: return Database::instantText(value);
    case FieldType::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::User:
    case FieldType::Group:
    case FieldType::Ci: return Database::toUuid(value).toString(QUuid::WithoutBraces);
    default: return value.toString();
    }
}

QVariant bindValue(const FieldDef &def, const QString &stored)
{
    if (stored.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    switch (def.type) {
    case FieldType::Level:
    case FieldType::Priority: return stored.toInt();
    case FieldType::Bool: return stored == u"true";
    default: return stored;
    }
}

QVariant instantOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(toIsoUtc(instant)) : QVariant(QMetaType(QMetaType::QString));
}

// Binds the SLA columns a ticket stores; they derive from the policy and are not journaled.
void appendSlaColumns(const SlaColumns &sla, QStringList &columns, QVariantList &binds)
{
    columns << QStringLiteral("sla_policy_id") << QStringLiteral("response_due")
            << QStringLiteral("resolution_due") << QStringLiteral("sla_warning_at");
    binds << Database::optionalId(sla.policyId) << instantOrNull(sla.due.responseDue)
          << instantOrNull(sla.due.resolutionDue) << instantOrNull(sla.due.warningAt);
}

// Decodes a row of selectTicketSql(): display text per field (`cis` is not part of it).
Ticket ticketFromRow(const QSqlQuery &query)
{
    Ticket ticket;
    ticket.id = Database::toUuid(query.value(0));
    ticket.version = query.value(1).toInt();
    ticket.number = query.value(2).toString();
    ticket.kind = kindFromName(query.value(3).toString()).value_or(TicketKind::Incident);
    int column = 4;
    for (const FieldDef &def : ticketFields()) {
        if (columnOf(def).isEmpty())
            continue;
        const QVariant value = query.value(column++);
        QString text = storedText(def, value);
        if (isReference(def.type))
            text = query.value(column++).toString();
        if (def.appliesTo(ticket.kind) && !text.isEmpty())
            ticket.fields.insert(def.name, text);
    }
    return ticket;
}

} // namespace

// Assignments checked and references resolved: field → journal text (empty clears).
struct TicketRepository::Resolved
{
    QMap<QString, QString> values;
    QMap<QString, QString> display;
};

Result<TicketRepository::Resolved> TicketRepository::resolve(TicketKind kind,
                                                             const FieldAssignments &fields)
{
    Resolved resolved;
    for (const auto &[name, text] : fields) {
        auto normalised = normaliseFieldValue(kind, name, text);
        if (!normalised)
            return normalised.error();
        const FieldDef &def = *findTicketField(name);
        QString stored = *normalised;
        if (isReference(def.type) && !stored.isEmpty()) {
            const auto [table, column] = referenceTarget(def.type);
            auto query = m_db.exec(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                                       .arg(table, column),
                                   {stored});
            if (!query)
                return query.error();
            if (!query->next())
                return invalidData(Tr::tr("Field \"%1\": %2")
                                       .arg(name, refLabel(def.type).arg(stored)));
            stored = Database::toUuid(query->value(0)).toString(QUuid::WithoutBraces);
        } else if (def.type == FieldType::CiList && !stored.isEmpty()) {
            QStringList ids;
            for (const QString &ciName : stored.split(QLatin1Char(','))) {
                auto query = m_db.exec(QStringLiteral("SELECT id FROM cis WHERE name = ?"),
                                       {ciName});
                if (!query)
                    return query.error();
                if (!query->next())
                    return invalidData(Tr::tr("Field \"%1\": %2")
                                           .arg(name, refLabel(FieldType::Ci).arg(ciName)));
                ids << Database::toUuid(query->value(0)).toString(QUuid::WithoutBraces);
            }
            ids.sort();
            stored = ids.join(QLatin1Char(','));
        }
        resolved.values.insert(name, stored);
        resolved.display.insert(name, *normalised);
    }
    return resolved;
}

Result<Ticket> TicketRepository::create(TicketKind kind, const FieldAssignments &fields,
                                        const QUuid &actorId)
{
    auto resolved = resolve(kind, fields);
    if (!resolved)
        return resolved.error();
    QMap<QString, QString> values = resolved->values;
    if (values.value(QStringLiteral("title")).isEmpty())
        return invalidData(Tr::tr("Field \"title\": a ticket needs a title"));
    // Defaults a service desk expects: the lifecycle's first state, low impact and urgency.
    const QString state = values.value(QStringLiteral("state"));
    if (!state.isEmpty() && state != initialState(kind))
        return invalidData(Tr::tr("Field \"state\": a new %1 starts in state %2")
                               .arg(kindName(kind), initialState(kind)));
    values.insert(QStringLiteral("state"), initialState(kind));
    if (values.value(QStringLiteral("impact")).isEmpty())
        values.insert(QStringLiteral("impact"), QStringLiteral("3"));
    if (values.value(QStringLiteral("urgency")).isEmpty())
        values.insert(QStringLiteral("urgency"), QStringLiteral("3"));
    values.insert(QStringLiteral("priority"),
                  QString::number(priorityFor(values.value(QStringLiteral("impact")).toInt(),
                                              values.value(QStringLiteral("urgency")).toInt())));
    if (kind == TicketKind::Change && values.value(QStringLiteral("change_type")).isEmpty())
        values.insert(QStringLiteral("change_type"), QStringLiteral("normal"));
    const QDateTime openedAt = QDateTime::currentDateTimeUtc();
    const QString now = toIsoUtc(openedAt);
    values.insert(QStringLiteral("opened"), now);
    values.insert(QStringLiteral("updated"), now);
    const QString start = values.value(QStringLiteral("planned_start"));
    const QString end = values.value(QStringLiteral("planned_end"));
    if (!start.isEmpty() && !end.isEmpty() && end <= start)
        return invalidData(Tr::tr("Field \"planned_end\": must be after planned_start"));

    if (kind == TicketKind::Change) {
        if (auto allowed = checkMaySchedule({}, values, actorId); !allowed)
            return allowed.error();
    }

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const QUuid id = newId();
    // A replica numbers offline provisionally; the hub gives the final number when it syncs.
    auto replica = m_db.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'hub'"));
    if (!replica)
        return replica.error();
    const bool provisional = replica->next() && !replica->value(0).toString().isEmpty();
    replica->finish();
    QString number;
    if (provisional) {
        number = provisionalNumber(kind, id);
    } else {
        auto sequence = m_db.exec(QStringLiteral("UPDATE number_sequences SET next_value = "
                                                 "next_value + 1 WHERE kind = ? "
                                                 "RETURNING next_value - 1"),
                                  {kindName(kind)});
        if (!sequence)
            return sequence.error();
        if (!sequence->next())
            return invalidData(Tr::tr("No number sequence for %1").arg(kindName(kind)));
        number = formatNumber(kind, sequence->value(0).toLongLong());
        sequence->finish();
    }

    QStringList columns = {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("kind")};
    QVariantList binds = {Database::idValue(id), number, kindName(kind)};
    JournalOp op;
    op.opId = newId();
    op.action = JournalOp::Action::Create;
    op.entity = QStringLiteral("tickets");
    op.entityId = id;
    op.actorId = actorId;
    op.changes << FieldChange{QStringLiteral("number"), {}, number}
               << FieldChange{QStringLiteral("kind"), {}, kindName(kind)};
    for (const FieldDef &def : ticketFields()) {
        const QString value = values.value(def.name);
        if (value.isEmpty())
            continue;
        op.changes << FieldChange{def.name, {}, value};
        const QString column = columnOf(def);
        if (column.isEmpty())
            continue;
        columns << column;
        binds << bindValue(def, value);
    }
    auto sla = SlaRepository(m_db).columnsFor(kind, values.value(QStringLiteral("priority")).toInt(),
                                              openedAt, 0);
    if (!sla)
        return sla.error();
    appendSlaColumns(*sla, columns, binds);
    QStringList marks(columns.size(), QStringLiteral("?"));
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO tickets (%1) VALUES (%2)")
                                  .arg(columns.join(QStringLiteral(", ")),
                                       marks.join(QStringLiteral(", "))),
                              binds);
    if (!inserted)
        return inserted.error();
    const QString cis = values.value(QStringLiteral("cis"));
    if (!cis.isEmpty()) {
        if (auto written = writeChangeCis(id, cis.split(QLatin1Char(','))); !written)
            return written.error();
    }
    if (auto journaled = Journal(m_db).append(op); !journaled)
        return journaled.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return load(number);
}

Result<Ticket> TicketRepository::findByNumber(const QString &number)
{
    return load(number.trimmed().toUpper());
}

Result<Ticket> TicketRepository::load(const QString &number)
{
    auto query = m_db.exec(selectTicketSql() + QStringLiteral(" WHERE t.number = ?"), {number});
    if (!query)
        return query.error();
    if (!query->next())
        return invalidData(Tr::tr("No ticket with the number \"%1\"").arg(number));
    Ticket ticket = ticketFromRow(*query);
    if (ticket.kind == TicketKind::Change) {
        auto names = m_db.exec(QStringLiteral("SELECT c.name FROM change_cis x JOIN cis c ON "
                                              "c.id = x.ci_id WHERE x.change_id = ? "
                                              "ORDER BY c.name"),
                               {Database::idValue(ticket.id)});
        if (!names)
            return names.error();
        QStringList list;
        while (names->next())
            list << names->value(0).toString();
        if (!list.isEmpty())
            ticket.fields.insert(QStringLiteral("cis"), list.join(QLatin1Char(',')));
    }
    return ticket;
}

Result<QList<Ticket>> TicketRepository::find(const QString &where, const QVariantList &binds,
                                             const QString &orderBy, qint64 limit)
{
    QString sql = selectTicketSql() + QStringLiteral(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    QVariantList values = binds;
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    auto query = m_db.exec(sql, values);
    if (!query)
        return query.error();
    QList<Ticket> tickets;
    while (query->next())
        tickets << ticketFromRow(*query);
    return tickets;
}

Result<QStringList> TicketRepository::changeCiIds(const QUuid &changeId)
{
    auto query = m_db.exec(QStringLiteral("SELECT ci_id FROM change_cis WHERE change_id = ?"),
                           {Database::idValue(changeId)});
    if (!query)
        return query.error();
    QStringList ids;
    while (query->next())
        ids << Database::toUuid(query->value(0)).toString(QUuid::WithoutBraces);
    ids.sort();
    return ids;
}

Result<void> TicketRepository::writeChangeCis(const QUuid &changeId, const QStringList &ciIds)
{
    auto removed = m_db.exec(QStringLiteral("DELETE FROM change_cis WHERE change_id = ?"),
                             {Database::idValue(changeId)});
    if (!removed)
        return removed.error();
    for (const QString &ciId : ciIds) {
        auto inserted = m_db.exec(QStringLiteral("INSERT INTO change_cis (id, change_id, ci_id) "
                                                 "VALUES (?, ?, ?)"),
                                  {Database::idValue(newId()), Database::idValue(changeId), ciId});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<void> TicketRepository::remove(const QString &number, const QUuid &actorId)
{
    auto actor = ApprovalRepository(m_db).user(actorId);
    if (!actor)
        return actor.error();
    if (!actor->roles.contains(QStringLiteral("admin")))
        return Error{ErrorKind::InvalidData,
                     Tr::tr("Only an administrator may delete tickets; %1 is not one")
                         .arg(actor->login)};
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    QStringList columns;
    for (const FieldDef &def : ticketFields()) {
        if (!columnOf(def).isEmpty())
            columns << columnOf(def);
    }
    auto row = m_db.exec(QStringLiteral("SELECT id, version, kind, %1 FROM tickets "
                                        "WHERE number = ?")
                             .arg(columns.join(QStringLiteral(", "))),
                         {number});
    if (!row)
        return row.error();
    if (!row->next())
        return invalidData(Tr::tr("No ticket with the number \"%1\"").arg(number));
    JournalOp op;
    op.opId = newId();
    op.action = JournalOp::Action::Delete;
    op.entity = QStringLiteral("tickets");
    op.entityId = Database::toUuid(row->value(0));
    op.baseVersion = row->value(1).toInt();
    op.actorId = actorId;
    op.changes << FieldChange{QStringLiteral("number"), number, {}}
               << FieldChange{QStringLiteral("kind"), row->value(2).toString(), {}};
    int column = 3;
    for (const FieldDef &def : ticketFields()) {
        if (columnOf(def).isEmpty())
            continue;
        const QString value = storedText(def, row->value(column++));
        if (!value.isEmpty())
            op.changes << FieldChange{def.name, value, {}};
    }
    row->finish();
    auto ciIds = changeCiIds(op.entityId);
    if (!ciIds)
        return ciIds.error();
    if (!ciIds->isEmpty())
        op.changes << FieldChange{QStringLiteral("cis"), ciIds->join(QLatin1Char(',')), {}};
    auto removed = m_db.exec(QStringLiteral("DELETE FROM tickets WHERE id = ?"),
                             {Database::idValue(op.entityId)});
    if (!removed)
        return removed.error();
    if (auto journaled = Journal(m_db).append(op); !journaled)
        return journaled.error();
    return tx.commit();
}

Result<void> TicketRepository::checkMaySchedule(const QMap<QString, QString> &before,
                                                const QMap<QString, QString> &after,
                                                const QUuid &actorId)
{
    const Change::TimeSpan from = plannedWindow(before);
    const Change::TimeSpan to = plannedWindow(after);
    if (from == to)
        return {};
    auto actor = ApprovalRepository(m_db).user(actorId);
    if (!actor)
        return actor.error();
    return Change::checkMaySchedule(*actor, from, to);
}

Result<Ticket> TicketRepository::update(const QString &number, const FieldAssignments &fields,
                                        const QUuid &actorId, int expectedVersion)
{
    auto current = findByNumber(number);
    if (!current)
        return current.error();
    if (fields.isEmpty())
        return Error{ErrorKind::Usage, Tr::tr("Nothing to update: give FIELD=VALUE pairs")};
    auto resolved = resolve(current->kind, fields);
    if (!resolved)
        return resolved.error();

    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    // Read the stored form inside the transaction, so the diff and the write see one state.
    QStringList columns;
    for (const FieldDef &def : ticketFields()) {
        if (!columnOf(def).isEmpty())
            columns << columnOf(def);
    }
    auto row = m_db.exec(QStringLiteral("SELECT version, %1, pending_since, paused_seconds, "
                                        "first_response FROM tickets WHERE id = ?")
                             .arg(columns.join(QStringLiteral(", "))),
                         {Database::idValue(current->id)});
    if (!row)
        return row.error();
    if (!row->next())
        return invalidData(Tr::tr("No ticket with the number \"%1\"").arg(number));
    const int version = row->value(0).toInt();
    if (expectedVersion >= 0 && version != expectedVersion)
        return Error{ErrorKind::Conflict, Tr::tr("Ticket %1 was changed by someone else "
                                                 "meanwhile (version %2, expected %3)")
                                              .arg(current->number)
                                              .arg(version)
                                              .arg(expectedVersion)};
    QMap<QString, QString> before;
    int column = 1;
    for (const FieldDef &def : ticketFields()) {
        if (!columnOf(def).isEmpty())
            before.insert(def.name, storedText(def, row->value(column++)));
    }
    SlaClockState clock{parseIsoInstant(Database::instantText(row->value(column)))
                            .value_or(QDateTime()),
                        row->value(column + 1).toLongLong(),
                        !row->value(column + 2).isNull()};
    row->finish();
    auto ciIds = changeCiIds(current->id);
    if (!ciIds)
        return ciIds.error();
    before.insert(QStringLiteral("cis"), ciIds->join(QLatin1Char(',')));

    QMap<QString, QString> after = before;
    for (auto it = resolved->values.cbegin(); it != resolved->values.cend(); ++it)
        after.insert(it.key(), it.value());
    after.insert(QStringLiteral("priority"),
                 QString::number(priorityFor(after.value(QStringLiteral("impact")).toInt(),
                                             after.value(QStringLiteral("urgency")).toInt())));
    const QString start = after.value(QStringLiteral("planned_start"));
    const QString end = after.value(QStringLiteral("planned_end"));
    if (!start.isEmpty() && !end.isEmpty() && end <= start)
        return invalidData(Tr::tr("Field \"planned_end\": must be after planned_start"));

    if (current->kind == TicketKind::Change) {
        if (auto allowed = checkMaySchedule(before, after, actorId); !allowed)
            return allowed.error();
    }

    // A change of state is a lifecycle step: checked by the core, with its effects.
    const QDateTime nowAt = QDateTime::currentDateTimeUtc();
    const QString oldState = before.value(QStringLiteral("state"));
    const QString newState = after.value(QStringLiteral("state"));
    if (oldState != newState) {
        if (auto allowed = checkTransition(current->kind, oldState, newState, after); !allowed)
            return allowed.error();
        const auto effects = transitionEffects(current->kind, oldState, newState, toIsoUtc(nowAt));
        for (auto it = effects.cbegin(); it != effects.cend(); ++it) {
            if (!resolved->values.contains(it.key()))
                after.insert(it.key(), it.value());
        }
    }

    JournalOp op;
    op.opId = newId();
    op.action = JournalOp::Action::Update;
    op.entity = QStringLiteral("tickets");
    op.entityId = current->id;
    op.baseVersion = version;
    op.actorId = actorId;
    QStringList sets;
    QVariantList binds;
    for (const FieldDef &def : ticketFields()) {
        const QString oldValue = before.value(def.name);
        const QString newValue = after.value(def.name);
        if (oldValue == newValue)
            continue;
        op.changes << FieldChange{def.name, oldValue.isEmpty() ? QString() : oldValue,
                                  newValue.isEmpty() ? QString() : newValue};
        if (columnOf(def).isEmpty()) {
            if (auto written = writeChangeCis(current->id,
                                              newValue.split(QLatin1Char(','), Qt::SkipEmptyParts));
                !written)
                return written.error();
            continue;
        }
        sets << columnOf(def) + QStringLiteral(" = ?");
        binds << bindValue(def, newValue);
    }
    if (op.changes.isEmpty())
        return current; // nothing differs: no version bump, no journal noise

    auto sla = slaBookkeeping(current->kind, before, after, clock, nowAt, sets, binds);
    if (!sla)
        return sla.error();
    sets << QStringLiteral("version = version + 1") << QStringLiteral("updated = ?");
    binds << toIsoUtc(nowAt) << Database::idValue(current->id) << version;
    auto updated = m_db.exec(QStringLiteral("UPDATE tickets SET %1 WHERE id = ? AND version = ?")
                                 .arg(sets.join(QStringLiteral(", "))),
                             binds);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{ErrorKind::Conflict,
                     Tr::tr("Ticket %1 was changed by someone else meanwhile").arg(number)};
    if (auto journaled = Journal(m_db).append(op); !journaled)
        return journaled.error();
    // An approval given to the old plan or window does not cover the new one.
    if (current->kind == TicketKind::Change
        && std::any_of(op.changes.cbegin(), op.changes.cend(), [](const FieldChange &change) {
               return Change::voidsApprovals(change.field);
           })) {
        if (auto voided = ApprovalRepository(m_db).voidApprovals(current->id, actorId); !voided)
            return voided.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return load(current->number);
}

Result<void> TicketRepository::slaBookkeeping(TicketKind kind,
                                              const QMap<QString, QString> &before,
                                              const QMap<QString, QString> &after,
                                              const SlaClockState &clock, const QDateTime &now,
                                              QStringList &sets, QVariantList &binds)
{
    const QString oldState = before.value(QStringLiteral("state"));
    const QString newState = after.value(QStringLiteral("state"));
    const int priority = after.value(QStringLiteral("priority")).toInt();
    bool recompute = before.value(QStringLiteral("priority")) != after.value(QStringLiteral("priority"));
    SlaRepository sla(m_db);
    qint64 paused = clock.pausedSeconds;
    if (newState == u"pending" && oldState != u"pending") {
        sets << QStringLiteral("pending_since = ?");
        binds << toIsoUtc(now);
    } else if (oldState == u"pending" && newState != u"pending") {
        if (clock.pendingSince.isValid()) {
            auto seconds = sla.pausedBusinessSeconds(kind, priority, clock.pendingSince, now);
            if (!seconds)
                return seconds.error();
            paused += *seconds;
        }
        sets << QStringLiteral("pending_since = ?") << QStringLiteral("paused_seconds = ?");
        binds << QVariant(QMetaType(QMetaType::QString)) << paused;
        recompute = true;
    }
    // Leaving the first state counts as the response to the caller.
    if (oldState != newState && oldState == initialState(kind) && !clock.responded) {
        sets << QStringLiteral("first_response = ?");
        binds << toIsoUtc(now);
    }
    if (!recompute)
        return {};
    const auto opened = parseIsoInstant(after.value(QStringLiteral("opened")));
    auto columns = sla.columnsFor(kind, priority, opened.value_or(now), paused);
    if (!columns)
        return columns.error();
    QStringList names;
    appendSlaColumns(*columns, names, binds);
    for (const QString &name : names)
        sets << name + QStringLiteral(" = ?");
    return {};
}

} // namespace ServiceDeck::Storage
