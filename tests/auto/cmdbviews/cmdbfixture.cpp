// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"

#include "storage/cirepository.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/ticketrepository.h"


#include <tuple>

namespace ServiceDeck::Test {

Result<SmallCmdb> seedSmallCmdb(Storage::Database &db)
{
    SmallCmdb cmdb;
    auto admin = Storage::DirectoryRepository(db).ensureAdmin();
    if (!admin)
        return admin.error();
    cmdb.admin = *admin;

    Storage::CiRepository cis(db);
    const QList<QPair<const char *, const char *>> items = {
        {"Payroll", "business_service"}, {"Webshop", "business_service"},
        {"payroll-app", "application"},  {"shop-app", "application"},
        {"db-payroll", "database"},      {"srv-01", "server"},
        {"srv-02", "server"},            {"srv-03", "server"},
        {"srv-04", "server"},            {"srv-05", "server"},
        {"sw-01", "network_device"},
    };
    for (const auto &[name, ciClass] : items) {
        ConfigurationItem ci;
        ci.name = QString::fromLatin1(name);
        ci.ciClass = QString::fromLatin1(ciClass);
        if (ci.ciClass == u"server")
            ci.attributes.insert(QStringLiteral("cpu_count"), QStringLiteral("4"));
        auto created = cis.create(ci, cmdb.admin.id);
        if (!created)
            return created.error();
        cmdb.ids.insert(ci.name, created->id);
    }
    const QList<std::tuple<const char *, const char *, const char *>> relations = {
        {"Payroll", "depends_on", "payroll-app"}, {"payroll-app", "runs_on", "srv-01"},
        {"payroll-app", "depends_on", "db-payroll"}, {"db-payroll", "runs_on", "srv-02"},
        {"srv-01", "connects_to", "sw-01"},       {"srv-02", "connects_to", "sw-01"},
        {"Webshop", "depends_on", "shop-app"},    {"shop-app", "runs_on", "srv-02"},
        {"srv-02", "part_of", "srv-03"},
    };
    for (const auto &[source, type, target] : relations) {
        auto added = cis.addRelation(cmdb.id(source), QString::fromLatin1(type), cmdb.id(target),
                                     cmdb.admin.id);
        if (!added)
            return added.error();
    }

    Storage::TicketRepository tickets(db);
    auto incident = tickets.create(
        TicketKind::Incident,
        {{QStringLiteral("title"), QStringLiteral("Disk full on srv-02")},
         {QStringLiteral("ci"), QStringLiteral("srv-02")}},
        cmdb.admin.id);
    if (!incident)
        return incident.error();
    cmdb.incidentNumber = incident->number;
    auto change = tickets.create(TicketKind::Change,
                                 {{QStringLiteral("title"), QStringLiteral("Patch srv-01")},
                                  {QStringLiteral("cis"), QStringLiteral("srv-01")}},
                                 cmdb.admin.id);
    if (!change)
        return change.error();
    cmdb.changeNumber = change->number;
    return cmdb;
}

} // namespace ServiceDeck::Test
