// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketdetailspage.h"
#include "ui_ticketformdetails.h"

#include "referencelookup.h"

#include "core/priority.h"
#include "core/timestamps.h"

#include <QCompleter>
#include <QLocale>
#include <QStringListModel>

namespace ServiceDeck::Views {

namespace {

QString choiceLabel(const QString &choice)
{
    if (choice == u"standard") return TicketDetailsPage::tr("Standard (pre-approved)");
    if (choice == u"normal") return TicketDetailsPage::tr("Normal (CAB approval)");
    if (choice == u"emergency") return TicketDetailsPage::tr("Emergency (ECAB)");
    if (choice == u"low") return TicketDetailsPage::tr("Low");
    if (choice == u"medium") return TicketDetailsPage::tr("Medium");
    if (choice == u"high") return TicketDetailsPage::tr("High");
    if (choice == u"very_high") return TicketDetailsPage::tr("Very high");
    return choice;
}

void fillFromDefinition(QComboBox *combo, const QString &field)
{
    combo->addItem(TicketDetailsPage::tr("(not set)"), QString());
    if (const FieldDef *def = findTicketField(field)) {
        for (const QString &choice : def->choices)
            combo->addItem(choiceLabel(choice), choice);
    }
}

void fillReferences(QComboBox *combo, const QStringList &names, bool withEmpty)
{
    if (withEmpty)
        combo->addItem(TicketDetailsPage::tr("(none)"), QString());
    for (const QString &name : names)
        combo->addItem(name, name);
    if (combo->isEditable()) {
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->setCurrentIndex(-1);
    }
}

} // namespace

TicketDetailsPage::TicketDetailsPage(ReferenceLookup &lookup, QWidget *parent)
    : FieldPage(parent)
    , m_ui(std::make_unique<Ui::TicketDetailsPage>())
    , m_lookup(lookup)
{
    m_ui->setupUi(this);
    fillChoices();

    m_bindings.bind(QStringLiteral("description"), m_ui->descriptionEdit);
    m_bindings.bind(QStringLiteral("impact"), m_ui->impactCombo);
    m_bindings.bind(QStringLiteral("urgency"), m_ui->urgencyCombo);
    m_bindings.bind(QStringLiteral("category"), m_ui->categoryEdit);
    m_bindings.bind(QStringLiteral("requester"), m_ui->requesterCombo);
    m_bindings.bind(QStringLiteral("assignee"), m_ui->assigneeCombo);
    m_bindings.bind(QStringLiteral("group"), m_ui->groupCombo);
    m_bindings.bind(QStringLiteral("service"), m_ui->serviceEdit);
    m_bindings.bind(QStringLiteral("ci"), m_ui->ciEdit);
    m_bindings.bind(QStringLiteral("resolution"), m_ui->resolutionEdit);
    m_bindings.bind(QStringLiteral("root_cause"), m_ui->rootCauseEdit);
    m_bindings.bind(QStringLiteral("workaround"), m_ui->workaroundEdit);
    m_bindings.bind(QStringLiteral("known_error"), m_ui->knownErrorCheck);
    m_bindings.bind(QStringLiteral("change_type"), m_ui->changeTypeCombo);
    m_bindings.bindInstant(QStringLiteral("planned_start"), m_ui->plannedStartCheck,
                           m_ui->plannedStartEdit);
    m_bindings.bindInstant(QStringLiteral("planned_end"), m_ui->plannedEndCheck,
                           m_ui->plannedEndEdit);
    for (const QString &field : m_bindings.fields()) {
        if (QWidget *editor = m_bindings.editor(field))
            editor->setProperty("ticketField", field);
    }

    attachCiCompletion(m_ui->serviceEdit);
    attachCiCompletion(m_ui->ciEdit);
    m_bindings.onEdited([this] { emit edited(); });
    connect(m_ui->impactCombo, &QComboBox::currentIndexChanged, this, [this] { updatePriority(); });
    connect(m_ui->urgencyCombo, &QComboBox::currentIndexChanged, this, [this] { updatePriority(); });
    setKind(TicketKind::Incident);
    updatePriority();
}

TicketDetailsPage::~TicketDetailsPage() = default;

void TicketDetailsPage::fillChoices()
{
    for (QComboBox *combo : {m_ui->impactCombo, m_ui->urgencyCombo}) {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemData(i, QString::number(i + 1));
        combo->setCurrentIndex(combo->count() - 1);
    }
    fillFromDefinition(m_ui->changeTypeCombo, QStringLiteral("change_type"));
    const QStringList logins = m_lookup.userLogins();
    fillReferences(m_ui->requesterCombo, logins, false);
    fillReferences(m_ui->assigneeCombo, logins, false);
    fillReferences(m_ui->groupCombo, m_lookup.groupNames(), true);
    for (QDateTimeEdit *edit : {m_ui->plannedStartEdit, m_ui->plannedEndEdit}) {
        edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
        edit->setSpecialValueText(tr("not planned"));
        edit->setDateTime(edit->minimumDateTime());
    }
}

void TicketDetailsPage::attachCiCompletion(QLineEdit *edit)
{
    // Completion asks the database for a few names per keystroke instead of loading the CMDB.
    auto *model = new QStringListModel(edit);
    auto *completer = new QCompleter(model, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(completer);
    connect(edit, &QLineEdit::textEdited, edit, [this, model, completer](const QString &text) {
        model->setStringList(m_lookup.ciNames(text));
        completer->setCompletionPrefix(text);
    });
}

void TicketDetailsPage::setKind(TicketKind kind)
{
    m_kind = kind;
    m_ui->problemBox->setVisible(kind == TicketKind::Problem);
    m_ui->changeBox->setVisible(kind == TicketKind::Change);
}

QStringList TicketDetailsPage::fields() const
{
    QStringList names;
    for (const QString &field : m_bindings.fields()) {
        const FieldDef *def = findTicketField(field);
        if (def && def->appliesTo(m_kind) && !def->readOnly)
            names << field;
    }
    return names;
}

QWidget *TicketDetailsPage::firstEditor() const
{
    return m_ui->impactCombo;
}

QWidget *TicketDetailsPage::lastEditor() const
{
    switch (m_kind) {
    case TicketKind::Problem: return m_ui->knownErrorCheck;
    case TicketKind::Change: return m_ui->plannedEndEdit;
    default: return m_ui->resolutionEdit;
    }
}

void TicketDetailsPage::setScheduleEditable(bool editable, const QString &why)
{
    m_scheduleEditable = editable;
    m_scheduleRefusal = why;
    for (QWidget *editor : {static_cast<QWidget *>(m_ui->plannedStartCheck),
                            static_cast<QWidget *>(m_ui->plannedEndCheck)}) {
        editor->setEnabled(editable);
        editor->setToolTip(editable ? tr("Set a date") : why);
    }
    m_ui->plannedStartEdit->setEnabled(editable && m_ui->plannedStartCheck->isChecked());
    m_ui->plannedEndEdit->setEnabled(editable && m_ui->plannedEndCheck->isChecked());
    m_ui->plannedStartEdit->setToolTip(editable ? QString() : why);
    m_ui->plannedEndEdit->setToolTip(editable ? QString() : why);
}

void TicketDetailsPage::setValues(const QMap<QString, QString> &fields)
{
    const QSignalBlocker blocker(this);
    for (const QString &field : m_bindings.fields())
        m_bindings.setValue(field, fields.value(field));

    const QLocale locale;
    QStringList dates;
    const auto add = [&](const char *field, const QString &label) {
        if (const auto at = parseIsoInstant(fields.value(QString::fromLatin1(field))))
            dates << label.arg(locale.toString(at->toLocalTime(), QLocale::ShortFormat));
    };
    add("opened", tr("Opened %1"));
    add("updated", tr("updated %1"));
    add("resolved", tr("resolved %1"));
    add("closed", tr("closed %1"));
    m_ui->datesLabel->setText(dates.join(QStringLiteral(" · ")));
    updatePriority();
    // Filling the window's check boxes enables their editors again.
    setScheduleEditable(m_scheduleEditable, m_scheduleRefusal);
}

void TicketDetailsPage::updatePriority()
{
    const int priority = priorityFor(m_ui->impactCombo->currentIndex() + 1,
                                     m_ui->urgencyCombo->currentIndex() + 1);
    m_ui->priorityValue->setText(priorityLabel(priority));
}

} // namespace ServiceDeck::Views
