// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketform.h"
#include "ui_ticketform.h"

#include "activitypage.h"
#include "approvalspage.h"
#include "changecispage.h"
#include "changecollisionspage.h"
#include "changeplanspage.h"
#include "changereviewpage.h"
#include "fieldbindings.h"
#include "historypage.h"
#include "linkspage.h"
#include "mergeclashdialog.h"
#include "referencelookup.h"
#include "riskpage.h"
#include "ticketdetailspage.h"
#include "transitiondialog.h"

#include "storage/change/approvalrepository.h"
#include "storage/slarepository.h"

#include "core/change/changerules.h"
#include "core/lifecycle.h"
#include "core/sla/slaclock.h"

#include <QTimer>

namespace ServiceDeck::Views {

using Storage::FieldAssignments;

TicketForm::TicketForm(Storage::Database &db, const QUuid &actorId, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TicketForm>())
    , m_db(db)
    , m_actorId(actorId)
    , m_lookup(std::make_unique<ReferenceLookup>(db))
{
    m_ui->setupUi(this);
    QFont big = m_ui->numberLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_ui->numberLabel->setFont(big);
    m_ui->messageFrame->setStyleSheet(
        QStringLiteral("QFrame#messageFrame { background: #fff4e5; border: 1px solid #f0b45a; "
                       "border-radius: 4px; }"));
    m_ui->messageFrame->hide();

    m_details = new TicketDetailsPage(*m_lookup, this);
    m_cis = new ChangeCisPage(db, this);
    m_plans = new ChangePlansPage(this);
    m_risk = new RiskPage(this);
    m_approvals = new ApprovalsPage(db, *m_lookup, actorId, this);
    m_collisions = new ChangeCollisionsPage(db, this);
    m_review = new ChangeReviewPage(this);
    m_activity = new ActivityPage(db, actorId, this);
    m_links = new LinksPage(db, actorId, this);
    m_history = new HistoryPage(db, *m_lookup, this);
    m_cis->setObjectName(QStringLiteral("changeCisPage"));
    m_plans->setObjectName(QStringLiteral("changePlansPage"));
    m_risk->setObjectName(QStringLiteral("riskPage"));
    m_approvals->setObjectName(QStringLiteral("approvalsPage"));
    m_collisions->setObjectName(QStringLiteral("changeCollisionsPage"));
    m_review->setObjectName(QStringLiteral("changeReviewPage"));
    m_ui->formTabs->addTab(m_details, tr("&Details"));
    m_ui->formTabs->addTab(m_cis, tr("Affected &CIs"));
    m_ui->formTabs->addTab(m_plans, tr("&Plans"));
    m_ui->formTabs->addTab(m_risk, tr("Ris&k"));
    m_ui->formTabs->addTab(m_approvals, tr("Appr&ovals"));
    m_ui->formTabs->addTab(m_collisions, tr("Collisio&ns"));
    m_ui->formTabs->addTab(m_review, tr("Revie&w"));
    m_ui->formTabs->addTab(m_activity, tr("&Activity"));
    m_ui->formTabs->addTab(m_links, tr("&Links"));
    m_ui->formTabs->addTab(m_history, tr("&History"));
    m_fieldPages = {m_details, m_cis, m_plans, m_risk, m_review};
    setupTabOrder();

    for (FieldPage *page : std::as_const(m_fieldPages)) {
        connect(page, &FieldPage::edited, this, [this] {
            updateModified();
            updateCollisions(false);
        });
    }
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, [this] {
        updateModified();
        emit headerChanged();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->transitionButton, &QPushButton::clicked, this, [this] {
        const QString target = m_ui->transitionCombo->currentData().toString();
        if (!target.isEmpty())
            moveTo(target);
    });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this] { reload(); });
    connect(m_ui->dismissButton, &QPushButton::clicked, this, [this] { clearMessage(); });
    const auto report = [this](const QString &text) { showMessage(text, false); };
    connect(m_activity, &ActivityPage::errorOccurred, this, report);
    connect(m_links, &LinksPage::errorOccurred, this, report);
    connect(m_history, &HistoryPage::errorOccurred, this, report);
    connect(m_activity, &ActivityPage::added, this, [this] { clearMessage(); });
    connect(m_links, &LinksPage::openTicketRequested, this, &TicketForm::openTicketRequested);
    connect(m_approvals, &ApprovalsPage::errorOccurred, this, report);
    connect(m_approvals, &ApprovalsPage::decided, this, [this] { clearMessage(); });
    connect(m_collisions, &ChangeCollisionsPage::openTicketRequested, this,
            &TicketForm::openTicketRequested);
    connect(m_collisions, &ChangeCollisionsPage::collisionsChanged, this, [this](int count) {
        const int index = m_ui->formTabs->indexOf(m_collisions);
        m_ui->formTabs->setTabText(index, count > 0 ? tr("Collisio&ns (%1)").arg(count)
                                                    : tr("Collisio&ns"));
    });

    // Time left changes as time passes, not only when the ticket does.
    m_slaTimer = new QTimer(this);
    m_slaTimer->setInterval(60 * 1000);
    connect(m_slaTimer, &QTimer::timeout, this, [this] { updateSla(); });
    m_slaTimer->start();
    startNew(TicketKind::Incident);
}

