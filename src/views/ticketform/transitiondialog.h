// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketkind.h"
#include "storage/ticketrepository.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace ServiceDeck::Views {

namespace Ui {
class TransitionDialog;
}

class ReferenceLookup;

// Asks for the fields a lifecycle step still needs (a resolution note to resolve, a group to
// assign) before the form moves a ticket on; which fields those are, core/lifecycle.h says.
class TransitionDialog : public QDialog
{
    Q_OBJECT

public:
    TransitionDialog(ReferenceLookup &lookup, TicketKind kind, const QString &fromState,
                     const QString &toState, const QStringList &fields,
                     QWidget *parent = nullptr);
    ~TransitionDialog() override;

    // The values given, as canonical assignments; fields left empty are left out.
    Storage::FieldAssignments values() const;
    QWidget *editor(const QString &field) const;

private:
    QWidget *createEditor(const QString &field);

    std::unique_ptr<Ui::TransitionDialog> m_ui;
    ReferenceLookup &m_lookup;
    QList<QPair<QString, QWidget *>> m_editors;
};

} // namespace ServiceDeck::Views
