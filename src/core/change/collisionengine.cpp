// SPDX-License-Identifier: GPL-3.0-or-later
#include "collisionengine.h"

#include "core/tr.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <tuple>

namespace ServiceDeck::Change {

namespace {

class Sweep
{
public:
    explicit Sweep(const ScheduleInput &input) : m_input(input) {}

    QList<Collision> run(const QList<const PlannedChange *> &changes);

private:
    // The result's order as numbers: sorting tens of thousands of collisions by their numbers'
    // text would cost more than finding them. `first` and `second` are schedule positions.
    struct Key
    {
        qint64 start;
        int kind;
        qsizetype first;
        qsizetype second;
        qsizetype window;
        bool operator<(const Key &o) const
        {
            return std::tie(start, kind, first, second, window)
                   < std::tie(o.start, o.kind, o.first, o.second, o.window);
        }
    };
    QString ciText(const QList<QUuid> &cis) const;
    void comparePair(const PlannedChange &a, const PlannedChange &b, qsizetype ia, qsizetype ib);
    void checkBlackouts(const PlannedChange &change, qsizetype index);
    void checkMaintenance(const PlannedChange &change, qsizetype index);
    Collision pairCollision(CollisionKind kind, const PlannedChange &a,
                            const PlannedChange &b) const;
    void found(Collision collision, qsizetype first, qsizetype second, qsizetype window);

    // A 1,024-bit filter over the CIs of a change's closures: a CI whose bit is clear is in
    // none of them, which spares most pairs their hash look-ups. CI ids are random (UUID v4),
    // so their first field picks the bit without hashing.
    using Filter = std::array<quint64, 16>;
    static int filterBit(const QUuid &ci) { return int(ci.data1 & 1023u); }
    static bool mayContain(const Filter &filter, const QUuid &ci)
    {
        const int bit = filterBit(ci);
        return (filter[size_t(bit >> 6)] >> (bit & 63)) & 1u;
    }
    Filter closureFilter(const PlannedChange &change);

