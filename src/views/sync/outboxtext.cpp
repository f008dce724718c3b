// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxtext.h"

#include "storage/database.h"

namespace ServiceDeck::Views {

using Storage::JournalOp;

namespace {

QString fieldValue(const JournalOp &op, const QString &field, bool newValue)
{
    for (const Storage::FieldChange &change : op.changes) {
        if (change.field == field)
            return newValue ? change.newValue : change.oldValue;
    }
    return {};
}

QString shortened(const QString &value)
{
    constexpr int most = 60;
    QString line = value.simplified();
    if (line.size() > most)
        line = line.left(most - 1) + QChar(0x2026);
    return line;
}

QString shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

} // namespace

QString OutboxText::action(JournalOp::Action action)
{
    switch (action) {
    case JournalOp::Action::Create:
        return tr("Created");
    case JournalOp::Action::Update:
        return tr("Changed");
    case JournalOp::Action::Delete:
        return tr("Deleted");
    }
    return {};
}

QString OutboxText::changes(const JournalOp &op)
{
    QStringList fields;
    for (const Storage::FieldChange &change : op.changes) {
        if (!fields.contains(change.field))
            fields << change.field;
    }
    return fields.join(QStringLiteral(", "));
}

QString OutboxText::details(const JournalOp &op)
{
    QStringList lines;
    for (const Storage::FieldChange &change : op.changes) {
        const QString before =
            change.oldValue.isEmpty() ? tr("(none)") : shortened(change.oldValue);
        const QString after = change.newValue.isEmpty() ? tr("(none)") : shortened(change.newValue);
        lines << tr("%1: %2 → %3").arg(change.field, before, after);
    }
    return lines.join(QLatin1Char('\n'));
}

QString OutboxText::record(const JournalOp &op)
{
    if (op.entity == u"tickets")
        return tr("Ticket %1").arg(ticketNumber(op.entityId, op));
    if (op.entity == u"comments" || op.entity == u"worklog") {
        const QUuid ticket(fieldValue(op, QStringLiteral("ticket"), true));
        const QString number = ticket.isNull() ? QString() : ticketNumber(ticket, {});
        if (!number.isEmpty())
            return op.entity == u"comments" ? tr("Comment on %1").arg(number)
                                            : tr("Work log on %1").arg(number);
    }
    QString name = fieldValue(op, QStringLiteral("name"), op.action != JournalOp::Action::Delete);
    if (name.isEmpty())
        name = shortId(op.entityId);
    return QStringLiteral("%1 %2").arg(op.entity, name);
}

QString OutboxText::ticketNumber(const QUuid &id, const JournalOp &op)
{
    if (const auto known = m_numbers.constFind(id); known != m_numbers.constEnd())
        return *known;
    QString number;
    auto query = m_db.exec(QStringLiteral("SELECT number FROM tickets WHERE id = ?"),
                           {Storage::Database::idValue(id)});
    if (query && query->next())
        number = query->value(0).toString();
    // A deleted ticket is gone from the table; its delete op still names it.
    if (number.isEmpty() && op.entityId == id)
        number = fieldValue(op, QStringLiteral("number"), false);
    if (number.isEmpty())
        number = shortId(id);
    m_numbers.insert(id, number);
    return number;
}

} // namespace ServiceDeck::Views