TicketForm::~TicketForm() = default;

void TicketForm::setupTabOrder()
{
    setTabOrder(m_ui->titleEdit, m_details->firstEditor());
    setTabOrder(m_details->lastEditor(), m_ui->transitionCombo);
    setTabOrder(m_ui->transitionCombo, m_ui->transitionButton);
    setTabOrder(m_ui->transitionButton, m_ui->saveButton);
}

Result<void> TicketForm::load(const QString &number)
{
    auto ticket = Storage::TicketRepository(m_db).findByNumber(number);
    if (!ticket)
        return ticket.error();
    clearMessage();
    setTicket(*ticket);
    return {};
}

void TicketForm::startNew(TicketKind kind)
{
    Ticket blank;
    blank.kind = kind;
    blank.fields.insert(QStringLiteral("state"), initialState(kind));
    blank.fields.insert(QStringLiteral("impact"), QStringLiteral("3"));
    blank.fields.insert(QStringLiteral("urgency"), QStringLiteral("3"));
    if (kind == TicketKind::Change)
        blank.fields.insert(QStringLiteral("change_type"), QStringLiteral("normal"));
    clearMessage();
    setTicket(blank);
}

void TicketForm::reload()
{
    if (isNew()) {
        startNew(m_ticket.kind);
        return;
    }
    if (auto loaded = load(m_ticket.number); !loaded)
        showError(loaded.error());
}

void TicketForm::setTicket(const Ticket &ticket)
{
    m_ticket = ticket;
    {
        const QSignalBlocker blocker(m_ui->titleEdit);
        m_ui->titleEdit->setText(ticket.fields.value(QStringLiteral("title")));
    }
    for (FieldPage *page : std::as_const(m_fieldPages)) {
        page->setKind(ticket.kind);
        page->setValues(ticket.fields);
    }
    setupTabOrder();
    updateChangeTabs();
    m_activity->setTicket(ticket.id);
    m_links->setTicket(ticket.id);
    m_history->setTicket(ticket.id);
    updateHeader();
    updateTransitions();
    updateSla();
    updateModified();
    emit headerChanged();
}

void TicketForm::updateChangeTabs()
{
    const bool change = m_ticket.kind == TicketKind::Change;
    for (QWidget *page : {static_cast<QWidget *>(m_cis), static_cast<QWidget *>(m_plans),
                          static_cast<QWidget *>(m_risk), static_cast<QWidget *>(m_approvals),
                          static_cast<QWidget *>(m_collisions)})
        m_ui->formTabs->setTabVisible(m_ui->formTabs->indexOf(page), change);
    m_ui->formTabs->setTabVisible(m_ui->formTabs->indexOf(m_review),
                                  change && !m_review->fields().isEmpty());
    if (!change) {
        m_approvals->setChange({}, QString(), QString());
        return;
    }
    // Approvals are read again after every save: a new plan or window voids them.
    m_approvals->setChange(m_ticket.id, m_ticket.number,
                           m_ticket.fields.value(QStringLiteral("change_type")));
    updateScheduleRights();
    updateCollisions(true);
}

void TicketForm::updateScheduleRights()
{
    // Core's rule, asked for a move of the window; storage refuses with the same sentence.
    auto actor = Storage::ApprovalRepository(m_db).user(m_actorId);
    const User user = actor ? *actor : User{};
    const Change::TimeSpan unset;
    const Change::TimeSpan other{0, 1};
    const auto allowed = Change::checkMaySchedule(user, unset, other);
    m_details->setScheduleEditable(allowed.ok(), allowed.ok() ? QString()
                                                              : allowed.error().message);
}

