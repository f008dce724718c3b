// SPDX-License-Identifier: GPL-3.0-or-later
#include "demovocabulary.h"

namespace ServiceDeck::Storage::Internal {

namespace {

QStringList latinList(std::initializer_list<const char *> items)
{
    QStringList list;
    list.reserve(qsizetype(items.size()));
    for (const char *item : items)
        list << QString::fromLatin1(item);
    return list;
}

QList<Place> placeList(std::initializer_list<std::pair<const char *, const char *>> items)
{
    QList<Place> list;
    for (const auto &[name, code] : items)
        list << Place{QString::fromLatin1(name), QString::fromLatin1(code)};
    return list;
}

} // namespace

const QList<GroupSpec> &groupSpecs()
{
    static const QList<GroupSpec> specs = [] {
        const struct
        {
            const char *name;
            const char *description;
            const char *email;
            GroupIndex fallback;
        } rows[] = {
            {"Service Desk",
             "First line: takes calls, e-mails and portal tickets, solves what it "
             "can and routes the rest.",
             "servicedesk", ServiceDesk},
            {"Network Operations", "LAN, WAN, Wi-Fi, VPN, firewalls and load balancers.", "netops",
             ServiceDesk},
            {"Windows Server",
             "Windows servers, Active Directory infrastructure, file and print "
             "servers.",
             "wintel", ServiceDesk},
            {"Linux Server", "Linux servers, hypervisors and the container platform.", "unix",
             ServiceDesk},
            {"Database Admins", "PostgreSQL, Oracle, SQL Server and MySQL databases.", "dba",
             LinuxServer},
            {"Application Support", "Second line for business applications and their interfaces.",
             "appsupport", ServiceDesk},
            {"End User Computing",
             "Laptops, mobile devices, printers, desk phones and the "
             "workplace software.",
             "euc", ServiceDesk},
            {"Change Advisory Board",
             "Assesses and approves normal changes in the weekly CAB "
             "meeting.",
             "cab", ServiceDesk},
            {"Identity & Access", "Accounts, groups, passwords, MFA and access rights.", "iam",
             ServiceDesk},
            {"Security Operations", "Monitoring, incident response, vulnerability management.",
             "soc", NetworkOps},
            {"Storage & Backup", "SAN, NAS, backup and restore.", "storage", LinuxServer},
            {"Cloud Platform", "Cloud accounts, Kubernetes clusters and the build pipeline.",
             "cloud", LinuxServer},
        };
        QList<GroupSpec> list;
        for (const auto &row : rows)
            list << GroupSpec{QString::fromLatin1(row.name), QString::fromLatin1(row.description),
                              QString::fromLatin1(row.email) + QStringLiteral("@example.com"),
                              row.fallback};
        return list;
    }();
    return specs;
}

const QStringList &firstNames()
{
    static const QStringList names = latinList(
        {"Anna",   "Ben",     "Clara",  "David",    "Elena",     "Felix",  "Greta",  "Hannah",
         "Ivan",   "Jonas",   "Julia",  "Karim",    "Laura",     "Lukas",  "Maria",  "Marco",
         "Nina",   "Oliver",  "Paula",  "Peter",    "Rita",      "Sara",   "Simon",  "Sophie",
         "Thomas", "Tim",     "Ursula", "Victor",   "Yusuf",     "Zoe",    "Aisha",  "Andreas",
         "Birgit", "Carlos",  "Chen",   "Daniel",   "Emma",      "Fatima", "Frank",  "Hugo",
         "Ingrid", "Jan",     "Katrin", "Leon",     "Lina",      "Mehmet", "Mia",    "Niklas",
         "Olga",   "Pavel",   "Priya",  "Rafael",   "Sven",      "Tanja",  "Tobias", "Ute",
         "Wei",    "Kenji",   "Lea",    "Moritz",   "Noah",      "Ole",    "Pia",    "Ravi",
         "Stefan", "Theresa", "Vera",   "Wolfgang", "Agnieszka", "Bruno"});
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = latinList(
        {"Schmidt",   "Mueller",   "Schneider", "Fischer",    "Weber",   "Meyer",    "Wagner",
         "Becker",    "Hoffmann",  "Schulz",    "Koch",       "Richter", "Klein",    "Wolf",
         "Neumann",   "Schwarz",   "Braun",     "Zimmermann", "Krueger", "Hartmann", "Lange",
         "Werner",    "Krause",    "Lehmann",   "Koehler",    "Walter",  "Jansen",   "de Vries",
         "Bakker",    "Visser",    "Smith",     "Jones",      "Taylor",  "Brown",    "Wilson",
         "Evans",     "Rossi",     "Russo",     "Ferrari",    "Bianchi", "Garcia",   "Martinez",
         "Lopez",     "Dubois",    "Laurent",   "Moreau",     "Nowak",   "Kowalski", "Wisniewski",
         "Novak",     "Horvat",    "Yilmaz",    "Kaya",       "Demir",   "Nguyen",   "Tran",
         "Kim",       "Park",      "Sato",      "Tanaka",     "Patel",   "Sharma",   "Singh",
         "Andersson", "Johansson", "Nielsen",   "Hansen",     "Larsen",  "Popescu",  "Ivanova"});
    return names;
}

const QList<Place> &dataCenters()
{
    static const QList<Place> places = placeList({{"Frankfurt DC1", "fra1"},
                                                  {"Frankfurt DC2", "fra2"},
                                                  {"Amsterdam DC", "ams1"},
                                                  {"Dublin DC", "dub1"}});
    return places;
}

const QList<Place> &offices()
{
    static const QList<Place> places = placeList({{"Berlin", "ber"},
                                                  {"Munich", "muc"},
                                                  {"Hamburg", "ham"},
                                                  {"Frankfurt", "fra"},
                                                  {"Vienna", "vie"},
                                                  {"Zurich", "zrh"},
                                                  {"London", "lon"},
                                                  {"Amsterdam", "ams"},
                                                  {"Paris", "par"},
                                                  {"Warsaw", "waw"}});
    return places;
}

const QStringList &floors()
{
    static const QStringList list = latinList(
        {"ground floor", "floor 1", "floor 2", "floor 3", "floor 4", "floor 5", "floor 6"});
    return list;
}

const QList<ServiceName> &serviceNames()
{
    static const QList<ServiceName> names = [] {
        QList<ServiceName> list;
        for (const Place &place : placeList({{"Payroll", "payroll"},
                                             {"Online Shop", "shop"},
                                             {"Customer Portal", "portal"},
                                             {"ERP Finance", "erp"},
                                             {"HR Self Service", "hrss"},
                                             {"E-Mail & Calendar", "mail"},
                                             {"CRM", "crm"},
                                             {"Data Warehouse", "dwh"},
                                             {"Document Management", "dms"},
                                             {"Logistics Tracking", "track"},
                                             {"Warehouse Management", "wms"},
                                             {"Procurement", "proc"},
                                             {"Travel Expenses", "travel"},
                                             {"Intranet", "intranet"},
                                             {"Time Tracking", "time"},
                                             {"Identity Management", "idm"},
                                             {"Video Conferencing", "video"},
                                             {"Remote Access VPN", "vpn"},
                                             {"IT Service Management", "itsm"},
                                             {"Code Repository", "git"},
                                             {"Build Pipeline", "build"},
                                             {"Customer Support Chat", "chat"},
                                             {"Product Catalogue", "catalog"},
                                             {"Billing", "billing"},
                                             {"Invoicing", "invoice"},
                                             {"Treasury", "treasury"},
                                             {"Fleet Management", "fleet"},
                                             {"Field Service", "field"},
                                             {"Contract Management", "contract"},
                                             {"Learning Portal", "learn"},
                                             {"Recruiting", "recruit"},
                                             {"Business Intelligence", "bi"},
                                             {"Mobile App Backend", "mobile"},
                                             {"Partner Portal", "partner"},
                                             {"Print Services", "print"},
                                             {"File Services", "files"},
                                             {"Monitoring", "monitor"},
                                             {"Backup Service", "backup"},
                                             {"Payment Gateway", "payment"},
                                             {"Pricing Engine", "pricing"},
                                             {"Order Management", "oms"},
                                             {"Inventory", "inventory"},
                                             {"Quality Management", "qms"},
                                             {"Laboratory Information", "lims"},
                                             {"Facility Booking", "booking"},
                                             {"Visitor Management", "visitor"},
                                             {"Telephony", "tel"},
                                             {"Collaboration Wiki", "wiki"}}))
            list << ServiceName{place.name, place.code};
        return list;
    }();
    return names;
}

const QList<Place> &regions()
{
    static const QList<Place> places = placeList(
        {{"EMEA", "emea"},   {"APAC", "apac"},      {"Americas", "amer"}, {"Germany", "de"},
         {"Austria", "at"},  {"Switzerland", "ch"}, {"UK", "uk"},         {"France", "fr"},
         {"Benelux", "bnl"}, {"Nordics", "nord"},   {"Poland", "pl"},     {"Iberia", "ib"},
         {"Italy", "it"},    {"Japan", "jp"},       {"India", "in"},      {"China", "cn"},
         {"Brazil", "br"},   {"Canada", "ca"},      {"US East", "use"},   {"US West", "usw"}});
    return places;
}

const QStringList &applicationRoles()
{
    static const QStringList roles =
        latinList({"web", "api", "batch", "worker", "gw", "ui", "sync", "report"});
    return roles;
}

const QList<DatabaseEngine> &databaseEngines()
{
    static const QList<DatabaseEngine> engines = {
        {QStringLiteral("pg"), QStringLiteral("PostgreSQL"),
         latinList({"12.17", "13.13", "14.10", "15.5"})},
        {QStringLiteral("ora"), QStringLiteral("Oracle Database"), latinList({"19c", "21c"})},
        {QStringLiteral("mssql"), QStringLiteral("Microsoft SQL Server"),
         latinList({"2017", "2019", "2022"})},
        {QStringLiteral("mysql"), QStringLiteral("MySQL"), latinList({"5.7.44", "8.0.35"})},
    };
    return engines;
}

const QList<OperatingSystem> &operatingSystems()
{
    static const QList<OperatingSystem> systems = {
        {QStringLiteral("Red Hat Enterprise Linux 8.9"), false},
        {QStringLiteral("Red Hat Enterprise Linux 9.3"), false},
        {QStringLiteral("Ubuntu 22.04 LTS"), false},
        {QStringLiteral("Debian 12"), false},
        {QStringLiteral("SUSE Linux Enterprise Server 15 SP5"), false},
        {QStringLiteral("Windows Server 2019"), true},
        {QStringLiteral("Windows Server 2022"), true},
    };
    return systems;
}

const QStringList &serverVendors()
{
    static const QStringList vendors = latinList({"Dell", "HPE", "Lenovo", "Cisco", "Fujitsu"});
    return vendors;
}

const QStringList &networkVendors()
{
    static const QStringList vendors =
        latinList({"Cisco", "Juniper", "Arista", "Fortinet", "Palo Alto Networks", "F5"});
    return vendors;
}

const QStringList &storageVendors()
{
    static const QStringList vendors =
        latinList({"NetApp", "Pure Storage", "Dell EMC", "HPE", "IBM"});
    return vendors;
}

} // namespace ServiceDeck::Storage::Internal
