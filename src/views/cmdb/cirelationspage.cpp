// SPDX-License-Identifier: GPL-3.0-or-later
#include "cirelationspage.h"
#include "ui_cmdbrelations.h"

#include "views/ticketform/referencelookup.h"

#include "models/cmdb/cirelationsmodel.h"
#include "storage/cirepository.h"

#include <QCompleter>
#include <QHeaderView>
#include <QMessageBox>
#include <QStringListModel>

namespace ServiceDeck::Views {

namespace {

constexpr int TypeRole = Qt::UserRole;
constexpr int OutgoingRole = Qt::UserRole + 1;
const QString partOf = QStringLiteral("part_of");

} // namespace

CiRelationsPage::CiRelationsPage(Storage::Database &db, const QUuid &actorId,
                                 ReferenceLookup &lookup, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CiRelationsPage>())
    , m_db(db)
    , m_actorId(actorId)
    , m_lookup(lookup)
    , m_model(new Models::CiRelationsModel(db, this))
{
    m_ui->setupUi(this);
    m_ui->relationList->setModel(m_model);
    m_ui->relationList->header()->setStretchLastSection(true);
    m_ui->relationMessage->hide();

    // Completion from a prefix query: a CMDB of 100,000 names is never listed whole.
    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->targetEdit->setCompleter(completer);
    connect(m_ui->targetEdit, &QLineEdit::textEdited, this, [this, completer](const QString &text) {
        qobject_cast<QStringListModel *>(completer->model())
            ->setStringList(m_lookup.ciNames(text.trimmed()));
    });
    connect(m_ui->targetEdit, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_ui->targetEdit, &QLineEdit::returnPressed, this, [this] { addRelation(); });
    connect(m_ui->addRelationButton, &QPushButton::clicked, this, [this] { addRelation(); });
    connect(m_ui->removeRelationButton, &QPushButton::clicked, this,
            [this] { removeSelected(); });
    connect(m_ui->relationList, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit ciActivated(index.data(Models::CiRelationsModel::OtherCiIdRole).toUuid());
    });
    connect(m_ui->relationList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int column = 0; column < Models::CiRelationsModel::StatusColumn; ++column)
            m_ui->relationList->resizeColumnToContents(column);
        updateButtons();
    });
    connect(m_model, &Models::CiRelationsModel::errorOccurred, this,
            [this](const QString &message) { showMessage(message); });
    updateButtons();
}

CiRelationsPage::~CiRelationsPage() = default;

void CiRelationsPage::setCatalogue(const Cmdb::CiCatalogue &catalogue)
{
    m_model->setCatalogue(catalogue);
    m_ui->relationTypeCombo->clear();
    for (const Cmdb::RelationType &type : catalogue.relationTypes()) {
        for (const bool outgoing : {true, false}) {
            const QString label = outgoing ? type.forwardLabel : type.reverseLabel;
            m_ui->relationTypeCombo->addItem(label.isEmpty() ? type.name : label);
            const int index = m_ui->relationTypeCombo->count() - 1;
            m_ui->relationTypeCombo->setItemData(index, type.name, TypeRole);
            m_ui->relationTypeCombo->setItemData(index, outgoing, OutgoingRole);
        }
    }
}

void CiRelationsPage::setCi(const QUuid &ciId)
{
    m_ciId = ciId;
    m_ui->targetEdit->clear();
    m_ui->relationMessage->hide();
    reload();
}

void CiRelationsPage::reload()
{
    m_model->setCi(m_ciId);
}

bool CiRelationsPage::chooseRelation(const QString &type, bool outgoing)
{
    for (int index = 0; index < m_ui->relationTypeCombo->count(); ++index) {
        if (m_ui->relationTypeCombo->itemData(index, TypeRole).toString() == type
            && m_ui->relationTypeCombo->itemData(index, OutgoingRole).toBool() == outgoing) {
            m_ui->relationTypeCombo->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

bool CiRelationsPage::addRelation()
{
    const QString name = m_ui->targetEdit->text().trimmed();
    if (m_ciId.isNull() || name.isEmpty() || m_ui->relationTypeCombo->currentIndex() < 0)
        return false;
    Storage::CiRepository repository(m_db);
    auto other = repository.findByName(name);
    if (!other) {
        showMessage(other.error().message);
        return false;
    }
    if (!other->has_value()) {
        showMessage(tr("There is no configuration item named \"%1\".").arg(name));
        return false;
    }
    const QString type = m_ui->relationTypeCombo->currentData(TypeRole).toString();
    const bool outgoing = m_ui->relationTypeCombo->currentData(OutgoingRole).toBool();
    const QUuid source = outgoing ? m_ciId : (*other)->id;
    const QUuid target = outgoing ? (*other)->id : m_ciId;
    if (type == partOf) {
        auto cycle = repository.wouldCyclePartOf(source, target);
        if (!cycle) {
            showMessage(cycle.error().message);
            return false;
        }
        if (*cycle) {
            auto self = repository.find(m_ciId);
            const QString selfName = self && self->has_value() ? (*self)->name : QString();
            const QString sourceName = outgoing ? selfName : (*other)->name;
            const QString targetName = outgoing ? (*other)->name : selfName;
            const auto answer = QMessageBox::warning(
                this, tr("Cycle of Part-of Relations"),
                tr("\"%1\" is already, through other items, part of \"%2\". Making \"%2\" part "
                   "of \"%1\" closes a cycle: impact analysis would then report every item of "
                   "the cycle as part of every other.\n\nAdd the relation anyway?")
                    .arg(targetName, sourceName),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return false;
        }
    }
    auto added = repository.addRelation(source, type, target, m_actorId);
    if (!added) {
        showMessage(added.error().message);
        return false;
    }
    m_ui->targetEdit->clear();
    m_ui->relationMessage->hide();
    reload();
    emit relationsChanged();
    return true;
}

bool CiRelationsPage::removeSelected()
{
    const QModelIndex current = m_ui->relationList->currentIndex();
    if (!current.isValid() || !m_ui->relationList->selectionModel()->isSelected(current))
        return false;
    const QUuid relation = current.data(Models::CiRelationsModel::RelationIdRole).toUuid();
    auto removed = Storage::CiRepository(m_db).removeRelation(relation, m_actorId);
    if (!removed) {
        showMessage(removed.error().message);
        return false;
    }
    m_ui->relationMessage->hide();
    reload();
    emit relationsChanged();
    return true;
}

QString CiRelationsPage::message() const
{
    return m_ui->relationMessage->isHidden() ? QString() : m_ui->relationMessage->text();
}

void CiRelationsPage::showMessage(const QString &text)
{
    m_ui->relationMessage->setText(text);
    m_ui->relationMessage->setVisible(!text.isEmpty());
}

void CiRelationsPage::updateButtons()
{
    const bool hasCi = !m_ciId.isNull();
    m_ui->addRelationButton->setEnabled(hasCi && !m_ui->targetEdit->text().trimmed().isEmpty());
    m_ui->removeRelationButton->setEnabled(
        hasCi && m_ui->relationList->selectionModel()->hasSelection());
    m_ui->targetEdit->setEnabled(hasCi);
    m_ui->relationTypeCombo->setEnabled(hasCi);
}

} // namespace ServiceDeck::Views
