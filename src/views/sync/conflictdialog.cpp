// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"
#include "ui_conflictdialog.h"

#include "syncstatustext.h"

#include "core/fields.h"

#include <QFont>
#include <QMessageBox>
#include <QPushButton>

namespace ServiceDeck::Views {

namespace {

using Take = Sync::ConflictRepository::Take;

QString conflictId(const Sync::Conflict &conflict)
{
    return conflict.id.toString(QUuid::WithoutBraces);
}

} // namespace

ConflictDialog::ConflictDialog(Storage::Database &db, const QUuid &actorId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
    , m_db(db)
    , m_actorId(actorId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("conflictDialog"));
    QFont bold = m_ui->titleLabel->font();
    bold.setBold(true);
    m_ui->titleLabel->setFont(bold);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);

    connect(m_ui->conflictList, &QListWidget::currentRowChanged, this,
            [this](int row) { showConflict(row); });
    connect(m_ui->localButton, &QPushButton::clicked, this, [this] { resolve(Take::Local); });
    connect(m_ui->remoteButton, &QPushButton::clicked, this, [this] { resolve(Take::Remote); });
    connect(m_ui->useValueButton, &QPushButton::clicked, this, [this] { resolve(Take::Value); });
    reload();
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::reload()
{
    const int previousRow = m_ui->conflictList->currentRow();
    const QUuid previous = previousRow >= 0 && previousRow < m_conflicts.size()
                               ? m_conflicts.at(previousRow).id
                               : QUuid();
    auto open = Sync::ConflictRepository(m_db).open();
    if (!open) {
        m_conflicts.clear();
        m_ui->conflictList->clear();
        m_ui->emptyLabel->setText(open.error().message);
        m_ui->pages->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_conflicts = *open;
    QSignalBlocker blocker(m_ui->conflictList);
    m_ui->conflictList->clear();
    int select = -1;
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const Sync::Conflict &conflict = m_conflicts.at(row);
        auto *item = new QListWidgetItem(Sync::ConflictRepository::describe(conflict));
        item->setData(Qt::UserRole, conflictId(conflict));
        item->setToolTip(tr("Found %1").arg(SyncStatusText::localTime(conflict.created)));
        m_ui->conflictList->addItem(item);
        if (conflict.id == previous)
            select = row;
    }
    if (m_conflicts.isEmpty()) {
        m_ui->emptyLabel->setText(
            tr("There are no open conflicts: every edit made here agrees with the hub."));
        m_ui->pages->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_ui->pages->setCurrentWidget(m_ui->conflictsPage);
    // After a resolution the next conflict takes the place of the one that went.
    if (select < 0)
        select = qBound(0, previousRow, int(m_conflicts.size()) - 1);
    m_ui->conflictList->setCurrentRow(select);
    blocker.unblock();
    showConflict(select);
}

bool ConflictDialog::multiLine(const Sync::Conflict &conflict) const
{
    if (conflict.entity != u"tickets") {
        return conflict.mine.contains(QLatin1Char('\n')) ||
               conflict.theirs.contains(QLatin1Char('\n'));
    }
    const FieldDef *def = findTicketField(conflict.field);
    return def && def->type == FieldType::LongText;
}

void ConflictDialog::showConflict(int row)
{
    const bool valid = row >= 0 && row < m_conflicts.size();
    m_ui->detailPane->setEnabled(valid);
    if (!valid)
        return;
    const Sync::Conflict &c = m_conflicts.at(row);
    m_ui->titleLabel->setText(Sync::ConflictRepository::describe(c));
    const bool field = c.kind == u"field";
    m_ui->valuesGroup->setVisible(field);
    m_ui->valueGroup->setVisible(field);
    m_ui->explanationLabel->setVisible(!field);
    QString local, remote, explanation;
    if (field) {
        const QString none = tr("(no value)");
        m_ui->baseLabel->setText(c.base.isEmpty() ? none : c.base);
        m_ui->mineLabel->setText(c.mine.isEmpty() ? none : c.mine);
        m_ui->theirsLabel->setText(c.theirs.isEmpty() ? none : c.theirs);
        const bool lines = multiLine(c);
        m_ui->valueEdit->setVisible(!lines);
        m_ui->valueTextEdit->setVisible(lines);
        m_ui->valueEdit->setText(c.mine);
        m_ui->valueTextEdit->setPlainText(c.mine);
        local = tr("&Keep Mine");
        remote = tr("&Take Theirs");
        m_ui->localButton->setToolTip(tr("Set \"%1\" to the value given here").arg(c.field));
        m_ui->remoteButton->setToolTip(tr("Set \"%1\" to the hub's value").arg(c.field));
    } else if (c.kind == u"update_deleted") {
        explanation = tr("You changed this record here while it was deleted on the hub.");
        local = tr("&Restore My Version");
        remote = tr("&Accept the Deletion");
    } else if (c.kind == u"delete_updated") {
        explanation = tr("You deleted this record here while it was changed on the hub.");
        local = tr("&Delete It Again");
        remote = tr("&Keep Their Version");
    } else {
        explanation = tr("The hub refused the change made here: %1").arg(c.theirs);
        local = tr("T&ry Again");
        remote = tr("&Discard Mine");
    }
    if (!field) {
        m_ui->explanationLabel->setText(explanation);
        m_ui->localButton->setToolTip({});
        m_ui->remoteButton->setToolTip({});
    }
    m_ui->localButton->setText(local);
    m_ui->remoteButton->setText(remote);
}

void ConflictDialog::resolve(Take take)
{
    const int row = m_ui->conflictList->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const Sync::Conflict &c = m_conflicts.at(row);
    QString value;
    if (take == Take::Value)
        value = multiLine(c) ? m_ui->valueTextEdit->toPlainText() : m_ui->valueEdit->text();
    auto done = Sync::ConflictRepository(m_db).resolve(conflictId(c), take, value, m_actorId);
    if (!done) {
        QMessageBox::warning(this, tr("Conflict Not Resolved"), done.error().message);
        reload();
        return;
    }
    reload();
    emit resolved();
}

} // namespace ServiceDeck::Views
