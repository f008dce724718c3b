// SPDX-License-Identifier: GPL-3.0-or-later
#include "cipickerdialog.h"
#include "ui_changecipicker.h"

#include "models/cmdb/cilabels.h"

#include <QPushButton>
#include <QTimer>

namespace ServiceDeck::Views {

namespace {

constexpr int resultLimit = 100;

} // namespace

CiPickerDialog::CiPickerDialog(Storage::Database &db, const QSet<QUuid> &present, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CiPickerDialog>())
    , m_db(db)
    , m_present(present)
{
    m_ui->setupUi(this);
    m_ui->resultList->header()->setStretchLastSection(true);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    // One query per pause in typing, not one per key.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, [this] { search(m_ui->searchEdit->text()); });
    connect(m_ui->searchEdit, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        search(m_ui->searchEdit->text());
    });
    connect(m_ui->resultList, &QTreeWidget::itemSelectionChanged, this, [this] { updateOk(); });
    connect(m_ui->resultList, &QTreeWidget::itemActivated, this, [this] {
        if (!chosen().isEmpty())
            accept();
    });
    m_ui->statusLabel->setText(tr("Type to search the CMDB."));
    updateOk();
}

CiPickerDialog::~CiPickerDialog() = default;

void CiPickerDialog::search(const QString &text)
{
    m_ui->resultList->clear();
    m_results.clear();
    const QString wanted = text.trimmed();
    if (wanted.isEmpty()) {
        m_ui->statusLabel->setText(tr("Type to search the CMDB."));
        updateOk();
        return;
    }
    auto found = Storage::CiRepository(m_db).search(wanted, resultLimit + 1);
    if (!found) {
        m_ui->statusLabel->setText(found.error().message);
        updateOk();
        return;
    }
    m_results = *found;
    const bool more = m_results.size() > resultLimit;
    if (more)
        m_results.removeLast();
    const Cmdb::CiCatalogue catalogue = Cmdb::CiCatalogue::standard();
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        const Storage::CiSummary &ci = m_results.at(i);
        auto *item = new QTreeWidgetItem(m_ui->resultList,
                                         {ci.name, Models::CiLabels::ciClass(catalogue, ci.ciClass),
                                          Models::CiLabels::status(ci.status)});
        item->setData(0, Qt::UserRole, i);
        if (m_present.contains(ci.id)) {
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            item->setToolTip(0, tr("Already affected by this change"));
        }
    }
    for (int column = 0; column < 2; ++column)
        m_ui->resultList->resizeColumnToContents(column);
    if (m_results.isEmpty())
        m_ui->statusLabel->setText(tr("No configuration item matches \"%1\".").arg(wanted));
    else if (more)
        m_ui->statusLabel->setText(
            tr("The first %1 matches; type more to narrow them.").arg(resultLimit));
    else
        m_ui->statusLabel->setText(tr("Matches: %1").arg(m_results.size()));
    updateOk();
}

QList<Storage::CiSummary> CiPickerDialog::chosen() const
{
    QList<Storage::CiSummary> cis;
    for (int i = 0; i < m_ui->resultList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->resultList->topLevelItem(i);
        if (item->isSelected())
            cis << m_results.at(item->data(0, Qt::UserRole).toInt());
    }
    return cis;
}

void CiPickerDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isEmpty());
}

} // namespace ServiceDeck::Views