    const ScheduleInput &m_input;
    QList<Filter> m_filters; // per position in the swept list
    QHash<const QUuid *, Filter> m_setFilters; // per shared closure set, by its first element
    QList<const BlackoutWindow *> m_blackouts; // sorted by start
    QList<Collision> m_found;
    QList<Key> m_keys; // one per m_found
};

void Sweep::found(Collision collision, qsizetype first, qsizetype second, qsizetype window)
{
    m_keys << Key{collision.when.start, int(collision.kind), first, second, window};
    m_found << std::move(collision);
}

QString Sweep::ciText(const QList<QUuid> &cis) const
{
    QStringList names;
    for (const QUuid &ci : cis) {
        const QString name = m_input.ciNames.value(ci);
        names << (name.isEmpty() ? ci.toString(QUuid::WithoutBraces) : name);
    }
    return names.join(QStringLiteral(", "));
}

Collision Sweep::pairCollision(CollisionKind kind, const PlannedChange &a,
                               const PlannedChange &b) const
{
    Collision c;
    c.kind = kind;
    c.severity = severityOf(kind);
    c.changes = {a.id, b.id};
    c.numbers = {a.number, b.number};
    c.when = a.window.intersection(b.window);
    return c;
}

void Sweep::comparePair(const PlannedChange &a, const PlannedChange &b, qsizetype ia,
                        qsizetype ib)
{
    QList<QUuid> same, impact;
    const Filter &aFilter = m_filters.at(ia);
    const Filter &bFilter = m_filters.at(ib);
    for (const QUuid &ci : b.cis) {
        if (a.cis.contains(ci))
            same << ci;
        else if (mayContain(aFilter, ci) && a.closureContains(ci))
            impact << ci;
    }
    // y ∈ down(x) ⇔ x ∈ up(y): testing both changes' Down closures against the other's CIs
    // finds dependencies in either direction without Up closures.
    for (const QUuid &ci : a.cis) {
        if (mayContain(bFilter, ci) && !b.cis.contains(ci) && b.closureContains(ci)
            && !impact.contains(ci))
            impact << ci;
    }
    const bool sameImplementer = !a.implementer.isNull() && a.implementer == b.implementer;
    if (same.isEmpty() && impact.isEmpty() && !sameImplementer)
        return;
    const TimeSpan shared = a.window.intersection(b.window);
    const QString from = spanTimeText(shared.start);
    const QString to = spanTimeText(shared.effectiveEnd());
    if (!same.isEmpty()) {
        Collision c = pairCollision(CollisionKind::SameCi, a, b);
        c.cis = same;
        c.explanation = Tr::tr("%1 and %2 overlap from %3 to %4 and both change %5.")
                            .arg(a.number, b.number, from, to, ciText(same));
        found(std::move(c), ia, ib, 0);
    }
    if (!impact.isEmpty()) {
        Collision c = pairCollision(CollisionKind::ImpactCi, a, b);
        c.cis = impact;
        c.explanation = Tr::tr("%1 and %2 overlap from %3 to %4, and one changes what the "
                               "other's CIs depend on: %5.")
                            .arg(a.number, b.number, from, to, ciText(impact));
        found(std::move(c), ia, ib, 0);
    }
    if (sameImplementer) {
        Collision c = pairCollision(CollisionKind::DoubleBooked, a, b);
        const QString name = a.implementerName.isEmpty()
                                 ? a.implementer.toString(QUuid::WithoutBraces)
                                 : a.implementerName;
        c.explanation = Tr::tr("%1 implements both %2 and %3, which overlap from %4 to %5.")
                            .arg(name, a.number, b.number, from, to);
        found(std::move(c), ia, ib, 0);
    }
}

Sweep::Filter Sweep::closureFilter(const PlannedChange &change)
{
    Filter filter{};
    for (const QSet<QUuid> &closure : change.closures) {
        if (closure.isEmpty())
            continue;
        // Changes on the same CI share one closure set, so its filter is made once.
        auto cached = m_setFilters.constFind(&*closure.cbegin());
        if (cached == m_setFilters.cend()) {
            Filter own{};
            for (const QUuid &ci : closure) {
                const int bit = filterBit(ci);
                own[size_t(bit >> 6)] |= quint64(1) << (bit & 63);
            }
            cached = m_setFilters.insert(&*closure.cbegin(), own);
        }
        for (size_t i = 0; i < filter.size(); ++i)
            filter[i] |= (*cached)[i];
    }
    return filter;
}

void Sweep::checkBlackouts(const PlannedChange &change, qsizetype index)
{
    // Freezes are few (a handful a year), so each change looks at those starting before it
    // ends; the list is sorted by start, which ends the scan early.
    for (qsizetype b = 0; b < m_blackouts.size(); ++b) {
        const BlackoutWindow *blackout = m_blackouts.at(b);
        if (blackout->window.start >= change.window.effectiveEnd())
            break;
        if (!blackout->window.overlaps(change.window))
            continue;
        QList<QUuid> covered;
        if (!blackout->global) {
            for (const QUuid &ci : change.cis) {
                bool inScope = blackout->scope.contains(ci);
                for (qsizetype i = 0; !inScope && i < blackout->scopeClosures.size(); ++i)
                    inScope = blackout->scopeClosures.at(i).contains(ci);
                if (inScope)
                    covered << ci;
            }
            if (covered.isEmpty())
                continue;
        }
        Collision c;
        c.kind = CollisionKind::Blackout;
        c.severity = severityOf(c.kind);
        c.changes = {change.id};
        c.numbers = {change.number};
        c.cis = covered;
        c.windows = {blackout->id};
        c.when = change.window.intersection(blackout->window);
        const QString from = spanTimeText(blackout->window.start);
        const QString to = spanTimeText(blackout->window.end);
        c.explanation = blackout->global
                            ? Tr::tr("%1 falls into the freeze \"%2\" (%3 to %4), which stops "
                                     "every change.")
                                  .arg(change.number, blackout->name, from, to)
                            : Tr::tr("%1 falls into the freeze \"%2\" (%3 to %4), which covers "
                                     "%5.")
                                  .arg(change.number, blackout->name, from, to,
                                       ciText(covered));
        found(std::move(c), index, index, b);
    }
}

void Sweep::checkMaintenance(const PlannedChange &change, qsizetype index)
{
    for (qsizetype s = 0; s < change.services.size(); ++s) {
        const QUuid &service = change.services.at(s);
        const auto windows = m_input.maintenance.constFind(service);
        // A service without maintenance windows states no preference.
        if (windows == m_input.maintenance.cend() || windows->isEmpty())
            continue;
        const QList<TimeSpan> open = mergedOccurrences(*windows, change.window);
        const bool inside = std::any_of(open.cbegin(), open.cend(), [&](const TimeSpan &slot) {
            return change.window.within(slot);
        });
        if (inside)
            continue;
        Collision c;
        c.kind = CollisionKind::OutsideMaintenance;
        c.severity = severityOf(c.kind);
        c.changes = {change.id};
        c.numbers = {change.number};
        c.cis = {service};
        for (const MaintenanceWindow &window : *windows)
            c.windows << window.id;
        c.when = change.window;
        c.explanation = Tr::tr("%1 (%2 to %3) is not inside a maintenance window of %4.")
                            .arg(change.number, spanTimeText(change.window.start),
                                 spanTimeText(change.window.end), ciText({service}));
        found(std::move(c), index, index, s);
    }
}

QList<Collision> Sweep::run(const QList<const PlannedChange *> &changes)
{
    for (const BlackoutWindow &blackout : m_input.blackouts)
        m_blackouts << &blackout;
    std::sort(m_blackouts.begin(), m_blackouts.end(),
              [](const BlackoutWindow *a, const BlackoutWindow *b) {
                  return a->window.start < b->window.start;
              });
    m_filters.reserve(changes.size());
    for (const PlannedChange *change : changes)
        m_filters << closureFilter(*change);
    QList<qsizetype> active; // positions in `changes`
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const PlannedChange *change = changes.at(i);
        // Changes ending at or before this start can overlap neither it nor any later one.
        active.removeIf([&](qsizetype running) {
            return changes.at(running)->window.effectiveEnd() <= change->window.start;
        });
        for (qsizetype running : std::as_const(active))
            comparePair(*changes.at(running), *change, running, i);
        active << i;
        checkBlackouts(*change, i);
        checkMaintenance(*change, i);
    }
    QList<qsizetype> order(m_found.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [this](qsizetype a, qsizetype b) { return m_keys.at(a) < m_keys.at(b); });
    QList<Collision> sorted;
    sorted.reserve(order.size());
    for (qsizetype i : std::as_const(order))
        sorted << std::move(m_found[i]);
    return sorted;
}

QList<const PlannedChange *> sortedByStart(const QList<const PlannedChange *> &changes)
{
    QList<const PlannedChange *> sorted;
    sorted.reserve(changes.size());
    for (const PlannedChange *change : changes) {
        if (isScheduled(change->state) && !change->window.isNull())
            sorted << change;
    }
    std::sort(sorted.begin(), sorted.end(), [](const PlannedChange *a, const PlannedChange *b) {
        return std::tie(a->window.start, a->window.end, a->number)
               < std::tie(b->window.start, b->window.end, b->number);
    });
    return sorted;
}

} // namespace

QList<Collision> findCollisions(const ScheduleInput &input)
{
    QList<const PlannedChange *> changes;
    changes.reserve(input.changes.size());
    for (const PlannedChange &change : input.changes)
        changes << &change;
    return Sweep(input).run(sortedByStart(changes));
}

QList<Collision> collisionsOf(const PlannedChange &candidate, const ScheduleInput &input)
{
    QList<const PlannedChange *> changes{&candidate};
    for (const PlannedChange &change : input.changes) {
        if (change.id != candidate.id && change.window.overlaps(candidate.window))
            changes << &change;
    }
    QList<Collision> all = Sweep(input).run(sortedByStart(changes));
    all.removeIf([&candidate](const Collision &c) { return !c.changes.contains(candidate.id); });
    return all;
}

} // namespace ServiceDeck::Change
