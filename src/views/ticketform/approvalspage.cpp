// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalspage.h"
#include "ui_approvals.h"

#include "approverdialog.h"
#include "decisiondialog.h"
#include "referencelookup.h"

#include "storage/change/approvalrepository.h"

#include "core/change/changerules.h"
#include "core/roles.h"

#include <QLocale>
#include <QSet>

namespace ServiceDeck::Views {

using Change::ApprovalDecision;
using Change::ApprovalState;

namespace {

QString stateColour(ApprovalState state)
{
    switch (state) {
    case ApprovalState::Approved:
        return QStringLiteral("#2e7d32");
    case ApprovalState::Rejected:
        return QStringLiteral("#c62828");
    case ApprovalState::Pending:
        return QStringLiteral("#ef6c00");
    case ApprovalState::NotRequested:
        break;
    }
    return {};
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ApprovalsPage::ApprovalsPage(Storage::Database &db, ReferenceLookup &lookup, const QUuid &actorId,
                             QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApprovalsPage>())
    , m_db(db)
    , m_lookup(lookup)
    , m_actorId(actorId)
{
    m_ui->setupUi(this);
    m_ui->approvalList->header()->setStretchLastSection(true);
    m_ui->evaluationState->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 8px; "
                       "padding: 1px 8px; font-weight: bold; }"));
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->requestButton, &QPushButton::clicked, this, [this] { requestApprovers(); });
    connect(m_ui->approveButton, &QPushButton::clicked, this,
            [this] { decide(ApprovalDecision::Approved); });
    connect(m_ui->rejectButton, &QPushButton::clicked, this,
            [this] { decide(ApprovalDecision::Rejected); });
    setChange({}, QString(), QString());
}

ApprovalsPage::~ApprovalsPage() = default;

void ApprovalsPage::setChange(const QUuid &changeId, const QString &number,
                              const QString &changeType)
{
    m_changeId = changeId;
    m_number = number;
    m_changeType = changeType;
    reload();
}

void ApprovalsPage::reload()
{
    m_records.clear();
    m_evaluation = {};
    // Roles change while a form stays open: read the acting user afresh with the records.
    Storage::ApprovalRepository repository(m_db);
    if (auto actor = repository.user(m_actorId))
        m_actor = *actor;
    else
        m_actor = User{};
    if (!m_changeId.isNull()) {
        auto records = repository.approvals(m_changeId);
        if (!records) {
            emit errorOccurred(records.error().message);
        } else if (auto evaluation = repository.evaluate(m_changeId); !evaluation) {
            emit errorOccurred(evaluation.error().message);
        } else {
            m_records = *records;
            m_evaluation = *evaluation;
        }
    }
    showRecords();
    showEvaluation();
    updateActions();
}

void ApprovalsPage::showRecords()
{
    m_ui->approvalList->clear();
    for (const Change::ApprovalRecord &record : std::as_const(m_records)) {
        QString decision;
        switch (record.decision) {
        case ApprovalDecision::Requested:
            decision = tr("Requested");
            break;
        case ApprovalDecision::Approved:
            decision = tr("Approved");
            break;
        case ApprovalDecision::Rejected:
            decision = tr("Rejected");
            break;
        }
        if (record.voided)
            decision = tr("%1 (void)").arg(decision);
        auto *item = new QTreeWidgetItem(m_ui->approvalList,
                                         {record.approverName, decision, timeText(record.requested),
                                          timeText(record.decided), record.comment});
        item->setData(0, Qt::UserRole, record.id);
        item->setToolTip(4, record.comment);
        if (record.voided) {
            const QString why = tr("Void: the plan or the window changed after this decision");
            for (int column = 0; column < item->columnCount(); ++column) {
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
                item->setToolTip(column, why);
            }
        }
    }
    for (int column = 0; column < 4; ++column)
        m_ui->approvalList->resizeColumnToContents(column);
}

void ApprovalsPage::showEvaluation()
{
    if (m_changeId.isNull()) {
        m_ui->evaluationState->setText(Change::approvalStateLabel(ApprovalState::NotRequested));
        m_ui->quorumLabel->clear();
        m_ui->reasonsLabel->setText(tr("Save the change before asking for approval."));
        return;
    }
    const ApprovalState state = m_evaluation.state;
    m_ui->evaluationState->setText(Change::approvalStateLabel(state));
    const QString colour = stateColour(state);
    m_ui->evaluationState->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 8px; "
                       "padding: 1px 8px; font-weight: bold;%1 }")
            .arg(colour.isEmpty() ? QString() : QStringLiteral(" color: %1;").arg(colour)));
    if (m_evaluation.needed > 0)
        m_ui->quorumLabel->setText(tr("Approvals: %1 of %2 needed")
                                       .arg(m_evaluation.approvedBy.size())
                                       .arg(m_evaluation.needed));
    else
        m_ui->quorumLabel->clear();
    m_ui->reasonsLabel->setText(m_evaluation.reasons.join(QLatin1Char('\n')));
}

void ApprovalsPage::updateActions()
{
    const bool saved = !m_changeId.isNull();
    const auto type = Change::changeTypeFromName(m_changeType);
    const bool approvable = saved && (!type || Change::needsApproval(*type));
    m_ui->requestButton->setEnabled(approvable);
    m_ui->requestButton->setToolTip(
        !saved        ? tr("Save the change first")
        : !approvable ? tr("A standard change is pre-approved; it needs no CAB decision")
                      : tr("Ask members of the change advisory board for a decision"));

    // The same rule storage applies decides what the acting user may do here.
    const auto mayDecide = Change::checkMayDecide(m_actor, m_records);
    const bool canDecide = saved && mayDecide.ok();
    const QString refusal = mayDecide.ok() ? QString() : mayDecide.error().message;
    for (QPushButton *button : {m_ui->approveButton, m_ui->rejectButton}) {
        button->setEnabled(canDecide);
        button->setToolTip(canDecide ? QString() : refusal);
    }
    m_ui->hintLabel->setText(saved && !canDecide ? refusal : QString());
}

bool ApprovalsPage::requestApprovers()
{
    if (m_changeId.isNull())
        return false;
    QSet<QUuid> asked;
    for (const Change::ApprovalRecord &record : std::as_const(m_records)) {
        if (record.decision == ApprovalDecision::Requested && !record.voided)
            asked.insert(record.approver);
    }
    ApproverDialog dialog(m_lookup.usersWithRole(roleName(Role::Cab)), asked, this);
    dialog.setWindowTitle(tr("Request Approvers for %1").arg(m_number));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return requestApprovers(dialog.chosen());
}

bool ApprovalsPage::requestApprovers(const QList<QUuid> &approvers)
{
    if (m_changeId.isNull() || approvers.isEmpty())
        return false;
    auto requested =
        Storage::ApprovalRepository(m_db).requestApprovers(m_changeId, approvers, m_actorId);
    reload();
    if (!requested) {
        emit errorOccurred(requested.error().message);
        return false;
    }
    return true;
}

bool ApprovalsPage::decide(ApprovalDecision decision)
{
    if (m_changeId.isNull())
        return false;
    DecisionDialog dialog(decision, m_number, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return decide(decision, dialog.comment());
}

bool ApprovalsPage::decide(ApprovalDecision decision, const QString &comment)
{
    if (m_changeId.isNull())
        return false;
    auto decided =
        Storage::ApprovalRepository(m_db).decide(m_changeId, m_actorId, decision, comment);
    reload();
    if (!decided) {
        emit errorOccurred(decided.error().message);
        return false;
    }
    emit this->decided();
    return true;
}

} // namespace ServiceDeck::Views
