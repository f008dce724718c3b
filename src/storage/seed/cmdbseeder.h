// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "seedrandom.h"

#include "core/error.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <memory>

namespace ServiceDeck::Storage::Internal {

class BulkInsert;
class SeedContext;
enum class CiKind;

// The CMDB: business services → applications → databases and hosts (servers, hypervisors,
// virtual machines) → network devices and storage, with about three relations per CI.
// CIs are created bottom up so that every relation's target exists when its source is written.
class CmdbSeeder
{
public:
    explicit CmdbSeeder(SeedContext &context);
    ~CmdbSeeder();
    Result<void> run();

    // How many CIs of each kind make `total`, in CiKind order.
    static std::array<qint64, 7> plannedCounts(qint64 total);

private:
    void planServices(qint64 count);
    int addCi(CiKind kind, const QString &name, int group, const QString &location,
              const QString &description);
    void attribute(int ci, const QString &name, const QString &value);
    void relate(int source, const char *type, int target);
    int pickAt(const QList<int> &pool);
    int pickSite();
    int pickHost(double virtualShare);
    QString nextName(const QString &stem, int width);
    QString ipAddress(int block);

    void makeNetwork(qint64 count);
    void makeStorage(qint64 count);
    void makeServers(qint64 count);
    void makeVirtualMachines(qint64 count);
    void makeDatabases(qint64 count);
    void makeApplications(qint64 count);
    void makeServices();
    Result<void> maybeCheckpoint();

    SeedContext &m_context;
    SeedRandom m_random;
    IdPool m_ciIds, m_opIds, m_attributeIds, m_relationIds;
    std::unique_ptr<BulkInsert> m_ciRows, m_attributeRows, m_relationRows, m_journalRows;
    class SeedPhase *m_phase = nullptr;
    qint64 m_total = 0;
    qint64 m_nextCheckpoint = 0;
    qint64 m_addressCounter = 0;

    QList<QString> m_serviceNames, m_serviceCodes;
    QList<int> m_siteOf;                      // by CI index: data center, -1 for none
    std::array<int, 4> m_networkBySite{};     // devices made per data center
    std::array<QList<int>, 4> m_accessBySite; // access switches per data center
    std::array<QList<int>, 4> m_distributionBySite, m_coreBySite, m_arraysBySite, m_volumesBySite;
    QList<int> m_physicalHosts; // servers that are not hypervisors
    QList<int> m_virtualHosts;
    QHash<QString, int> m_nameCounters;
};

} // namespace ServiceDeck::Storage::Internal
