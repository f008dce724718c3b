// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowseeder.h"

#include "storage/bulkinsert.h"
#include "seedcontext.h"
#include "seedrandom.h"

#include <algorithm>

namespace ServiceDeck::Storage::Internal {

namespace {

constexpr quint32 Stream = 6;
constexpr int MaxBlackouts = 15;

struct Blackout
{
    QString name;
    QString reason;
    qint64 starts = 0;
    qint64 ends = 0;
    QList<int> scope; // CI indexes; empty: global
};

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

} // namespace

Result<void> WindowSeeder::run()
{
    SeedContext &c = m_context;
    SeedRandom random(c.options.randomSeed, Stream);
    const QList<int> &services = c.cisByKind[int(CiKind::Service)];

    // The services a freeze is about, found by their names; a few popular ones otherwise.
    auto servicesNamed = [&](std::initializer_list<const char *> names) {
        QList<int> found;
        for (int ci : services) {
            for (const char *name : names) {
                if (c.cis.at(ci).name == QLatin1String(name))
                    found << ci;
            }
        }
        for (int i = 0; found.size() < 2 && i < services.size() && i < 4; ++i) {
            if (!found.contains(services.at(i)))
                found << services.at(i);
        }
        return found;
    };
    const QList<int> finance =
        servicesNamed({"ERP Finance", "Billing", "Invoicing", "Treasury", "Payroll"});
    const QList<int> shop = servicesNamed({"Online Shop", "Payment Gateway", "Order Management"});

    const qint64 from = c.historyStart;
    const qint64 to = c.historyEnd + 90 * DayMs;
    auto local = [&c](const QDate &date) {
        return c.berlin.toUtc(msecsOf(date));
    };
    const int firstYear = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).date().year();
    const int lastYear = QDateTime::fromMSecsSinceEpoch(to, Qt::UTC).date().year();
    QList<Blackout> blackouts;
    for (int year = firstYear - 1; year <= lastYear; ++year) {
        Blackout freeze{QStringLiteral("Year-end freeze %1").arg(year),
                        QStringLiteral("No changes over the holidays and the year-end closing."),
                        local(QDate(year, 12, 20)),
                        local(QDate(year + 1, 1, 3)),
                        {}};
        if (freeze.ends > from && freeze.starts < to)
            blackouts << freeze;
        QDate blackFriday(year, 11, 30);
        while (blackFriday.dayOfWeek() != 5)
            blackFriday = blackFriday.addDays(-1);
        Blackout sale{QStringLiteral("Black Friday sales %1").arg(year),
                      QStringLiteral("Peak load in the shop: no changes to the sales chain."),
                      local(blackFriday.addDays(-3)), local(blackFriday.addDays(4)), shop};
        if (!shop.isEmpty() && sale.ends > from && sale.starts < to)
            blackouts << sale;
    }
    // Quarter-end closing for the most recent quarters, the ones people still look at.
    QDate quarterEnd = QDateTime::fromMSecsSinceEpoch(to, Qt::UTC).date();
    quarterEnd = QDate(quarterEnd.year(), ((quarterEnd.month() - 1) / 3) * 3 + 1, 1).addDays(-1);
    for (int q = 0; q < 4 && !finance.isEmpty(); ++q) {
        const QDate end = quarterEnd;
        quarterEnd = QDate(end.year(), end.month(), 1).addMonths(-2).addDays(-1);
        if (end.month() == 12)
            continue; // covered by the year-end freeze
        blackouts << Blackout{
            QStringLiteral("Quarter-end closing Q%1 %2").arg((end.month() + 2) / 3).arg(end.year()),
            QStringLiteral("Financial closing: finance systems are frozen."),
            local(end.addDays(-3)), local(end.addDays(3)), finance};
    }
    std::sort(blackouts.begin(), blackouts.end(),
              [](const Blackout &a, const Blackout &b) { return a.starts > b.starts; });
    if (blackouts.size() > MaxBlackouts)
        blackouts.resize(MaxBlackouts);
    std::reverse(blackouts.begin(), blackouts.end());

    BulkInsert windows(c.db, QStringLiteral("blackout_windows"),
                       columns({"id", "name", "starts", "ends", "reason", "global"}));
    BulkInsert scope(c.db, QStringLiteral("blackout_scope"),
                     columns({"id", "blackout_id", "ci_id"}));
    BulkInsert maintenance(c.db, QStringLiteral("maintenance_windows"),
                           columns({"id", "service_id", "name", "weekday", "start_minute",
                                    "duration_minutes", "time_zone"}));
    SeedPhase phase(c, QStringLiteral("windows"), blackouts.size() + services.size());
    phase.add(windows);
    phase.add(scope);
    phase.add(maintenance);
    if (auto started = phase.start(); !started)
        return started;
    for (const Blackout &blackout : std::as_const(blackouts)) {
        const QString id = random.uuid();
        windows << id << blackout.name << isoText(blackout.starts) << isoText(blackout.ends)
                << blackout.reason << QVariant(blackout.scope.isEmpty());
        for (int ci : blackout.scope)
            scope << random.uuid() << id << c.cis.at(ci).id;
        ++c.report.blackouts;
    }
    static const int weekdays[] = {7, 6, 3};
    static const int startHours[] = {0, 2, 4, 20, 22};
    static const int durations[] = {120, 180, 240, 360};
    for (int service : services) {
        const int windowsForService = random.weighted({0.15, 0.7, 0.15});
        for (int w = 0; w < windowsForService; ++w) {
            maintenance << random.uuid() << c.cis.at(service).id
                        << (w == 0 ? QStringLiteral("Weekly maintenance")
                                   : QStringLiteral("Patch window"))
                        << weekdays[random.weighted({0.6, 0.25, 0.15})]
                        << startHours[random.below(5)] * 60 << durations[random.below(4)]
                        << QStringLiteral("Europe/Berlin");
        }
    }
    return phase.finish();
}

} // namespace ServiceDeck::Storage::Internal
