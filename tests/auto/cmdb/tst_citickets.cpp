// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"

#include "storage/cmdb/citickets.h"
#include "storage/ids.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;

namespace {

struct TicketRow
{
    const char *number;
    const char *kind;
    const char *state;
    int priority;
    const char *ci;      // ci_id, or nullptr
    const char *service; // service_id, or nullptr
    QStringList changeCis = {};
};

// Written straight into the table: the states under test need no walk through the lifecycle.
Result<void> insertTicket(Test::CmdbFixture &f, const TicketRow &row)
{
    const QUuid id = newId();
    const QVariant none(QMetaType(QMetaType::QString));
    const bool change = QLatin1String(row.kind) == QLatin1String("change");
    auto ciId = [&](const char *name) {
        return name ? Database::idValue(f.id(QString::fromLatin1(name))) : none;
    };
    auto inserted = f.db().exec(
        QStringLiteral("INSERT INTO tickets (id, number, kind, title, state, impact, urgency, "
                       "priority, ci_id, service_id, opened, updated, planned_start, planned_end) "
                       "VALUES (?, ?, ?, ?, ?, 2, 2, ?, ?, ?, ?, ?, ?, ?)"),
        {Database::idValue(id), QString::fromLatin1(row.number), QString::fromLatin1(row.kind),
         QStringLiteral("Title of ") + QString::fromLatin1(row.number),
         QString::fromLatin1(row.state), row.priority, ciId(row.ci), ciId(row.service),
         QStringLiteral("2025-03-01T08:00:00.000Z"), QStringLiteral("2025-03-01T08:00:00.000Z"),
         change ? QVariant(QStringLiteral("2025-04-01T20:00:00.000Z")) : none,
         change ? QVariant(QStringLiteral("2025-04-01T22:00:00.000Z")) : none});
    if (!inserted)
        return inserted.error();
    for (const QString &name : row.changeCis) {
        auto listed = f.db().exec(
            QStringLiteral("INSERT INTO change_cis (id, change_id, ci_id) "
                           "VALUES (?, ?, ?)"),
            {Database::idValue(newId()), Database::idValue(id), Database::idValue(f.id(name))});
        if (!listed)
            return listed.error();
    }
    return {};
}

} // namespace

