// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace ServiceDeck::Storage {

class Database;

struct FieldChange
{
    QString field;
    QString oldValue; // null: no value before
    QString newValue; // null: no value after
};

// One mutation of one record: the unit that the history shows and that sync replays.
struct JournalOp
{
    enum class Action { Create, Update, Delete };

    QUuid opId;
    Action action = Action::Update;
    QString entity; // table name: "tickets", "cis", …
    QUuid entityId;
    int baseVersion = 0; // the record's version before the op (0 for a create)
    QUuid actorId;
    QString origin = QStringLiteral("local");
    QList<FieldChange> changes;
};

struct JournalEntry
{
    qint64 seq = 0;
    QUuid opId;
    QString action;
    QString entity;
    QUuid entityId;
    QString field;
    QString oldValue;
    QString newValue;
    int baseVersion = 0;
    QUuid actorId;
    QString at; // ISO UTC
    QString origin;
};

// Appends ops to the journal inside the caller's transaction; reads a record's history.
class Journal
{
public:
    explicit Journal(Database &db) : m_db(db) {}

    Result<void> append(const JournalOp &op);
    Result<QList<JournalEntry>> history(const QUuid &entityId);

    static QString actionName(JournalOp::Action action);

private:
    Database &m_db;
};

} // namespace ServiceDeck::Storage
