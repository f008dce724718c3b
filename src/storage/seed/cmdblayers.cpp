// SPDX-License-Identifier: GPL-3.0-or-later
// The layers of the demo CMDB, bottom up; each relation points at CIs made before it.
#include "cmdbseeder.h"

#include "storage/bulkinsert.h"
#include "seedcontext.h"

#include <QDateTime>
#include <QTimeZone>

namespace ServiceDeck::Storage::Internal {

namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

} // namespace

int CmdbSeeder::pickSite()
{
    // A small estate lives in one data center: spread thin, its layers would not connect.
    if (m_total < 500)
        return 0;
    if (m_total < 5000)
        return m_random.weighted({0.6, 0.4});
    return m_random.weighted({0.4, 0.3, 0.2, 0.1});
}

QString CmdbSeeder::nextName(const QString &stem, int width)
{
    const int next = ++m_nameCounters[stem];
    return stem + QString::number(next).rightJustified(width, QLatin1Char('0'));
}

int CmdbSeeder::pickHost(double virtualShare)
{
    const bool virtualHost = m_random.chance(virtualShare) && !m_virtualHosts.isEmpty();
    const int host = pickAt(virtualHost ? m_virtualHosts : m_physicalHosts);
    return host >= 0 ? host : pickAt(m_virtualHosts);
}

void CmdbSeeder::makeNetwork(qint64 count)
{
    SeedContext &c = m_context;
    const int group = c.groupFor(NetworkOps);
    for (qint64 i = 0; i < count; ++i) {
        const int site = pickSite();
        const Place &dc = dataCenters().at(site);
        const int k = m_networkBySite[site]++;
        QString name, what, vendor;
        enum { Core, Firewall, Router, Balancer, Distribution, Access } role = Access;
        if (k < 2)
            role = Core;
        else if (k == 2)
            role = Firewall;
        else if (k == 3)
            role = Router;
        else if (k % 20 == 0)
            role = Balancer;
        else if (k % 20 <= 3)
            role = Distribution;
        switch (role) {
        case Core:
            name = nextName(QStringLiteral("sw-core-") + dc.code + QLatin1Char('-'), 2);
            what = QStringLiteral("Core switch");
            break;
        case Firewall:
            name = nextName(QStringLiteral("fw-dmz-") + dc.code + QLatin1Char('-'), 2);
            what = QStringLiteral("Perimeter firewall");
            vendor = m_random.chance(0.5) ? QStringLiteral("Fortinet")
                                          : QStringLiteral("Palo Alto Networks");
            break;
        case Router:
            name = nextName(QStringLiteral("rtr-edge-") + dc.code + QLatin1Char('-'), 2);
            what = QStringLiteral("WAN edge router");
            break;
        case Balancer:
            name = nextName(QStringLiteral("lb-") + dc.code + QLatin1Char('-'), 2);
            what = QStringLiteral("Load balancer");
            vendor = QStringLiteral("F5");
            break;
        case Distribution:
            name = nextName(QStringLiteral("sw-dist-") + dc.code + QLatin1Char('-'), 2);
            what = QStringLiteral("Distribution switch");
            break;
        case Access:
            name = nextName(QStringLiteral("sw-acc-") + dc.code + QLatin1Char('-'), 4);
            what = QStringLiteral("Access switch");
            break;
        }
        if (vendor.isEmpty())
            vendor = networkVendors().at(m_random.below(3)); // Cisco, Juniper, Arista
        const int ci =
            addCi(CiKind::Network, name, group, dc.name, what + QStringLiteral(" in ") + dc.name);
        m_siteOf[ci] = site;
        attribute(ci, QStringLiteral("vendor"), vendor);
        attribute(ci, QStringLiteral("ip_address"), ipAddress(0));
        attribute(ci, QStringLiteral("firmware"),
                  m_random.pick(QStringList{QStringLiteral("17.9.4"), QStringLiteral("16.12.10"),
                                            QStringLiteral("22.4R3"), QStringLiteral("4.30.2F"),
                                            QStringLiteral("7.2.7")}));
        const QList<int> &cores = m_coreBySite[site];
        const QList<int> &uplinks =
            m_distributionBySite[site].isEmpty() ? cores : m_distributionBySite[site];
        switch (role) {
        case Core:
            relate(ci, "connects_to", pickAt(cores)); // the other core: a redundant pair
            m_coreBySite[site] << ci;
            break;
        case Firewall:
        case Router:
            relate(ci, "connects_to", pickAt(cores));
            break;
        case Balancer:
        case Distribution:
        case Access: {
            const int first = pickAt(role == Access ? uplinks : cores);
            const int second = pickAt(role == Access ? uplinks : cores);
            relate(ci, "connects_to", first);
            if (second != first)
                relate(ci, "connects_to", second);
            if (role == Distribution)
                m_distributionBySite[site] << ci;
            else if (role == Access)
                m_accessBySite[site] << ci;
            break;
        }
        }
    }
}

