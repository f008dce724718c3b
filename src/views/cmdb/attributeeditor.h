// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cmdb/cicatalogue.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ServiceDeck::Views {

// The editor of one typed CI attribute with its error right under it: a list of the choices
// for a choice attribute, a line for the others. Says nothing itself about what is valid.
class AttributeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AttributeEditor(const Cmdb::AttributeDefinition &definition,
                             QWidget *parent = nullptr);

    const Cmdb::AttributeDefinition &definition() const { return m_definition; }
    QString text() const;
    void setText(const QString &text);
    // An empty message hides the error.
    void setError(const QString &message);
    QString error() const;
    bool hasError() const { return !error().isEmpty(); }
    // The widget that takes the input (QLineEdit or QComboBox), e.g. for focus or completion.
    QWidget *input() const;
    QLineEdit *lineEdit() const { return m_line; }
    // The label a form shows for it: the definition's label, marked when required.
    QString labelText() const;

signals:
    void edited();

private:
    Cmdb::AttributeDefinition m_definition;
    QLineEdit *m_line = nullptr;
    QComboBox *m_choices = nullptr;
    QLabel *m_error;
};

} // namespace ServiceDeck::Views
