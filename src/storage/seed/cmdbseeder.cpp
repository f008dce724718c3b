// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbseeder.h"

#include "storage/bulkinsert.h"
#include "seedcontext.h"

#include <cmath>

namespace ServiceDeck::Storage::Internal {

namespace {

constexpr quint32 Stream = 3;
constexpr qint64 CheckpointEvery = 25000;

const char *const classNames[CiKindCount] = {
    "business_service", "application",    "database", "server",
    "virtual_machine",  "network_device", "storage"};

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

std::array<qint64, 7> CmdbSeeder::plannedCounts(qint64 total)
{
    std::array<qint64, 7> counts{};
    if (total < 20) {
        // Too few for proportions: one of each layer in turn, top down.
        const CiKind order[] = {CiKind::Service,       CiKind::Application, CiKind::Server,
                                CiKind::Database,      CiKind::Network,     CiKind::Storage,
                                CiKind::VirtualMachine};
        for (qint64 i = 0; i < total; ++i)
            ++counts[int(order[i % 7])];
        return counts;
    }
    counts[int(CiKind::Service)] = std::max<qint64>(2, total / 100);
    counts[int(CiKind::Application)] = std::max<qint64>(3, total * 5 / 100);
    counts[int(CiKind::Database)] = std::max<qint64>(2, total * 6 / 100);
    counts[int(CiKind::Server)] = std::max<qint64>(3, total * 25 / 100);
    counts[int(CiKind::Network)] = std::max<qint64>(2, total * 12 / 100);
    counts[int(CiKind::Storage)] = std::max<qint64>(2, total * 6 / 100);
    qint64 rest = total;
    for (qint64 count : counts)
        rest -= count;
    counts[int(CiKind::VirtualMachine)] = rest;
    return counts;
}

CmdbSeeder::CmdbSeeder(SeedContext &context)
    : m_context(context)
    , m_random(context.options.randomSeed, Stream)
    , m_ciIds(m_random, context.options.cis)
    , m_opIds(m_random, context.options.cis)
    , m_attributeIds(m_random, 4 * context.options.cis)
    , m_relationIds(m_random, 3 * context.options.cis)
{}

CmdbSeeder::~CmdbSeeder() = default;

Result<void> CmdbSeeder::run()
{
    SeedContext &c = m_context;
    m_total = std::max<qint64>(0, c.options.cis);
    const auto counts = plannedCounts(m_total);
    m_ciRows = std::make_unique<BulkInsert>(
        c.db, QStringLiteral("cis"),
        QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("class"),
                    QStringLiteral("status"), QStringLiteral("owner_group_id"),
                    QStringLiteral("location"), QStringLiteral("description"),
                    QStringLiteral("created"), QStringLiteral("updated")});
    m_attributeRows =
        std::make_unique<BulkInsert>(c.db, QStringLiteral("ci_attributes"),
                                     QStringList{QStringLiteral("id"), QStringLiteral("ci_id"),
                                                 QStringLiteral("name"), QStringLiteral("value")});
    m_relationRows = std::make_unique<BulkInsert>(
        c.db, QStringLiteral("ci_relations"),
        QStringList{QStringLiteral("id"), QStringLiteral("source_id"), QStringLiteral("type"),
                    QStringLiteral("target_id")});
    m_journalRows = creationJournal(c.db, "cis");
    SeedPhase phase(c, QStringLiteral("CMDB"), m_total);
    m_phase = &phase;
    phase.add(*m_ciRows);
    phase.add(*m_attributeRows);
    phase.add(*m_relationRows);
    phase.add(*m_journalRows);
    if (auto started = phase.start(); !started)
        return started;
    m_nextCheckpoint = CheckpointEvery;

