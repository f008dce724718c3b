// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldbindings.h"

#include "core/ticketkind.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QLineEdit;

namespace ServiceDeck::Views {

namespace Ui {
class TicketDetailsPage;
}

class ReferenceLookup;

// The Details tab of a ticket form: one editor per canonical field of the ticket's kind (title
// and state live in the form's header), the priority recomputed as impact and urgency change.
class TicketDetailsPage : public QWidget
{
    Q_OBJECT

public:
    TicketDetailsPage(ReferenceLookup &lookup, QWidget *parent = nullptr);
    ~TicketDetailsPage() override;

    // Shows the fields of this kind and hides the others.
    void setKind(TicketKind kind);
    // Fills the editors from a ticket's fields (display text); absent fields are cleared.
    void setValues(const QMap<QString, QString> &fields);
    // The editable fields of the kind shown here, in form order.
    QStringList fields() const;
    QString value(const QString &field) const { return m_bindings.value(field); }
    QWidget *editor(const QString &field) const { return m_bindings.editor(field); }
    // First and last editor in tab order, for the form to chain its header around the page.
    QWidget *firstEditor() const;
    QWidget *lastEditor() const;

signals:
    void edited();

private:
    void fillChoices();
    void updatePriority();
    void attachCiCompletion(QLineEdit *edit);

    std::unique_ptr<Ui::TicketDetailsPage> m_ui;
    ReferenceLookup &m_lookup;
    FieldBindings m_bindings;
    TicketKind m_kind = TicketKind::Incident;
};

} // namespace ServiceDeck::Views
