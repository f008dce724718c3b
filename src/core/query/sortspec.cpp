// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortspec.h"

#include "queuefields.h"
#include "quoting.h"

#include "core/tr.h"

namespace ServiceDeck::Query {

QStringList sortableFields()
{
    return {QStringLiteral("number"),        QStringLiteral("title"),
            QStringLiteral("state"),         QStringLiteral("priority"),
            QStringLiteral("impact"),        QStringLiteral("urgency"),
            QStringLiteral("kind"),          QStringLiteral("category"),
            QStringLiteral("assignee"),      QStringLiteral("group"),
            QStringLiteral("opened"),        QStringLiteral("updated"),
            QStringLiteral("resolved"),      QStringLiteral("closed"),
            QStringLiteral("planned_start"), QStringLiteral("planned_end"),
            QStringLiteral("resolution_due")};
}

QString sortFieldName(QStringView name)
{
    if (name.compare(u"sla", Qt::CaseInsensitive) == 0)
        return QStringLiteral("resolution_due");
    for (const QString &field : sortableFields()) {
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return field;
    }
    return {};
}

Result<QList<SortKey>> parseSortSpec(QStringView spec)
{
    QList<SortKey> keys;
    if (spec.trimmed().isEmpty())
        return keys;
    qsizetype itemStart = 0;
    while (itemStart <= spec.size()) {
        qsizetype itemEnd = spec.indexOf(u',', itemStart);
        if (itemEnd < 0)
            itemEnd = spec.size();
        QStringView item = spec.mid(itemStart, itemEnd - itemStart);
        // Column of the item's first non-space character, for the messages.
        qsizetype at = itemStart;
        while (at < itemEnd && spec.at(at).isSpace())
            ++at;
        const QString column = QString::number(at + 1);
        item = item.trimmed();
        if (item.isEmpty())
            return invalidData(Tr::tr("Empty sort field at column %1").arg(column));
        SortKey key;
        if (item.front() == u'-' || item.front() == u'+') {
            key.descending = item.front() == u'-';
            item = item.mid(1).trimmed();
        }
        key.field = sortFieldName(item);
        if (key.field.isEmpty()) {
            const QStringList similar = similarNames(item, sortableFields());
            const QString hint = similar.isEmpty()
                                     ? Tr::tr("sortable fields are: %1")
                                           .arg(sortableFields().join(QStringLiteral(", ")))
                                     : Tr::tr("did you mean %1?").arg(similar.join(Tr::tr(" or ")));
            return invalidData(Tr::tr("Unknown sort field %1 at column %2; %3")
                                   .arg(Internal::displayValue(item), column, hint));
        }
        for (const SortKey &earlier : keys) {
            if (earlier.field == key.field)
                return invalidData(Tr::tr("Sort field \"%1\" at column %2 is already listed")
                                       .arg(key.field, column));
        }
        keys << key;
        itemStart = itemEnd + 1;
    }
    return keys;
}

QString formatSortSpec(const QList<SortKey> &keys)
{
    QStringList items;
    for (const SortKey &key : keys)
        items << (key.descending ? QStringLiteral("-") : QString()) + key.field;
    return items.join(QLatin1Char(','));
}

} // namespace ServiceDeck::Query
