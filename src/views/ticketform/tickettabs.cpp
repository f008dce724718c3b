// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickettabs.h"

#include "ticketform.h"

#include <QAction>
#include <QPushButton>
#include <QTabBar>

namespace ServiceDeck::Views {

TicketTabs::TicketTabs(Storage::Database &db, const QUuid &actorId, QWidget *parent)
    : QTabWidget(parent)
    , m_db(db)
    , m_actorId(actorId)
{
    setObjectName(QStringLiteral("ticketTabs"));
    setAccessibleName(tr("Open tickets"));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    tabBar()->setElideMode(Qt::ElideRight);

    m_saveAction = new QAction(tr("&Save Ticket"), this);
    m_saveAction->setObjectName(QStringLiteral("saveTicketAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (TicketForm *form = currentForm())
            form->save();
    });
    m_closeAction = new QAction(tr("&Close Ticket"), this);
    m_closeAction->setObjectName(QStringLiteral("closeTicketAction"));
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (currentIndex() >= 0)
            closeTab(currentIndex());
    });
    addAction(m_saveAction);
    addAction(m_closeAction);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(index); });
    connect(this, &QTabWidget::currentChanged, this, [this] {
        m_saveAction->setEnabled(currentForm() != nullptr);
        m_closeAction->setEnabled(currentForm() != nullptr);
    });
    m_saveAction->setEnabled(false);
    m_closeAction->setEnabled(false);
}

TicketForm *TicketTabs::formAt(int index) const
{
    return qobject_cast<TicketForm *>(widget(index));
}

TicketForm *TicketTabs::currentForm() const
{
    return qobject_cast<TicketForm *>(currentWidget());
}

int TicketTabs::indexOfTicket(const QString &number) const
{
    const QString wanted = number.trimmed().toUpper();
    for (int i = 0; i < count(); ++i) {
        const TicketForm *form = formAt(i);
        if (form && !form->isNew() && form->number() == wanted)
            return i;
    }
    return -1;
}

void TicketTabs::takeOutsideChanges()
{
    for (int i = 0; i < count(); ++i) {
        if (TicketForm *form = formAt(i))
            form->takeOutsideChanges();
    }
}

TicketForm *TicketTabs::createForm()
{
    auto *form = new TicketForm(m_db, m_actorId, this);
    connect(form, &TicketForm::modifiedChanged, this, [this, form] { updateTabText(form); });
    connect(form, &TicketForm::headerChanged, this, [this, form] { updateTabText(form); });
    connect(form, &TicketForm::saved, this, &TicketTabs::ticketSaved);
    connect(form, &TicketForm::openTicketRequested, this,
            [this](const QString &number) { openTicket(number); });
    return form;
}

void TicketTabs::openTicket(const QString &number)
{
    if (const int index = indexOfTicket(number); index >= 0) {
        setCurrentIndex(index);
        return;
    }
    TicketForm *form = createForm();
    if (auto loaded = form->load(number); !loaded) {
        delete form;
        emit openFailed(number, loaded.error().message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Open ticket"),
                                    loaded.error().message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    setCurrentIndex(addTab(form, form->tabTitle()));
    updateTabText(form);
    form->setFocus();
}

void TicketTabs::newTicket(TicketKind kind)
{
    TicketForm *form = createForm();
    form->startNew(kind);
    setCurrentIndex(addTab(form, form->tabTitle()));
    updateTabText(form);
    form->setFocus();
}

void TicketTabs::updateTabText(TicketForm *form)
{
    const int index = indexOf(form);
    if (index < 0)
        return;
    const QString title = form->ticket().fields.value(QStringLiteral("title"));
    setTabText(index, form->isModified() ? form->tabTitle() + QLatin1Char('*')
                                         : form->tabTitle());
    setTabToolTip(index, title.isEmpty() ? form->tabTitle()
                                         : tr("%1 — %2").arg(form->tabTitle(), title));
}

bool TicketTabs::hasUnsavedChanges() const
{
    for (int i = 0; i < count(); ++i) {
        if (const TicketForm *form = formAt(i); form && form->isModified())
            return true;
    }
    return false;
}

QMessageBox::StandardButton TicketTabs::askToSave(TicketForm *form)
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved. Save them?").arg(form->tabTitle()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setDefaultButton(QMessageBox::Save);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

bool TicketTabs::settle(TicketForm *form)
{
    if (!form->isModified())
        return true;
    setCurrentWidget(form);
    switch (askToSave(form)) {
    case QMessageBox::Save:
        return form->save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool TicketTabs::closeTab(int index)
{
    TicketForm *form = formAt(index);
    if (!form)
        return false;
    if (!settle(form))
        return false;
    removeTab(indexOf(form));
    form->deleteLater();
    return true;
}

bool TicketTabs::maybeCloseAll()
{
    // Ask about every modified tab first, so that a Cancel halfway closes nothing.
    for (int i = 0; i < count(); ++i) {
        if (TicketForm *form = formAt(i); form && !settle(form))
            return false;
    }
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        page->deleteLater();
    }
    return true;
}

} // namespace ServiceDeck::Views
