// SPDX-License-Identifier: GPL-3.0-or-later
#include "ciattributespage.h"
#include "ui_cmdbattributes.h"

#include "attributeeditor.h"

#include "views/ticketform/referencelookup.h"

#include "models/cmdb/cilabels.h"
#include "storage/cirepository.h"

#include "core/cmdb/attributevalidation.h"

#include <QCompleter>
#include <QStringListModel>

namespace ServiceDeck::Views {

CiAttributesPage::CiAttributesPage(Storage::Database &db, const QUuid &actorId,
                                   ReferenceLookup &lookup, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CiAttributesPage>())
    , m_db(db)
    , m_actorId(actorId)
    , m_lookup(lookup)
{
    m_ui->setupUi(this);
    for (const QString &status : ciStatuses())
        m_ui->statusCombo->addItem(Models::CiLabels::status(status), status);
    auto *groups = new QCompleter(this);
    groups->setCaseSensitivity(Qt::CaseInsensitive);
    groups->setModel(new QStringListModel(groups));
    m_ui->ownerEdit->setCompleter(groups);
    m_ui->messageLabel->hide();

    const auto changed = [this] {
        if (m_filling)
            return;
        updateButtons();
        emit modifiedChanged(isModified());
    };
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->ownerEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->locationEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] { revert(); });
    setCi({});
}

CiAttributesPage::~CiAttributesPage() = default;

void CiAttributesPage::setCi(const QUuid &ciId)
{
    m_ci.reset();
    m_ui->messageLabel->hide();
    if (!ciId.isNull()) {
        auto found = Storage::CiRepository(m_db).find(ciId);
        if (!found)
            showMessage(found.error().message, true);
        else if (!found->has_value())
            showMessage(tr("This configuration item no longer exists."), true);
        else
            m_ci = **found;
    }
    if (m_ci) {
        fill(*m_ci);
    } else {
        rebuildEditors({});
        fill({});
    }
    m_ui->scrollArea->setEnabled(m_ci.has_value());
    updateButtons();
}

void CiAttributesPage::fill(const ConfigurationItem &ci)
{
    m_filling = true;
    if (auto *completer = m_ui->ownerEdit->completer()) {
        if (auto *list = qobject_cast<QStringListModel *>(completer->model()))
            list->setStringList(m_lookup.groupNames());
    }
    m_ui->nameEdit->setText(ci.name);
    m_ui->classValue->setText(Models::CiLabels::ciClass(m_catalogue, ci.ciClass));
    int status = m_ui->statusCombo->findData(ci.status);
    m_ui->statusCombo->setCurrentIndex(std::max(0, status));
    m_ui->ownerEdit->setText(ci.ownerGroup);
    m_ui->locationEdit->setText(ci.location);
    m_ui->descriptionEdit->setPlainText(ci.description);
    rebuildEditors(ci.ciClass);
    for (AttributeEditor *editor : std::as_const(m_editors)) {
        editor->setText(ci.attributes.value(editor->definition().name));
        editor->setError({});
    }
    m_filling = false;
}

void CiAttributesPage::rebuildEditors(const QString &ciClass)
{
    QFormLayout *form = m_ui->attributeForm;
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_editors.clear();
    const QList<Cmdb::AttributeDefinition> definitions = ciClass.isEmpty()
        ? QList<Cmdb::AttributeDefinition>() : m_catalogue.attributesOf(ciClass);
    for (const Cmdb::AttributeDefinition &definition : definitions) {
        auto *editor = new AttributeEditor(definition, m_ui->attributesBox);
        auto *label = new QLabel(editor->labelText(), m_ui->attributesBox);
        label->setBuddy(editor->input());
        form->addRow(label, editor);
        m_editors.append(editor);
        if (definition.type == Cmdb::AttributeType::Reference) {
            // Completion from a prefix query: a CMDB of 100,000 names is never listed whole.
            auto *completer = new QCompleter(new QStringListModel(editor), editor);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            editor->lineEdit()->setCompleter(completer);
            connect(editor->lineEdit(), &QLineEdit::textEdited, editor,
                    [this, completer](const QString &text) {
                        qobject_cast<QStringListModel *>(completer->model())
                            ->setStringList(m_lookup.ciNames(text.trimmed()));
                    });
        }
        connect(editor, &AttributeEditor::edited, this, [this, editor] {
            if (m_filling)
                return;
            validate(editor);
            updateButtons();
            emit modifiedChanged(isModified());
        });
    }
    m_ui->attributesBox->setVisible(!m_editors.isEmpty());
}