ChangeDraft TicketForm::changeDraft() const
{
    const QMap<QString, QString> values = currentValues();
    ChangeDraft draft;
    draft.id = m_ticket.id;
    draft.number = m_ticket.number;
    draft.state = values.value(QStringLiteral("state"));
    draft.plannedStart = values.value(QStringLiteral("planned_start"));
    draft.plannedEnd = values.value(QStringLiteral("planned_end"));
    draft.cis = m_cis->ciIds();
    draft.ci = values.value(QStringLiteral("ci"));
    draft.service = values.value(QStringLiteral("service"));
    draft.assignee = values.value(QStringLiteral("assignee"));
    return draft;
}

void TicketForm::updateCollisions(bool now)
{
    if (m_ticket.kind == TicketKind::Change)
        m_collisions->setDraft(changeDraft(), now);
}

QString TicketForm::state() const
{
    return m_ticket.fields.value(QStringLiteral("state"));
}

QString TicketForm::tabTitle() const
{
    if (isNew())
        return tr("New %1").arg(kindLabel(m_ticket.kind));
    return m_ticket.number;
}

void TicketForm::updateHeader()
{
    m_ui->numberLabel->setText(isNew() ? tr("New") : m_ticket.number);
    m_ui->kindLabel->setText(kindLabel(m_ticket.kind));
    m_ui->stateLabel->setText(stateLabel(state()));
    m_ui->stateLabel->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 8px; "
                       "padding: 1px 8px; font-weight: bold; }"));
    m_ui->stateLabel->setToolTip(tr("Current state"));
    m_ui->stateLabel->setAccessibleName(tr("Current state"));
}

QStringList TicketForm::offeredTransitions() const
{
    QStringList states;
    for (int i = 0; i < m_ui->transitionCombo->count(); ++i)
        states << m_ui->transitionCombo->itemData(i).toString();
    return states;
}

void TicketForm::updateTransitions()
{
    m_ui->transitionCombo->clear();
    const QStringList targets = isNew() ? QStringList()
                                        : allowedTransitions(m_ticket.kind, state());
    for (const QString &target : targets)
        m_ui->transitionCombo->addItem(stateLabel(target), target);
    const bool any = !targets.isEmpty();
    m_ui->transitionCombo->setEnabled(any);
    m_ui->transitionButton->setEnabled(any);
    m_ui->transitionCombo->setToolTip(
        isNew() ? tr("Save the ticket before moving it on")
        : any   ? tr("The states this ticket may move to from its current state")
                : tr("%1 is a final state").arg(stateLabel(state())));
}

void TicketForm::updateSla()
{
    if (isNew()) {
        m_ui->slaLabel->clear();
        return;
    }
    auto status = Storage::SlaRepository(m_db).status(m_ticket.id,
                                                      QDateTime::currentDateTimeUtc());
    if (!status) {
        m_ui->slaLabel->setText(tr("SLA unknown"));
        m_ui->slaLabel->setToolTip(status.error().message);
        return;
    }
    QString text;
    QString colour;
    switch (status->state) {
    case SlaState::None:
        text = tr("No SLA");
        break;
    case SlaState::Breached:
        text = tr("SLA %1 · %2 over").arg(slaStateLabel(status->state),
                                          formatDuration(-status->leftSeconds));
        colour = QStringLiteral("#c62828");
        break;
    case SlaState::Warning:
        colour = QStringLiteral("#ef6c00");
        [[fallthrough]];
    default:
        text = tr("SLA %1 · %2 left").arg(slaStateLabel(status->state),
                                          formatDuration(status->leftSeconds));
        break;
    }
    m_ui->slaLabel->setText(text);
    m_ui->slaLabel->setToolTip(tr("Time left to the resolution target, in business time"));
    // The colour says "at risk" to the eye; the name says it to a screen reader.
    m_ui->slaLabel->setAccessibleName(tr("Resolution SLA"));
    m_ui->slaLabel->setAccessibleDescription(
        tr("%1 (%2 % of the target used)").arg(text).arg(qRound(status->usedShare * 100)));
    m_ui->slaLabel->setStyleSheet(colour.isEmpty()
                                      ? QString()
                                      : QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                            .arg(colour));
}

QMap<QString, QString> TicketForm::currentValues() const
{
    QMap<QString, QString> values = m_ticket.fields;
    values.insert(QStringLiteral("title"), m_ui->titleEdit->text().trimmed());
    for (const FieldPage *page : m_fieldPages) {
        for (const QString &field : page->fields())
            values.insert(field, page->value(field));
    }
    return values;
}

