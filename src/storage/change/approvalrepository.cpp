// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalrepository.h"

#include "storage/database.h"
#include "storage/ids.h"
#include "storage/journal.h"

#include "core/change/changerules.h"
#include "core/timestamps.h"
#include "core/tr.h"

namespace ServiceDeck::Storage {

namespace {

using Change::ApprovalDecision;

const QString entity = QStringLiteral("change_approvals");

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString nowText()
{
    return toIsoUtc(QDateTime::currentDateTimeUtc());
}

} // namespace

Result<ApprovalRepository::ChangeRow> ApprovalRepository::change(const QUuid &changeId)
{
    auto query = m_db.exec(QStringLiteral("SELECT number, kind, change_type, approval_quorum "
                                          "FROM tickets WHERE id = ?"),
                           {Database::idValue(changeId)});
    if (!query)
        return query.error();
    if (!query->next() || query->value(1).toString() != u"change")
        return invalidData(Tr::tr("No change with the id %1")
                               .arg(changeId.toString(QUuid::WithoutBraces)));
    return ChangeRow{query->value(0).toString(), query->value(2).toString(),
                     query->value(3).isNull() ? 0 : query->value(3).toInt()};
}

Result<User> ApprovalRepository::user(const QUuid &userId)
{
    auto query = m_db.exec(QStringLiteral("SELECT login, display_name, active, version "
                                          "FROM users WHERE id = ?"),
                           {Database::idValue(userId)});
    if (!query)
        return query.error();
    if (!query->next())
        return invalidData(
            Tr::tr("No user with the id %1").arg(userId.toString(QUuid::WithoutBraces)));
    User user;
    user.id = userId;
    user.login = query->value(0).toString();
    user.displayName = query->value(1).toString();
    user.active = query->value(2).toBool();
    user.version = query->value(3).toInt();
    auto roles = m_db.exec(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"),
                           {Database::idValue(userId)});
    if (!roles)
        return roles.error();
    while (roles->next())
        user.roles << roles->value(0).toString();
    return user;
}

Result<QList<Change::ApprovalRecord>> ApprovalRepository::approvals(const QUuid &changeId)
{
    auto query = m_db.exec(QStringLiteral("SELECT a.id, a.approver_id, u.display_name, "
                                          "a.decision, a.comment, a.requested, a.decided, "
                                          "a.voided FROM change_approvals a "
                                          "JOIN users u ON u.id = a.approver_id "
                                          "WHERE a.change_id = ? ORDER BY a.requested, a.id"),
                           {Database::idValue(changeId)});
    if (!query)
        return query.error();
    QList<Change::ApprovalRecord> records;
    while (query->next()) {
        Change::ApprovalRecord record;
        record.id = Database::toUuid(query->value(0));
        record.approver = Database::toUuid(query->value(1));
        record.approverName = query->value(2).toString();
        record.decision = Change::approvalDecisionFromName(query->value(3).toString())
                              .value_or(ApprovalDecision::Requested);
        record.comment = query->value(4).toString();
        record.requested = *parseIsoInstant(Database::instantText(query->value(5)));
        if (!query->value(6).isNull())
            record.decided = *parseIsoInstant(Database::instantText(query->value(6)));
        record.voided = query->value(7).toBool();
        records << record;
    }
    return records;
}

Result<QUuid> ApprovalRepository::insertRequest(const QUuid &changeId, const QUuid &approverId,
                                                const QUuid &actorId, const QString &now)
{
    const QUuid id = newId();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO change_approvals (id, change_id, "
                                             "approver_id, decision, requested) "
                                             "VALUES (?, ?, ?, 'requested', ?)"),
                              {Database::idValue(id), Database::idValue(changeId),
                               Database::idValue(approverId), now});
    if (!inserted)
        return inserted.error();
    JournalOp op;
    op.opId = newId();
    op.action = JournalOp::Action::Create;
    op.entity = entity;
    op.entityId = id;
    op.actorId = actorId;
    op.changes << FieldChange{QStringLiteral("change_id"), {},
                              changeId.toString(QUuid::WithoutBraces)}
               << FieldChange{QStringLiteral("approver_id"), {},
                              approverId.toString(QUuid::WithoutBraces)}
               << FieldChange{QStringLiteral("decision"), {}, QStringLiteral("requested")};
    if (auto journaled = Journal(m_db).append(op); !journaled)
        return journaled.error();
    return id;
}

Result<void> ApprovalRepository::requestApprovers(const QUuid &changeId,
                                                  const QList<QUuid> &approvers,
                                                  const QUuid &actorId)
{
    if (auto found = change(changeId); !found)
        return found.error();
    QList<User> users;
    for (const QUuid &approverId : approvers) {
        auto approver = user(approverId);
        if (!approver)
            return approver.error();
        if (auto allowed = Change::checkMayApprove(*approver); !allowed)
            return allowed;
        users << *approver;
    }
    auto records = approvals(changeId);
    if (!records)
        return records.error();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    const QString now = nowText();
    for (const User &approver : std::as_const(users)) {
        const bool open = std::any_of(records->cbegin(), records->cend(), [&](const auto &r) {
            return r.approver == approver.id && r.decision == ApprovalDecision::Requested
                   && !r.voided;
        });
        if (open)
            continue;
        if (auto inserted = insertRequest(changeId, approver.id, actorId, now); !inserted)
            return inserted.error();
    }
    return tx.commit();
}

