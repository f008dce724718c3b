// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlabels.h"

#include <QCoreApplication>

namespace ServiceDeck::Views {

QString fieldLabel(const QString &field)
{
    static const struct
    {
        const char *name;
        const char *label;
    } labels[] = {
        {"title", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Title")},
        {"description", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Description")},
        {"state", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "State")},
        {"impact", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Impact")},
        {"urgency", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Urgency")},
        {"priority", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Priority")},
        {"category", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Category")},
        {"requester", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Requester")},
        {"assignee", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Assignee")},
        {"group", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Group")},
        {"service", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Service")},
        {"ci", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "CI")},
        {"resolution", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Resolution")},
        {"root_cause", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Root cause")},
        {"workaround", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Workaround")},
        {"known_error", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Known error")},
        {"change_type", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Change type")},
        {"risk", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Risk")},
        {"planned_start", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Planned start")},
        {"planned_end", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Planned end")},
        {"cis", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Affected CIs")},
        {"implementation_plan",
         QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Implementation plan")},
        {"backout_plan", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Backout plan")},
        {"test_plan", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Test plan")},
        {"risk_score", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Risk score")},
        {"approval_quorum",
         QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Approvals needed")},
        {"actual_start", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Actual start")},
        {"actual_end", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Actual end")},
        {"review_outcome",
         QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Review outcome")},
        {"review_notes", QT_TRANSLATE_NOOP("ServiceDeck::Views::TicketForm", "Review notes")},
    };
    for (const auto &entry : labels) {
        if (field == QLatin1String(entry.name))
            return QCoreApplication::translate("ServiceDeck::Views::TicketForm", entry.label);
    }
    return field;
}

} // namespace ServiceDeck::Views
