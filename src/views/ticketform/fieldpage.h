// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ticketkind.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace ServiceDeck::Views {

// A tab of the ticket form that edits canonical fields: the form reads every such page to tell
// which fields a person changed and saves them together, against one version of the ticket.
class FieldPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Shows what applies to tickets of this kind.
    virtual void setKind(TicketKind kind) = 0;
    // Fills the editors from a ticket's fields (display text); absent fields are cleared.
    virtual void setValues(const QMap<QString, QString> &fields) = 0;
    // The editable fields of the kind shown, in form order.
    virtual QStringList fields() const = 0;
    // A field's value as canonical text.
    virtual QString value(const QString &field) const = 0;

signals:
    void edited();
};

} // namespace ServiceDeck::Views
