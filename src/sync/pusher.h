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
    // Pushes ops from `from` on and returns the outcomes of those done, in order (at least
    // one). A run of updates of plain column fields of distinct records goes to the hub as one
    // page (servicedeck_push_ops): merged here against the rows as read, then applied there one
    // by one, each in its own hub transaction, and stopped at the first record that changed
    // since it was read. Any other op goes alone, through push().
    Result<QList<PushOutcome>> pushSome(const QList<OutboxOp> &ops, qsizetype from);

    static QString conflictsJson(const QList<ConflictRecord> &conflicts);
    static QList<ConflictRecord> conflictsFromJson(const QString &json);
    static QString rowJson(const SchemaInfo &schema, const QString &table, const Row &row);

private:
    // What an update does to the hub, worked out against the record as the hub has it
    // (nullopt: gone) and as the replica has it.
    struct UpdatePlan
    {
        PushOutcome outcome;
        QList<std::pair<QString, QString>> writes; // field → normalised value
        Row extra;                                 // derived columns, copied from the replica
        QList<Storage::FieldChange> applied;       // the journal rows of the writes
    };
    Result<UpdatePlan> planUpdate(const OutboxOp &op, const std::optional<LockedFields> &locked,
                                  const std::optional<Row> &local);
    bool batchable(const OutboxOp &op) const;
    // nullopt: the hub's rules refused one of the ops; they are then pushed one by one.
    Result<std::optional<QList<PushOutcome>>> pushBatch(const QList<OutboxOp> &ops);
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