bool CiAttributesPage::validate(AttributeEditor *editor)
{
    const auto exists = [this](const QString &name) {
        auto found = Storage::CiRepository(m_db).findByName(name);
        return found && found->has_value();
    };
    auto checked = Cmdb::validateAttribute(editor->definition(), editor->text(), exists);
    editor->setError(checked ? QString() : checked.error().message);
    return checked.ok();
}

AttributeEditor *CiAttributesPage::editor(const QString &attribute) const
{
    for (AttributeEditor *editor : m_editors) {
        if (editor->definition().name == attribute)
            return editor;
    }
    return nullptr;
}

QString CiAttributesPage::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

ConfigurationItem CiAttributesPage::edited() const
{
    ConfigurationItem ci = m_ci.value_or(ConfigurationItem());
    ci.name = m_ui->nameEdit->text().trimmed();
    ci.status = m_ui->statusCombo->currentData().toString();
    ci.ownerGroup = m_ui->ownerEdit->text().trimmed();
    ci.location = m_ui->locationEdit->text().trimmed();
    ci.description = m_ui->descriptionEdit->toPlainText();
    for (AttributeEditor *editor : m_editors) {
        const QString value = editor->text().trimmed();
        if (value.isEmpty())
            ci.attributes.remove(editor->definition().name);
        else
            ci.attributes.insert(editor->definition().name, value);
    }
    return ci;
}

bool CiAttributesPage::isModified() const
{
    if (!m_ci)
        return false;
    const ConfigurationItem now = edited();
    return now.name != m_ci->name || now.status != m_ci->status
           || now.ownerGroup != m_ci->ownerGroup || now.location != m_ci->location
           || now.description != m_ci->description || now.attributes != m_ci->attributes;
}

bool CiAttributesPage::save()
{
    if (!m_ci)
        return false;
    AttributeEditor *firstBad = nullptr;
    for (AttributeEditor *editor : std::as_const(m_editors)) {
        if (!validate(editor) && !firstBad)
            firstBad = editor;
    }
    if (firstBad) {
        showMessage(tr("Not saved: correct the marked fields first."), true);
        firstBad->input()->setFocus(Qt::OtherFocusReason);
        return false;
    }
    auto updated = Storage::CiRepository(m_db).update(edited(), m_actorId);
    if (!updated) {
        if (updated.error().kind == ErrorKind::Conflict) {
            showMessage(tr("Not saved: someone else changed \"%1\" since you opened it. Your "
                           "edits are still here; Revert shows their version.\n%2")
                            .arg(m_ci->name, updated.error().message),
                        true);
        } else {
            showMessage(tr("Not saved: %1").arg(updated.error().message), true);
        }
        return false;
    }
    m_ci = *updated;
    fill(*m_ci);
    showMessage(tr("Saved."), false);
    updateButtons();
    emit modifiedChanged(false);
    emit saved(*m_ci);
    return true;
}

void CiAttributesPage::revert()
{
    setCi(m_ci ? m_ci->id : QUuid());
    emit modifiedChanged(false);
}

void CiAttributesPage::showMessage(const QString &text, bool problem)
{
    m_ui->messageLabel->setText(text);
    QPalette palette = m_ui->messageLabel->palette();
    const QColor normal = this->palette().color(QPalette::WindowText);
    palette.setColor(QPalette::WindowText, problem ? QColor(0xb0, 0x00, 0x20) : normal);
    m_ui->messageLabel->setPalette(palette);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void CiAttributesPage::updateButtons()
{
    const bool modified = isModified();
    m_ui->saveButton->setEnabled(modified);
    m_ui->revertButton->setEnabled(m_ci.has_value());
}

} // namespace ServiceDeck::Views
