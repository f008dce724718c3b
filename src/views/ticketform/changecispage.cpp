// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecispage.h"
#include "ui_changecis.h"

#include "cipickerdialog.h"

#include "models/cmdb/cilabels.h"
#include "storage/cirepository.h"

#include <QSet>

namespace ServiceDeck::Views {

namespace {

const QString cisField = QStringLiteral("cis");

} // namespace

ChangeCisPage::ChangeCisPage(Storage::Database &db, QWidget *parent)
    : FieldPage(parent)
    , m_ui(std::make_unique<Ui::ChangeCisPage>())
    , m_db(db)
{
    m_ui->setupUi(this);
    m_ui->ciList->setProperty("ticketField", cisField);
    m_ui->ciList->sortByColumn(0, Qt::AscendingOrder);
    m_ui->ciList->header()->setStretchLastSection(true);
    connect(m_ui->addCiButton, &QPushButton::clicked, this, [this] { addCis(); });
    connect(m_ui->removeCiButton, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_ui->ciList, &QTreeWidget::itemSelectionChanged, this, [this] { updateButtons(); });
    updateButtons();
}

ChangeCisPage::~ChangeCisPage() = default;

void ChangeCisPage::setKind(TicketKind kind)
{
    m_kind = kind;
}

QStringList ChangeCisPage::fields() const
{
    if (m_kind != TicketKind::Change)
        return {};
    return {cisField};
}

QString ChangeCisPage::value(const QString &field) const
{
    return field == cisField ? ciNames().join(QLatin1Char(',')) : QString();
}

QStringList ChangeCisPage::ciNames() const
{
    QStringList names;
    for (int i = 0; i < m_ui->ciList->topLevelItemCount(); ++i)
        names << m_ui->ciList->topLevelItem(i)->text(0);
    return names;
}

QList<QUuid> ChangeCisPage::ciIds() const
{
    QList<QUuid> ids;
    for (int i = 0; i < m_ui->ciList->topLevelItemCount(); ++i) {
        const QUuid id = m_ui->ciList->topLevelItem(i)->data(0, Qt::UserRole).toUuid();
        if (!id.isNull())
            ids << id;
    }
    return ids;
}

void ChangeCisPage::setValues(const QMap<QString, QString> &fields)
{
    const QSignalBlocker blocker(this);
    m_ui->ciList->clear();
    Storage::CiRepository cis(m_db);
    for (const QString &part : fields.value(cisField).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        auto found = cis.findByName(name);
        if (found && found->has_value()) {
            const ConfigurationItem &ci = **found;
            addRow(ci.id, ci.name, ci.ciClass, ci.status);
        } else {
            addRow({}, name, QString(), QString()); // removed from the CMDB meanwhile
        }
    }
    updateButtons();
}

void ChangeCisPage::addRow(const QUuid &id, const QString &name, const QString &ciClass,
                           const QString &status)
{
    static const Cmdb::CiCatalogue catalogue = Cmdb::CiCatalogue::standard();
    auto *item = new QTreeWidgetItem(
        m_ui->ciList,
        {name, ciClass.isEmpty() ? QString() : Models::CiLabels::ciClass(catalogue, ciClass),
         Models::CiLabels::status(status)});
    item->setData(0, Qt::UserRole, id);
    if (id.isNull())
        item->setToolTip(0, tr("The CMDB has no configuration item of this name"));
}

void ChangeCisPage::addCis()
{
    QSet<QUuid> present;
    for (const QUuid &id : ciIds())
        present.insert(id);
    CiPickerDialog dialog(m_db, present, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    bool added = false;
    for (const Storage::CiSummary &ci : dialog.chosen()) {
        if (present.contains(ci.id))
            continue;
        present.insert(ci.id);
        addRow(ci.id, ci.name, ci.ciClass, ci.status);
        added = true;
    }
    if (!added)
        return;
    for (int column = 0; column < 2; ++column)
        m_ui->ciList->resizeColumnToContents(column);
    updateButtons();
    emit edited();
}

void ChangeCisPage::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_ui->ciList->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    updateButtons();
    emit edited();
}

void ChangeCisPage::updateButtons()
{
    m_ui->removeCiButton->setEnabled(!m_ui->ciList->selectedItems().isEmpty());
}

} // namespace ServiceDeck::Views
