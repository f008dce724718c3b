// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketcolumns.h"

namespace ServiceDeck::Storage::Internal {

namespace {

const TicketColumn columns[] = {
    {"kind", "t.kind", false},
    {"state", "t.state", false},
    {"number", "t.number", false},
    {"priority", "t.priority", false},
    {"impact", "t.impact", false},
    {"urgency", "t.urgency", false},
    {"category", "t.category", true},
    {"change_type", "t.change_type", true},
    {"risk", "t.risk", true},
    {"review_outcome", "t.review_outcome", true},
    {"known_error", "t.known_error", false},
    {"opened", "t.opened", false},
    {"updated", "t.updated", false},
    {"resolved", "t.resolved", true},
    {"closed", "t.closed", true},
    {"planned_start", "t.planned_start", true},
    {"planned_end", "t.planned_end", true},
    {"resolution_due", "t.resolution_due", true},
    {"assignee", "t.assignee_id", true},
    {"requester", "t.requester_id", true},
    {"group", "t.group_id", true},
    {"service", "t.service_id", true},
    {"ci", "t.ci_id", true},
    {"title", "t.title", false},
    {"description", "t.description", true},
};

} // namespace

const TicketColumn *ticketColumn(const QString &field)
{
    for (const TicketColumn &column : columns) {
        if (field == QLatin1String(column.field))
            return &column;
    }
    return nullptr;
}

} // namespace ServiceDeck::Storage::Internal