    planServices(counts[int(CiKind::Service)]);
    const std::pair<void (CmdbSeeder::*)(qint64), CiKind> steps[] = {
        {&CmdbSeeder::makeNetwork, CiKind::Network},
        {&CmdbSeeder::makeStorage, CiKind::Storage},
        {&CmdbSeeder::makeServers, CiKind::Server},
        {&CmdbSeeder::makeVirtualMachines, CiKind::VirtualMachine},
        {&CmdbSeeder::makeDatabases, CiKind::Database},
        {&CmdbSeeder::makeApplications, CiKind::Application},
    };
    for (const auto &[make, kind] : steps) {
        // Each layer is made in slices so that a batch is committed every CheckpointEvery CIs.
        qint64 remaining = counts[int(kind)];
        while (remaining > 0) {
            const qint64 slice =
                std::min(remaining, std::max<qint64>(1, m_nextCheckpoint - c.cis.size()));
            (this->*make)(slice);
            remaining -= slice;
            if (auto checked = maybeCheckpoint(); !checked)
                return checked;
        }
    }
    makeServices();
    m_phase = nullptr;
    return phase.finish();
}

Result<void> CmdbSeeder::maybeCheckpoint()
{
    if (m_context.cis.size() < m_nextCheckpoint)
        return {};
    m_nextCheckpoint += CheckpointEvery;
    return m_phase->checkpoint(m_context.cis.size());
}

void CmdbSeeder::planServices(qint64 count)
{
    const QList<ServiceName> &names = serviceNames();
    for (qint64 i = 0; i < count; ++i) {
        const ServiceName &base = names.at(int(i % names.size()));
        const qint64 generation = i / names.size();
        if (generation == 0) {
            m_serviceNames << base.name;
            m_serviceCodes << base.code;
            continue;
        }
        // Beyond the list the same services exist per region: "Payroll EMEA", "Payroll UK 2".
        const Place &region = regions().at(int((generation - 1) % regions().size()));
        const qint64 round = (generation - 1) / regions().size();
        const QString number = round > 0 ? QString::number(round + 1) : QString();
        m_serviceNames << base.name + QLatin1Char(' ') + region.name +
                              (number.isEmpty() ? QString() : QLatin1Char(' ') + number);
        m_serviceCodes << base.code + QLatin1Char('-') + region.code + number;
    }
    m_context.serviceApps.resize(count);
    m_context.serviceDatabases.resize(count);
    m_context.serviceHosts.resize(count);
    // Popularity falls with rank, so a few services collect most of the tickets.
    double sum = 0;
    for (qint64 i = 0; i < count; ++i) {
        sum += 1.0 / std::pow(double(i + 1), 0.8);
        m_context.serviceWeights << sum;
    }
}

int CmdbSeeder::addCi(CiKind kind, const QString &name, int group, const QString &location,
                      const QString &description)
{
    SeedContext &c = m_context;
    SeedCi ci;
    ci.id = m_ciIds.next();
    ci.name = name;
    ci.kind = kind;
    ci.group = group;
    // Most of the estate predates the ticket history; some arrived during it.
    ci.created = m_random.chance(0.85)
                     ? c.historyStart - m_random.below64(730 * DayMs)
                     : m_random.between64(c.historyStart, c.historyEnd - 30 * DayMs);
    const qint64 updated = ci.created + m_random.below64(c.historyEnd - ci.created);
    static const QString statuses[] = {QStringLiteral("live"), QStringLiteral("maintenance"),
                                       QStringLiteral("planned"), QStringLiteral("retired")};
    const QString &status = statuses[m_random.weighted({0.93, 0.03, 0.02, 0.02})];
    *m_ciRows << ci.id << name << latin(classNames[int(kind)]) << status
              << (group >= 0 ? QVariant(c.groups.at(group).id) : c.nullText)
              << (location.isEmpty() ? c.nullText : QVariant(location)) << description
              << isoText(ci.created) << isoText(updated);
    *m_journalRows << m_opIds.next() << ci.id << isoText(ci.created);
    const int index = int(c.cis.size());
    c.cis << ci;
    c.cisByKind[int(kind)] << index;
    m_siteOf << -1;
    ++c.report.cis;
    return index;
}

void CmdbSeeder::attribute(int ci, const QString &name, const QString &value)
{
    *m_attributeRows << m_attributeIds.next() << m_context.cis.at(ci).id << name << value;
}

void CmdbSeeder::relate(int source, const char *type, int target)
{
    if (source < 0 || target < 0 || source == target)
        return;
    *m_relationRows << m_relationIds.next() << m_context.cis.at(source).id << latin(type)
                    << m_context.cis.at(target).id;
    ++m_context.report.relations;
}

int CmdbSeeder::pickAt(const QList<int> &pool)
{
    return pool.isEmpty() ? -1 : pool.at(m_random.below(int(pool.size())));
}

QString CmdbSeeder::ipAddress(int block)
{
    const qint64 n = m_addressCounter++;
    return QStringLiteral("10.") + QString::number(block * 8 + n / 62500) + QLatin1Char('.') +
           QString::number((n / 250) % 250) + QLatin1Char('.') + QString::number(n % 250 + 4);
}

} // namespace ServiceDeck::Storage::Internal