void CmdbSeeder::makeStorage(qint64 count)
{
    SeedContext &c = m_context;
    const int group = c.groupFor(StorageBackup);
    for (qint64 i = 0; i < count; ++i) {
        const int site = pickSite();
        const Place &dc = dataCenters().at(site);
        const qsizetype k = m_arraysBySite[site].size() + m_volumesBySite[site].size();
        if (k % 15 == 0) {
            const bool nas = (k / 15) % 3 == 2;
            const int ci = addCi(
                CiKind::Storage,
                nextName((nas ? QStringLiteral("nas-") : QStringLiteral("san-")) + dc.code +
                             QLatin1Char('-'),
                         2),
                group, dc.name,
                (nas ? QStringLiteral("NAS filer in ") : QStringLiteral("SAN storage array in ")) +
                    dc.name);
            m_siteOf[ci] = site;
            m_arraysBySite[site] << ci;
            attribute(ci, QStringLiteral("vendor"), m_random.pick(storageVendors()));
            attribute(ci, QStringLiteral("capacity_tb"), number(m_random.between(50, 800)));
            relate(ci, "connects_to", pickAt(m_coreBySite[site]));
            continue;
        }
        const int array = pickAt(m_arraysBySite[site]);
        const int ci =
            addCi(CiKind::Storage, nextName(QStringLiteral("vol-") + dc.code + QLatin1Char('-'), 5),
                  group, dc.name, QStringLiteral("Volume on ") + c.cis.at(array).name);
        m_siteOf[ci] = site;
        m_volumesBySite[site] << ci;
        attribute(ci, QStringLiteral("size_gb"), number(100 * m_random.between(1, 80)));
        relate(ci, "part_of", array);
    }
}

void CmdbSeeder::makeServers(qint64 count)
{
    SeedContext &c = m_context;
    const bool needHypervisors = plannedCounts(m_total)[int(CiKind::VirtualMachine)] > 0;
    for (qint64 i = 0; i < count; ++i) {
        const int site = pickSite();
        const Place &dc = dataCenters().at(site);
        const bool hypervisor =
            (needHypervisors && c.hypervisors.isEmpty()) || m_random.chance(0.45);
        const bool windows = !hypervisor && m_random.chance(0.3);
        QString os;
        if (hypervisor) {
            os = QStringLiteral("VMware ESXi 8.0");
        } else {
            QList<QString> candidates;
            for (const OperatingSystem &system : operatingSystems()) {
                if (system.windows == windows)
                    candidates << system.name;
            }
            os = m_random.pick(candidates);
        }
        const QString stem = hypervisor ? QStringLiteral("esx-") + dc.code + QLatin1Char('-')
                             : windows  ? QStringLiteral("srv-win-")
                                        : QStringLiteral("srv-lnx-");
        const int ci = addCi(CiKind::Server, nextName(stem, 4),
                             c.groupFor(windows ? WindowsServer : LinuxServer), dc.name,
                             (hypervisor ? QStringLiteral("Hypervisor host in ")
                                         : QStringLiteral("Physical server in ")) +
                                 dc.name);
        m_siteOf[ci] = site;
        (hypervisor ? c.hypervisors : m_physicalHosts) << ci;
        static const int cpus[] = {16, 24, 32, 48, 64, 96, 128};
        static const int memory[] = {64, 128, 256, 384, 512, 768, 1024};
        attribute(ci, QStringLiteral("os"), os);
        attribute(ci, QStringLiteral("ip_address"), ipAddress(1));
        attribute(ci, QStringLiteral("cpu_count"), number(cpus[m_random.below(7)]));
        attribute(ci, QStringLiteral("memory_gb"), number(memory[m_random.below(7)]));
        attribute(ci, QStringLiteral("vendor"), m_random.pick(serverVendors()));
        // Bought when it entered the CMDB, with three or five years of warranty: derived, not
        // drawn, so the random stream and with it the rest of the estate stay as they were.
        const QDate bought =
            QDateTime::fromMSecsSinceEpoch(c.cis.at(ci).created, QTimeZone::utc()).date();
        attribute(ci, QStringLiteral("purchase_date"), bought.toString(Qt::ISODate));
        attribute(ci, QStringLiteral("warranty_end"),
                  bought.addYears(ci % 2 == 0 ? 3 : 5).toString(Qt::ISODate));
        QList<int> links =
            m_accessBySite[site].isEmpty() ? m_coreBySite[site] : m_accessBySite[site];
        const int uplinks = m_random.between(2, 4);
        for (int n = 0; n < uplinks && !links.isEmpty(); ++n)
            relate(ci, "connects_to", links.takeAt(m_random.below(int(links.size()))));
        relate(ci, "depends_on", pickAt(m_volumesBySite[site]));
    }
}

