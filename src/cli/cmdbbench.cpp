// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbbench.h"

#include "storage/cirepository.h"
#include "storage/cmdb/cmdbgraph.h"
#include "storage/database.h"

#include <QElapsedTimer>

#include <algorithm>

namespace ServiceDeck::Cli {

namespace {

// Runs per figure; the median keeps one slow run (a cold cache, the machine busy elsewhere)
// from deciding it.
constexpr int Rounds = 5;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

template<typename Work> double timed(Work &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The id in the first column of the first row, null when there is none.
Result<QUuid> firstId(Storage::Database &db, const QString &sql)
{
    auto query = db.exec(sql);
    if (!query)
        return query.error();
    return query->next() ? Storage::Database::toUuid(query->value(0)) : QUuid();
}

// The closure by CmdbGraph and by the recursive CTE, taking turns so both see the same caches.
Result<void> measureClosure(Storage::Database &db, const QUuid &start,
                            Cmdb::ImpactDirection direction, const QString &name,
                            const std::function<void(const Measurement &)> &add)
{
    Storage::CmdbGraph graph(db);
    Cmdb::ImpactOptions options;
    options.direction = direction;
    QList<double> ours;
    QList<double> cte;
    qsizetype reached = 0;
    qsizetype reachedByCte = 0;
    for (int round = 0; round < Rounds; ++round) {
        Result<void> failed;
        ours << timed([&] {
            auto closure = graph.closure(start, options);
            if (closure)
                reached = closure->steps().size();
            else
                failed = closure.error();
        });
        if (!failed)
            return failed;
        cte << timed([&] {
            auto closure = graph.closureByCte(start, options);
            if (closure)
                reachedByCte = closure->size();
            else
                failed = closure.error();
        });
        if (!failed)
            return failed;
    }
    add({name, median(ours), QStringLiteral("ms"), median(cte),
         QStringLiteral("<= 100 ms; baseline: recursive CTE, median of %1").arg(Rounds)});
    add({name + QStringLiteral(".cis"), double(reached), QStringLiteral("CIs"),
         double(reachedByCte), QStringLiteral("(reference: CIs reached; baseline: by the CTE)")});
    return {};
}

Result<void> measureBrowse(Storage::Database &db,
                           const std::function<void(const Measurement &)> &add)
{
    auto largest = db.exec(QStringLiteral("SELECT class, COUNT(*) FROM cis GROUP BY class "
                                          "ORDER BY COUNT(*) DESC, class LIMIT 1"));
    if (!largest)
        return largest.error();
    if (!largest->next())
        return {};
    const QString ciClass = largest->value(0).toString();
    Storage::CiRepository repository(db);
    constexpr int PageSize = 100;
    QList<double> first;
    QList<double> middle;
    int total = 0;
    for (int round = 0; round < Rounds; ++round) {
        Result<void> failed;
        first << timed([&] {
            auto count = repository.countByClass(ciClass);
            auto page = repository.byClass(ciClass, 0, PageSize);
            if (!count)
                failed = count.error();
            else if (!page)
                failed = page.error();
            else
                total = *count;
        });
        if (!failed)
            return failed;
        middle << timed([&] {
            auto page = repository.byClass(ciClass, total / 2, PageSize);
            if (!page)
                failed = page.error();
        });
        if (!failed)
            return failed;
    }
    add({QStringLiteral("cmdb_browse_first_page.") + ciClass, median(first), QStringLiteral("ms"),
         std::nullopt,
         QStringLiteral("<= 50 ms (count + first %1 of %2 CIs)").arg(PageSize).arg(total)});
    add({QStringLiteral("cmdb_browse_middle_page.") + ciClass, median(middle), QStringLiteral("ms"),
         std::nullopt, QStringLiteral("(reference: a page at offset %1)").arg(total / 2)});
    return {};
}

} // namespace

Result<void> measureCmdb(Storage::Database &db, const std::function<void(const Measurement &)> &add)
{
    auto service =
        firstId(db, QStringLiteral("SELECT r.source_id FROM ci_relations r "
                                   "JOIN cis c ON c.id = r.source_id "
                                   "WHERE c.class = 'business_service' AND r.type = 'depends_on' "
                                   "GROUP BY r.source_id ORDER BY COUNT(*) DESC, r.source_id "
                                   "LIMIT 1"));
    if (!service)
        return service.error();
    if (!service->isNull()) {
        if (auto done = measureClosure(db, *service, Cmdb::ImpactDirection::Down,
                                       QStringLiteral("cmdb_impact_down.top_service"), add);
            !done)
            return done;
    }
    auto server = firstId(db, QStringLiteral("SELECT r.target_id FROM ci_relations r "
                                             "JOIN cis c ON c.id = r.target_id "
                                             "WHERE c.class = 'server' GROUP BY r.target_id "
                                             "ORDER BY COUNT(*) DESC, r.target_id LIMIT 1"));
    if (!server)
        return server.error();
    if (!server->isNull()) {
        if (auto done = measureClosure(db, *server, Cmdb::ImpactDirection::Up,
                                       QStringLiteral("cmdb_impact_up.busiest_server"), add);
            !done)
            return done;
    }
    return measureBrowse(db, add);
}

} // namespace ServiceDeck::Cli
