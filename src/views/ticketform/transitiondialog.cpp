// SPDX-License-Identifier: GPL-3.0-or-later
#include "transitiondialog.h"
#include "ui_ticketformtransition.h"

#include "fieldlabels.h"
#include "referencelookup.h"

#include "core/fields.h"
#include "core/timestamps.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ServiceDeck::Views {

TransitionDialog::TransitionDialog(ReferenceLookup &lookup, TicketKind kind,
                                   const QString &fromState, const QString &toState,
                                   const QStringList &fields, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TransitionDialog>())
    , m_lookup(lookup)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(tr("Move %1 to %2").arg(kindLabel(kind), stateLabel(toState)));
    m_ui->introLabel->setText(tr("To move this %1 from <b>%2</b> to <b>%3</b>, fill in:")
                                  .arg(kindLabel(kind).toHtmlEscaped(),
                                       stateLabel(fromState).toHtmlEscaped(),
                                       stateLabel(toState).toHtmlEscaped()));
    for (const QString &field : fields) {
        QWidget *editor = createEditor(field);
        editor->setObjectName(QStringLiteral("field_") + field);
        editor->setAccessibleName(fieldLabel(field));
        m_ui->fieldsLayout->addRow(fieldLabel(field) + QLatin1Char(':'), editor);
        m_editors << qMakePair(field, editor);
    }
    if (!m_editors.isEmpty())
        m_editors.constFirst().second->setFocus();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Move to %1").arg(stateLabel(toState)));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] { accept(); });
}

TransitionDialog::~TransitionDialog() = default;

QWidget *TransitionDialog::createEditor(const QString &field)
{
    const FieldDef *def = findTicketField(field);
    const FieldType type = def ? def->type : FieldType::Text;
    switch (type) {
    case FieldType::User:
    case FieldType::Group: {
        auto *combo = new QComboBox(this);
        combo->setEditable(type == FieldType::User);
        if (type == FieldType::Group)
            combo->addItem(tr("(choose a group)"), QString());
        const QStringList names = type == FieldType::User ? m_lookup.userLogins()
                                                          : m_lookup.groupNames();
        for (const QString &name : names)
            combo->addItem(name, name);
        if (combo->isEditable()) {
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->completer()->setFilterMode(Qt::MatchContains);
            combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
            combo->setCurrentIndex(-1);
        }
        return combo;
    }
    case FieldType::LongText: {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        // In lines and characters, so that a larger font or 200 % keeps the text readable.
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 50);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5);
        return edit;
    }
    case FieldType::Instant: {
        auto *edit = new QDateTimeEdit(this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        QDateTime next = QDateTime::currentDateTime().addSecs(3600);
        next.setTime(QTime(next.time().hour(), 0));
        edit->setDateTime(next);
        return edit;
    }
    default:
        return new QLineEdit(this);
    }
}

QWidget *TransitionDialog::editor(const QString &field) const
{
    for (const auto &[name, editor] : m_editors) {
        if (name == field)
            return editor;
    }
    return nullptr;
}

Storage::FieldAssignments TransitionDialog::values() const
{
    Storage::FieldAssignments values;
    for (const auto &[field, editor] : m_editors) {
        QString text;
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            text = combo->isEditable() ? combo->currentText() : combo->currentData().toString();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
            text = plain->toPlainText();
        else if (auto *when = qobject_cast<QDateTimeEdit *>(editor))
            text = toIsoUtc(when->dateTime());
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            text = line->text();
        if (!text.trimmed().isEmpty())
            values << qMakePair(field, text);
    }
    return values;
}

} // namespace ServiceDeck::Views
