// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketkind.h"

#include <QMessageBox>
#include <QTabWidget>
#include <QUuid>

class QAction;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

class TicketForm;

// Several tickets open at once, one TicketForm per tab; a modified tab shows '*' and is never
// closed without asking whether to save it.
class TicketTabs : public QTabWidget
{
    Q_OBJECT

public:
    TicketTabs(Storage::Database &db, const QUuid &actorId, QWidget *parent = nullptr);

    void openTicket(const QString &number); // focuses its tab when already open
    void newTicket(TicketKind kind);        // an unsaved form; saving creates the ticket
    bool hasUnsavedChanges() const;
    bool maybeCloseAll(); // asks Save / Discard / Cancel for unsaved tabs; false when cancelled
    TicketForm *currentForm() const;

    TicketForm *formAt(int index) const;
    int indexOfTicket(const QString &number) const; // -1 when not open
    // Closes a tab, asking first when it holds unsaved edits; false when it stays open.
    bool closeTab(int index);
    // Others changed tickets: every open form shows the stored ticket, or keeps its unsaved
    // edits to merge them on save (TicketForm::takeOutsideChanges).
    void takeOutsideChanges();

    // Ctrl+S (save the current ticket) and Ctrl+W (close its tab), active while the focus is
    // inside these tabs; a main window may also put them into its menus.
    QAction *saveAction() const { return m_saveAction; }
    QAction *closeTabAction() const { return m_closeAction; }

signals:
    void ticketSaved(const QString &number); // created or updated: the queues refresh on it
    // A ticket could not be opened (unknown number, database error); the text says why.
    void openFailed(const QString &number, const QString &message);

protected:
    // Save, Discard or Cancel for a modified form. A seam for tests and for other front ends.
    virtual QMessageBox::StandardButton askToSave(TicketForm *form);

private:
    TicketForm *createForm();
    void updateTabText(TicketForm *form);
    // Saves or discards a modified form after asking; false when the person cancels or the
    // save fails (the form then shows why).
    bool settle(TicketForm *form);

    Storage::Database &m_db;
    QUuid m_actorId;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace ServiceDeck::Views
