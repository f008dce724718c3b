// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportscenario.h"

#include "storage/change/approvalrepository.h"
#include "storage/directoryrepository.h"
#include "storage/ids.h"

namespace ServiceDeck::Test {

namespace {

using Storage::Database;

struct NewChange
{
    const char *number;
    QString title;
    const char *type;
    const char *state;
    const char *risk; // nullptr: not assessed
    const char *start;
    const char *end;
    QUuid ci;
    QUuid service;
    QUuid assignee;
};

QString at(const char *text)
{
    return QString::fromLatin1(text) + QStringLiteral(":00.000Z");
}

Result<QUuid> addChange(Database &db, const NewChange &change, const QList<QUuid> &cis)
{
    const QUuid id = Storage::newId();
    auto inserted = db.exec(
        QStringLiteral("INSERT INTO tickets (id, number, kind, title, state, impact, urgency, "
                       "priority, opened, updated, change_type, risk, planned_start, "
                       "planned_end, ci_id, service_id, assignee_id) "
                       "VALUES (?, ?, 'change', ?, ?, 2, 2, 3, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {Database::idValue(id), QString::fromLatin1(change.number), change.title,
         QString::fromLatin1(change.state), at("2026-02-01T09:00"), at("2026-02-15T10:30"),
         QString::fromLatin1(change.type),
         change.risk ? QVariant(QString::fromLatin1(change.risk))
                     : QVariant(QMetaType(QMetaType::QString)),
         at(change.start), at(change.end), Database::optionalId(change.ci),
         Database::optionalId(change.service), Database::optionalId(change.assignee)});
    if (!inserted)
        return inserted.error();
    for (const QUuid &ci : cis) {
        auto linked = db.exec(QStringLiteral("INSERT INTO change_cis (id, change_id, ci_id) "
                                             "VALUES (?, ?, ?)"),
                              {Database::idValue(Storage::newId()), Database::idValue(id),
                               Database::idValue(ci)});
        if (!linked)
            return linked.error();
    }
    return id;
}

Result<QUuid> addUser(Database &db, const QString &login, const QString &name, const QUuid &admin)
{
    User user;
    user.login = login;
    user.displayName = name;
    user.roles = {QStringLiteral("cab")};
    auto created = Storage::DirectoryRepository(db).createUser(user, admin);
    if (!created)
        return created.error();
    return created->id;
}

} // namespace

QString ExportScenario::awkwardTitle()
{
    return QStringLiteral("Move \"Zürich\" DB; step 1, then 2\nBackout: C:\\temp\\old — "
                          "東京 replica, 日本語 notes; ünïcödé…");
}

Change::TimeSpan ExportScenario::march()
{
    return Change::TimeSpan::fromIso(at("2026-03-01T00:00"), at("2026-04-01T00:00"));
}

Result<ExportScenario> ExportScenario::make(CmdbFixture &f)
{
    if (auto made = f.ci(QStringLiteral("shop"), QStringLiteral("business_service")); !made)
        return made.error();
    if (auto related = f.relate(QStringLiteral("shop"), QStringLiteral("depends_on"),
                                QStringLiteral("app"));
        !related)
        return related.error();
    if (auto related = f.relate(QStringLiteral("app"), QStringLiteral("runs_on"),
                                QStringLiteral("srv1"));
        !related)
        return related.error();
    Database &db = f.db();
    ExportScenario s;
    auto carol = addUser(db, QStringLiteral("carol"), QStringLiteral("Carol Cab"), f.admin());
    if (!carol)
        return carol.error();
    auto dave = addUser(db, QStringLiteral("dave"), QStringLiteral("Dave Board"), f.admin());
    if (!dave)
        return dave.error();
    s.carol = *carol;
    s.dave = *dave;

    const QUuid shop = f.id(QStringLiteral("shop"));
    const QUuid app = f.id(QStringLiteral("app"));
    const QUuid srv1 = f.id(QStringLiteral("srv1"));
    const QList<std::pair<NewChange, QList<QUuid>>> changes = {
        {{"CHG0000101", QStringLiteral("Patch app"), "normal", "scheduled", "high",
          "2026-03-02T20:00", "2026-03-02T22:00", app, shop, f.admin()},
         {srv1}},
        {{"CHG0000102", awkwardTitle(), "normal", "awaiting_approval", "medium",
          "2026-03-02T21:00", "2026-03-02T23:00", {}, {}, {}},
         {app}},
        {{"CHG0000103", QStringLiteral("Retire srv1"), "emergency", "cancelled", "low",
          "2026-03-10T08:00", "2026-03-10T09:00", srv1, {}, {}},
         {}},
        {{"CHG0000104", QStringLiteral("Rotate certificates"), "standard", "approved", nullptr,
          "2026-03-20T06:00", "2026-03-20T06:30", {}, {}, {}},
         {}},
        {{"CHG0000105", QStringLiteral("Done and reviewed"), "normal", "closed", "low",
          "2026-03-05T08:00", "2026-03-05T09:00", app, {}, {}},
         {}},
        {{"CHG0000106", QStringLiteral("Next month"), "normal", "scheduled", "low",
          "2026-04-02T08:00", "2026-04-02T09:00", app, {}, {}},
         {}},
    };
    QList<QUuid> ids;
    for (const auto &[change, cis] : changes) {
        auto id = addChange(db, change, cis);
        if (!id)
            return id.error();
        ids << *id;
    }
    s.patch = ids.at(0);
    s.migrate = ids.at(1);
    s.retire = ids.at(2);
    s.rotate = ids.at(3);
    s.closed = ids.at(4);
    s.later = ids.at(5);

    Storage::ApprovalRepository approvals(db);
    if (auto asked = approvals.requestApprovers(s.patch, {s.carol, s.dave}, f.admin()); !asked)
        return asked.error();
    if (auto asked = approvals.requestApprovers(s.migrate, {s.carol, s.dave}, f.admin()); !asked)
        return asked.error();
    for (const auto &[change, approver] : {std::pair{s.patch, s.carol}, std::pair{s.patch, s.dave},
                                           std::pair{s.migrate, s.carol}}) {
        if (auto decided = approvals.decide(change, approver, Change::ApprovalDecision::Approved,
                                            {});
            !decided)
            return decided.error();
    }

    s.freeze = Storage::newId();
    auto frozen = db.exec(db.expand(QStringLiteral(
                              "INSERT INTO blackout_windows (id, name, starts, ends, reason, "
                              "global) VALUES (?, 'Quarter close', ?, ?, ?, {FALSE})")),
                          {Database::idValue(s.freeze), at("2026-03-02T00:00"),
                           at("2026-03-03T00:00"),
                           QStringLiteral("Finance closes the books; no changes, please")});
    if (!frozen)
        return frozen.error();
    auto scoped = db.exec(QStringLiteral("INSERT INTO blackout_scope (id, blackout_id, ci_id) "
                                         "VALUES (?, ?, ?)"),
                          {Database::idValue(Storage::newId()), Database::idValue(s.freeze),
                           Database::idValue(shop)});
    if (!scoped)
        return scoped.error();
    return s;
}

} // namespace ServiceDeck::Test