Result<void> ApprovalRepository::decide(const QUuid &changeId, const QUuid &approverId,
                                        ApprovalDecision decision, const QString &comment)
{
    if (decision == ApprovalDecision::Requested)
        return invalidData(Tr::tr("A decision is \"approved\" or \"rejected\""));
    auto approver = user(approverId);
    if (!approver)
        return approver.error();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto records = approvals(changeId);
    if (!records)
        return records.error();
    if (auto allowed = Change::checkMayDecide(*approver, *records); !allowed)
        return allowed;
    const auto open = std::find_if(records->cbegin(), records->cend(), [&](const auto &r) {
        return r.approver == approverId && r.decision == ApprovalDecision::Requested
               && !r.voided;
    });
    const QString now = nowText();
    const QString text = comment.trimmed();
    auto updated = m_db.exec(QStringLiteral("UPDATE change_approvals SET decision = ?, "
                                            "comment = ?, decided = ?, version = version + 1 "
                                            "WHERE id = ? AND decision = 'requested'"),
                             {Change::approvalDecisionName(decision),
                              text.isEmpty() ? nullText() : QVariant(text), now,
                              Database::idValue(open->id)});
    if (!updated)
        return updated.error();
    JournalOp op;
    op.opId = newId();
    op.entity = entity;
    op.entityId = open->id;
    op.baseVersion = 1;
    op.actorId = approverId;
    op.changes << FieldChange{QStringLiteral("decision"), QStringLiteral("requested"),
                              Change::approvalDecisionName(decision)}
               << FieldChange{QStringLiteral("decided"), {}, now};
    if (!text.isEmpty())
        op.changes << FieldChange{QStringLiteral("comment"), {}, text};
    if (auto journaled = Journal(m_db).append(op); !journaled)
        return journaled;
    return tx.commit();
}

Result<int> ApprovalRepository::voidApprovals(const QUuid &changeId, const QUuid &actorId)
{
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto records = approvals(changeId);
    if (!records)
        return records.error();
    const QString now = nowText();
    int voided = 0;
    for (const Change::ApprovalRecord &record : std::as_const(*records)) {
        if (record.decision != ApprovalDecision::Approved || record.voided)
            continue;
        auto updated = m_db.exec(QStringLiteral("UPDATE change_approvals SET voided = ?, "
                                                "version = version + 1 WHERE id = ?"),
                                 {true, Database::idValue(record.id)});
        if (!updated)
            return updated.error();
        JournalOp op;
        op.opId = newId();
        op.entity = entity;
        op.entityId = record.id;
        op.baseVersion = 1;
        op.actorId = actorId;
        op.changes << FieldChange{QStringLiteral("voided"), QStringLiteral("false"),
                                  QStringLiteral("true")};
        if (auto journaled = Journal(m_db).append(op); !journaled)
            return journaled.error();
        // The approver has to look at the new plan: ask again at once.
        if (auto asked = insertRequest(changeId, record.approver, actorId, now); !asked)
            return asked.error();
        ++voided;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return voided;
}

Result<void> ApprovalRepository::setQuorum(const QUuid &changeId, int quorum,
                                           const QUuid &actorId)
{
    if (quorum < 0)
        return invalidData(Tr::tr("Field \"approval_quorum\": %1 is not a number of approvals")
                               .arg(quorum));
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto current = change(changeId);
    if (!current)
        return current.error();
    if (current->quorum == quorum)
        return {};
    auto updated = m_db.exec(QStringLiteral("UPDATE tickets SET approval_quorum = ?, "
                                            "version = version + 1, updated = ? WHERE id = ?"),
                             {quorum > 0 ? QVariant(quorum) : QVariant(QMetaType(QMetaType::Int)),
                              nowText(), Database::idValue(changeId)});
    if (!updated)
        return updated.error();
    auto version = m_db.exec(QStringLiteral("SELECT version FROM tickets WHERE id = ?"),
                             {Database::idValue(changeId)});
    if (!version)
        return version.error();
    JournalOp op;
    op.opId = newId();
    op.entity = QStringLiteral("tickets");
    op.entityId = changeId;
    op.baseVersion = version->next() ? version->value(0).toInt() - 1 : 0;
    op.actorId = actorId;
    op.changes << FieldChange{QStringLiteral("approval_quorum"),
                              current->quorum > 0 ? QString::number(current->quorum) : QString(),
                              quorum > 0 ? QString::number(quorum) : QString()};
    if (auto journaled = Journal(m_db).append(op); !journaled)
        return journaled;
    return tx.commit();
}

Result<Change::ApprovalEvaluation> ApprovalRepository::evaluate(const QUuid &changeId)
{
    auto current = change(changeId);
    if (!current)
        return current.error();
    auto records = approvals(changeId);
    if (!records)
        return records.error();
    Change::ApprovalPolicy policy;
    policy.type = Change::changeTypeFromName(current->type).value_or(Change::ChangeType::Normal);
    policy.quorum = current->quorum;
    return Change::evaluateApprovals(*records, policy);
}

} // namespace ServiceDeck::Storage
