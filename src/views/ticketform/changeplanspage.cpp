// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeplanspage.h"
#include "ui_changeplans.h"

namespace ServiceDeck::Views {

ChangePlansPage::ChangePlansPage(QWidget *parent)
    : FieldPage(parent)
    , m_ui(std::make_unique<Ui::ChangePlansPage>())
{
    m_ui->setupUi(this);
    m_bindings.bind(QStringLiteral("implementation_plan"), m_ui->implementationPlanEdit);
    m_bindings.bind(QStringLiteral("backout_plan"), m_ui->backoutPlanEdit);
    m_bindings.bind(QStringLiteral("test_plan"), m_ui->testPlanEdit);
    for (const QString &field : m_bindings.fields())
        m_bindings.editor(field)->setProperty("ticketField", field);
    m_ui->voidingNote->setForegroundRole(QPalette::PlaceholderText);
    m_bindings.onEdited([this] { emit edited(); });
}

ChangePlansPage::~ChangePlansPage() = default;

void ChangePlansPage::setKind(TicketKind kind)
{
    m_kind = kind;
}

void ChangePlansPage::setValues(const QMap<QString, QString> &fields)
{
    const QSignalBlocker blocker(this);
    for (const QString &field : m_bindings.fields())
        m_bindings.setValue(field, fields.value(field));
}

QStringList ChangePlansPage::fields() const
{
    QStringList names;
    for (const QString &field : m_bindings.fields()) {
        const FieldDef *def = findTicketField(field);
        if (def && def->appliesTo(m_kind) && !def->readOnly)
            names << field;
    }
    return names;
}

} // namespace ServiceDeck::Views