FieldAssignments TicketForm::changedFields() const
{
    FieldAssignments changes;
    const QMap<QString, QString> values = currentValues();
    QStringList fields = {QStringLiteral("title")};
    for (const FieldPage *page : m_fieldPages)
        fields += page->fields();
    for (const QString &field : std::as_const(fields)) {
        const QString value = values.value(field);
        if (!FieldBindings::sameValue(field, m_ticket.fields.value(field), value))
            changes << qMakePair(field, value);
    }
    return changes;
}

bool TicketForm::isModified() const
{
    return !changedFields().isEmpty();
}

void TicketForm::updateModified()
{
    const bool modified = isModified();
    m_ui->saveButton->setEnabled(modified);
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

bool TicketForm::save()
{
    clearMessage();
    const FieldAssignments changes = changedFields();
    if (!isNew()) {
        if (changes.isEmpty())
            return true;
        return write(changes);
    }
    auto created = Storage::TicketRepository(m_db).create(m_ticket.kind, changes, m_actorId);
    if (!created) {
        showError(created.error());
        return false;
    }
    setTicket(*created);
    emit saved(m_ticket.number);
    return true;
}

bool TicketForm::write(const FieldAssignments &changes)
{
    // Someone else's save since the form loaded the ticket is merged field by field; where both
    // changed a field differently the person chooses, nothing is overwritten unseen.
    Storage::TicketRepository tickets(m_db);
    auto updated = Storage::updateMerging(
        tickets, m_ticket, changes, m_actorId,
        [this](const QList<Storage::FieldClash> &clashes, const Ticket &stored) {
            return askClashChoices(clashes, stored);
        },
        &FieldBindings::sameValue);
    if (!updated) {
        showError(updated.error());
        return false;
    }
    setTicket(*updated);
    emit saved(m_ticket.number);
    return true;
}

bool TicketForm::moveTo(const QString &target)
{
    clearMessage();
    if (isNew()) {
        showMessage(tr("Save the ticket before moving it on."), false);
        return false;
    }
    // Core says what the step needs; the form asks only for what is still empty.
    const QString from = state();
    const QMap<QString, QString> values = currentValues();
    const QStringList missing = missingTransitionFields(m_ticket.kind, from, target, values);
    FieldAssignments changes = changedFields();
    if (!missing.isEmpty()) {
        const auto given = askTransitionFields(from, target, missing);
        if (!given)
            return false;
        for (const auto &assignment : *given) {
            changes.removeIf([&](const auto &c) { return c.first == assignment.first; });
            changes << assignment;
        }
    }
    changes << qMakePair(QStringLiteral("state"), target);
    return write(changes);
}

std::optional<FieldAssignments> TicketForm::askTransitionFields(const QString &fromState,
                                                                const QString &toState,
                                                                const QStringList &fields)
{
    TransitionDialog dialog(*m_lookup, m_ticket.kind, fromState, toState, fields, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.values();
}

std::optional<QHash<QString, Storage::ClashChoice>>
TicketForm::askClashChoices(const QList<Storage::FieldClash> &clashes, const Ticket &stored)
{
    MergeClashDialog dialog(stored.number, clashes, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choices();
}

void TicketForm::takeOutsideChanges()
{
    if (isNew())
        return;
    auto stored = Storage::TicketRepository(m_db).findByNumber(m_ticket.number);
    if (!stored)
        return; // gone or unreadable: the next save says why
    if (stored->version == m_ticket.version) {
        // The fields are as loaded; comments, work, links, approvals may have been added.
        m_activity->reload();
        m_links->reload();
        m_history->reload();
        if (m_ticket.kind == TicketKind::Change)
            m_approvals->reload();
        return;
    }
    if (!isModified()) {
        clearMessage();
        setTicket(*stored);
        return;
    }
    m_history->reload();
    showMessage(tr("Changed by someone else — your edits will be merged on save."), true);
}

void TicketForm::showError(const Error &error)
{
    if (error.kind == ErrorKind::Conflict) {
        showMessage(tr("%1 was changed by someone else since you opened it, so nothing was "
                       "saved. Your edits are still here. Reload to see the stored ticket "
                       "(this discards your edits), then apply them again.")
                        .arg(m_ticket.number),
                    true);
        m_ui->messageLabel->setToolTip(error.message);
        return;
    }
    showMessage(error.message, false);
}

void TicketForm::showMessage(const QString &text, bool conflict)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setToolTip(QString());
    m_ui->reloadButton->setVisible(conflict);
    m_ui->messageFrame->show();
}

void TicketForm::clearMessage()
{
    m_ui->messageLabel->clear();
    m_ui->messageFrame->hide();
}

QString TicketForm::message() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

} // namespace ServiceDeck::Views
