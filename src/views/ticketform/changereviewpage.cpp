// SPDX-License-Identifier: GPL-3.0-or-later
#include "changereviewpage.h"
#include "ui_changereview.h"

#include <QDateTime>

namespace ServiceDeck::Views {

namespace {

QString outcomeLabel(const QString &outcome)
{
    if (outcome == u"successful")
        return ChangeReviewPage::tr("Successful");
    if (outcome == u"partially_successful")
        return ChangeReviewPage::tr("Partially successful");
    if (outcome == u"failed")
        return ChangeReviewPage::tr("Failed");
    if (outcome == u"backed_out")
        return ChangeReviewPage::tr("Backed out");
    return outcome;
}

bool known(const QString &field, TicketKind kind)
{
    const FieldDef *def = findTicketField(field);
    return def && def->appliesTo(kind) && !def->readOnly;
}

} // namespace

ChangeReviewPage::ChangeReviewPage(QWidget *parent)
    : FieldPage(parent)
    , m_ui(std::make_unique<Ui::ChangeReviewPage>())
{
    m_ui->setupUi(this);
    m_ui->reviewOutcomeCombo->addItem(tr("(not set)"), QString());
    if (const FieldDef *def = findTicketField(u"review_outcome")) {
        for (const QString &choice : def->choices)
            m_ui->reviewOutcomeCombo->addItem(outcomeLabel(choice), choice);
    }
    for (QDateTimeEdit *edit : {m_ui->actualStartEdit, m_ui->actualEndEdit}) {
        edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
        edit->setSpecialValueText(tr("not recorded"));
        edit->setDateTime(edit->minimumDateTime());
    }
    m_bindings.bindInstant(QStringLiteral("actual_start"), m_ui->actualStartCheck,
                           m_ui->actualStartEdit);
    m_bindings.bindInstant(QStringLiteral("actual_end"), m_ui->actualEndCheck, m_ui->actualEndEdit);
    m_bindings.bind(QStringLiteral("review_outcome"), m_ui->reviewOutcomeCombo);
    m_bindings.bind(QStringLiteral("review_notes"), m_ui->reviewNotesEdit);
    for (const QString &field : m_bindings.fields())
        m_bindings.editor(field)->setProperty("ticketField", field);
    m_bindings.onEdited([this] { emit edited(); });
    setKind(TicketKind::Change);
}

ChangeReviewPage::~ChangeReviewPage() = default;

void ChangeReviewPage::setKind(TicketKind kind)
{
    m_kind = kind;
    // A field without a canonical definition cannot be saved: its row is not offered.
    const QStringList order = m_bindings.fields();
    for (int row = 0; row < order.size(); ++row)
        m_ui->reviewFields->setRowVisible(row, known(order.at(row), TicketKind::Change));
}

void ChangeReviewPage::setValues(const QMap<QString, QString> &fields)
{
    const QSignalBlocker blocker(this);
    for (const QString &field : m_bindings.fields())
        m_bindings.setValue(field, fields.value(field));
}

QStringList ChangeReviewPage::fields() const
{
    QStringList names;
    for (const QString &field : m_bindings.fields()) {
        if (known(field, m_kind))
            names << field;
    }
    return names;
}

} // namespace ServiceDeck::Views