void CmdbSeeder::makeVirtualMachines(qint64 count)
{
    SeedContext &c = m_context;
    for (qint64 i = 0; i < count; ++i) {
        const int host = pickAt(c.hypervisors.isEmpty() ? m_physicalHosts : c.hypervisors);
        const int site = host >= 0 ? m_siteOf.at(host) : pickSite();
        const Place &dc = dataCenters().at(site);
        const bool windows = m_random.chance(0.3);
        QList<QString> candidates;
        for (const OperatingSystem &system : operatingSystems()) {
            if (system.windows == windows)
                candidates << system.name;
        }
        const int ci =
            addCi(CiKind::VirtualMachine,
                  nextName(windows ? QStringLiteral("vm-win-") : QStringLiteral("vm-lnx-"), 5),
                  c.groupFor(windows ? WindowsServer : LinuxServer), dc.name,
                  QStringLiteral("Virtual machine in ") + dc.name);
        m_siteOf[ci] = site;
        m_virtualHosts << ci;
        static const int cpus[] = {2, 4, 8, 16};
        static const int memory[] = {4, 8, 16, 32, 64};
        attribute(ci, QStringLiteral("os"), m_random.pick(candidates));
        attribute(ci, QStringLiteral("ip_address"), ipAddress(2));
        attribute(ci, QStringLiteral("cpu_count"), number(cpus[m_random.below(4)]));
        attribute(ci, QStringLiteral("memory_gb"), number(memory[m_random.below(5)]));
        if (host >= 0)
            attribute(ci, QStringLiteral("host"), c.cis.at(host).name);
        relate(ci, "runs_on", host);
        relate(ci, "depends_on", pickAt(m_volumesBySite[site]));
        relate(ci, "connects_to", pickAt(m_accessBySite[site]));
    }
}

void CmdbSeeder::makeDatabases(qint64 count)
{
    SeedContext &c = m_context;
    const int group = c.groupFor(DatabaseAdmins);
    const qsizetype services = m_serviceCodes.size();
    for (qint64 i = 0; i < count; ++i) {
        // The first ones go round the services so that each has a database.
        const qsizetype nth = c.cisByKind[int(CiKind::Database)].size();
        const int service =
            services == 0 ? -1 : int(nth < services ? nth : m_random.below(int(services)));
        const QString code = service >= 0 ? m_serviceCodes.at(service) : QStringLiteral("shared");
        const DatabaseEngine &engine = databaseEngines().at(m_random.weighted({45, 20, 25, 10}));
        const int host = pickHost(0.7);
        const int site = host >= 0 ? m_siteOf.at(host) : pickSite();
        const int ci = addCi(
            CiKind::Database,
            nextName(QStringLiteral("db-") + engine.code + QLatin1Char('-') + code +
                         QLatin1Char('-'),
                     2),
            group, dataCenters().at(site).name,
            engine.name + QStringLiteral(" database") +
                (service >= 0 ? QStringLiteral(" of ") + m_serviceNames.at(service) : QString()));
        c.cis[ci].service = service;
        m_siteOf[ci] = site;
        attribute(ci, QStringLiteral("engine"), engine.name);
        attribute(ci, QStringLiteral("version"), m_random.pick(engine.versions));
        attribute(ci, QStringLiteral("size_gb"), number(m_random.between(5, 4000)));
        relate(ci, "runs_on", host);
        if (m_random.chance(0.4)) {
            const int standby = pickHost(0.7);
            if (standby != host)
                relate(ci, "runs_on", standby);
        }
        if (service >= 0) {
            c.serviceDatabases[service] << ci;
            if (host >= 0)
                c.serviceHosts[service] << host;
        }
    }
}

