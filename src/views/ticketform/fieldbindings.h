// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fields.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

class QCheckBox;
class QDateTimeEdit;
class QWidget;

namespace ServiceDeck::Views {

// Ties canonical ticket fields to the editors of a form: reads and writes their values as the
// canonical text of core/fields.h, so that a form can tell which fields a person changed.
class FieldBindings
{
public:
    // A QLineEdit, QPlainTextEdit, QComboBox (editable: its text; otherwise its item data) or
    // QCheckBox (true/false).
    void bind(const QString &field, QWidget *editor);
    // An instant that may be unset: the check box says whether it holds a value.
    void bindInstant(const QString &field, QCheckBox *isSet, QDateTimeEdit *editor);

    QStringList fields() const { return m_order; }
    QWidget *editor(const QString &field) const;
    QString value(const QString &field) const;
    void setValue(const QString &field, const QString &text);
    // Calls back whenever a person edits any bound editor.
    void onEdited(const std::function<void()> &callback);

    // Whether two canonical texts of a field mean the same: an unset flag is false, an instant
    // is compared to the minute the editor shows, CI lists in any order.
    static bool sameValue(const QString &field, const QString &a, const QString &b);

private:
    struct Binding
    {
        QWidget *editor = nullptr;
        QCheckBox *isSet = nullptr; // instants only
    };
    QHash<QString, Binding> m_bindings;
    QStringList m_order;
};

} // namespace ServiceDeck::Views
