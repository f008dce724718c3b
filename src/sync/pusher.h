// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox.h"
#include "rowcodec.h"

namespace ServiceDeck::Sync {

// What a push could not apply, for the replica's conflict queue.
struct ConflictRecord
{
    QString kind; // field | update_deleted | delete_updated | rejected
    QString field;
    QString base, mine, theirs;
    QString detail; // update_deleted, rejected: the local record as JSON, to restore it
};

struct PushOutcome
{
    // applied | merged (applied over someone else's change) | conflict (partly or not applied)
    // | superseded (nothing left to do) | rejected (the hub's rules refused it)
    QString result;
    QList<ConflictRecord> conflicts;
    bool duplicate = false; // the hub had applied this op before (a replayed push)
};

// Applies one outbox op to the hub in one hub transaction, idempotently by op id: the op's
// fields are merged one by one against the op's base values — a field the hub still has at
// the base value takes the local value, a field already equal to it is left, and a field the
// hub changed to something else is a conflict, never overwritten.
class Pusher
{
public:
    Pusher(RowCodec &local, RowCodec &hub) : m_local(local), m_hub(hub) {}

    Result<PushOutcome> push(const OutboxOp &op);

    static QString conflictsJson(const QList<ConflictRecord> &conflicts);
    static QList<ConflictRecord> conflictsFromJson(const QString &json);
    static QString rowJson(const SchemaInfo &schema, const QString &table, const Row &row);

private:
    Result<PushOutcome> apply(const OutboxOp &op);
    Result<PushOutcome> applyCreate(const OutboxOp &op);
    Result<PushOutcome> applyUpdate(const OutboxOp &op);
    Result<PushOutcome> applyDelete(const OutboxOp &op);
    // Keeps the journal rows of what was applied; record() writes them with the op's result.
    void journal(const QList<Storage::FieldChange> &applied);
    Result<SqlRun> record(const OutboxOp &op, const PushOutcome &outcome);
    // Locks the op's record on the hub, reading its plain column fields with the lock.
    Result<std::optional<LockedFields>> lock(const OutboxOp &op);
    // A field of the op's record as the hub has it now: from the lock, else read.
    Result<std::optional<QString>> theirsNow(const OutboxOp &op, const LockedFields &locked,
                                             const QString &field);
    Result<Row> finalNumber(Row row);
    Result<void> updatePriority(const QUuid &ticketId);

    RowCodec &m_local;
    RowCodec &m_hub;
    QList<Storage::FieldChange> m_journal;
};

} // namespace ServiceDeck::Sync
