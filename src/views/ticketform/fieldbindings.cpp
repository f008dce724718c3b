// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldbindings.h"

#include "core/timestamps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace ServiceDeck::Views {

namespace {

QDateTime toMinute(const QDateTime &instant)
{
    QDateTime utc = instant.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute()));
    return utc;
}

QStringList ciList(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    names.sort();
    return names;
}

} // namespace

void FieldBindings::bind(const QString &field, QWidget *editor)
{
    m_bindings.insert(field, Binding{editor, nullptr});
    m_order << field;
}

void FieldBindings::bindInstant(const QString &field, QCheckBox *isSet, QDateTimeEdit *editor)
{
    m_bindings.insert(field, Binding{editor, isSet});
    m_order << field;
    editor->setEnabled(isSet->isChecked());
    QObject::connect(isSet, &QCheckBox::toggled, editor, [editor](bool checked) {
        editor->setEnabled(checked);
        // A window starts at the next full hour rather than at some date of the past.
        if (checked && editor->dateTime() <= editor->minimumDateTime()) {
            QDateTime next = QDateTime::currentDateTime().addSecs(3600);
            next.setTime(QTime(next.time().hour(), 0));
            editor->setDateTime(next);
        }
    });
}

QWidget *FieldBindings::editor(const QString &field) const
{
    return m_bindings.value(field).editor;
}

QString FieldBindings::value(const QString &field) const
{
    const Binding binding = m_bindings.value(field);
    if (!binding.editor)
        return {};
    if (auto *edit = qobject_cast<QDateTimeEdit *>(binding.editor)) {
        if (binding.isSet && !binding.isSet->isChecked())
            return {};
        return toIsoUtc(toMinute(edit->dateTime()));
    }
    if (auto *line = qobject_cast<QLineEdit *>(binding.editor))
        return line->text().trimmed();
    if (auto *text = qobject_cast<QPlainTextEdit *>(binding.editor))
        return text->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(binding.editor))
        return combo->isEditable() ? combo->currentText().trimmed()
                                   : combo->currentData().toString();
    if (auto *check = qobject_cast<QCheckBox *>(binding.editor))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

void FieldBindings::setValue(const QString &field, const QString &text)
{
    const Binding binding = m_bindings.value(field);
    if (!binding.editor)
        return;
    if (auto *edit = qobject_cast<QDateTimeEdit *>(binding.editor)) {
        const auto instant = parseIsoInstant(text);
        if (binding.isSet)
            binding.isSet->setChecked(instant.has_value());
        edit->setDateTime(instant ? instant->toLocalTime() : edit->minimumDateTime());
    } else if (auto *line = qobject_cast<QLineEdit *>(binding.editor)) {
        line->setText(text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(binding.editor)) {
        plain->setPlainText(text);
    } else if (auto *combo = qobject_cast<QComboBox *>(binding.editor)) {
        if (combo->isEditable()) {
            combo->setCurrentText(text);
        } else {
            int index = combo->findData(text);
            if (index < 0 && !text.isEmpty()) {
                // A value the list does not offer (a group renamed meanwhile) stays visible.
                combo->addItem(text, text);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(qMax(index, 0));
        }
    } else if (auto *check = qobject_cast<QCheckBox *>(binding.editor)) {
        check->setChecked(text == u"true");
    }
}

void FieldBindings::onEdited(const std::function<void()> &callback)
{
    for (const Binding &binding : std::as_const(m_bindings)) {
        QWidget *w = binding.editor;
        if (auto *edit = qobject_cast<QDateTimeEdit *>(w))
            QObject::connect(edit, &QDateTimeEdit::dateTimeChanged, w, callback);
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            QObject::connect(line, &QLineEdit::textChanged, w, callback);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            QObject::connect(plain, &QPlainTextEdit::textChanged, w, callback);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            QObject::connect(combo, &QComboBox::currentTextChanged, w, callback);
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            QObject::connect(check, &QCheckBox::toggled, w, callback);
        if (binding.isSet)
            QObject::connect(binding.isSet, &QCheckBox::toggled, w, callback);
    }
}

bool FieldBindings::sameValue(const QString &field, const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const FieldDef *def = findTicketField(field);
    if (!def)
        return false;
    switch (def->type) {
    case FieldType::Bool:
        return (a == u"true") == (b == u"true");
    case FieldType::Instant: {
        const auto x = parseIsoInstant(a);
        const auto y = parseIsoInstant(b);
        if (!x || !y)
            return x.has_value() == y.has_value();
        return toMinute(*x) == toMinute(*y);
    }
    case FieldType::CiList:
        return ciList(a) == ciList(b);
    case FieldType::LongText:
        return a.trimmed() == b.trimmed();
    default:
        return a.trimmed() == b.trimmed();
    }
}

} // namespace ServiceDeck::Views
