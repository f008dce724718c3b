// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuecolumns.h"

#include "core/priority.h"
#include "core/ticketkind.h"

#include <QCoreApplication>

namespace ServiceDeck::Models::Internal {

namespace {

struct ColumnDef
{
    const char *field;
    const char *title;
};

// In the order the column chooser offers them.
const ColumnDef columns[] = {
    {"number", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Number")},
    {"title", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Title")},
    {"kind", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Kind")},
    {"state", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "State")},
    {"priority", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Priority")},
    {"impact", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Impact")},
    {"urgency", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Urgency")},
    {"category", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Category")},
    {"assignee", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Assignee")},
    {"group", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Group")},
    {"requester", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Requester")},
    {"service", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Service")},
    {"ci", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "CI")},
    {"opened", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Opened")},
    {"updated", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Updated")},
    {"resolved", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Resolved")},
    {"closed", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Closed")},
    {"planned_start", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Planned start")},
    {"planned_end", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Planned end")},
    {"resolution_due", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "Resolution due")},
    {"sla", QT_TRANSLATE_NOOP("ServiceDeck::Models::QueueModel", "SLA left")},
};

const ColumnDef *find(const QString &field)
{
    for (const ColumnDef &column : columns) {
        if (field == QLatin1String(column.field))
            return &column;
    }
    return nullptr;
}

QVariant date(const QDateTime &instant, const QLocale &locale)
{
    if (!instant.isValid())
        return QString();
    return locale.toString(instant.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QStringList queueColumnFields()
{
    QStringList fields;
    for (const ColumnDef &column : columns)
        fields << QString::fromLatin1(column.field);
    return fields;
}

QStringList defaultQueueColumnFields()
{
    return {QStringLiteral("number"),   QStringLiteral("title"),   QStringLiteral("kind"),
            QStringLiteral("priority"), QStringLiteral("state"),   QStringLiteral("assignee"),
            QStringLiteral("group"),    QStringLiteral("updated"), QStringLiteral("sla")};
}

bool isQueueColumnField(const QString &field)
{
    return find(field) != nullptr;
}

QString queueColumnTitle(const QString &field)
{
    const ColumnDef *column = find(field);
    return column ? QCoreApplication::translate("ServiceDeck::Models::QueueModel", column->title)
                  : QString();
}

QVariant queueColumnDisplay(const QueueRow &row, const QString &field, const QLocale &locale)
{
    // Ordered by how often a queue shows the column.
    if (field == u"number")
        return row.number;
    if (field == u"title")
        return row.title;
    if (field == u"priority")
        return priorityLabel(row.priority);
    if (field == u"state")
        return stateLabel(row.state);
    if (field == u"kind") {
        const auto kind = kindFromName(row.kind);
        return kind ? kindLabel(*kind) : row.kind;
    }
    if (field == u"assignee")
        return row.assignee;
    if (field == u"group")
        return row.group;
    if (field == u"updated")
        return date(row.updated, locale);
    if (field == u"opened")
        return date(row.opened, locale);
    if (field == u"impact")
        return row.impact;
    if (field == u"urgency")
        return row.urgency;
    if (field == u"category")
        return row.category;
    if (field == u"requester")
        return row.requester;
    if (field == u"service")
        return row.service;
    if (field == u"ci")
        return row.ci;
    if (field == u"resolved")
        return date(row.resolved, locale);
    if (field == u"closed")
        return date(row.closed, locale);
    if (field == u"planned_start")
        return date(row.plannedStart, locale);
    if (field == u"planned_end")
        return date(row.plannedEnd, locale);
    if (field == u"resolution_due")
        return date(row.due.resolutionDue, locale);
    return {};
}

} // namespace ServiceDeck::Models::Internal
