// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuecounter.h"

#include "core/query/queueparser.h"
#include "storage/database.h"
#include "storage/query/queuecompiler.h"

namespace ServiceDeck::Views {

Result<qint64> QueueCounter::count(const QString &expression, const QDateTime &now)
{
    const Query::ParseResult parsed = Query::parseQueueQuery(expression);
    if (!parsed.ok())
        return invalidData(parsed.error.message);
    auto compiled = Storage::compileQueueQuery(
        *parsed.query, m_db.dialect(),
        Storage::QueueSqlContext{m_actorId,
                                 now.isValid() ? now : QDateTime::currentDateTimeUtc()});
    if (!compiled)
        return compiled.error();
    auto query = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE ")
                               + compiled->where,
                           compiled->binds);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

} // namespace ServiceDeck::Views
