// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldbindings.h"
#include "fieldpage.h"

#include <memory>

namespace ServiceDeck::Views {

namespace Ui {
class ChangePlansPage;
}

// The Plans tab of a change: its implementation, backout and test plans.
class ChangePlansPage : public FieldPage
{
    Q_OBJECT

public:
    explicit ChangePlansPage(QWidget *parent = nullptr);
    ~ChangePlansPage() override;

    void setKind(TicketKind kind) override;
    void setValues(const QMap<QString, QString> &fields) override;
    QStringList fields() const override;
    QString value(const QString &field) const override { return m_bindings.value(field); }
    QWidget *editor(const QString &field) const { return m_bindings.editor(field); }

private:
    std::unique_ptr<Ui::ChangePlansPage> m_ui;
    FieldBindings m_bindings;
    TicketKind m_kind = TicketKind::Change;
};

} // namespace ServiceDeck::Views
