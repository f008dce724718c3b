// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisiondialog.h"
#include "ui_approvaldecision.h"

#include <QPushButton>

namespace ServiceDeck::Views {

DecisionDialog::DecisionDialog(Change::ApprovalDecision decision, const QString &number,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DecisionDialog>())
{
    m_ui->setupUi(this);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (decision == Change::ApprovalDecision::Rejected) {
        setWindowTitle(tr("Reject %1").arg(number));
        m_ui->promptLabel->setText(
            tr("Why do you reject %1? The comment is kept with your decision.").arg(number));
        ok->setText(tr("&Reject"));
    } else {
        setWindowTitle(tr("Approve %1").arg(number));
        m_ui->promptLabel->setText(tr("A comment for your approval of %1 (optional):").arg(number));
        ok->setText(tr("&Approve"));
    }
}

DecisionDialog::~DecisionDialog() = default;

void DecisionDialog::setComment(const QString &text)
{
    m_ui->commentEdit->setPlainText(text);
}

QString DecisionDialog::comment() const
{
    return m_ui->commentEdit->toPlainText().trimmed();
}

} // namespace ServiceDeck::Views