class tst_CiTickets : public QObject
{
    Q_OBJECT

private slots:
    void shouldListTheOpenWorkOnCis_data() { Test::addDriverRows(); }
    void shouldListTheOpenWorkOnCis()
    {
        SD_CMDB_FIXTURE(f);
        SD_VERIFY_OK(f.ci(QStringLiteral("Payroll"), QStringLiteral("business_service")));
        SD_VERIFY_OK(f.ci(QStringLiteral("app"), QStringLiteral("application")));
        SD_VERIFY_OK(f.ci(QStringLiteral("srv")));
        SD_VERIFY_OK(f.ci(QStringLiteral("elsewhere")));
        const TicketRow rows[] = {
            {"INC0000001", "incident", "new", 3, "app", nullptr},
            {"INC0000002", "incident", "resolved", 1, "app", nullptr},    // done
            {"INC0000003", "incident", "pending", 2, nullptr, "Payroll"}, // via its service
            {"INC0000004", "incident", "in_progress", 3, "app", "Payroll"},
            {"INC0000005", "incident", "cancelled", 3, "srv", nullptr}, // done
            {"INC0000006", "incident", "assigned", 1, "elsewhere", nullptr},
            {"REQ0000001", "request", "new", 3, "app", nullptr}, // requests: not shown
            {"PRB0000001", "problem", "known_error", 2, "srv", nullptr},
            {"PRB0000002", "problem", "closed", 2, "srv", nullptr}, // done
            {"CHG0000001",
             "change",
             "scheduled",
             3,
             nullptr,
             nullptr,
             {QStringLiteral("srv"), QStringLiteral("app")}},
            {"CHG0000002", "change", "closed", 3, nullptr, nullptr, {QStringLiteral("srv")}},
            {"CHG0000003", "change", "draft", 2, "srv", nullptr},
            {"CHG0000004", "change", "rejected", 2, "srv", nullptr}, // done
            {"CHG0000005", "change", "cancelled", 2, nullptr, nullptr, {QStringLiteral("app")}},
            {"CHG0000006", "change", "review", 4, nullptr, "Payroll"}, // a service is no CI list
        };
        for (const TicketRow &row : rows)
            SD_VERIFY_OK(insertTicket(f, row));
        CiTickets tickets(f.db());

        // When the open work on the service, the application and the server is asked for
        auto open = tickets.openOn({f.id(QStringLiteral("Payroll")), f.id(QStringLiteral("app")),
                                    f.id(QStringLiteral("srv"))});
        SD_VERIFY_OK(open);
        // Then incidents, problems and changes come by priority then number, each once
        QStringList seen;
        for (const CiTicket &ticket : std::as_const(*open))
            seen << ticket.number + QLatin1Char('@') + f.nameOf(ticket.ciId);
        QCOMPARE(seen, (QStringList{
                           QStringLiteral("INC0000003@Payroll"), QStringLiteral("INC0000001@app"),
                           QStringLiteral("INC0000004@app"), QStringLiteral("PRB0000001@srv"),
                           QStringLiteral("CHG0000003@srv"), QStringLiteral("CHG0000001@app")}));
        const CiTicket &change = open->constLast();
        QCOMPARE(change.kind, QStringLiteral("change"));
        QCOMPARE(change.state, QStringLiteral("scheduled"));
        QCOMPARE(change.title, QStringLiteral("Title of CHG0000001"));
        QCOMPARE(change.plannedStart, QStringLiteral("2025-04-01T20:00:00.000Z"));
        QCOMPARE(change.plannedEnd, QStringLiteral("2025-04-01T22:00:00.000Z"));
        QCOMPARE(open->constFirst().priority, 2);
        QVERIFY(open->constFirst().plannedStart.isEmpty());

        // And one CI alone sees what touches it
        auto onApp = tickets.openOn({f.id(QStringLiteral("app"))});
        SD_VERIFY_OK(onApp);
        QCOMPARE(onApp->size(), 3);
        QVERIFY(tickets.openOn({})->isEmpty());

        // And the open incidents are counted per CI, for its CI and for its service
        auto counts =
            tickets.openIncidentCounts({f.id(QStringLiteral("Payroll")),
                                        f.id(QStringLiteral("app")), f.id(QStringLiteral("srv"))});
        SD_VERIFY_OK(counts);
        QCOMPARE(counts->size(), 2);
        QCOMPARE(counts->value(f.id(QStringLiteral("Payroll"))), 2);
        QCOMPARE(counts->value(f.id(QStringLiteral("app"))), 2);
        QVERIFY(!counts->contains(f.id(QStringLiteral("srv"))));
    }

    void shouldAnswerForALargeSetOfCis_data() { Test::addDriverRows(); }
    void shouldAnswerForALargeSetOfCis()
    {
        SD_CMDB_FIXTURE(f);
        SD_VERIFY_OK(f.ci(QStringLiteral("srv")));
        SD_VERIFY_OK(insertTicket(f, {"INC0000001", "incident", "new", 3, "srv", nullptr}));
        // More ids than one IN list holds, the known CI at the end
        QList<QUuid> ids;
        for (int i = 0; i < 1200; ++i)
            ids << QUuid::createUuid();
        ids << f.id(QStringLiteral("srv"));
        auto open = CiTickets(f.db()).openOn(ids);
        SD_VERIFY_OK(open);
        QCOMPARE(open->size(), 1);
        auto counts = CiTickets(f.db()).openIncidentCounts(ids);
        SD_VERIFY_OK(counts);
        QCOMPARE(counts->value(f.id(QStringLiteral("srv"))), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CiTickets)
#include "tst_citickets.moc"