void CmdbSeeder::makeApplications(qint64 count)
{
    SeedContext &c = m_context;
    const int group = c.groupFor(AppSupport);
    const qsizetype services = m_serviceCodes.size();
    static const QStringList purposes = {
        QStringLiteral("Web front end"),        QStringLiteral("REST API"),
        QStringLiteral("Batch processing"),     QStringLiteral("Background workers"),
        QStringLiteral("Integration gateway"),  QStringLiteral("User interface"),
        QStringLiteral("Data synchronisation"), QStringLiteral("Reporting")};
    static const QStringList technologies = {QStringLiteral("Java"),   QStringLiteral(".NET"),
                                             QStringLiteral("Python"), QStringLiteral("Node.js"),
                                             QStringLiteral("PHP"),    QStringLiteral("SAP ABAP")};
    const QStringList &roles = applicationRoles();
    for (qint64 i = 0; i < count; ++i) {
        const qsizetype nth = c.cisByKind[int(CiKind::Application)].size();
        const int service =
            services == 0 ? -1 : int(nth < services ? nth : m_random.below(int(services)));
        const QString code = service >= 0 ? m_serviceCodes.at(service) : QStringLiteral("shared");
        const qsizetype ordinal = service >= 0 ? c.serviceApps.at(service).size() : nth;
        const int role = int(ordinal % roles.size());
        QList<int> hosts;
        const int hostCount = m_random.between(2, 4);
        for (int n = 0; n < hostCount; ++n) {
            const int host = pickHost(0.8);
            if (host >= 0 && !hosts.contains(host))
                hosts << host;
        }
        const int site = hosts.isEmpty() ? pickSite() : m_siteOf.at(hosts.first());
        const int ci = addCi(
            CiKind::Application,
            QStringLiteral("app-") + code + QLatin1Char('-') + roles.at(role) + QLatin1Char('-') +
                QString::number(ordinal / roles.size() + 1).rightJustified(2, QLatin1Char('0')),
            group, dataCenters().at(site).name,
            purposes.at(role) +
                (service >= 0 ? QStringLiteral(" of ") + m_serviceNames.at(service) : QString()));
        c.cis[ci].service = service;
        attribute(ci, QStringLiteral("version"),
                  number(m_random.between(1, 12)) + QLatin1Char('.') + number(m_random.below(10)) +
                      QLatin1Char('.') + number(m_random.below(30)));
        attribute(ci, QStringLiteral("technology"), m_random.pick(technologies));
        for (int host : std::as_const(hosts))
            relate(ci, "runs_on", host);
        const QList<int> &databases = service >= 0 && !c.serviceDatabases.at(service).isEmpty()
                                          ? c.serviceDatabases.at(service)
                                          : c.cisByKind[int(CiKind::Database)];
        const int database = pickAt(databases);
        relate(ci, "depends_on", database);
        if (m_random.chance(0.3)) {
            const int other = pickAt(c.cisByKind[int(CiKind::Database)]);
            if (other != database)
                relate(ci, "depends_on", other);
        }
        if (service >= 0) {
            c.serviceApps[service] << ci;
            c.serviceHosts[service] << hosts;
        }
    }
}

void CmdbSeeder::makeServices()
{
    SeedContext &c = m_context;
    const int group = c.groupFor(AppSupport);
    for (qsizetype s = 0; s < m_serviceNames.size(); ++s) {
        const int ci = addCi(CiKind::Service, m_serviceNames.at(s), group, QString(),
                             QStringLiteral("Business service ") + m_serviceNames.at(s));
        const int criticality = m_random.weighted({0.25, 0.5, 0.25});
        static const QString levels[] = {QStringLiteral("high"), QStringLiteral("medium"),
                                         QStringLiteral("low")};
        attribute(ci, QStringLiteral("criticality"), levels[criticality]);
        attribute(ci, QStringLiteral("support_hours"),
                  criticality == 0 ? QStringLiteral("24x7") : QStringLiteral("Office hours"));
        for (int app : std::as_const(c.serviceApps.at(s)))
            relate(ci, "depends_on", app);
        // Shared applications (identity, mail, integration) serve several services.
        if (m_random.chance(0.2)) {
            const int shared = pickAt(c.cisByKind[int(CiKind::Application)]);
            if (shared >= 0 && !c.serviceApps.at(s).contains(shared))
                relate(ci, "depends_on", shared);
        }
    }
}

} // namespace ServiceDeck::Storage::Internal
