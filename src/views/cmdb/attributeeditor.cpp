// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributeeditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ServiceDeck::Views {

using Cmdb::AttributeType;

AttributeEditor::AttributeEditor(const Cmdb::AttributeDefinition &definition, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("attribute_") + definition.name);
    const QString label = definition.label.isEmpty() ? definition.name : definition.label;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (definition.type == AttributeType::Choice) {
        m_choices = new QComboBox(this);
        m_choices->setObjectName(QStringLiteral("input"));
        // An optional choice can be left unset.
        if (!definition.required)
            m_choices->addItem(tr("(not set)"), QString());
        for (const QString &choice : definition.choices)
            m_choices->addItem(choice, choice);
        m_choices->setAccessibleName(label);
        layout->addWidget(m_choices);
        connect(m_choices, &QComboBox::currentIndexChanged, this, [this] { emit edited(); });
    } else {
        m_line = new QLineEdit(this);
        m_line->setObjectName(QStringLiteral("input"));
        m_line->setAccessibleName(label);
        m_line->setClearButtonEnabled(true);
        switch (definition.type) {
        case AttributeType::Number: m_line->setPlaceholderText(tr("A number, e.g. 16")); break;
        case AttributeType::Date: m_line->setPlaceholderText(tr("A date: yyyy-mm-dd")); break;
        case AttributeType::Reference:
            m_line->setPlaceholderText(tr("Name of a configuration item"));
            break;
        default: break;
        }
        layout->addWidget(m_line);
        connect(m_line, &QLineEdit::textChanged, this, [this] { emit edited(); });
    }
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error in %1").arg(label));
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(palette);
    m_error->hide();
    layout->addWidget(m_error);
    setFocusProxy(input());
}

QWidget *AttributeEditor::input() const
{
    return m_line ? static_cast<QWidget *>(m_line) : static_cast<QWidget *>(m_choices);
}

QString AttributeEditor::labelText() const
{
    const QString label = m_definition.label.isEmpty() ? m_definition.name : m_definition.label;
    return m_definition.required ? tr("%1 *:").arg(label) : tr("%1:").arg(label);
}

QString AttributeEditor::text() const
{
    if (m_line)
        return m_line->text();
    return m_choices->currentData().toString();
}

void AttributeEditor::setText(const QString &text)
{
    if (m_line) {
        m_line->setText(text);
        return;
    }
    int index = m_choices->findData(text);
    if (index < 0 && !text.isEmpty()) {
        // A stored value the definition no longer offers stays visible rather than lost.
        m_choices->addItem(text, text);
        index = m_choices->count() - 1;
    }
    m_choices->setCurrentIndex(std::max(0, index));
}

void AttributeEditor::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    input()->setAccessibleDescription(message);
}

QString AttributeEditor::error() const
{
    return m_error->text();
}

} // namespace ServiceDeck::Views
