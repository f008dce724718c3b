// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldbindings.h"
#include "fieldpage.h"

#include <memory>

class QLineEdit;

namespace ServiceDeck::Views {

namespace Ui {
class TicketDetailsPage;
}

class ReferenceLookup;

// The Details tab of a ticket form: one editor per canonical field of the ticket's kind (title
// and state live in the form's header; a change's CIs, plans and risk have tabs of their own),
// the priority recomputed as impact and urgency change.
class TicketDetailsPage : public FieldPage
{
    Q_OBJECT

public:
    TicketDetailsPage(ReferenceLookup &lookup, QWidget *parent = nullptr);
    ~TicketDetailsPage() override;

    // Shows the fields of this kind and hides the others.
    void setKind(TicketKind kind) override;
    void setValues(const QMap<QString, QString> &fields) override;
    QStringList fields() const override;
    QString value(const QString &field) const override { return m_bindings.value(field); }
    QWidget *editor(const QString &field) const { return m_bindings.editor(field); }
    // First and last editor in tab order, for the form to chain its header around the page.
    QWidget *firstEditor() const;
    QWidget *lastEditor() const;
    // Whether the planned window may be edited; when not, the editors say why in a tooltip.
    void setScheduleEditable(bool editable, const QString &why);

private:
    void fillChoices();
    void updatePriority();
    void attachCiCompletion(QLineEdit *edit);

    std::unique_ptr<Ui::TicketDetailsPage> m_ui;
    ReferenceLookup &m_lookup;
    FieldBindings m_bindings;
    TicketKind m_kind = TicketKind::Incident;
    bool m_scheduleEditable = true;
    QString m_scheduleRefusal;
};

} // namespace ServiceDeck::Views
