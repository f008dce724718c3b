// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldbindings.h"
#include "fieldpage.h"

#include <memory>

namespace ServiceDeck::Views {

namespace Ui {
class ChangeReviewPage;
}

// The Review tab of a change: the post-implementation review (when the change really ran, its
// outcome and the lessons learnt). Only the fields core knows are offered, so the tab appears
// as the canonical fields for the schema's review columns are defined.
class ChangeReviewPage : public FieldPage
{
    Q_OBJECT

public:
    explicit ChangeReviewPage(QWidget *parent = nullptr);
    ~ChangeReviewPage() override;

    void setKind(TicketKind kind) override;
    void setValues(const QMap<QString, QString> &fields) override;
    QStringList fields() const override;
    QString value(const QString &field) const override { return m_bindings.value(field); }

private:
    std::unique_ptr<Ui::ChangeReviewPage> m_ui;
    FieldBindings m_bindings;
    TicketKind m_kind = TicketKind::Change;
};

} // namespace ServiceDeck::Views
