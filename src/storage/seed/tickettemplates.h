// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demovocabulary.h"

#include "core/ticketkind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ServiceDeck::Storage::Internal {

// What fills the one "{}" of a template, and which CI a ticket from it then references.
enum class Slot { None, Service, Host, Database, Device, Storage, Office, Floor, Person };

// A text with at most one "{}" placeholder, split once so that filling it is two appends.
class TextTemplate
{
public:
    TextTemplate() = default;
    explicit TextTemplate(const char *text);
    QString fill(const QString &value) const;

private:
    QString m_prefix;
    QString m_suffix;
    bool m_hasSlot = false;
};

struct TicketTemplate
{
    TicketKind kind = TicketKind::Incident;
    QString category;
    GroupIndex group = ServiceDesk; // when the slot's CI does not name an owner group
    Slot slot = Slot::None;
    TextTemplate title;
    TextTemplate description;
    bool outage = false;     // a whole service is affected: high impact
    QStringList resolutions; // the category's closing texts
    QString rootCause;       // problems only
    QString workaround;      // problems only
};
// The incident, request or problem templates (not changes).
const QList<TicketTemplate> &ticketTemplates(TicketKind kind);

struct ChangeTemplate
{
    QString category;
    GroupIndex group = ServiceDesk;
    Slot slot = Slot::None;
    TextTemplate title;
    TextTemplate description;
    TextTemplate implementationPlan;
    QString backoutPlan;
    QString testPlan;
    bool routine = false;   // a standard (pre-approved) change most of the time
    bool urgentFix = false; // the kind of work that comes as an emergency change
};
const QList<ChangeTemplate> &changeTemplates();

// Sentences that make descriptions, comments and worklog notes less uniform.
const QStringList &descriptionContexts();
const QStringList &commentTexts();
const QStringList &worklogNotes();
const QStringList &approvalComments();
const QStringList &reviewNotes();

} // namespace ServiceDeck::Storage::Internal
