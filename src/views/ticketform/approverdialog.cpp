// SPDX-License-Identifier: GPL-3.0-or-later
#include "approverdialog.h"
#include "ui_approvalrequest.h"

#include <QPushButton>

namespace ServiceDeck::Views {

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int loginRole = Qt::UserRole + 1;

} // namespace

ApproverDialog::ApproverDialog(const QList<UserEntry> &candidates, const QSet<QUuid> &asked,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApproverDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Request"));
    for (const UserEntry &user : candidates) {
        const QString name = user.displayName.isEmpty()
                                 ? user.login
                                 : tr("%1 (%2)").arg(user.displayName, user.login);
        auto *item = new QListWidgetItem(name, m_ui->approverList);
        item->setData(idRole, user.id);
        item->setData(loginRole, user.login);
        if (asked.contains(user.id)) {
            item->setCheckState(Qt::Checked);
            item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
            item->setToolTip(tr("Asked already; the request is still open"));
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (candidates.isEmpty())
        m_ui->promptLabel->setText(tr("Nobody holds the cab role. An administrator gives it to "
                                      "the members of the change advisory board."));
    connect(m_ui->approverList, &QListWidget::itemChanged, this, [this] { updateOk(); });
    updateOk();
}

ApproverDialog::~ApproverDialog() = default;

bool ApproverDialog::check(const QString &login)
{
    for (int i = 0; i < m_ui->approverList->count(); ++i) {
        QListWidgetItem *item = m_ui->approverList->item(i);
        if (item->data(loginRole).toString() == login &&
            item->flags().testFlag(Qt::ItemIsEnabled)) {
            item->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

QList<QUuid> ApproverDialog::chosen() const
{
    QList<QUuid> ids;
    for (int i = 0; i < m_ui->approverList->count(); ++i) {
        const QListWidgetItem *item = m_ui->approverList->item(i);
        if (item->flags().testFlag(Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            ids << item->data(idRole).toUuid();
    }
    return ids;
}

void ApproverDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isEmpty());
}

} // namespace ServiceDeck::Views
