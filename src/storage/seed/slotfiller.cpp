// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedcontext.h"
#include "ticketseeder.h"

namespace ServiceDeck::Storage::Internal {

SlotFiller::SlotFiller(const SeedContext &context, SeedRandom &random)
    : m_context(context)
    , m_random(random)
{}

int SlotFiller::ciOf(const QList<int> &preferred, int kind)
{
    if (!preferred.isEmpty())
        return preferred.at(m_random.below(int(preferred.size())));
    const QList<int> &all = m_context.cisByKind[kind];
    return all.isEmpty() ? -1 : all.at(m_random.below(int(all.size())));
}

SlotFill SlotFiller::fill(Slot slot)
{
    const SeedContext &c = m_context;
    SlotFill result;
    result.serviceId = c.nullText;
    result.ciId = c.nullText;
    int ci = -1;
    int service = -1;
    QString fallback;
    switch (slot) {
    case Slot::None:
        return result;
    case Slot::Office:
        result.text = m_random.pick(offices()).name;
        return result;
    case Slot::Floor:
        result.text = m_random.pick(floors());
        return result;
    case Slot::Person:
        if (!c.people.isEmpty())
            result.text = c.people.at(m_random.below(int(c.people.size()))).displayName;
        else
            result.text = QStringLiteral("a new colleague");
        return result;
    case Slot::Service:
        service = c.popularService(m_random.unit());
        if (service >= 0) {
            ci = c.cisByKind[int(CiKind::Service)].at(service);
            result.text = c.cis.at(ci).name;
            // The application behind the service, when there is one to name.
            const QList<int> &apps = c.serviceApps.at(service);
            if (!apps.isEmpty() && m_random.chance(0.7)) {
                result.serviceId = c.cis.at(ci).id;
                ci = apps.at(m_random.below(int(apps.size())));
            }
        }
        fallback = QStringLiteral("the intranet");
        break;
    case Slot::Host:
        service = c.popularService(m_random.unit());
        ci = ciOf(service >= 0 ? c.serviceHosts.at(service) : QList<int>(),
                  m_random.chance(0.6) ? int(CiKind::VirtualMachine) : int(CiKind::Server));
        if (ci < 0)
            ci = ciOf({}, int(CiKind::Server));
        fallback = QStringLiteral("the file server");
        break;
    case Slot::Database:
        service = c.popularService(m_random.unit());
        ci = ciOf(service >= 0 ? c.serviceDatabases.at(service) : QList<int>(),
                  int(CiKind::Database));
        fallback = QStringLiteral("the reporting database");
        break;
    case Slot::Device:
        ci = ciOf({}, int(CiKind::Network));
        fallback = QStringLiteral("the core switch");
        break;
    case Slot::Storage:
        ci = ciOf({}, int(CiKind::Storage));
        fallback = QStringLiteral("the SAN");
        break;
    }
    if (ci < 0) {
        result.text = fallback;
        return result;
    }
    const SeedCi &item = c.cis.at(ci);
    if (result.text.isEmpty())
        result.text = item.name;
    result.ciId = item.id;
    result.ownerGroup = item.group;
    result.ci = ci;
    result.service = service;
    if (service >= 0 && result.serviceId.isNull())
        result.serviceId = c.cis.at(c.cisByKind[int(CiKind::Service)].at(service)).id;
    return result;
}

} // namespace ServiceDeck::Storage::Internal
